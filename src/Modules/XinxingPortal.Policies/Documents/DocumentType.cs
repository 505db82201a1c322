namespace XinxingPortal.Policies.Documents;

/// <summary>政策文件 / 通知公告 / 政策解读.</summary>
internal enum DocumentType
{
    Policy,
    Notice,
    Interpretation,
}
