using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Export;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Statistics;

internal sealed record StatisticsPage(DateOnly From, DateOnly To, IReadOnlyList<InstrumentFigures> Figures);

/// <summary>The lab manager's dashboard of 机时 and its export in the national platform's field names.</summary>
[Route("admin/openlab/statistics")]
[RequirePermission(Permissions.Manage)]
internal sealed class StatisticsController(MachineHours hours, Admin.LabScope scope, ITableExport export, TimeProvider time) : Controller
{
    /// <summary>The national platform's column names, in its order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "仪器名称", "英文名称", "所属单位", "单位内部编号", "分类编码", "规格型号", "生产制造商", "产地国别", "原值（万元）", "启用日期", "运行状态", "共享模式",
        "统计开始日期", "统计结束日期", "有效工作机时（小时）", "对外服务机时（小时）", "服务收入（元）", "服务用户数", "定额机时（小时）", "机时利用率（%）",
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (start, end) = Period(from, to);
        return View(new StatisticsPage(start, end, await hours.ForAsync(start, end.AddDays(1), ct, await scope.InstrumentsAsync(ct))));
    }

    [HttpGet("export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Export(string format, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (start, end) = Period(from, to);
        var figures = await hours.ForAsync(start, end.AddDays(1), ct, await scope.InstrumentsAsync(ct));
        var rows = figures.Select(f => (IReadOnlyList<string>)
        [
            f.Instrument.DisplayText, f.Instrument.EnglishName, f.Instrument.Unit, f.Instrument.InternalNumber, f.Instrument.ClassificationCode,
            f.Instrument.Model, f.Instrument.Manufacturer, f.Instrument.Country, f.Instrument.OriginalValue.ToString("0.00", CultureInfo.InvariantCulture),
            f.Instrument.InServiceOn is { } d ? BeijingTime.Date(d) : "", InstrumentStates.Chinese(f.Instrument.Status), InstrumentStates.Chinese(f.Instrument.Sharing),
            BeijingTime.Date(start), BeijingTime.Date(end), Number(f.WorkingHours), Number(f.ExternalHours), f.Income.ToString("0.00", CultureInfo.InvariantCulture),
            f.Users.ToString(CultureInfo.InvariantCulture), Number(f.QuotaHours), Number(f.Utilisation * 100),
        ]);
        var table = new Table($"openlab-jishi-{start:yyyyMMdd}-{end:yyyyMMdd}", Header, rows);
        var file = format == "csv" ? export.Csv(table) : export.Xlsx(table);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The calendar year so far by default; a reversed or over-long period is put right rather than refused.</summary>
    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var today = time.BeijingToday();
        var end = to ?? new DateOnly(today.Year, 12, 31);
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        return end.DayNumber - start.DayNumber > 3660 ? (end.AddYears(-10), end) : (start, end);
    }
}
