using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using XinxingPortal.Abstractions.Jobs;

namespace XinxingPortal.Platform.Cluster;

/// <summary>
/// Several web nodes by configuration, not code. Without <c>Portal:Redis</c> the site runs on one machine as it always
/// did. With it, every node shares through Redis: the data-protection keys (so a cookie from one node is read by
/// another), the distributed cache, the output cache store, the bus that drops a tenant's cached state on every node,
/// and the job locks that make each background job run once.
/// </summary>
internal static class ClusterServices
{
    public const string RedisKey = "Portal:Redis";

    /// <summary>Registers the bus and the job lock; returns the Redis connection when one is configured.</summary>
    public static IConnectionMultiplexer? AddCluster(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration[RedisKey];
        if (string.IsNullOrWhiteSpace(configuration))
        {
            services.AddSingleton<ClusterBus, LocalClusterBus>();
            services.AddSingleton<IJobLock, LocalJobLock>();
            services.AddSingleton<Account.SignInFailures, Account.MemorySignInFailures>();
            return null;
        }

        var options = ConfigurationOptions.Parse(configuration);
        // A node may start before Redis answers; readiness says so until it does.
        options.AbortOnConnectFail = false;
        var redis = ConnectionMultiplexer.Connect(options);
        services.AddSingleton<IConnectionMultiplexer>(redis);
        services.AddSingleton<ClusterBus, RedisClusterBus>();
        services.AddSingleton<IJobLock, RedisJobLock>();
        services.AddSingleton<Account.SignInFailures, RedisSignInFailures>();
        services.AddStackExchangeRedisCache(o =>
        {
            o.InstanceName = "xp:cache:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
        });
        // Only the store: whoever turns output caching on (AddOutputCache) gets this store instead of memory.
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.InstanceName = "xp:output:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
        });
        return redis;
    }
}
