using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// The pages held for anonymous readers, in the output-cache store (memory, or Redis when configured), tagged with their
/// tenant. A page is keyed by what the reader asked for exactly as it reached the site (scheme, Host, path, query, elder
/// mode), so it is found before any tenant is resolved; it remembers its tenant, that tenant's epoch
/// (<see cref="PageGenerations"/>) and the tenant list it was resolved from, and is served only while all three are
/// current: a change that commits, or a tenant added, moved or disabled, retires it at once.
/// </summary>
internal sealed class CachedPages(IOutputCacheStore store, PageGenerations generations, TenantSettingsStore tenants, TimeProvider clock, TimeSpan duration)
{
    /// <summary>The largest page kept (bigger ones are rendered each time).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const byte Format = 2; // 2: the body is followed by its brotli and gzip copies

    /// <summary>Decoded pages, by the stored bytes the memory store hands back each time, so a hit parses nothing.</summary>
    private readonly ConditionalWeakTable<byte[], CachedPage> decoded = new();

    /// <summary>Pages being rendered for the cache, so readers of the same page wait for one rendering instead of each making it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task> filling = new(StringComparer.Ordinal);

    /// <summary>Keys carry the process's own epoch base, so nodes sharing a Redis store each keep their own pages.</summary>
    private readonly string prefix = "xp-page:" + generations.Instance.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|";

    private readonly Lock marking = new();
    private TenantListMark mark = new(tenants.All, 0);

    public PageGenerations Generations => generations;

    public static string TenantTag(string tenant) => "tenant:" + tenant;

    /// <summary>The newest change in the tenant's feed, which the pages cached from now on already show.</summary>
    internal static Task<long> LastChangeAsync(PortalDbContext db, CancellationToken ct) =>
        db.Set<ChangeLogRecord>().AsNoTracking()
            .OrderByDescending(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);

    public string KeyOf(HttpRequest request) => string.Concat(
        [prefix, request.Scheme, "|", request.Host.Value, "|", request.PathBase.Value, request.Path.Value, "|", request.QueryString.Value,
            PublicRequest.IsElder(request.HttpContext) ? "|elder" : "|"]);

    /// <summary>A number that changes whenever the tenant list does (the store swaps its snapshot on every change).</summary>
    public long TenantListVersion()
    {
        var all = tenants.All;
        var current = Volatile.Read(ref mark);
        if (ReferenceEquals(current.List, all))
        {
            return current.Version;
        }

        lock (marking)
        {
            if (!ReferenceEquals(mark.List, all))
            {
                Volatile.Write(ref mark, new TenantListMark(all, mark.Version + 1));
            }

            return mark.Version;
        }
    }

    /// <summary>Answers the request from a current cached page (200, or 304 for a matching If-None-Match); false when there is none.</summary>
    public async ValueTask<bool> TryServeAsync(HttpContext http, string key)
    {
        var bytes = await store.GetAsync(key, http.RequestAborted);
        if (bytes is null || Decode(bytes) is not { } page ||
            page.TenantList != TenantListVersion() || generations.Epoch(page.Tenant) != page.Epoch)
        {
            return false;
        }

        var response = http.Response;
        var headers = response.Headers;
        var age = Math.Max(0L, (long)(clock.GetUtcNow() - page.StoredAt).TotalSeconds);
        var (coding, body) = page.For(http.Request.Headers.AcceptEncoding);
        var tag = page.ETag is { } etag && coding is not null ? PageEncodings.Tag(etag, coding) : page.ETag;
        if (tag is not null && Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ETag = tag;
            headers.CacheControl = page.CacheControl;
            headers.Vary = page.Vary;
            headers.Age = AgeText(age);
            return true;
        }

        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.Vary = page.Vary; // with Accept-Encoding when copies are kept
        if (coding is not null)
        {
            // Set before the first byte, so the response-compression middleware leaves the body as it is.
            headers.ContentEncoding = coding;
            headers.ETag = tag;
        }

        headers.Age = AgeText(age);
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(body, http.RequestAborted);
        }

