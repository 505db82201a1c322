namespace XinxingPortal.Outreach.Registrations;

internal enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
