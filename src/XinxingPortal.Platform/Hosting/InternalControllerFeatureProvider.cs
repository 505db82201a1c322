using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace XinxingPortal.Platform.Hosting;

/// <summary>Lets controllers be <c>internal sealed</c> like every other type of a module.</summary>
internal sealed class InternalControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        typeInfo.IsClass && !typeInfo.IsAbstract && !typeInfo.ContainsGenericParameters &&
        typeof(ControllerBase).IsAssignableFrom(typeInfo) &&
        typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal);
}
