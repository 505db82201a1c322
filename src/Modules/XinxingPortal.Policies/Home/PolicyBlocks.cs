using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Policies.Documents;
using XinxingPortal.Policies.Public;

namespace XinxingPortal.Policies.Home;

/// <summary>通知公告 for the home page: the newest notices first.</summary>
internal sealed class LatestNoticesBlock(PolicyQueries queries, IStringLocalizer<LatestNoticesBlock> t) : IHomeBlockSource
{
    public string BlockType => "policies.notices";
    public string FeatureId => PoliciesFeature.Id;
    public string DisplayName => "Latest notices";
    public IReadOnlyList<string> Filters => [];

    public Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct) =>
        PolicyCards.LoadAsync(queries, t, query, [DocumentType.Notice], t["Notices"], "/policies?type=notice", ct);
}

/// <summary>政策文件 and 解读回应: the newest documents and interpretations, or one of the two by filter.</summary>
internal sealed class LatestPoliciesBlock(PolicyQueries queries, IStringLocalizer<LatestPoliciesBlock> t) : IHomeBlockSource
{
    public string BlockType => "policies.documents";
    public string FeatureId => PoliciesFeature.Id;
    public string DisplayName => "Latest policies and interpretations";
    public IReadOnlyList<string> Filters => ["policy", "interpretation"];

    public Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct) => query.Filter?.ToLowerInvariant() switch
    {
        "policy" => PolicyCards.LoadAsync(queries, t, query, [DocumentType.Policy], t["Policies"], "/policies?type=policy", ct),
        "interpretation" => PolicyCards.LoadAsync(queries, t, query, [DocumentType.Interpretation], t["Policy interpretations"], "/policies?type=interpretation", ct),
        _ => PolicyCards.LoadAsync(queries, t, query, [DocumentType.Policy, DocumentType.Interpretation], t["Policies and interpretations"], "/policies", ct),
    };
}

internal static class PolicyCards
{
    public static async Task<HomeBlockContent?> LoadAsync(
        PolicyQueries queries, IStringLocalizer t, HomeBlockQuery query, DocumentType[] types, string title, string more, CancellationToken ct)
    {
        var rows = await queries.Published(query.Culture).Where(d => types.Contains(d.Type))
            .OrderByDescending(d => d.WrittenOn).ThenByDescending(d => d.Id).Take(query.Count)
            .Select(d => new { d.Slug, d.DisplayText, d.Type, d.WrittenOn, d.DocumentNumber })
            .ToListAsync(ct);
        return new HomeBlockContent(title, more, [.. rows.Select(r => new HomeCard(r.DisplayText, "/policies/" + r.Slug)
        {
            Date = r.WrittenOn,
            Kind = t[DocumentTypeNames.Singular(r.Type)],
            Note = r.DocumentNumber,
        })]);
    }
}
