using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Admin;

/// <summary>Builds an instrument's edit page (fields, rules, blackouts, training records, history) for each controller that shows it again with errors.</summary>
internal sealed class InstrumentEditPages(IPortalDb db, IWorkflow workflow, LabScope scope)
{
    /// <summary>The one view every admin controller of instruments renders.</summary>
    public const string View = "/Views/InstrumentsAdmin/Edit.cshtml";

    public async Task<IReadOnlyDictionary<string, string>> LabsAsync(CancellationToken ct) =>
        await db.Set<Lab>().AsNoTracking().Where(l => l.Latest).ToDictionaryAsync(l => l.ContentItemId, l => l.DisplayText, ct);

    public async Task<InstrumentEditPage> BuildAsync(InstrumentInput input, Instrument? instrument, CancellationToken ct)
    {
        var id = instrument?.ContentItemId ?? "";
        var labs = await LabsAsync(ct);
        if (await scope.LabsAsync(ct) is { } mine)
        {
            // The manager files instruments only under their own labs.
            labs = labs.Where(l => mine.Contains(l.Key)).ToDictionary(l => l.Key, l => l.Value);
        }

        return new InstrumentEditPage(input, instrument, labs,
            instrument is null ? null : await db.Set<InstrumentRules>().AsNoTracking().FirstOrDefaultAsync(r => r.InstrumentId == id, ct) ?? new InstrumentRules(),
            await db.Set<Blackout>().AsNoTracking().Where(b => b.InstrumentId == id).OrderBy(b => b.StartUtc).ToListAsync(ct),
            await db.Set<Qualification>().AsNoTracking().Where(q => q.InstrumentId == id).OrderBy(q => q.UserName).ToListAsync(ct),
            instrument is null ? null : new WorkflowHistoryList(await workflow.HistoryAsync(nameof(Instrument), id, ct), ShowWho: true));
    }
}
