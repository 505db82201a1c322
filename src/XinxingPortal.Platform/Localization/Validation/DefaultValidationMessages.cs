using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace XinxingPortal.Platform.Localization.Validation;

/// <summary>
/// Gives every validation attribute that carries no message of its own an English msgid, so data-annotations
/// localization sends it through the PO files like any written message (the framework would otherwise use its
/// built-in English text in every culture, on the server and in the <c>data-val-*</c> attributes). The implicit
/// "required" of a value type gets a real attribute with the msgid, for the same reason.
/// </summary>
internal sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    public const string Required = "The {0} field is required.";
    public const string StringLengthMax = "The field {0} must be a string with a maximum length of {1}.";
    public const string StringLengthRange = "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.";
    public const string Range = "The field {0} must be between {1} and {2}.";
    public const string Compare = "'{0}' and '{1}' do not match.";
    public const string Email = "The {0} field is not a valid e-mail address.";
    public const string Phone = "The {0} field is not a valid phone number.";
    public const string Url = "The {0} field is not a valid fully-qualified http, https, or ftp URL.";
    public const string Pattern = "The field {0} must match the regular expression '{1}'.";
    public const string MaxLength = "The field {0} must be a string or array type with a maximum length of '{1}'.";
    public const string MinLength = "The field {0} must be a string or array type with a minimum length of '{1}'.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validators = context.ValidationMetadata.ValidatorMetadata;
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && !validators.OfType<RequiredAttribute>().Any())
        {
            validators.Add(new RequiredAttribute { ErrorMessage = Required });
        }

        foreach (var attribute in validators.OfType<ValidationAttribute>())
        {
            if (string.IsNullOrEmpty(attribute.ErrorMessage) && attribute.ErrorMessageResourceType is null && MsgidOf(attribute) is { } msgid)
            {
                attribute.ErrorMessage = msgid;
            }
        }
    }

    /// <summary>The msgid for an attribute's default message; null for attributes without a known default (custom ones bring their own).</summary>
    public static string? MsgidOf(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => Required,
        StringLengthAttribute { MinimumLength: > 0 } => StringLengthRange,
        StringLengthAttribute => StringLengthMax,
        RangeAttribute => Range,
        CompareAttribute => Compare,
        EmailAddressAttribute => Email,
        PhoneAttribute => Phone,
        UrlAttribute => Url,
        RegularExpressionAttribute => Pattern,
        MaxLengthAttribute => MaxLength,
        MinLengthAttribute => MinLength,
        _ => null,
    };
}
