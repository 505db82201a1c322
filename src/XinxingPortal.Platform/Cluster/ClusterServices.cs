using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
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

    /// <summary>Whether this node shares state with others through Redis.</summary>
    public static bool IsClustered(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[RedisKey]);

    /// <summary>
    /// Registers the bus and the job lock; returns where the data-protection keys go when the nodes share them (null:
    /// the one node keeps them in its own folder).
    /// </summary>
    public static Func<IDataProtectionBuilder, IDataProtectionBuilder>? AddCluster(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!IsClustered(builder.Configuration))
        {
            services.AddSingleton<ClusterBus, LocalClusterBus>();
            services.AddSingleton<IJobLock, LocalJobLock>();
            services.AddSingleton<Account.SignInFailures, Account.MemorySignInFailures>();
            return null;
        }

        return builder.AddRedis(builder.Configuration[RedisKey]!);
    }

    // Apart from AddCluster so that a single node never loads StackExchange.Redis: the JIT resolves every type a
    // method names when it compiles it, and the client's assembly and types cost a few megabytes of resident memory.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Func<IDataProtectionBuilder, IDataProtectionBuilder> AddRedis(this WebApplicationBuilder builder, string configuration)
    {
        var services = builder.Services;
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
        // Several nodes share one key ring in Redis, so a cookie one node protected is read by every other.
        return keys => keys.PersistKeysToStackExchangeRedis(redis, "xp:dataprotection-keys");
    }

    /// <summary>Redis answers a ping; only called when <see cref="IsClustered"/>, so a single node never loads the client.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task PingRedisAsync(IServiceProvider services) =>
        await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync();
}
