using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Data.Import;

/// <summary>
/// A real HTTP server (Kestrel on a free loopback port) that answers <c>/api/v4/{collection}/?page=N</c>
/// with the file <c>{collection}-N.json</c> of a folder, as a v4 API would page its lists.
/// </summary>
public sealed class V4FileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private V4FileServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Requests => _requests;

    public static async Task<V4FileServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        V4FileServer? server = null;
        app.MapGet("/api/v4/{collection}/", (string collection, int? page) =>
        {
            Interlocked.Increment(ref server!._requests);
            var file = Path.Combine(folder, $"{collection}-{page ?? 1}.json");
            return File.Exists(file)
                ? Results.Text(File.ReadAllText(file), "application/json")
                : Results.NotFound();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new V4FileServer(app, address.TrimEnd('/') + "/api/v4/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
