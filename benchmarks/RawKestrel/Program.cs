// Serves the bytes of one file (args[0]) at every address, as text/html: what Kestrel alone does for a page it holds.
var bytes = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(http =>
{
    http.Response.ContentType = "text/html; charset=utf-8";
    http.Response.ContentLength = bytes.Length;
    return http.Response.Body.WriteAsync(bytes).AsTask();
});
await app.RunAsync();
