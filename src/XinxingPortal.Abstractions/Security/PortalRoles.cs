namespace XinxingPortal.Abstractions.Security;

/// <summary>The roles every tenant knows. Administrator holds every permission.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string LabManager = "LabManager";
    public const string Enterprise = "Enterprise";
    public const string Member = "Member";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Reviewer, LabManager, Enterprise, Member];
}
