namespace XinxingPortal.Abstractions.Navigation;

public interface INavigationProvider
{
    IEnumerable<AdminMenuItem> GetAdminMenu();

    /// <summary>Links for signed-in users outside the admin (the header and the landing page after sign-in).</summary>
    IEnumerable<AccountLink> GetAccountLinks() => [];
}
