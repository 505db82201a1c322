using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace XinxingPortal.Platform.Errors;

/// <summary>
/// A request that could not get the database — every pooled PostgreSQL connection taken until the pool's timeout, or
/// SQLite busy or locked past its wait — is the server being overloaded, not a bug: the reader gets 503 with a
/// Retry-After and a short page in the three languages (written without the database, which is what failed), not a 500.
/// </summary>
internal static class DatabaseBusy
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql when npgsql.InnerException is TimeoutException ||
                    npgsql.Message.Contains("connection pool has been exhausted", StringComparison.OrdinalIgnoreCase):
                    return true;
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
                case AggregateException { InnerExceptions.Count: 1 } aggregate when Is(aggregate.InnerExceptions[0]):
                    return true;
            }
        }

        return false;
    }

    public static Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="{RetryAfterSeconds}"><title>服务器繁忙</title></head>
            <body>
            <main>
            <h1>服务器繁忙，请稍后再试。</h1>
            <p lang="ug" dir="rtl">مۇلازىمېتىر ئالدىراش، سەل تۇرۇپ قايتا سىناڭ.</p>
            <p lang="en">The server is busy; please try again in a few seconds.</p>
            </main>
            </body>
            </html>
            """, http.RequestAborted);
    }
}

/// <summary>Inside the exception handler: a page whose query found the database busy answers 503 instead of the error page.</summary>
internal sealed class DatabaseBusyExceptionHandler(ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseBusy.Is(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning(exception, "No database connection for {Path}: answered 503", httpContext.Request.Path);
        await DatabaseBusy.WriteAsync(httpContext);
        return true;
    }
}

/// <summary>
/// Before the tenant (whose features are read from its database) and outside the exception handler: the same 503 for a
/// request that found the database busy there, or whose error page could not be rendered for the same reason.
/// </summary>
internal sealed class DatabaseBusyMiddleware(RequestDelegate next, ILogger<DatabaseBusyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (DatabaseBusy.Is(e) && !http.Response.HasStarted)
        {
            logger.LogWarning(e, "No database connection for {Path}: answered 503", http.Request.Path);
            await DatabaseBusy.WriteAsync(http);
        }
    }
}
