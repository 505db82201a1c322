namespace XinxingPortal.TechTransfer.Organisations;

internal enum VerificationStatus
{
    Pending,
    Verified,
    Rejected,
}
