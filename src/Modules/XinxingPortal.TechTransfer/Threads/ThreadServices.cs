using Microsoft.Extensions.DependencyInjection;

namespace XinxingPortal.TechTransfer.Threads;

internal static class ThreadServices
{
    /// <summary>意向洽谈; <see cref="ThreadStatistics"/> is the entry point for the bureau's statistics.</summary>
    public static IServiceCollection AddInterestThreads(this IServiceCollection services) => services
        .AddScoped<InterestListings>()
        .AddScoped<ThreadDesk>()
        .AddScoped<ThreadReader>()
        .AddScoped<ThreadMail>()
        .AddScoped<ThreadStatistics>();
}
