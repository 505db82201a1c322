using System.Globalization;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Public;

/// <summary>schema.org data of an instrument: a Product offered for use, by the unit that owns it.</summary>
internal static class InstrumentJsonLd
{
    public static object Of(Instrument i, Lab? lab, string url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Product",
        ["name"] = i.DisplayText,
        ["alternateName"] = string.IsNullOrEmpty(i.EnglishName) ? null : i.EnglishName,
        ["url"] = url,
        ["model"] = i.Model,
        ["manufacturer"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = i.Manufacturer },
        ["countryOfOrigin"] = i.Country,
        ["category"] = i.ClassificationCode,
        ["productID"] = i.InternalNumber,
        ["description"] = i.Functions,
        ["owner"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = i.Unit },
        ["additionalProperty"] = new object[]
        {
            new Dictionary<string, object> { ["@type"] = "PropertyValue", ["name"] = "原值（万元）", ["value"] = i.OriginalValue.ToString("0.00", CultureInfo.InvariantCulture) },
            new Dictionary<string, object> { ["@type"] = "PropertyValue", ["name"] = "安放地址", ["value"] = lab is null ? i.Address : $"{lab.DisplayText}, {i.Address}" },
        },
    };
}
