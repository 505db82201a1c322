using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.TechTransfer.Challenges.Admin;
using XinxingPortal.TechTransfer.Challenges.Applying;

namespace XinxingPortal.TechTransfer.Challenges;

internal static class ChallengeServices
{
    /// <summary>揭榜挂帅: the public pages, applying, and the bureau's shortlist and 公示.</summary>
    public static IServiceCollection AddChallenges(this IServiceCollection services) => services
        .AddScoped<ChallengeQueries>()
        .AddScoped<XinxingPortal.Abstractions.Seo.ISitemapSource, Public.ChallengeSitemap>()
        .AddScoped<XinxingPortal.Abstractions.Search.ISearchSource, Search.ChallengeSearchSource>()
        .AddScoped<ApplicationDesk>()
        .AddScoped<WinnerAnnouncement>();
}
