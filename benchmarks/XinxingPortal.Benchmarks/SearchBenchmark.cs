using System.Diagnostics;
using System.Globalization;
using System.Text;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Search.Engine;
using XinxingPortal.Search.Querying;

namespace XinxingPortal.Benchmarks;

/// <summary>
/// Site search on generated Chinese documents of realistic length (a title and 400–900 characters of body): indexing
/// rate, index size, and p50/p95 of the search page's whole answer (results, excerpts and facets) for one-word,
/// two-word, phrase and faceted queries. Results go to benchmarks/results/search.md.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly string[] Columns = ["政策文件", "通知公告", "政策解读", "科技成果", "技术需求", "科普活动"];
    private static readonly string[] Topics = ["科技创新", "成果转化", "科研平台", "科普工作", "人才工作"];

    private static readonly string[] Sentences =
    [
        "为深入实施创新驱动发展战略，加快建设兵团向南发展科技创新高地，结合师市实际，制定本方案。",
        "中低温煤焦油全馏分加氢技术可将重组分转化为清洁燃料和芳烃原料，液体收率超过百分之九十六。",
        "各团场、各企业要高度重视科技活动周暨科普日活动，精心组织，广泛动员，营造崇尚科学的社会氛围。",
        "大型科研仪器开放共享登记工作由师市科学技术局统一组织，各单位按要求填报仪器名称、型号和收费标准。",
        "棉花膜下滴灌水肥一体化智能控制系统已在万亩棉田示范应用，节水百分之二十以上，增产百分之十。",
        "围绕煤化工、硅基新材料、现代农业等重点产业，实施揭榜挂帅项目，支持企业联合高校院所攻关。",
        "哈密瓜产地预冷与全程冷链温控追溯技术有效降低了采后损耗，延长了货架期，提高了产品附加值。",
        "工业硅低电耗冶炼及炉外精炼提纯技术使吨硅电耗下降约一千千瓦时，产品达到化学级标准。",
        "鼓励高校、科研院所和企业建立科技成果转化机制，对转化成效显著的团队给予奖励和后补助。",
        "科普教育基地应当定期向社会公众开放，开展科学普及活动，提升公民科学素质，并做好安全保障。",
        "红枣低温真空浓缩枣浆及全粉加工技术保留了营养成分，适合在南疆团场推广，带动职工增收。",
        "风沙区光伏组件无水清扫机器人可自动行走，清扫效率高，有效提升光伏电站发电量。",
        "本通知自印发之日起施行，由师市科学技术局负责解释，此前有关规定与本通知不一致的，以本通知为准。",
        "申报单位须为在师市注册的独立法人，具有健全的财务管理制度和较强的研发能力，近三年无不良信用记录。",
    ];

    public static string Run(int count, string folder)
    {
        var report = new StringBuilder();
        var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
        report.AppendLine("# Site search benchmark").AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}, {Environment.ProcessorCount} cores{load}; Lucene.Net 4.8.0-beta00017 with the jieba tokenizer and CJK bigram fields.");
        var random = new Random(20261203);
        var documents = Enumerable.Range(0, count).Select(i => Make(i, random)).ToList();
        var chars = documents.Sum(d => (long)d.Title.Length + d.Body.Length);
        report.AppendLine(CultureInfo.InvariantCulture, $"{count:N0} generated documents, {chars / count:N0} characters each on average.").AppendLine();

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        using var index = new SearchIndex(folder, "zh-CN");
        index.Put(documents[0]); // loads jieba's dictionary outside the timing
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            index.Put(document);
        }

        index.Commit(DateTime.UtcNow);
        var indexing = clock.Elapsed;
        var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        report.AppendLine("| What | Figure |").AppendLine("|---|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Indexing (one writer, then one commit) | {indexing.TotalSeconds:N1} s, {count / indexing.TotalSeconds:N0} documents/s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Index size | {size / (1024.0 * 1024):N1} MB ({size / count:N0} bytes/document) |").AppendLine();

        var today = new DateOnly(2026, 12, 3);
        IReadOnlyList<IReadOnlyList<string>> synonyms = [["科普", "科学普及"], ["揭榜挂帅", "揭榜制"]];
        var cases = new (string Name, SearchRequest Request)[]
        {
            ("One word (煤焦油)", new SearchRequest { Q = "煤焦油" }),
            ("One common word (科技)", new SearchRequest { Q = "科技" }),
            ("Two words (滴灌 棉田)", new SearchRequest { Q = "滴灌 棉田" }),
            ("Phrase (\"冷链温控追溯\")", new SearchRequest { Phrase = "冷链温控追溯" }),
            ("Faceted (科技 + 通知公告 + 2025)", new SearchRequest { Q = "科技", Column = "通知公告", Year = "2025" }),
            ("Synonym (科学普及)", new SearchRequest { Q = "科学普及" }),
            ("Sorted by date (成果转化)", new SearchRequest { Q = "成果转化", Sort = "date" }),
        };
        report.AppendLine("Each query answered as the search page needs it (ten results with excerpts, all facet counts); 50 runs after 5 warm-up runs.").AppendLine();
        report.AppendLine("| Query | Matches | p50 | p95 |").AppendLine("|---|---:|---:|---:|");
        foreach (var (name, request) in cases)
        {
            for (var i = 0; i < 5; i++)
            {
                SearchService.Query(index, synonyms, request, today, SearchService.PageSize);
            }

            var times = new List<double>();
            var total = 0;
            for (var i = 0; i < 50; i++)
            {
                var one = Stopwatch.StartNew();
                total = SearchService.Query(index, synonyms, request, today, SearchService.PageSize).Hits.Total;
                times.Add(one.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {total:N0} | {times[times.Count / 2]:N1} ms | {times[(int)(times.Count * 0.95)]:N1} ms |");
        }

        report.AppendLine().AppendLine("Run with `dotnet run -c Release --project benchmarks/XinxingPortal.Benchmarks -- search [count]`.");
        return report.ToString();
    }

    private static SearchDocument Make(int i, Random random)
    {
        var body = new StringBuilder();
        var length = random.Next(400, 900);
        while (body.Length < length)
        {
            body.Append(Sentences[random.Next(Sentences.Length)]);
        }

        var first = Sentences[random.Next(Sentences.Length)];
        var column = Columns[random.Next(Columns.Length)];
        return new SearchDocument
        {
            ContentType = "Benchmark",
            ItemId = i.ToString(CultureInfo.InvariantCulture),
            Culture = "zh-CN",
            Title = "关于" + first[..Math.Min(first.Length, 12 + random.Next(10))].TrimEnd('，', '。') + "的通知",
            Body = body.ToString(),
            Column = column,
            TypeName = column,
            Date = new DateOnly(2018 + random.Next(9), 1 + random.Next(12), 1 + random.Next(28)),
            Url = "/b/" + i.ToString(CultureInfo.InvariantCulture),
            DocumentNumber = random.Next(10) == 0 ? $"师市科发〔{2018 + random.Next(9)}〕{random.Next(1, 200)}号" : null,
            Facets = new Dictionary<string, string> { [SearchFacets.Topic] = Topics[random.Next(Topics.Length)] },
        };
    }
}