        return true;
    }

    /// <summary>The Age header's text; the ages a page can reach are made once (one string fewer per cache hit).</summary>
    private static string AgeText(long seconds) =>
        seconds < Ages.Length ? Ages[seconds] : seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Ages = Enumerable.Range(0, 601).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public ValueTask StoreAsync(string key, string tenant, long epoch, long tenantList, IReadOnlyList<KeyValuePair<string, StringValues>> headers, ReadOnlySpan<byte> body)
    {
        using var buffer = new MemoryStream(body.Length + 1024);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(tenant);
            writer.Write(epoch);
            writer.Write(tenantList);
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(headers.Sum(h => h.Value.Count));
            foreach (var (name, values) in headers)
            {
                foreach (var value in values)
                {
                    writer.Write(name);
                    writer.Write(value ?? "");
                }
            }

            writer.Write(body.Length);
            writer.Write(body);
            var (brotli, gzip) = PageEncodings.Compress(body);
            writer.Write(brotli.Length);
            writer.Write(brotli);
            writer.Write(gzip.Length);
            writer.Write(gzip);
        }

        return store.SetAsync(key, buffer.ToArray(), [TenantTag(tenant)], duration, CancellationToken.None);
    }

    /// <summary>
    /// Another request is rendering this page for the cache: returns its task to wait for, or null after making this
    /// request the one that renders (it must call <see cref="EndFill"/>).
    /// </summary>
    public Task? BeginFill(string key, TaskCompletionSource mine) =>
        filling.TryAdd(key, mine.Task) ? null : filling.TryGetValue(key, out var other) ? other : null;

    public void EndFill(string key, TaskCompletionSource mine)
    {
        filling.TryRemove(new KeyValuePair<string, Task>(key, mine.Task));
        mine.TrySetResult();
    }

    private CachedPage? Decode(byte[] bytes)
    {
        if (decoded.TryGetValue(bytes, out var known))
        {
            return known;
        }

        var page = Read(bytes);
        if (page is not null)
        {
            decoded.AddOrUpdate(bytes, page);
        }

        return page;
    }

    private static CachedPage? Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != Format)
            {
                return null;
            }

            var tenant = reader.ReadString();
            var epoch = reader.ReadInt64();
            var tenantList = reader.ReadInt64();
            var storedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var count = reader.ReadInt32();
            var pairs = new List<(string Name, string Value)>(count);
            for (var i = 0; i < count; i++)
            {
                pairs.Add((reader.ReadString(), reader.ReadString()));
            }

            var body = Slice(reader, bytes);
            var brotli = Slice(reader, bytes);
            var gzip = Slice(reader, bytes);
            if (body is null || brotli is null || gzip is null || reader.BaseStream.Position != bytes.Length)
            {
                return null;
            }

            var headers = pairs.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues(g.Select(p => p.Value).ToArray())))
                .ToArray();
            StringValues Header(string name) => headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            var etag = Header("ETag");
            return new CachedPage(tenant, epoch, tenantList, storedAt, headers, body.Value, brotli.Value, gzip.Value,
                etag.Count > 0 ? etag.ToString() : null, Header("Cache-Control"),
                // Vary names Accept-Encoding when copies are kept, whichever copy a reader gets.
                brotli.Value.IsEmpty ? Header("Vary") : StringValues.Concat(Header("Vary"), HeaderNames.AcceptEncoding));
        }
        catch (EndOfStreamException)
        {
            return null; // not one of ours (or cut short): render the page instead
        }
    }

    /// <summary>A length-prefixed run of the stored bytes, without copying it; null when the length does not fit.</summary>
    private static ReadOnlyMemory<byte>? Slice(BinaryReader reader, byte[] bytes)
    {
        var length = reader.ReadInt32();
        var start = reader.BaseStream.Position;
        if (length < 0 || start + length > bytes.Length)
        {
            return null;
        }

        reader.BaseStream.Position = start + length;
        return bytes.AsMemory((int)start, length);
    }

    /// <summary>The same comparison <see cref="PageEntityTags"/> makes for a page it renders.</summary>
    internal static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var tag in value.Split(','))
            {
                var trimmed = tag.Trim();
                if (trimmed == etag || trimmed == "*")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed record TenantListMark(IReadOnlyList<TenantSettings> List, long Version);

    private sealed record CachedPage(
        string Tenant, long Epoch, long TenantList, DateTimeOffset StoredAt, KeyValuePair<string, StringValues>[] Headers,
        ReadOnlyMemory<byte> Body, ReadOnlyMemory<byte> Brotli, ReadOnlyMemory<byte> Gzip, string? ETag, StringValues CacheControl, StringValues Vary)
    {
        /// <summary>The copy the reader accepts (brotli, then gzip) and its coding; the page itself when none is kept or accepted.</summary>
        public (string? Coding, ReadOnlyMemory<byte> Body) For(StringValues acceptEncoding) =>
            Brotli.IsEmpty ? (null, Body) : PageEncodings.Choose(acceptEncoding) switch
            {
                PageEncodings.Brotli => (PageEncodings.Brotli, Brotli),
                PageEncodings.Gzip => (PageEncodings.Gzip, Gzip),
                _ => (null, Body),
            };
    }
}
