using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace XinxingPortal.Media.Admin;

internal static class Bidi
{
    /// <summary>User text inside an interface sentence, isolated so Chinese text on a Uyghur page keeps its order.</summary>
    public static IHtmlContent Isolate(string text)
    {
        var bdi = new TagBuilder("bdi");
        bdi.InnerHtml.Append(text);
        return bdi;
    }
}
