namespace XinxingPortal.TechTransfer.Organisations;

internal enum OrganisationKind
{
    Enterprise,   // 企业
    Institution,  // 事业单位: research institutes and universities
}
