using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.OpenLab.Data;

/// <summary>A version of an open lab (开放实验室). DisplayText is its name.</summary>
internal sealed class Lab : ContentVersion
{
    /// <summary>所属单位: the unit the lab belongs to; users of another unit are 对外服务.</summary>
    public string HostUnit { get; set; } = "";
    public string Location { get; set; } = "";
    public string Manager { get; set; } = "";
    public string Contact { get; set; } = "";
    public string SafetyRules { get; set; } = "";
    public string Description { get; set; } = "";
}
