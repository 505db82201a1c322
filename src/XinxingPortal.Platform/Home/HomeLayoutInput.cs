using System.ComponentModel.DataAnnotations;

namespace XinxingPortal.Platform.Home;

/// <summary>The admin form: every block as a row, plus empty rows to add one (a row without a type is ignored).</summary>
internal sealed class HomeLayoutInput
{
    public List<HomeBlockInput> Blocks { get; set; } = [];

    [StringLength(1000)]
    public string? ChangeNote { get; set; }
}

internal sealed class HomeBlockInput
{
    /// <summary>Rows are laid out by this number, then by their order on the form.</summary>
    [Range(0, 999)]
    public int Position { get; set; }

    public bool Remove { get; set; }
    public string Zone { get; set; } = HomeZones.Main;
    public string? Type { get; set; }
    public string? Title { get; set; }
    public int? Count { get; set; }
    public string? Filter { get; set; }
    public string? Tenant { get; set; }
    public string? Text { get; set; }
    public string? Image { get; set; }
    public string? Alt { get; set; }
    public string? Url { get; set; }

    /// <summary>One quick link a line: "text | ~/path".</summary>
    public string? Links { get; set; }

    public static HomeBlockInput From(HomeBlock b, int position) => new()
    {
        Position = position, Zone = b.Zone, Type = b.Type, Title = b.Title, Count = b.Count, Filter = b.Filter, Tenant = b.Tenant,
        Text = b.Text, Image = b.Image, Alt = b.Alt, Url = b.Url,
        Links = b.Links is null ? null : string.Join("\n", b.Links.Select(l => l.Text + " | " + l.Url)),
    };

    public HomeBlock ToBlock() => new()
    {
        Zone = Zone.Trim(), Type = Type!.Trim(), Title = Blank(Title), Count = Count, Filter = Blank(Filter), Tenant = Blank(Tenant),
        Text = Blank(Text), Image = Blank(Image), Alt = Blank(Alt), Url = Blank(Url),
        Links = Blank(Links) is { } lines
            ? [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseLink)]
            : null,
    };

    /// <summary>Which form field holds a rule's JSON field.</summary>
    public static string FieldFor(string field) => field switch
    {
        "zone" => nameof(Zone),
        "title" => nameof(Title),
        "count" => nameof(Count),
        "filter" => nameof(Filter),
        "tenant" => nameof(Tenant),
        "text" => nameof(Text),
        "image" => nameof(Image),
        "alt" => nameof(Alt),
        "url" => nameof(Url),
        _ when field.StartsWith("links", StringComparison.Ordinal) => nameof(Links),
        _ => nameof(Type),
    };

    private static HomeLink ParseLink(string line)
    {
        var bar = line.LastIndexOf('|');
        return bar < 0 ? new HomeLink(line, "") : new HomeLink(line[..bar].Trim(), line[(bar + 1)..].Trim());
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
