namespace XinxingPortal.Policies;

/// <summary>The organisation code that starts every 索引号 (the bureau's 统一社会信用代码 or 组织机构代码).</summary>
internal sealed record PoliciesSettings(string OrganisationCode)
{
    public const string Key = "Policies";
    public const string DefaultOrganisationCode = "000000000";
}
