using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Facilitation.Samples.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.BrowserTests;

/// <summary>The web app started in-process on 127.0.0.1 with a free port, a fake clock and its own storage folder; stopped and deleted on dispose.</summary>
public sealed class WebServer : IAsyncDisposable
{
    /// <summary>The facilitator secret the tests configure.</summary>
    public const string Secret = "test-facilitator-secret";

    private readonly string _folder;
    private bool _stopped;

    private WebServer(WebApplication app, FakeTimeProvider clock, string folder)
    {
        App = app;
        Clock = clock;
        _folder = folder;
        Url = app.Urls.First().TrimEnd('/');
    }

    /// <summary>Gets the server's clock: advancing it moves the round timers.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Gets the app.</summary>
    public WebApplication App { get; }

    /// <summary>Gets the base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    /// <summary>Starts a server.</summary>
    /// <param name="configure">Further options.</param>
    /// <param name="args">Configuration, as the command line gives it (e.g. <c>--Hosting:Mode=orleans</c>).</param>
    /// <param name="clock">The clock, when servers share one (the silos of one cluster); else a new fake clock.</param>
    /// <returns>The running server.</returns>
    public static async Task<WebServer> StartAsync(Action<WebAppOptions>? configure = null, string[]? args = null, FakeTimeProvider? clock = null)
    {
        var folder = Directory.CreateTempSubdirectory("facilitation-web-").FullName;
        clock ??= new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = WebApp.BuildApp(args ?? [], o =>
        {
            o.Urls = "http://127.0.0.1:0";
            o.StorageFolder = folder;
            o.TimeProvider = clock;
            o.FacilitatorSecret = Secret;
            o.OpenSeedCafe = false;
            configure?.Invoke(o);
        });
        await app.StartAsync();
        return new WebServer(app, clock, folder);
    }

    /// <summary>A client; with a bearer credential (the secret or a join token) it acts as that person.</summary>
    /// <param name="bearer">The secret or a join token, or null for nobody.</param>
    /// <returns>The client.</returns>
    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>Opens a café through the API as the facilitator and returns its join code.</summary>
    /// <param name="tables">How many tables.</param>
    /// <returns>The join code.</returns>
    public async Task<string> OpenCafeAsync(int tables = 3)
    {
        using var facilitator = Client(Secret);
        var reply = await facilitator.PostAsJsonAsync("/api/rooms", new
        {
            title = "Our village in ten years",
            tables,
            seatsPerTable = 4,
            questions = Enumerable.Range(1, tables).Select(i => $"Question {i}?").ToArray(),
            rounds = 3,
            minutes = 20,
            hosts = "volunteer",
        });
        reply.EnsureSuccessStatusCode();
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    /// <summary>Joins a person through the API and returns their join token.</summary>
    /// <param name="code">The café's code.</param>
    /// <param name="name">Their name.</param>
    /// <returns>The token.</returns>
    public async Task<string> JoinAsync(string code, string name)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{code}/join") { Content = JsonContent.Create(new { name }) };
        request.Headers.Add(WebApp.FetchHeader, "fetch");
        var reply = await client.SendAsync(request);
        reply.EnsureSuccessStatusCode();
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>Sends a phase command as the facilitator and fails when it is refused.</summary>
    /// <param name="code">The café's code.</param>
    /// <param name="commands">The commands, in order.</param>
    /// <returns>A task.</returns>
    public async Task CommandAsync(string code, params string[] commands)
    {
        using var facilitator = Client(Secret);
        foreach (var command in commands)
        {
            var reply = await facilitator.PostAsync($"/api/rooms/{code}/commands/{command}", null);
            Assert.True(reply.IsSuccessStatusCode, $"{command}: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Stops the server and says how long it took.</summary>
    /// <returns>The time the stop took.</returns>
    public async Task<TimeSpan> StopAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        _stopped = true;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(patience.Token);
        return started.Elapsed;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder.
        }
    }
}
