using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Facilitation.Methods;
using Facilitation.Methods.Printing;
using Facilitation.Methods.WorldCafe;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Facilitation.Samples.Web;

/// <summary>What a host (or a test) may set when it builds the app.</summary>
public sealed class WebAppOptions
{
    /// <summary>Gets or sets the addresses to listen on; default the configuration's <c>urls</c>, else <c>http://127.0.0.1:5080</c>.</summary>
    public string? Urls { get; set; }

    /// <summary>Gets or sets the folder for the SQLite store (<c>workshops.db</c>) and the Data Protection keys; default the configuration's <c>Storage</c>, else <c>storage</c> under the content root.</summary>
    public string? StorageFolder { get; set; }

    /// <summary>Gets or sets the clock of the cafés (round timers); tests pass a fake one and advance it.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Gets or sets the facilitator secret; default the configuration's <c>Facilitator:Secret</c>, else a new random one printed once at start.</summary>
    public string? FacilitatorSecret { get; set; }

    /// <summary>Gets or sets whether an empty store gets the seed café (the directors' workshop) at start.</summary>
    public bool OpenSeedCafe { get; set; } = true;

    /// <summary>Gets or sets how many writes one caller may send per minute (ASP.NET Core rate limiting; 429 beyond).</summary>
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Gets or sets how many joins one network address may send per minute.</summary>
    public int JoinsPerMinute { get; set; } = 30;
}

/// <summary>The facilitator secret the app checks, and whether it was made up at start (then it is printed once).</summary>
/// <param name="Value">The secret.</param>
/// <param name="Generated">Whether the app generated it.</param>
internal sealed record FacilitatorSecret(string Value, bool Generated);

/// <summary>Builds the web app: the JSON API, the pages in wwwroot, and everything that protects them.</summary>
public static partial class WebApp
{
    /// <summary>Requests that change something must carry this header (or an Authorization header): see docs/hosting.md, "Forged requests".</summary>
    public const string FetchHeader = "X-Requested-With";

    private const int MaxBodyBytes = 32 * 1024;

    /// <summary>How many event streams one caller may hold open at once (each browser tab holds one).</summary>
    private const int MaxStreamsPerCaller = 8;

