using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace XinxingPortal.Platform.Cluster;

/// <summary>The bus over Redis pub/sub: one channel, each message "sender topic tenant".</summary>
internal sealed class RedisClusterBus : ClusterBus
{
    // A property, not a static field: a field of Redis's struct type would make the runtime load StackExchange.Redis
    // whenever anything lists this assembly's types (EF and MVC do at start), even on a node without Redis.
    private static RedisChannel Channel => RedisChannel.Literal("xp:cluster");
    private readonly string sender = Guid.NewGuid().ToString("n");
    private readonly ISubscriber subscriber;

    public RedisClusterBus(IConnectionMultiplexer redis, ILogger<RedisClusterBus> logger)
    {
        subscriber = redis.GetSubscriber();
        subscriber.Subscribe(Channel, (_, message) =>
        {
            var parts = ((string?)message ?? "").Split(' ', 3);
            if (parts.Length != 3 || parts[0] == sender || !Enum.TryParse<ClusterTopic>(parts[1], out var topic))
            {
                return;
            }

            try
            {
                Deliver(topic, parts[2]);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handling {Topic} for tenant {Tenant} failed", topic, parts[2]);
            }
        });
    }

    /// <summary>Waits for Redis to take the message (well under a millisecond on a LAN), so a short-lived
    /// process such as the command line cannot exit before its news has left.</summary>
    public override void Publish(ClusterTopic topic, string tenant) =>
        subscriber.Publish(Channel, $"{sender} {topic} {tenant}");
}
