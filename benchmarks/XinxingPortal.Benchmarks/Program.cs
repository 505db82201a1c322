using System.Diagnostics;
using System.Globalization;
using System.Text;
using XinxingPortal.Benchmarks;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

// Plain Stopwatch timings of the matching engine; results go to benchmarks/results/matching.md and the console.
// "search [count]" times site search instead (benchmarks/results/search.md).
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args is ["search", ..])
{
    var searchReport = SearchBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
        Path.Combine(Path.GetTempPath(), "xp-search-benchmark"));
    Console.Write(searchReport);
    if (FindRepositoryRoot() is { } repository)
    {
        File.WriteAllText(Path.Combine(repository, "benchmarks", "results", "search.md"), searchReport);
    }

    return;
}

var report = new StringBuilder();
report.AppendLine("# Matching engine benchmark").AppendLine();
// Timings on a busy machine mean little, so the load at the start goes into the report.
var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
report.AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}, {Environment.OSVersion.Platform}, {Environment.ProcessorCount} cores{load}.");
report.AppendLine("Synthetic outcomes from the plan's phrases (about 120 characters of text each); one demand about coal-tar hydrogenation.").AppendLine();

var extractor = new TermExtractor();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var clock = Stopwatch.StartNew();
extractor.Terms("煤焦油全馏分加氢");
var firstUse = clock.Elapsed;
var firstUseBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
GC.Collect();
report.AppendLine("| What | Time | Allocated |").AppendLine("|---|---:|---:|");
report.AppendLine(CultureInfo.InvariantCulture, $"| Segmenter first use (jieba dictionary, IDF table, domain words) | {firstUse.TotalMilliseconds:N0} ms | {Mb(firstUseBytes)} (heap after: {Mb(GC.GetTotalMemory(true))}) |");

var demand = new MatchDemand("煤焦油加氢装置轻质油收率偏低", "企业现有中低温焦油加氢装置，重组分需切除外卖，寻求全馏分加氢改造技术，降低催化剂结焦。",
    TechField.CoalChemical, 7, CooperationModes.Transfer | CooperationModes.Licence, null, 5_000_000);
foreach (var count in new[] { 1_000, 10_000 })
{
    var engine = new MatchEngine(extractor);
    var outcomes = SyntheticOutcomes.Make(count, $"s{count}");
    var (coldTime, coldBytes) = Measure(() => engine.Rank(demand, outcomes), 1);
    var rounds = count >= 10_000 ? 20 : 100;
    Measure(() => engine.Rank(demand, outcomes), 30); // let tiered JIT reach its optimised code first
    var (warmTime, warmBytes) = Measure(() => engine.Rank(demand, outcomes), rounds);
    report.AppendLine(CultureInfo.InvariantCulture, $"| Rank against {count:N0} outcomes, first time (cuts every outcome) | {coldTime.TotalMilliseconds:N1} ms | {Mb(coldBytes)} |");
    report.AppendLine(CultureInfo.InvariantCulture, $"| Rank against {count:N0} outcomes, words remembered (mean of {rounds}) | {warmTime.TotalMilliseconds:N2} ms | {Mb(warmBytes)} |");
}

report.AppendLine().AppendLine("Run with `dotnet run -c Release --project benchmarks/XinxingPortal.Benchmarks`.");
Console.Write(report);
var root = FindRepositoryRoot();
if (root is not null)
{
    var path = Path.Combine(root, "benchmarks", "results", "matching.md");
    File.WriteAllText(path, report.ToString());
    Console.WriteLine($"Written to {path}");
}

static (TimeSpan PerRound, long BytesPerRound) Measure(Action action, int rounds)
{
    // Ranking runs on this thread only, so the thread's allocation counter is exact.
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++)
    {
        action();
    }

    return (clock.Elapsed / rounds, (GC.GetAllocatedBytesForCurrentThread() - before) / rounds);
}

static string Mb(long bytes) => bytes >= 1 << 20 ? $"{bytes / (1024.0 * 1024):N1} MB" : $"{bytes / 1024.0:N1} KB";

static string? FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "XinxingPortal.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