    /// <summary>Builds the app, ready to <c>Run()</c> or <c>StartAsync()</c>.</summary>
    /// <param name="args">Command-line arguments (configuration).</param>
    /// <param name="configure">Changes the options (tests pass a fake clock, a temporary folder and <c>http://127.0.0.1:0</c>).</param>
    /// <returns>The app.</returns>
    public static WebApplication BuildApp(string[] args, Action<WebAppOptions>? configure = null)
    {
        var options = new WebAppOptions();
        configure?.Invoke(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(options.Urls ?? builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var storage = Directory.CreateDirectory(options.StorageFolder ?? Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Storage"] ?? "storage")).FullName;
        var configured = options.FacilitatorSecret ?? builder.Configuration["Facilitator:Secret"];
        var secret = string.IsNullOrWhiteSpace(configured) ? new FacilitatorSecret(Access.NewSecret(), Generated: true) : new FacilitatorSecret(configured, Generated: false);

        if (options.TimeProvider is { } clock)
        {
            builder.Services.AddSingleton(clock);
        }

        var hosting = RoomHosting.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(hosting);
        builder.Services.AddSingleton(secret);
        builder.Services.AddFacilitationMethods(o => o.MaxPlannerTime = TimeSpan.FromSeconds(2));
        builder.Services.AddSqliteStore(Path.Combine(storage, "workshops.db"));
        builder.Services.AddSingleton(new Claims(Path.Combine(storage, "claims.json")));
        builder.Services.AddSingleton<Rooms>();
        if (hosting.IsOrleans)
        {
            hosting.AddSilo(builder, options.TimeProvider);
        }

        builder.Services.AddDataProtection()
            .SetApplicationName("Facilitation.Samples.Web")
            .PersistKeysToFileSystem(Directory.CreateDirectory(Path.Combine(storage, "keys")));
        builder.Services.AddSingleton(sp => new Access(sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<FacilitatorSecret>().Value));
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddRequestLocalization(o =>
        {
            string[] cultures = ["en", "zh-CN"];
            o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("writes", http => RateLimitPartition.GetFixedWindowLimiter(
                CallerKey(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy("streams", http => RateLimitPartition.GetConcurrencyLimiter(
                CallerKey(http),
                _ => new ConcurrencyLimiterOptions { PermitLimit = MaxStreamsPerCaller, QueueLimit = 0 }));
            o.AddPolicy("joins", http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.JoinsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        var app = builder.Build();
        var rooms = app.Services.GetRequiredService<Rooms>();
        if (!hosting.IsOrleans)
        {
            // In Orleans mode the rooms connect to their grains once the silo runs (ClusterRooms).
            rooms.RestoreAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        if (!hosting.IsOrleans && options.OpenSeedCafe && !rooms.All.Any())
        {
            // The directors' workshop: the evening café of day 1, the Open Space of day 2 and the brainstorm inside it.
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var template in new[] { "seed", "open-space", "brainstorm" })
            {
                rooms.OpenAsync(Templates.From(new NewCafe(template, null, 0, 0, null, 0, 0, null), now), CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => Announce(app, secret, rooms));
        app.Lifetime.ApplicationStopping.Register(() => rooms.SaveAllAsync().GetAwaiter().GetResult());

        app.Use(Protect);
        app.UseRequestLocalization();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        MapApi(app);
        return app;
    }

    private static void Announce(WebApplication app, FacilitatorSecret secret, Rooms rooms)
    {
        var url = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5080";
        Console.WriteLine($"Facilitator console: {url}/console.html");
        foreach (var room in rooms.All)
        {
            Console.WriteLine($"  {room.Method} '{room.Title}': phones join at {url}/join.html?code={room.Code} (code {room.Code})");
        }

        Console.WriteLine(secret.Generated
            ? $"Facilitator secret (shown once; set Facilitator:Secret to choose your own): {secret.Value}"
            : "Facilitator secret: from the configuration (Facilitator:Secret).");
    }

    /// <summary>Security headers on every reply, and the forged-request check on every write (see docs/hosting.md).</summary>
    private static Task Protect(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Request.Headers.Authorization.Count == 0 && http.Request.Headers[FetchHeader] != "fetch")
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsJsonAsync(new { title = "Forged request refused", detail = $"A write from a page must carry the header '{FetchHeader}: fetch' (the app's pages do); API clients send Authorization: Bearer." });
        }

        return next(http);
    }

    private static string CallerKey(HttpContext http)
    {
        var credential = http.Request.Headers.Authorization.ToString();
        if (credential.Length == 0)
        {
            credential = http.Request.Cookies.Where(c => c.Key.StartsWith("fm_", StringComparison.Ordinal)).Select(c => c.Value).FirstOrDefault() ?? string.Empty;
        }

        return credential.Length == 0
            ? "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown")
            : "who:" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(credential)).AsSpan(0, 12));
    }

    private static void MapApi(WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/facilitator/login", (HttpContext http, Access access, Secret body) =>
        {
            if (!access.IsSecret(body.Value))
            {
                return Results.Problem("That is not the facilitator secret (the app printed it at start, or it is in Facilitator:Secret).", statusCode: StatusCodes.Status401Unauthorized);
            }

            http.Response.Cookies.Append(Access.FacilitatorCookie, access.FacilitatorToken(), Cookie(http));
            return Results.NoContent();
        }).RequireRateLimiting("joins");

        api.MapPost("/facilitator/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(Access.FacilitatorCookie);
            return Results.NoContent();
        });

        api.MapGet("/rooms", (HttpContext http, Access access, Rooms rooms) => access.Identify(http, null).IsFacilitator
            ? Results.Ok(rooms.All.Select(r => new { r.Code, r.Method, r.Title, r.Session.Phase, r.Session.Version, People = r.PeopleHere }))
            : NotFacilitator());

        api.MapPost("/rooms", async (HttpContext http, Access access, Rooms rooms, TimeProvider clock, NewCafe form, CancellationToken aborted) =>
        {
            if (!access.Identify(http, null).IsFacilitator)
            {
                return NotFacilitator();
            }

            try
            {
                var room = await rooms.OpenAsync(Templates.From(form, clock.GetUtcNow()), aborted).ConfigureAwait(false);
                return Results.Created($"/api/rooms/{room.Code}", new { room.Code, room.Method, room.Title, Warnings = Warnings(room) });
            }
            catch (InvalidDesignException e)
            {
                return Results.Problem(string.Join(" ", e.Errors), statusCode: StatusCodes.Status400BadRequest, title: "The room cannot run as designed");
            }
            catch (ArgumentException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            catch (InvalidOperationException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
            }
        }).RequireRateLimiting("writes");

        var roomApi = api.MapGroup("/rooms/{code}");

        roomApi.MapGet("/", async (HttpContext http, string code, Rooms rooms, Access access, TimeProvider clock) =>
        {
            if (rooms.Find(code) is not { } room)
            {
                return NoCafe(code);
            }

            await room.RefreshAsync().ConfigureAwait(false);

            var view = Views.Of(room, access.Identify(http, room), clock);
            http.Response.Headers.ETag = Preconditions.ETag(room.Session.Version);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(view);
        });

        roomApi.MapGet("/events", (HttpContext http, string code, Rooms rooms, Access access, IHostApplicationLifetime lifetime, IOptions<JsonOptions> json) =>
        {
            if (rooms.Find(code) is not { } room)
            {
                return NoCafe(code);
            }

            var caller = access.Identify(http, room);
            if (!caller.IsFacilitator && !caller.IsParticipant)
            {
                return Results.Problem("Join the room (or sign in as the facilitator) to follow it.", statusCode: StatusCodes.Status401Unauthorized);
            }

            var last = http.Request.Headers["Last-Event-ID"].ToString();
            if (!EventStream.TryLastEventId(last.Length > 0 ? last : http.Request.Query["after"].ToString(), out var after))
            {
                return EventStream.BadLastEventId();
            }

            return EventStream.Serve(http, lifetime, ends => EventStream.Follow(room, caller, after ?? 0, json.Value.SerializerOptions, ends));
        }).RequireRateLimiting("streams");

        roomApi.MapPost("/join", (HttpContext http, string code, Rooms rooms, Access access, Joining body) => WithRoomAsync(http, code, rooms, access, async room =>
        {
            var name = (body.Name ?? string.Empty).Trim();
            if (name.Length is 0 or > 80)
            {
                return Results.Problem("Say your name (1 to 80 characters).", statusCode: StatusCodes.Status400BadRequest);
            }

            var known = (room.Workshop?.Workshop.Design.Participants.AsEnumerable() ?? room.Roster).FirstOrDefault(p => p.DisplayName == name);
            ParticipantId id;
            string? nonce;
            if (known is not null)
            {
                id = known.Id;
                nonce = room.TryClaim(id);
                if (nonce is null)
                {
                    return Results.Problem($"Someone already joined as '{name}'. Add something to tell you apart (e.g. your village); the facilitator can add you at the desk.", statusCode: StatusCodes.Status409Conflict);
                }

                if (!room.IsPresent(id))
                {
                    await Send(() => AddPersonAsync(room, Actor.Facilitator, known, null), () => room.Release(id)).ConfigureAwait(false);
                }
            }
            else
            {
                // The app is the welcome desk: it adds the newcomer as the facilitator would (the join code is the permission).
                id = new ParticipantId("p" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
                nonce = room.TryClaim(id) ?? throw new InvalidOperationException("A new participant id was claimed already.");
                await Send(() => AddPersonAsync(room, Actor.Facilitator, new Participant(id, name), null), () => room.Release(id)).ConfigureAwait(false);
            }

            var token = access.JoinToken(room.Session.Id, id, nonce);
            http.Response.Cookies.Append(Access.ParticipantCookie(room.Code), token, Cookie(http));
            return Results.Ok(new { Participant = id.Value, Name = name, Token = token });
        }, needsCaller: false)).RequireRateLimiting("joins");

        roomApi.MapPost("/commands/{command}", (HttpContext http, string code, string command, Rooms rooms, Access access) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var sent = room.Method switch
            {
                Room.WorldCafeMethod => await SendCafeCommandAsync(room, command, who, o).ConfigureAwait(false),
                Room.OpenSpaceMethod => await SendOpenSpaceCommandAsync(room, command, who, o).ConfigureAwait(false),
                _ => await SendBrainstormCommandAsync(room, command, who, o).ConfigureAwait(false),
            };
            return sent ? null : Results.Problem($"'{command}' is not a command sent here; see 'permitted' in the room's view for every command and its endpoint.", statusCode: StatusCodes.Status404NotFound);
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/people", (HttpContext http, string code, Rooms rooms, Access access, Joining body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var name = (body.Name ?? string.Empty).Trim();
            var id = new ParticipantId("p" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
            await AddPersonAsync(room, who, new Participant(id, name.Length == 0 ? null : name), o).ConfigureAwait(false);
            return Results.Ok(new { Participant = id.Value, room.Session.Version });
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/leave", (HttpContext http, string code, Rooms rooms, Access access, Leaving body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            await LeaveAsync(room, who, body.Participant is { Length: > 0 } p ? new ParticipantId(p) : who.Participant ?? throw new ArgumentException("Say who leaves (participant)."), o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // Leaving for good: the method's leave (when the person is still here and the phase takes leaves; a refusal of the
        // person's own releases nothing), then the name is free for the next phone that types it and every token issued for
        // it stops working. The facilitator may free anyone's.
        roomApi.MapPost("/release", (HttpContext http, string code, Rooms rooms, Access access, Leaving body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var person = who.Participant ?? (body.Participant is { Length: > 0 } p ? new ParticipantId(p) : throw new ArgumentException("Say whose name to release (participant)."));
            if (room.IsPresent(person) && room.Session.WhyRefused(room.Method == Room.OpenSpaceMethod ? "Depart" : "Leave") is null)
            {
                await LeaveAsync(room, who, person, o).ConfigureAwait(false);
            }

            room.Release(person);
            if (who.Participant is not null)
            {
                http.Response.Cookies.Delete(Access.ParticipantCookie(room.Code));
            }

            return Results.Ok(new { Released = person.Value, room.Session.Version });
        })).RequireRateLimiting("writes");

        // The join link as a QR code for the console to show (PNG, drawn by QRCoder): the link to this server's join page with the code.
        roomApi.MapGet("/qr", (HttpContext http, string code, Rooms rooms, Access access) =>
        {
            if (rooms.Find(code) is not { } room)
            {
                return NoCafe(code);
            }

            if (!access.Identify(http, room).IsFacilitator)
            {
                return NotFacilitator();
            }

            var link = $"{http.Request.Scheme}://{http.Request.Host}/join.html?code={room.Code}";
            using var data = new QRCoder.QRCodeGenerator().CreateQrCode(link, QRCoder.QRCodeGenerator.ECCLevel.M);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(new QRCoder.PngByteQRCode(data).GetGraphic(8), "image/png");
        });

        roomApi.MapPost("/round-time", (HttpContext http, string code, Rooms rooms, Access access, TimeChange body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            if (body.Minutes is < -24 * 60 or > 24 * 60)
            {
                throw new ArgumentException("Change the time by at most a day either way.");
            }

            var change = TimeSpan.FromMinutes(body.Minutes);
            switch (room.Method)
            {
                case Room.WorldCafeMethod: await SendToCafeAsync<object>(room, "ChangeRoundTime", who, new { change }, o).ConfigureAwait(false); break;
                case Room.OpenSpaceMethod: await SendToOpenSpaceAsync<object>(room, "ChangeSlotTime", who, new { change }, o).ConfigureAwait(false); break;
                default: await SendToBrainstormAsync<object>(room, "ExtendRound", who, new { change }, o).ConfigureAwait(false); break;
            }

            return null;
        })).RequireRateLimiting("writes");

        MapWorkshops(api);
        MapOpenSpace(roomApi);
        MapBrainstorm(roomApi);

        roomApi.MapPost("/notes", (HttpContext http, string code, Rooms rooms, Access access, Writing body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var note = await SendToCafeAsync<Contribution>(room, "AddNote", who, new { table = TableFor(room, who, body.Table), text = body.Text ?? string.Empty, anonymous = body.Anonymous }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = note!.Id.Value, Table = note.Group?.Value, Round = note.Round?.Number, note.IsAnonymous, room.Session.Version });
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/briefings", (HttpContext http, string code, Rooms rooms, Access access, Writing body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var briefing = await SendToCafeAsync<Contribution>(room, "AddBriefing", who, new { table = TableFor(room, who, body.Table), text = body.Text ?? string.Empty }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = briefing!.Id.Value, Table = briefing.Group?.Value, room.Session.Version });
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/harvest-items", (HttpContext http, string code, Rooms rooms, Access access, HarvestItem body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            var item = await SendToCafeAsync<Contribution>(room, "AddHarvestItem", who, new { kind = body.Kind, text = body.Text ?? string.Empty, owner = body.Owner, nextStep = body.NextStep }, o).ConfigureAwait(false);
            return Results.Ok(new { Id = item!.Id.Value, room.Session.Version });
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/hosts", (HttpContext http, string code, Rooms rooms, Access access, HostChoice body) => WithCommandAsync(http, code, rooms, access, async (room, who, o) =>
        {
            await SendToCafeAsync<object>(room, "ChooseHost", who, new { table = new GroupId(body.Table ?? string.Empty), host = new ParticipantId(body.Participant ?? string.Empty) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        roomApi.MapPost("/save", async (HttpContext http, string code, Rooms rooms, Access access) =>
        {
            if (rooms.Find(code) is not { } room)
            {
                return NoCafe(code);
            }

            if (!access.Identify(http, room).IsFacilitator)
            {
                return NotFacilitator();
            }

            var stored = await room.SaveAsync(CancellationToken.None).ConfigureAwait(false);
            return Results.Ok(new { room.Session.Version, StoredVersion = stored });
        }).RequireRateLimiting("writes");

        roomApi.MapGet("/print/{what}", (HttpContext http, string code, string what, Rooms rooms, Access access) =>
        {
            if (rooms.Find(code) is not { } room)
            {
                return NoCafe(code);
            }

            if (!access.Identify(http, room).IsFacilitator)
            {
                return NotFacilitator();
            }

            if (room.Method != Room.WorldCafeMethod)
            {
                return Results.Problem("The printables are the café's (route cards, table tents, rosters, harvest book).", statusCode: StatusCodes.Status404NotFound);
            }

            var c = room.Cafe;
            var options = new PrintOptions { Culture = CultureInfo.CurrentUICulture };
            if (what != "harvest-book" && c.Seatings.IsEmpty)
            {
                return Results.Problem("The seating is planned at the welcome; print the cards after it.", statusCode: StatusCodes.Status409Conflict);
            }

            var print = new CafePrintables(c.Design, c.Seatings, c.Participants, options);
            string? html = what switch
            {
                "route-cards" => print.RouteCards(),
                "table-tents" => print.TableTents(),
                "rosters" => print.TableRosters(),
                "harvest-book" => HarvestBook.ToHtml(c.ToHarvest(), options),
                _ => null,
            };
            return html is null
                ? Results.Problem($"There is no printable '{what}': route-cards, table-tents, rosters, harvest-book.", statusCode: StatusCodes.Status404NotFound)
                : Results.Content(html, "text/html; charset=utf-8");
        });
    }

    private static IReadOnlyList<string> Warnings(Room room) => room.Session switch
    {
        Facilitation.Methods.WorldCafe.WorldCafeSession c => c.DesignWarnings,
        Facilitation.Methods.OpenSpace.OpenSpaceSession o => Facilitation.Methods.OpenSpace.OpenSpaceSession.Check(o.Design),
        _ => Facilitation.Methods.Brainstorm.BrainstormSession.Check(room.Brainstorm.Design),
    };

    /// <summary>Adds a person to the room as its method says: a café's and a brainstorm's <c>Join</c>, an Open Space's <c>RegisterParticipant</c>.</summary>
    private static Task AddPersonAsync(Room room, Actor who, Participant person, CommandOptions? options)
    {
        if (room.Workshop is { } workshop)
        {
            // A workshop's block takes the workshop's people only, checked in by the workshop (which tells the block).
            if (!workshop.Workshop.Design.Participants.Any(p => p.Id == person.Id))
            {
                throw new ArgumentException("This room is a block of a workshop: only the workshop's people join it. Ask the facilitator.");
            }

            return SendToWorkshopAsync(workshop, nameof(Facilitation.Methods.Workshops.WorkshopSession.CheckIn), who, new { person = person.Id }, options);
        }

        switch (room.Method)
        {
            case Room.WorldCafeMethod: return SendToCafeAsync<object>(room, "Join", who, new { participant = person }, options);
            case Room.OpenSpaceMethod: return SendToOpenSpaceAsync<object>(room, "RegisterParticipant", who, new { participant = person }, options);
            default: return SendToBrainstormAsync<object>(room, "Join", who, new { participant = person }, options);
        }
    }

    /// <summary>Says a person leaves, as the room's method says it: a café's and a brainstorm's <c>Leave</c>, an Open Space's <c>Depart</c>.</summary>
    private static Task LeaveAsync(Room room, Actor who, ParticipantId person, CommandOptions? options)
    {
        if (room.Workshop is { } workshop)
        {
            return SendToWorkshopAsync(workshop, nameof(Facilitation.Methods.Workshops.WorkshopSession.Depart), who, new { person }, options);
        }

        switch (room.Method)
        {
            case Room.WorldCafeMethod: return SendToCafeAsync<object>(room, "Leave", who, new { participant = person }, options);
            case Room.OpenSpaceMethod: return SendToOpenSpaceAsync<object>(room, "Depart", who, new { participant = person }, options);
            default: return SendToBrainstormAsync<object>(room, "Leave", who, new { participant = person }, options);
        }
    }

    private static async Task<bool> SendCafeCommandAsync(Room room, string command, Actor who, CommandOptions? o)
    {
        if (!Views.PhaseCommands.Contains(command))
        {
            return false;
        }

        await SendToCafeAsync<object>(room, command, who, null, o).ConfigureAwait(false);
        return true;
    }

    /// <summary>A café's command by name (<see cref="SendAsync{TResult}"/>).</summary>
    private static Task<TResult?> SendToCafeAsync<TResult>(Room room, string command, Actor who, object? payload, CommandOptions? options)
    {
        _ = room.Cafe; // a café's endpoint on another method's room: 404, naming what the room runs
        return SendAsync<TResult>(room, command, who, payload, options);
    }

    /// <summary>A brainstorm's command by name (<see cref="SendAsync{TResult}"/>).</summary>
    private static Task<TResult?> SendToBrainstormAsync<TResult>(Room room, string command, Actor who, object? payload, CommandOptions? options)
    {
        _ = room.Brainstorm;
        return SendAsync<TResult>(room, command, who, payload, options);
    }

    /// <summary>An Open Space's command by name (<see cref="SendAsync{TResult}"/>).</summary>
    private static Task<TResult?> SendToOpenSpaceAsync<TResult>(Room room, string command, Actor who, object? payload, CommandOptions? options)
    {
        _ = room.OpenSpace;
        return SendAsync<TResult>(room, command, who, payload, options);
    }

    /// <summary>
    /// Sends a command by name through the room's command table (<see cref="Facilitation.Methods.Orleans.SessionMethods"/>): to the session
    /// in this process, or to its grain in Orleans mode. Returns the command's result; a refusal is thrown as the session would throw it.
    /// </summary>
    private static async Task<TResult?> SendAsync<TResult>(Room room, string command, Actor who, object? payload, CommandOptions? options)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var sent = new Facilitation.Methods.Orleans.SessionCommand(command, who, payload is null ? null : JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), options)
        {
            Culture = culture.Length == 0 ? null : culture,
        };
        var reply = await room.SendAsync(sent).ConfigureAwait(false);
        return reply.ReadResult<TResult>();
    }

    private static GroupId TableFor(Room room, Actor who, string? table) =>
        table is { Length: > 0 } t ? new GroupId(t)
        : who.Participant is { } p && room.Cafe.CurrentSeating?.GroupOf(p) is { } seat ? seat
        : throw new ArgumentException("Say at which table (table).");

    private static CookieOptions Cookie(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/",
        MaxAge = TimeSpan.FromDays(3),
        IsEssential = true,
    };

    /// <summary>Runs a command for a known caller (sent by name, to the session here or to its grain), then stores it: acknowledged = stored.</summary>
    private static Task<IResult> WithCommandAsync(HttpContext http, string code, Rooms rooms, Access access, Func<Room, Actor, CommandOptions?, Task<IResult?>> command) =>
        WithRoomAsync(http, code, rooms, access, async room =>
        {
            var expected = Preconditions.ExpectedVersion(http, out var problem);
            var key = problem is null ? Preconditions.Key(http, out problem) : null;
            if (problem is not null)
            {
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Malformed precondition");
            }

            if (expected is { } e && e != room.Session.Version)
            {
                return Stale(http, room, e);
            }

            var caller = access.Identify(http, room);
            try
            {
                var result = await command(room, caller.Actor, Preconditions.Options(key, expected)).ConfigureAwait(false);
                return result ?? Results.Ok(new { room.Session.Phase, room.Session.Version, Permitted = Views.Permitted(room, caller) });
            }
            catch (CommandRejectedException rejected) when (expected is not null && rejected.Kind == RejectionKind.Conflict)
            {
                // A grain's room may have moved on since it was read: read it again before telling a stale client from a conflict.
                await room.RefreshAsync().ConfigureAwait(false);
                if (expected.Value != room.Session.Version)
                {
                    return Stale(http, room, expected.Value);
                }

                throw;
            }
        });

    /// <summary>Finds the room, checks there is a caller, maps refusals to problem details, and stores what the handler changed before the reply.</summary>
    private static Task<IResult> WithRoom(HttpContext http, string code, Rooms rooms, Access access, Func<Room, IResult> handle, bool needsCaller = true) =>
        WithRoomAsync(http, code, rooms, access, room => Task.FromResult(handle(room)), needsCaller);

    /// <summary>Finds the room (a grain's room read up to its stored log first), checks there is a caller, maps refusals to problem details, and stores what the handler changed before the reply.</summary>
    private static async Task<IResult> WithRoomAsync(HttpContext http, string code, Rooms rooms, Access access, Func<Room, Task<IResult>> handle, bool needsCaller = true)
    {
        if (rooms.Find(code) is not { } room)
        {
            return NoCafe(code);
        }

        var caller = access.Identify(http, room);
        if (needsCaller && !caller.IsFacilitator && !caller.IsParticipant)
        {
            return Results.Problem("Join the room first (or sign in as the facilitator).", statusCode: StatusCodes.Status401Unauthorized);
        }

        await room.RefreshAsync().ConfigureAwait(false);
        var before = room.Session.Version;
        IResult result;
        try
        {
            result = await handle(room).ConfigureAwait(false);
        }
        catch (WrongMethodException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (CommandRejectedException e)
        {
            return Refused(http, e, room.Session.Version);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (room.Session.Version != before)
        {
            // Acknowledged = stored: the reply waits for the store (not for the client, who may be gone). A grain stored it already.
            await room.SaveAsync(CancellationToken.None).ConfigureAwait(false);
        }

        http.Response.Headers.ETag = Preconditions.ETag(room.Session.Version);
        return result;
    }

    /// <summary>A refused command as problem details: bad input 400, not yours 403, anything else (phase, state) 409; the ETag says the version now.</summary>
    private static IResult Refused(HttpContext http, CommandRejectedException e, long version)
    {
        http.Response.Headers.ETag = Preconditions.ETag(version);
        return Results.Problem(
            e.Reason,
            statusCode: e.Kind switch
            {
                RejectionKind.InvalidInput => StatusCodes.Status400BadRequest,
                RejectionKind.NotPermitted => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            },
            title: $"{e.Command} was refused in phase {e.Phase}",
            extensions: new Dictionary<string, object?> { ["kind"] = e.Kind.ToString() });
    }

    private static async Task Send(Func<Task> command, Action undo)
    {
        try
        {
            await command().ConfigureAwait(false);
        }
        catch
        {
            undo();
            throw;
        }
    }

    private static IResult Stale(HttpContext http, Room room, long expected)
    {
        http.Response.Headers.ETag = Preconditions.ETag(room.Session.Version);
        return Results.Problem(
            $"The room has moved on to version {room.Session.Version.ToString(CultureInfo.InvariantCulture)} since you read version {expected.ToString(CultureInfo.InvariantCulture)}: reload it and try again.",
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Reload: the room has changed");
    }

    private static IResult NoCafe(string code) =>
        Results.Problem($"No room has the code '{(code.Length > 12 ? code[..12] : code)}'. Check the code on the screen.", statusCode: StatusCodes.Status404NotFound);

    private static IResult NotFacilitator() =>
        Results.Problem("Only the facilitator may do this.", statusCode: StatusCodes.Status403Forbidden);
}

/// <summary>The facilitator's sign-in.</summary>
/// <param name="Value">The secret.</param>
internal sealed record Secret(string? Value);

/// <summary>A name to join with.</summary>
/// <param name="Name">The name shown at the tables.</param>
internal sealed record Joining(string? Name);

/// <summary>Who leaves.</summary>
/// <param name="Participant">Their id; a participant leaving themselves may leave it out.</param>
internal sealed record Leaving(string? Participant);

/// <summary>A note or a briefing.</summary>
/// <param name="Table">The table; a participant may leave it out (their table this round).</param>
/// <param name="Text">What they write.</param>
/// <param name="Anonymous">Whether the note hides its author (notes only).</param>
internal sealed record Writing(string? Table, string? Text, bool Anonymous = false);

/// <summary>A harvest item.</summary>
/// <param name="Kind">Insight, Theme, Question or ActionItem.</param>
/// <param name="Text">The item.</param>
/// <param name="Owner">Who carries an action item.</param>
/// <param name="NextStep">An action item's next step.</param>
internal sealed record HarvestItem(ContributionKind Kind, string? Text, string? Owner, string? NextStep);

/// <summary>A change of the round's time.</summary>
/// <param name="Minutes">Minutes to add (negative to shorten).</param>
internal sealed record TimeChange(int Minutes);

/// <summary>A host for a table.</summary>
/// <param name="Table">The table's id.</param>
/// <param name="Participant">The host's id.</param>
internal sealed record HostChoice(string? Table, string? Participant);
