using XinxingPortal.Abstractions.Changes;
using XinxingPortal.TechTransfer.Listings;

namespace XinxingPortal.TechTransfer.Data;

/// <summary>揭榜挂帅: a challenge the bureau posts; teams apply until the deadline, the bureau announces the winner.</summary>
internal sealed class Challenge : IFeedItem
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";          // 榜单名称
    public string Issuer { get; set; } = "";         // 发榜单位
    public TechField Field { get; set; }
    public string Goal { get; set; } = "";           // 攻关目标
    public string Indicators { get; set; } = "";     // 考核指标
    public long FundingYuan { get; set; }            // 榜额
    public string Period { get; set; } = "";         // 实施周期
    public string Conditions { get; set; } = "";     // 揭榜条件

    /// <summary>截止日期: the last day (Beijing time) applications are accepted.</summary>
    public DateOnly Deadline { get; set; }

    public bool Published { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? CreatedBy { get; set; }

    /// <summary>The 公示: the selected application, when it was announced and the last day objections are taken.</summary>
    public string? WinnerApplicationId { get; set; }
    public DateTime? AnnouncedUtc { get; set; }
    public DateOnly? ObjectionsUntil { get; set; }
    public string AnnouncementNote { get; set; } = "";

    string IFeedItem.FeedItemId => Id;

    /// <summary>Challenges are written in Chinese, like listings.</summary>
    string IFeedItem.FeedCulture => "zh-CN";

    bool IFeedItem.IsPublic => Published;
}
