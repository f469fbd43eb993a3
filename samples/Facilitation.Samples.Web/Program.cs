// A minimal web app serving one World Café over HTTP. See docs/hosting.md.
//
//   GET  /                      the café: phase, version, round, time left, commands legal now
//   GET  /seating               this round's tables (or ?round=n)
//   POST /notes                 a participant writes on their table's tablecloth (header X-Participant)
//   POST /commands/{command}    the facilitator moves the café on (OpenCheckIn, Welcome, StartRound, ...)
//   GET  /events                server-sent events, one per accepted command, in version order
//   POST /save                  makes sure every event (also the timer's) is in the store; the café is restored from it at startup
//
// The café lives in the session store: SQLite, one file (storage/workshops.db, or the folder in the Storage setting).
// Every accepted command is appended there before the reply.
//
// Headers: Idempotency-Key (a retry with the same key is applied once), If-Match (the version you read; a stale one
// is refused with 409). Every reply carries the café's version in ETag.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.Storage.Sqlite;
using Facilitation.Methods.WorldCafe;
using Facilitation.Samples.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFacilitationMethods(options => options.MaxPlannerTime = TimeSpan.FromSeconds(2));
var storage = Directory.CreateDirectory(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Storage"] ?? "storage")).FullName;
builder.Services.AddSqliteStore(Path.Combine(storage, "workshops.db"));
builder.Services.AddSingleton<CafeHost>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();
var host = app.Services.GetRequiredService<CafeHost>();
var cafe = host.Cafe;
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

app.Lifetime.ApplicationStopping.Register(() => host.SaveAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult());

app.MapGet("/", (HttpContext http) =>
{
    Tag(http);
    return Results.Ok(new
    {
        cafe.Design.Title,
        Phase = cafe.Phase.ToString(),
        cafe.Version,
        Round = cafe.CurrentRound?.Number,
        RemainingSeconds = cafe.RemainingTime?.TotalSeconds,
        PermittedCommands = cafe.PermittedCommands.Select(c => c.ToString()),
        host.RestoredFromStorage,
    });
});

app.MapGet("/seating", (HttpContext http, int? round) =>
{
    Tag(http);
    var seatings = cafe.Seatings;
    var number = round ?? cafe.CurrentRound?.Number ?? 1;
    if (seatings.IsEmpty || number < 1 || number > seatings.Length)
    {
        return Results.Problem($"No seating for round {number} yet (the café plans seating at the welcome).", statusCode: StatusCodes.Status404NotFound);
    }

    var names = cafe.Participants.ToDictionary(p => p.Id, p => p.DisplayName);
    var seating = seatings[number - 1];
    return Results.Ok(new
    {
        Round = number,
        Tables = seating.Groups.Select(t => new
        {
            Table = t.Value,
            Question = cafe.QuestionFor(t, new Round(number)).Text,
            Host = cafe.HostOf(t, new Round(number))?.Value,
            Members = seating.MembersOf(t).Select(p => new { Id = p.Value, Name = names[p] }),
        }),
    });
});

app.MapPost("/notes", (HttpContext http, NoteRequest note, CancellationToken aborted) => RunAsync(http, aborted, () =>
{
    var participant = http.Request.Headers["X-Participant"].ToString();
    if (participant.Length == 0)
    {
        return Results.Problem("Say who writes the note in the X-Participant header.", statusCode: StatusCodes.Status400BadRequest);
    }

    var written = cafe.AddNote(Actor.ForParticipant(participant), note.Table, note.Text, note.Anonymous, Options(http));
    return Results.Ok(new { Id = written.Id.Value, Table = written.Group?.Value, Round = written.Round?.Number, cafe.Version });
}));

// A real app authenticates the facilitator; the sample trusts whoever calls these.
app.MapPost("/commands/{command}", (HttpContext http, string command, CancellationToken aborted) => RunAsync(http, aborted, () =>
{
    var f = Actor.Facilitator;
    var options = Options(http);
    Action? send = Enum.TryParse<WorldCafeCommand>(command, ignoreCase: true, out var c) ? c switch
    {
        WorldCafeCommand.OpenCheckIn => () => cafe.OpenCheckIn(f, options),
        WorldCafeCommand.Welcome => () => cafe.Welcome(f, options),
        WorldCafeCommand.StartRound => () => cafe.StartRound(f, options),
        WorldCafeCommand.BeginBriefing => () => cafe.BeginBriefing(f, options),
        WorldCafeCommand.StartConversation => () => cafe.StartConversation(f, options),
        WorldCafeCommand.CloseRound => () => cafe.CloseRound(f, options),
        WorldCafeCommand.StartPlenary => () => cafe.StartPlenary(f, options),
        WorldCafeCommand.BeginHarvest => () => cafe.BeginHarvest(f, options),
        WorldCafeCommand.Close => () => cafe.Close(f, options),
        WorldCafeCommand.PauseRound => () => cafe.PauseRound(f, options),
        WorldCafeCommand.ResumeRound => () => cafe.ResumeRound(f, options),
        _ => null,
    } : null;
    if (send is null)
    {
        return Results.Problem($"'{command}' is not a command this sample sends without arguments.", statusCode: StatusCodes.Status404NotFound);
    }

    send();
    return Results.Ok(new { Phase = cafe.Phase.ToString(), cafe.Version, PermittedCommands = cafe.PermittedCommands.Select(p => p.ToString()) });
}));

app.MapGet("/events", (CancellationToken aborted) => TypedResults.ServerSentEvents(EventStream.Follow(cafe, json, aborted)));

app.MapPost("/save", async (HttpContext http, CancellationToken aborted) =>
{
    var stored = await host.SaveAsync(aborted).ConfigureAwait(false);
    Tag(http);
    return Results.Ok(new { cafe.Version, StoredVersion = stored, Store = Path.Combine(storage, "workshops.db") });
});

app.Run();

void Tag(HttpContext http) => http.Response.Headers.ETag = $"\"{cafe.Version.ToString(CultureInfo.InvariantCulture)}\"";

static CommandOptions? Options(HttpContext http)
{
    var key = http.Request.Headers["Idempotency-Key"].ToString();
    var match = http.Request.Headers.IfMatch.ToString().Trim('"', ' ', 'W', '/');
    long? expected = long.TryParse(match, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    return key.Length == 0 && expected is null ? null : new CommandOptions { CommandId = key.Length == 0 ? null : key, ExpectedVersion = expected };
}

async Task<IResult> RunAsync(HttpContext http, CancellationToken aborted, Func<IResult> command)
{
    try
    {
        var result = command();
        await host.SaveAsync(aborted).ConfigureAwait(false); // acknowledged = stored
        Tag(http);
        return result;
    }
    catch (CommandRejectedException e)
    {
        Tag(http);
        return Results.Problem(
            e.Reason,
            statusCode: e.Kind switch
            {
                RejectionKind.InvalidInput => StatusCodes.Status400BadRequest,
                RejectionKind.NotPermitted => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            },
            title: $"{e.Command} was refused in phase {e.Phase}",
            extensions: new Dictionary<string, object?> { ["kind"] = e.Kind.ToString(), ["permittedCommands"] = e.PermittedCommands });
    }
    catch (ArgumentException e)
    {
        return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
    }
}

/// <summary>A note for the tablecloth.</summary>
/// <param name="Table">The table the writer sits at.</param>
/// <param name="Text">What they write.</param>
/// <param name="Anonymous">Whether the note hides its author in events and exports.</param>
internal sealed record NoteRequest(string Table, string Text, bool Anonymous = false);
