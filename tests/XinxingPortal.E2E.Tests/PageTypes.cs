namespace XinxingPortal.E2E.Tests;

/// <summary>Every kind of page the kernel and themes render, with one representative address each.</summary>
internal static class PageTypes
{
    public static readonly string[] CulturePrefixes = ["", "/ug", "/en"];

    public static readonly (string Name, string Path)[] Public =
    [
        ("home", "/"),
        ("page", "/pages/about"),
        ("login", "/account/login"),
        ("not-found", "/pages/no-such-page"),
        ("microsite-home", "/kepu/"),
        ("policy-list", "/policies"),
        ("policy", "/policies/plan-2022-12"),
        ("policy-print", "/policies/plan-2022-12/print"),
        ("venues", "/kepu/venues"),
        ("venue", "/kepu/venues/nky-labs"),
        ("events", "/kepu/events"),
        ("event", "/kepu/events/soil-testing-day"),
        ("market", "/techtransfer"),
        ("outcomes", "/techtransfer/outcomes"),
        ("outcome", "/techtransfer/outcomes/outcome-coal-tar-hydrogenation"),
        ("demands", "/techtransfer/demands"),
        ("demand", "/techtransfer/demands/demand-coal-tar-upgrade"),
        ("market-join", "/techtransfer/join"),
        ("challenges", "/techtransfer/challenges"),
        ("challenge", "/techtransfer/challenges/challenge-coal-pyrolysis-wastewater"),
        ("forgot-password", "/account/forgot"),
        ("forgot-password-sent", "/account/forgot/sent"),
        ("register", "/kepu/account/register"),
        ("register-sent", "/kepu/account/register/sent"),
        ("link-spent", "/account/reset?user=none&token=none"),
        ("account-deleted", "/account/deleted"),
        ("instruments", "/openlab"),
        ("instrument", "/openlab/instruments/icp-ms"),
        ("search", "/search?q=%E7%A7%91%E6%8A%80"),
        ("search-empty", "/search?q=%E7%85%A4%E7%84%A6%E7%94%B1"),
        ("search-advanced", "/search?q=&docno=%E5%B8%88%E5%B8%82%E5%8A%9E%E5%8F%91%E3%80%942022%E3%80%9512%E5%8F%B7&sort=date"),
        ("microsite-search", "/kepu/search?q=%E7%A7%91%E6%99%AE"),
    ];

    public static readonly (string Name, string Path)[] Admin =
    [
        ("dashboard", "/admin"),
        ("home-layouts", "/admin/home"),
        ("home-layout-edit", "/admin/home/zh-CN"),
        ("home-layout-preview", "/admin/home/zh-CN/preview"),
        ("pages-list", "/admin/pages"),
        ("page-edit", "/admin/pages/page-about-zh-CN"),
        ("page-history", "/admin/pages/page-about-zh-CN/history"),
        ("tenants-list", "/admin/tenants"),
        ("tenant-create", "/admin/tenants/create"),
        ("tenant-remove-confirm", "/admin/tenants/kepu/remove"),
        ("change-password", "/account/password"),
        ("policies-list", "/admin/policies"),
        ("policy-edit", "/admin/policies/policy-plan-2022-12"),
        ("policy-topics", "/admin/policies/topics"),
        ("media-library", "/admin/media"),
        ("market-dashboard", "/admin/techtransfer"),
        ("market-review", "/admin/techtransfer/review"),
        ("market-organisations", "/admin/techtransfer/organisations"),
        ("market-organisation", "/admin/techtransfer/organisations/org-nky"),
        ("market-matches", "/techtransfer/demands/demand-coal-tar-upgrade/matches"),
        ("challenges-admin", "/admin/techtransfer/challenges"),
        ("challenge-applications", "/admin/techtransfer/challenges/challenge-coal-pyrolysis-wastewater/applications"),
        ("threads-admin", "/admin/techtransfer/threads"),
        ("instrument-book", "/openlab/instruments/icp-ms/book"),
        ("my-instrument-bookings", "/openlab/my"),
        ("instruments-admin", "/admin/openlab"),
        ("instrument-create", "/admin/openlab/create"),
        ("instrument-edit", "/admin/openlab/inst-icp-ms"),
        ("instrument-bookings-admin", "/admin/openlab/bookings"),
        ("openlab-statistics", "/admin/openlab/statistics"),
        ("users-list", "/admin/users"),
        ("user-invite", "/admin/users/invite"),
        ("registration-settings", "/admin/users/settings"),
        ("roles-list", "/admin/roles"),
        ("role-edit", "/admin/roles/new"),
        ("my-account", "/account"),
        ("change-email", "/account/email"),
        ("delete-account", "/account/delete"),
        ("search-admin", "/admin/search"),
    ];

    /// <summary>The microsite speaks zh-CN and ug only; its path carries the tenant prefix before the culture.</summary>
    public static string Localized(string culture, string path) =>
        path.StartsWith("/kepu/", StringComparison.Ordinal)
            ? "/kepu" + (culture == "/en" ? "" : culture) + path["/kepu".Length..]
            : culture + path;
}
