using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Caching;

/// <summary>
/// Right after the tenant: stores the anonymous page <see cref="PageFront"/> did not find, under the tenant's epoch as it
/// was before the page was read (a change committing meanwhile leaves it stored under an epoch nobody serves). Only a
/// 200 page or feed that sets no cookie and does not ask to be private is kept, and never one made for a signed-in user.
/// Readers of a page being rendered wait for it rather than render it again.
/// </summary>
internal sealed class PageFill(RequestDelegate next, CachedPages pages)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public async Task InvokeAsync(HttpContext http, TenantContext tenant)
    {
        if (http.Features.Get<PageFrontMiss>() is not { } miss || !tenant.IsBound || !HttpMethods.IsGet(http.Request.Method) ||
            !PublicRequest.IsShareable(http))
        {
            await next(http);
            return;
        }

        var epoch = await pages.Generations.EnsureKnownAsync(tenant.Name,
            () => CachedPages.LastChangeAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), http.RequestAborted));
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (pages.BeginFill(miss.Key, mine) is { } other)
        {
            await Task.WhenAny(other, Task.Delay(MaxWait, http.RequestAborted));
            if (await pages.TryServeAsync(http, miss.Key))
            {
                return;
            }

            await next(http);
            return;
        }

        try
        {
            await RenderAndKeepAsync(http, miss, tenant.Name, epoch);
        }
        finally
        {
            pages.EndFill(miss.Key, mine);
        }
    }

    private async Task RenderAndKeepAsync(HttpContext http, PageFrontMiss miss, string tenant, long epoch)
    {
        var original = http.Response.Body;
        var capture = new PageCapture(original, http.Response, CachedPages.MaxBodyBytes);
        http.Response.Body = capture;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (capture.Kept is { } body && capture.Headers is { } headers && response.StatusCode == StatusCodes.Status200OK &&
            http.User.Identity?.IsAuthenticated != true && response.Headers.SetCookie.Count == 0 && !http.RequestAborted.IsCancellationRequested)
        {
            await pages.StoreAsync(miss.Key, tenant, epoch, miss.TenantList, headers, body.Span);
        }
    }

    /// <summary>
    /// Passes the page through to the reader and keeps a copy, with the headers as they were just before the first byte
    /// (before the response starts and the outer middleware add theirs). Stops keeping past the limit or when the response
    /// is not one to share.
    /// </summary>
    private sealed class PageCapture(Stream inner, HttpResponse response, int limit) : Stream
    {
        private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
        {
            "Content-Length", "Set-Cookie", "Date", "Server", "Transfer-Encoding", "Age", "Connection",
        };

        private MemoryStream? copy = new();
        private bool begun;

        public List<KeyValuePair<string, StringValues>>? Headers { get; private set; }

        public ReadOnlyMemory<byte>? Kept => begun && copy is not null ? copy.GetBuffer().AsMemory(0, (int)copy.Length) : null;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
            Begin();
            inner.Flush();
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Begin();
            return inner.FlushAsync(cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private void Keep(ReadOnlySpan<byte> data)
        {
            Begin();
            if (copy is null)
            {
                return;
            }

            if (copy.Length + data.Length > limit)
            {
                copy = null;
                return;
            }

            copy.Write(data);
        }

        private void Begin()
        {
            if (begun)
            {
                return;
            }

            begun = true;
            if (response.HasStarted || response.StatusCode != StatusCodes.Status200OK ||
                PublicRequest.IsPrivateResponse(response) || !PublicRequest.IsShareableContent(response.ContentType))
            {
                copy = null;
                return;
            }

            Headers = [.. response.Headers.Where(h => !NotKept.Contains(h.Key))];
        }
    }
}
