using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Documents;

/// <summary>
/// Issues 索引号 {organisation code}/{yyyy}-{5-digit serial}. The next serial is read and inserted optimistically;
/// the database's unique indexes refuse a collision with a concurrent publish.
/// </summary>
internal sealed partial class IndexNumberIssuer(IPortalDb db, ISiteSettingsStore settings, TimeProvider time)
{
    [GeneratedRegex(@"^[0-9A-Z]{9,18}/(?<year>\d{4})-(?<serial>\d{5})$")]
    public static partial Regex Format();

    /// <summary>
    /// Stages the set's 索引号 unless it has one. A concurrent publish taking the same serial is refused by the unique
    /// index when the action commits, and the workflow runs the transition again.
    /// </summary>
    public async Task<IndexNumberRecord> StageAsync(string localizationSet, string? given, DateOnly? issuedOn, CancellationToken ct)
    {
        var existing = db.Set<IndexNumberRecord>().Local.FirstOrDefault(r => r.LocalizationSet == localizationSet)
            ?? await db.Set<IndexNumberRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.LocalizationSet == localizationSet, ct);
        if (existing is not null)
        {
            return existing;
        }

        var record = await NextAsync(localizationSet, given, issuedOn, ct);
        db.Set<IndexNumberRecord>().Add(record);
        return record;
    }

    private async Task<IndexNumberRecord> NextAsync(string localizationSet, string? given, DateOnly? issuedOn, CancellationToken ct)
    {
        // Seed content may carry its real publication date; it is taken as 09:00 in Shanghai (01:00 UTC).
        var now = issuedOn is { } day ? day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc) : time.GetUtcNow().UtcDateTime;
        if (given is not null)
        {
            // A recipe may carry the number a document already has on the bureau's old site.
            var match = Format().Match(given);
            if (!match.Success)
            {
                throw new FormatException($"'{given}' is not an index number of the form code/yyyy-nnnnn.");
            }

            return new IndexNumberRecord
            {
                LocalizationSet = localizationSet,
                IndexNumber = given,
                Year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
                Serial = int.Parse(match.Groups["serial"].Value, CultureInfo.InvariantCulture),
                IssuedUtc = now,
            };
        }

        var year = BeijingTime.FromUtc(now).Year;
        var serial = (await db.Set<IndexNumberRecord>().Where(r => r.Year == year).MaxAsync(r => (int?)r.Serial, ct) ?? 0) + 1;
        var code = (await settings.GetModuleSettingsAsync<PoliciesSettings>(PoliciesSettings.Key, ct))?.OrganisationCode ?? PoliciesSettings.DefaultOrganisationCode;
        return new IndexNumberRecord
        {
            LocalizationSet = localizationSet,
            IndexNumber = $"{code}/{year}-{serial:D5}",
            Year = year,
            Serial = serial,
            IssuedUtc = now,
        };
    }
}
