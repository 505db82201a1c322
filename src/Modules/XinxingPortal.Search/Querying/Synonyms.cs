using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Search.Data;

namespace XinxingPortal.Search.Querying;

/// <summary>The tenant's synonym groups, read once per request.</summary>
internal sealed class Synonyms(IPortalDb db)
{
    private IReadOnlyList<IReadOnlyList<string>>? groups;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> GroupsAsync(CancellationToken ct) =>
        groups ??= [.. (await db.Set<SynonymGroup>().AsNoTracking().OrderBy(g => g.Key).ToListAsync(ct)).Select(g => g.List()).Where(l => l.Count > 1)];
}
