using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace XinxingPortal.Abstractions.Charts;

/// <summary>
/// A grouped bar chart drawn on the server as SVG: no script, nothing loaded from elsewhere, and it prints.
/// Colours are presentation attributes, which the strict CSP allows. The page shows the same numbers in a table.
/// </summary>
public static class BarChart
{
    private const int BarWidth = 14;
    private const int GroupGap = 18;
    private const int Height = 180;
    private const int LabelHeight = 70;
    private const int Left = 32;
    private static readonly string[] Colours = ["#0b5394", "#e69138", "#6aa84f"];

    public static IHtmlContent Render(string title, IReadOnlyList<string> groups, IReadOnlyList<(string Name, int[] Values)> series)
    {
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var groupWidth = series.Count * BarWidth + GroupGap;
        var width = Left + groups.Count * groupWidth + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {width} {Height + LabelHeight + 24}\" class=\"w-100\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height}\" x2=\"{width}\" y2=\"{Height}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"12\" text-anchor=\"end\" font-size=\"11\">{max}</text><text x=\"{Left - 4}\" y=\"{Height}\" text-anchor=\"end\" font-size=\"11\">0</text>");
        for (var g = 0; g < groups.Count; g++)
        {
            var x0 = Left + g * groupWidth + GroupGap / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[g];
                var h = (int)Math.Round((double)value / max * (Height - 16));
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x0 + s * BarWidth}\" y=\"{Height - h}\" width=\"{BarWidth - 2}\" height=\"{h}\" fill=\"{Colours[s % Colours.Length]}\"><title>{Encode(series[s].Name)} · {Encode(groups[g])}: {value}</title></rect>");
            }

            var cx = x0 + series.Count * BarWidth / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{cx}\" y=\"{Height + 12}\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-45 {cx} {Height + 12})\">{Encode(groups[g])}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var lx = Left + s * 120;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{lx}\" y=\"{Height + LabelHeight + 8}\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Length]}\"/><text x=\"{lx + 16}\" y=\"{Height + LabelHeight + 18}\" font-size=\"12\">{Encode(series[s].Name)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
