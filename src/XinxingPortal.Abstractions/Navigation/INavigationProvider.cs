namespace XinxingPortal.Abstractions.Navigation;

public interface INavigationProvider
{
    IEnumerable<AdminMenuItem> GetAdminMenu();
}
