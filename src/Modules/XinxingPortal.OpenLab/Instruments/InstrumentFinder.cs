using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Equipment;
using XinxingPortal.Abstractions.Tenants;
using XinxingPortal.Abstractions.Text;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Instruments;

/// <summary>
/// Matches a need to the shared instruments: the need's words (jieba's cut, plus Latin names such as ICP-MS), weighted
/// by how rare they are, found in an instrument's names (three times the weight) or in its functions, specifications
/// and services. An instrument needs a name hit or enough weight in the rest, so a need that only says 分析 or 检测
/// lists nothing rather than every instrument.
/// </summary>
internal sealed partial class InstrumentFinder(IPortalDb db, ITenantContext tenant, IStringLocalizer<InstrumentFinder> t) : IInstrumentFinder
{
    /// <summary>About two uncommon words (an IDF near 9 each), or one rare word and a common one.</summary>
    private const double Enough = 12;

    /// <summary>Words every equipment demand says, which tell nothing about which instrument.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "设备", "仪器", "需求", "需要", "企业", "公司", "技术", "服务", "提供", "使用", "希望", "寻找", "共享", "合作", "单位", "项目", "进行", "开展", "用于",
    };

    public async Task<IReadOnlyList<InstrumentMatch>> FindAsync(string need, int take, CancellationToken ct)
    {
        if (!tenant.IsFeatureEnabled(OpenLabFeature.Id) || string.IsNullOrWhiteSpace(need) || take <= 0)
        {
            return [];
        }

        var terms = Terms(need);
        if (terms.Count == 0)
        {
            return [];
        }

        var instruments = await db.Set<Instrument>().AsNoTracking().Where(i => i.Published && i.Sharing != SharingMode.None)
            .Select(i => new { i.DisplayText, i.EnglishName, i.Model, i.Functions, i.Specifications, i.Services, i.Slug, i.Unit, i.Status, i.Sharing })
            .ToListAsync(ct);
        var idf = ChineseLexicon.Shared.Idf;
        var found = new List<(double Score, InstrumentMatch Match)>();
        foreach (var i in instruments)
        {
            var names = $"{i.DisplayText} {i.EnglishName} {i.Model} {i.Slug}";
            var uses = $"{i.Functions} {i.Specifications} {i.Services}";
            var inName = terms.Where(term => names.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
            var inUses = terms.Where(term => !inName.Contains(term) && uses.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
            var score = inName.Sum(term => 3 * idf.Of(term.ToLowerInvariant())) + inUses.Sum(term => idf.Of(term.ToLowerInvariant()));
            if (inName.Count == 0 && score < Enough)
            {
                continue;
            }

            var reasons = new List<string>();
            if (inName.Count > 0)
            {
                reasons.Add(t["Its name matches {0}.", Quote(inName)].Value);
            }

            if (inUses.Count > 0)
            {
                reasons.Add(t["Its functions, specifications or services mention {0}.", Quote(inUses)].Value);
            }

            reasons.Add(InstrumentStates.Bookable(i.Status, i.Sharing)
                ? (i.Sharing == SharingMode.External ? t["Open to users outside its unit; it takes bookings now."] : t["Shared inside its unit; it takes bookings now."]).Value
                : t["It does not take bookings at present."].Value);
            found.Add((score, new InstrumentMatch(i.DisplayText, "/openlab/instruments/" + i.Slug, i.Unit, reasons)));
        }

        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Match.Name, StringComparer.Ordinal).Take(take).Select(f => f.Match)];
    }

    /// <summary>The need's distinct words: Chinese words of two characters or more, and Latin names (ICP-MS, GC-MS) whole.</summary>
    internal static IReadOnlyList<string> Terms(string need)
    {
        var text = need.Normalize(NormalizationForm.FormKC);
        var lexicon = ChineseLexicon.Shared;
        var terms = new List<string>();
        foreach (Match m in LatinName().Matches(text))
        {
            if (m.Value.Length >= 2 && !lexicon.StopWords.Contains(m.Value.ToLowerInvariant()))
            {
                terms.Add(m.Value);
            }
        }

        foreach (var token in lexicon.Segmenter.Cut(LatinName().Replace(text, " "), cutAll: false, hmm: true))
        {
            var word = token.Trim();
            if (word.Length >= 2 && word.All(char.IsLetter) && !lexicon.StopWords.Contains(word) && !Generic.Contains(word))
            {
                terms.Add(word);
            }
        }

        return [.. terms.Distinct(StringComparer.OrdinalIgnoreCase).Take(60)];
    }

    private static string Quote(IEnumerable<string> terms) => string.Join("、", terms.Take(4).Select(x => $"“{x}”"));

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex LatinName();
}
