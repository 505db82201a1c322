namespace XinxingPortal.OpenLab.Data;

/// <summary>
/// A lab manager assigned to a lab. A user with assignments manages only those labs (their instruments, rules,
/// training records, bookings and statistics); one with none, such as the bureau's staff, manages every lab.
/// </summary>
internal sealed class LabAssignment
{
    public string LabId { get; set; } = "";
    public string UserName { get; set; } = "";
}
