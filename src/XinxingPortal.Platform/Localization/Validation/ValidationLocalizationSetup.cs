using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace XinxingPortal.Platform.Localization.Validation;

/// <summary>
/// Sends every validation and model-binding message of every module through the PO files: default attribute
/// messages get msgids, display names are looked up, and the binder's own messages ("The field {0} must be a
/// number.", used for <c>data-val-number</c> too) are localized. Registered after MVC's data-annotations setup,
/// so the implicit "required" attributes exist when it runs.
/// </summary>
internal sealed class ValidationLocalizationSetup(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
        options.ModelMetadataDetailsProviders.Add(new DisplayNames(localizers));

        var t = localizers.Create(typeof(ValidationLocalizationSetup));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustBeANumberAccessor(field => t["The field {0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["The field must be a number."]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["The supplied value is invalid for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The supplied value is invalid."]);
        messages.SetValueIsInvalidAccessor(value => t["The value '{0}' is invalid.", value]);
        messages.SetValueMustNotBeNullAccessor(value => t["The value '{0}' is invalid.", value]);
        messages.SetMissingBindRequiredValueAccessor(field => t["A value for the '{0}' parameter or property was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["A non-empty request body is required."]);
    }
}
