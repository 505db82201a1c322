using Microsoft.AspNetCore.Mvc.ApplicationModels;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.Platform.Features;

/// <summary>Stamps every module controller's endpoints with its feature, so the feature gate can see it.</summary>
internal sealed class FeatureEndpointConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var module = catalog.ModuleOf(controller.ControllerType.Assembly);
        if (module is null)
        {
            return;
        }

        var featureId = controller.Attributes.OfType<RequireFeatureAttribute>().FirstOrDefault()?.FeatureId ?? module.MainFeatureId;
        foreach (var selector in controller.Selectors.Concat(controller.Actions.SelectMany(a => a.Selectors)))
        {
            selector.EndpointMetadata.Add(new FeatureMetadata(featureId));
        }
    }
}
