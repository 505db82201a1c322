using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace XinxingPortal.Platform.Localization.Validation;

/// <summary>
/// The name a validation message gives a property that has no [Display]: the property name in words
/// ("ConfirmPassword" becomes the msgid "Confirm password"), looked up in the PO files of the reader's culture,
/// with the form's type as msgctxt.
/// </summary>
internal sealed partial class DisplayNames(IStringLocalizerFactory localizers) : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property || context.Key.ContainerType is not { } container || context.Key.Name is not { } name
            || context.DisplayMetadata.DisplayName is not null
            || context.Attributes.Any(a => a is DisplayAttribute or DisplayNameAttribute))
        {
            return;
        }

        var localizer = localizers.Create(container);
        var msgid = Words(name);
        context.DisplayMetadata.DisplayName = () => localizer[msgid].Value;
    }

    /// <summary>"ConfirmPassword" → "Confirm password"; acronyms keep their case ("TrlLevel" → "Trl level", "AIModel" → "AI model").</summary>
    public static string Words(string name)
    {
        var words = WordPattern().Matches(name).Select(m => m.Value).ToList();
        return string.Join(' ', words.Select((w, i) => i == 0 || w.All(char.IsUpper) ? w : w.ToLowerInvariant()));
    }

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[0-9]+")]
    private static partial Regex WordPattern();
}
