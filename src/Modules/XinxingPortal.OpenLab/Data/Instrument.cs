using XinxingPortal.Abstractions.Content;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Data;

/// <summary>
/// A version of a large instrument with the fields of the national platform (重大科研基础设施和大型科研仪器国家网络管理平台).
/// DisplayText is 中文名称. Bookings refer to the stable ContentItemId.
/// </summary>
internal sealed class Instrument : ContentVersion
{
    /// <summary>The lab's ContentItemId.</summary>
    public string LabId { get; set; } = "";
    public string EnglishName { get; set; } = "";
    /// <summary>所属单位.</summary>
    public string Unit { get; set; } = "";
    /// <summary>单位内部编号.</summary>
    public string InternalNumber { get; set; } = "";
    /// <summary>分类编码: six digits.</summary>
    public string ClassificationCode { get; set; } = "";
    /// <summary>规格型号.</summary>
    public string Model { get; set; } = "";
    /// <summary>生产制造商.</summary>
    public string Manufacturer { get; set; } = "";
    /// <summary>产地国别.</summary>
    public string Country { get; set; } = "";
    /// <summary>原值 in 万元, two decimals.</summary>
    public decimal OriginalValue { get; set; }
    /// <summary>启用日期.</summary>
    public DateOnly? InServiceOn { get; set; }
    /// <summary>安放地址.</summary>
    public string Address { get; set; } = "";
    public OperatingStatus Status { get; set; }
    public SharingMode Sharing { get; set; }
    /// <summary>特殊仪器: its 定额机时 is the lower one.</summary>
    public bool Special { get; set; }
    /// <summary>主要技术指标, ≤ 500 characters.</summary>
    public string Specifications { get; set; } = "";
    /// <summary>主要功能, ≤ 300 characters.</summary>
    public string Functions { get; set; } = "";
    /// <summary>服务内容.</summary>
    public string Services { get; set; } = "";
    /// <summary>对外开放共享规定.</summary>
    public string SharingRules { get; set; } = "";
    /// <summary>参考收费标准 (per hour or per sample, per user type), as text.</summary>
    public string Fees { get; set; } = "";
    /// <summary>服务收费, 元 per hour, used for the income estimate when the operator records no fee.</summary>
    public decimal? HourlyFee { get; set; }
    public string Contact { get; set; } = "";
    public List<string> PhotoIds { get; set; } = [];
}
