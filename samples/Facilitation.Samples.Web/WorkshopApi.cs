using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Facilitation.Methods;
using Facilitation.Methods.Workshops;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Facilitation.Samples.Web;

/// <summary>The workshop endpoints under <c>/api/workshops</c>: the facilitator's only (a join token is worth nothing here: 403).</summary>
public static partial class WebApp
{
    private static void MapWorkshops(RouteGroupBuilder api)
    {
        api.MapGet("/workshops", (HttpContext http, Access access, Rooms rooms) => access.Identify(http, null).IsFacilitator
            ? Results.Ok(rooms.Workshops.Select(w => new { w.Code, w.Workshop.Design.Title, w.Workshop.Phase, w.Workshop.Version }))
            : NotFacilitator());

        api.MapPost("/workshops", async (HttpContext http, Access access, Rooms rooms, TimeProvider clock, NewWorkshop form, CancellationToken aborted) =>
        {
            if (!access.Identify(http, null).IsFacilitator)
            {
                return NotFacilitator();
            }

            if (form.Template is not ("seed" or "directors"))
            {
                return Results.Problem($"There is no workshop template '{form.Template}'; the template is 'seed' (the directors' two-day programme).", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                var workshop = await rooms.OpenWorkshopAsync(Templates.WorkshopSeed(clock.GetUtcNow()), aborted).ConfigureAwait(false);
                return Results.Created($"/api/workshops/{workshop.Code}", new { workshop.Code, workshop.Workshop.Design.Title });
            }
            catch (InvalidDesignException e)
            {
                return Results.Problem(string.Join(" ", e.Errors), statusCode: StatusCodes.Status400BadRequest, title: "The workshop cannot run as designed");
            }
            catch (InvalidOperationException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
            }
        }).RequireRateLimiting("writes");

        var one = api.MapGroup("/workshops/{code}");
        one.MapGet("/", (HttpContext http, string code, Rooms rooms, Access access) => WithWorkshop(http, code, rooms, access, (w, _) => Task.FromResult<IResult?>(Results.Ok(WorkshopViews.Of(w)))));

        // The workshop's news as server-sent events (see EventStream.FollowWorkshop): the page reads the view again on each new version.
        one.MapGet("/events", (HttpContext http, string code, Rooms rooms, Access access, IHostApplicationLifetime lifetime, IOptions<JsonOptions> json) =>
        {
            if (rooms.FindWorkshop(code) is not { } w)
            {
                return Results.Problem($"No workshop has the code '{(code.Length > 12 ? code[..12] : code)}'.", statusCode: StatusCodes.Status404NotFound);
            }

            if (!access.Identify(http, null).IsFacilitator)
            {
                return NotFacilitator();
            }

            return EventStream.TryLastEventId(http.Request.Headers["Last-Event-ID"].ToString(), out var after)
                ? EventStream.Serve(http, lifetime, ends => EventStream.FollowWorkshop(w, after, json.Value.SerializerOptions, ends))
                : EventStream.BadLastEventId();
        }).RequireRateLimiting("streams");

        // The workshop book: everything the blocks produced, the inventory, what was carried and the action plan, as Markdown in
        // the reader's language (the culture cookie or Accept-Language), or as the library's JSON with ?format=json. Read-only.
        one.MapGet("/book", (HttpContext http, string code, string? format, Rooms rooms, Access access) => WithWorkshop(http, code, rooms, access, (w, _) =>
        {
            var book = w.Workshop.ToBook();
            return Task.FromResult<IResult?>(format switch
            {
                null or "" or "md" => Results.Text(book.ToMarkdown(System.Globalization.CultureInfo.CurrentUICulture), "text/markdown; charset=utf-8"),
                "json" => Results.Text(book.ToJson(), "application/json; charset=utf-8"),
                _ => Results.Problem($"format: the book comes as 'md' (the default) or 'json', not '{(format.Length > 12 ? format[..12] : format)}'.", statusCode: StatusCodes.Status400BadRequest),
            });
        }));

        one.MapPost("/commands/{command}", (HttpContext http, string code, string command, Rooms rooms, Access access, WorkshopStep? body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            var block = body?.Block ?? w.Workshop.RunningBlock?.Id ?? string.Empty;
            object? payload = command switch
            {
                nameof(WorkshopSession.OpenDay) or nameof(WorkshopSession.CloseDay) or nameof(WorkshopSession.Close) => new { },
                nameof(WorkshopSession.StartBlock) or nameof(WorkshopSession.CloseBlock) => new { block },
                nameof(WorkshopSession.SkipBlock) => new { block, reason = body?.Reason is { Length: > 0 } r ? r : "skipped" },
                _ => null,
            };
            if (payload is null)
            {
                return Results.Problem($"'{command}' is not a workshop command sent here: OpenDay, StartBlock, SkipBlock, CloseBlock, CloseDay, Close.", statusCode: StatusCodes.Status404NotFound);
            }

            await SendToWorkshopAsync(w, command, Actor.Facilitator, payload, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        one.MapPost("/check-ins", (HttpContext http, string code, Rooms rooms, Access access, Leaving body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            await SendToWorkshopAsync(w, nameof(WorkshopSession.CheckIn), Actor.Facilitator, new { person = Person(body) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        one.MapPost("/resources", (HttpContext http, string code, Rooms rooms, Access access, ResourceForm? body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            var categories = w.Workshop.Design.Resources ?? ResourceCategories.FiveResources;
            var village = Required(body?.Village, "village");
            var text = Required(body?.Text, "text");
            var category = categories.Find(Required(body?.Category, "category"))?.Key
                ?? throw new ArgumentException($"category: '{body!.Category}' is not a resource category here; use one of: {string.Join(", ", categories.Categories.Select(c => c.LocalName ?? c.Key))}.");
            await SendToWorkshopAsync(w, nameof(WorkshopSession.ListResource), Actor.Facilitator, new { village, category, text }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // The action plan: one item at a time, from the console; the id is made here, the library checks the rest.
        one.MapPost("/actions", (HttpContext http, string code, Rooms rooms, Access access, ActionForm? body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            var title = Required(body?.Title, "title");
            var due = Date(body?.Due, "due");
            var item = new { id = "a" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), title, sources = Array.Empty<object>(), owner = Optional(body?.Owner), village = Optional(body?.Village), nextStep = Optional(body?.NextStep), due };
            await SendToWorkshopAsync(w, nameof(WorkshopSession.AddToActionPlan), Actor.Facilitator, new { items = new[] { item } }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // An item of the plan changes: its status (Open, InProgress, Done, Dropped), owner, next step or date; what the body leaves out stays.
        one.MapPost("/actions/{id}", (HttpContext http, string code, string id, Rooms rooms, Access access, ActionChange? body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            if (w.Workshop.ActionPlan.FirstOrDefault(a => a.Id.Value == id) is not { } item)
            {
                return Results.Problem($"The action plan has no item '{(id.Length > 12 ? id[..12] : id)}'.", statusCode: StatusCodes.Status404NotFound);
            }

            var status = body?.Status is { Length: > 0 } s
                ? Enum.GetValues<ActionStatus>().Where(v => string.Equals(v.ToString(), s.Trim(), StringComparison.OrdinalIgnoreCase)).Cast<ActionStatus?>().FirstOrDefault()
                    ?? throw new ArgumentException($"status: '{(s.Length > 20 ? s[..20] : s)}' is not a status; use one of: {string.Join(", ", Enum.GetNames<ActionStatus>())}.")
                : item.Status;
            var changed = item with
            {
                Status = status,
                Owner = body?.Owner is null ? item.Owner : Optional(body.Owner),
                NextStep = body?.NextStep is null ? item.NextStep : Optional(body.NextStep),
                Due = body?.Due is null ? item.Due : Date(body.Due, "due"),
            };
            await SendToWorkshopAsync(w, nameof(WorkshopSession.UpdateAction), Actor.Facilitator, new { item = changed }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // Carrying results between blocks (docs/workshop.md, "Carrying results between blocks"): what the held blocks offer a block still
        // to come (a café's themes, insights and questions become Open Space issues; an Open Space's issues and clusters become brainstorm
        // prompts and categories), and carrying the ones the facilitator ticks. The library's bridges choose and link them.
        one.MapGet("/carry", (HttpContext http, string code, string? to, Rooms rooms, Access access) => WithWorkshop(http, code, rooms, access, (w, _) =>
        {
            var target = CarryTarget(w.Workshop, to);
            var carried = w.Workshop.CarriedInto(target.Id).Select(c => c.Id).ToHashSet();
            var offers = w.Workshop.Records.Select(r => (Record: r, Items: Suggest(w.Workshop, target, r, null).Where(i => !carried.Contains(i.Id)).ToList()))
                .Where(o => o.Items.Count > 0)
                .Select(o => new
                {
                    From = o.Record.Block,
                    w.Workshop.Design.FindBlock(o.Record.Block)?.Title,
                    Items = o.Items.Select(i => new { Source = i.Sources[0].Contribution.Value, i.Text, i.Category, Kind = i.Kind.ToString() }),
                });
            return Task.FromResult<IResult?>(Results.Ok(new { To = target.Id, Offers = offers }));
        }));

        one.MapPost("/carry", (HttpContext http, string code, Rooms rooms, Access access, CarryForm? body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            var target = CarryTarget(w.Workshop, body?.To);
            var from = Required(body?.From, "from");
            var record = w.Workshop.Records.FirstOrDefault(r => r.Block == from)
                ?? throw new ArgumentException($"from: '{(from.Length > 40 ? from[..40] : from)}' is not a block that has been held; carry from a closed block.");
            var items = Suggest(w.Workshop, target, record, body?.Items?.Select(i => new ContributionId(i)));
            if (items.IsEmpty)
            {
                throw new ArgumentException(body?.Items is { Length: 0 } ? "items: tick at least one item to carry."
                    : $"from: block '{record.Block}' has nothing to carry into block '{target.Id}' (a café's themes, insights and questions go into an Open Space; an Open Space's issues and clusters into a brainstorm).");
            }

            await SendToWorkshopAsync(w, nameof(WorkshopSession.CarryItems), Actor.Facilitator, new { block = target.Id, items }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        // A held block's actions and top-ranked ideas go into the action plan in one step (Bridges.ToActionPlan); their ids come from
        // their sources, so a block's items are added once: a second time is refused (400, the item is already in the plan).
        one.MapPost("/actions/from/{block}", (HttpContext http, string code, string block, Rooms rooms, Access access) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            var record = w.Workshop.Records.FirstOrDefault(r => r.Block == block)
                ?? throw new ArgumentException($"block: '{(block.Length > 40 ? block[..40] : block)}' is not a block that has been held.");
            var items = Bridges.ToActionPlan(record, w.Workshop.Design.Participants);
            if (items.IsEmpty)
            {
                throw new ArgumentException($"block: '{record.Block}' produced no action item and no ranked idea for the plan.");
            }

            await SendToWorkshopAsync(w, nameof(WorkshopSession.AddToActionPlan), Actor.Facilitator, new { items }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");

        one.MapPost("/departures", (HttpContext http, string code, Rooms rooms, Access access, Leaving body) => WithWorkshop(http, code, rooms, access, async (w, o) =>
        {
            await SendToWorkshopAsync(w, nameof(WorkshopSession.Depart), Actor.Facilitator, new { person = Person(body) }, o).ConfigureAwait(false);
            return null;
        })).RequireRateLimiting("writes");
    }

    /// <summary>Sends a workshop command by name through <see cref="Facilitation.Methods.Orleans.SessionMethods.Workshop"/>, to the workshop here or to its grain; a refusal is thrown as the workshop would throw it.</summary>
    private static async Task SendToWorkshopAsync(WorkshopRoom workshop, string command, Actor who, object payload, CommandOptions? options)
    {
        var reply = await workshop.SendAsync(new Facilitation.Methods.Orleans.SessionCommand(command, who, JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), options)).ConfigureAwait(false);
        reply.ThrowIfRefused();
    }

    /// <summary>The block items are carried into: an Open Space or brainstorm block of the programme (a 400 naming <c>to</c> otherwise).</summary>
    private static WorkshopBlock CarryTarget(WorkshopSession workshop, string? to)
    {
        var id = Required(to, "to");
        var block = workshop.Design.FindBlock(id) ?? throw new ArgumentException($"to: '{(id.Length > 40 ? id[..40] : id)}' is not a block of the programme.");
        return block.Kind is BlockKind.OpenSpace or BlockKind.Brainstorm ? block
            : throw new ArgumentException($"to: block '{block.Id}' is a {block.Kind} block; items are carried into an Open Space or a brainstorm.");
    }

    /// <summary>What a held block offers the target (null <paramref name="chosen"/>: everything): a café's harvest into an Open Space, an Open Space's issues and clusters into a brainstorm.</summary>
    private static ImmutableArray<CarriedItem> Suggest(WorkshopSession workshop, WorkshopBlock target, BlockRecord from, IEnumerable<ContributionId>? chosen)
    {
        var kind = workshop.Design.FindBlock(from.Block)?.Kind;
        var picked = chosen?.ToList();
        IEnumerable<ContributionId>? Of(ContributionKind k) => picked?.Where(id => from.Find(id)?.Kind == k).ToList();
        if (picked?.Where(id => from.Find(id) is null).Select(id => id.Value).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"items: '{(unknown.Length > 40 ? unknown[..40] : unknown)}' is not something block '{from.Block}' produced.");
        }

        return (target.Kind, kind) switch
        {
            (BlockKind.OpenSpace, BlockKind.WorldCafe) => Bridges.SuggestOpenSpaceIssues(from, picked),
            (BlockKind.Brainstorm, BlockKind.OpenSpace) => [.. Bridges.SuggestBrainstormPrompts(from, Of(ContributionKind.Question)), .. Bridges.SuggestBrainstormCategories(from, Of(ContributionKind.Theme))],
            _ => picked is { Count: > 0 } ? throw new ArgumentException($"from: a {kind} block carries nothing into a {target.Kind} block.") : [],
        };
    }

    private static string Required(string? value, string field) =>
        value is { } v && v.Trim() is { Length: > 0 } trimmed ? trimmed : throw new ArgumentException($"{field}: say what it is (the field is missing or empty).");

    /// <summary>A date written yyyy-MM-dd, or null for none (empty or missing); anything else is a 400 naming the field.</summary>
    private static DateOnly? Date(string? value, string field) => value is { } d && d.Trim() is { Length: > 0 } written
        ? DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new ArgumentException($"{field}: '{(written.Length > 20 ? written[..20] : written)}' is not a date; write it as yyyy-MM-dd.")
        : null;

    private static string? Optional(string? value) => value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static ParticipantId Person(Leaving body) =>
        body.Participant is { Length: > 0 } p ? new ParticipantId(p) : throw new ArgumentException("Say who (participant).");

    /// <summary>The command options a write carries (Idempotency-Key, If-Match), or a problem: a malformed precondition 400, a stale one 412.</summary>
    private static CommandOptions? Options(HttpContext http, WorkshopRoom w, out IResult? problem)
    {
        problem = null;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return null;
        }

        var expected = Preconditions.ExpectedVersion(http, out var malformed);
        var key = malformed is null ? Preconditions.Key(http, out malformed) : null;
        problem = malformed is not null ? Results.Problem(malformed, statusCode: StatusCodes.Status400BadRequest, title: "Malformed precondition")
            : expected is { } e && e != w.Workshop.Version ? Results.Problem($"The workshop has moved on to version {w.Workshop.Version} since you read version {e}: reload it and try again.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Reload: the workshop has changed")
            : null;
        return Preconditions.Options(key, expected);
    }

    /// <summary>Finds the workshop, lets the facilitator only, maps refusals to problem details, keeps the block rooms in step, and stores what changed before the reply.</summary>
    private static async Task<IResult> WithWorkshop(HttpContext http, string code, Rooms rooms, Access access, Func<WorkshopRoom, CommandOptions?, Task<IResult?>> handle)
    {
        if (rooms.FindWorkshop(code) is not { } w)
        {
            return Results.Problem($"No workshop has the code '{(code.Length > 12 ? code[..12] : code)}'.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!access.Identify(http, null).IsFacilitator)
        {
            return NotFacilitator();
        }

        await w.RefreshAsync().ConfigureAwait(false);
        var options = Options(http, w, out var problem);
        if (problem is not null)
        {
            http.Response.Headers.ETag = Preconditions.ETag(w.Workshop.Version);
            return problem;
        }

        var before = w.Workshop.Version;
        IResult? result;
        try
        {
            result = await handle(w, options).ConfigureAwait(false);
        }
        catch (CommandRejectedException e)
        {
            return Refused(http, e, w.Workshop.Version);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (w.Workshop.Version != before)
        {
            rooms.Follow(w);
            await w.SaveAsync(CancellationToken.None).ConfigureAwait(false);
        }

        http.Response.Headers.ETag = Preconditions.ETag(w.Workshop.Version);
        http.Response.Headers.CacheControl = "no-store";
        return result ?? Results.Ok(WorkshopViews.Of(w));
    }
}

/// <summary>What the console's "new workshop" button sends: <c>{"template":"seed"}</c>.</summary>
/// <param name="Template"><c>seed</c>: the directors' two-day programme.</param>
internal sealed record NewWorkshop(string? Template);

/// <summary>A workshop step's block and, for a skip, why.</summary>
/// <param name="Block">The block's id (StartBlock and SkipBlock: the next block; CloseBlock: the running one, the default).</param>
/// <param name="Reason">Why a block is skipped.</param>
internal sealed record WorkshopStep(string? Block, string? Reason);

/// <summary>One line of the resource inventory: <c>{"village","category","text"}</c>; the category by its key, name or local name (人 文 地 产 景).</summary>
/// <param name="Village">The village.</param>
/// <param name="Category">The category.</param>
/// <param name="Text">What the resource is.</param>
internal sealed record ResourceForm(string? Village, string? Category, string? Text);

/// <summary>One action plan item: <c>{"title","owner","village","nextStep","due"}</c>; only the title is needed, <c>due</c> as <c>yyyy-MM-dd</c>.</summary>
/// <summary>A change to an action plan item: each field left out (null) stays as it is; an empty owner, next step or date clears it.</summary>
internal sealed record ActionChange(string? Status, string? Owner, string? NextStep, string? Due);

/// <summary>Items to carry: <c>{"from","to","items"}</c> — the held block they come from, the block still to come they go into, and the
/// ids of what the held block produced (from <c>GET carry?to=</c>); without <c>items</c>, everything the held block offers.</summary>
/// <param name="From">The held block.</param>
/// <param name="To">The Open Space or brainstorm block still to come.</param>
/// <param name="Items">The sources' ids, or null for all.</param>
internal sealed record CarryForm(string? From, string? To, string[]? Items);

internal sealed record ActionForm(string? Title, string? Owner, string? Village, string? NextStep, string? Due);

/// <summary>The workshop view the console shows.</summary>
internal static class WorkshopViews
{
    public static object Of(WorkshopRoom w)
    {
        var ws = w.Workshop;
        var design = ws.Design;
        var present = ws.Present.ToHashSet();
        var permitted = ws.PermittedCommands;
        var next = permitted.Contains(nameof(WorkshopSession.StartBlock)) ? design.Programme.FirstOrDefault(b => ws.StatusOf(b.Id) == BlockStatus.Planned)?.Id : null;
        return new
        {
            w.Code,
            design.Title,
            ws.Phase,
            ws.Day,
            ws.Version,
            Permitted = permitted.Select(c => c.ToString()),
            Next = next,
            Running = ws.RunningBlock?.Id,
            Days = design.Days.Select((day, i) => new
            {
                Number = i + 1,
                day.Title,
                Blocks = design.Programme.Where(b => design.DayOf(b)?.Number == i + 1).Select(b => new
                {
                    b.Id,
                    b.Title,
                    Kind = b.Kind switch
                    {
                        BlockKind.WorldCafe => Room.WorldCafeMethod,
                        BlockKind.OpenSpace => Room.OpenSpaceMethod,
                        BlockKind.Brainstorm => Room.BrainstormMethod,
                        var plain => plain.ToString(),
                    },
                    b.Start,
                    b.End,
                    Status = ws.StatusOf(b.Id),
                    Room = ws.RunningBlock?.Id == b.Id ? w.BlockRoom?.Code : null,
                    Held = ws.Records.Any(r => r.Block == b.Id),
                    Carried = ws.CarriedInto(b.Id).Select(c => new { Id = c.Id.Value, c.Text, c.Category, Kind = c.Kind.ToString() }),
                }),
            }),
            Inventory = new
            {
                Categories = (ws.Inventory?.Categories ?? design.Resources ?? ResourceCategories.FiveResources).Categories.Select(c => new { c.Key, c.Name, c.LocalName }),
                Entries = (ws.Inventory?.Entries ?? []).Select(e => new { e.Village, e.Category, e.Text }),
            },
            ActionPlan = ws.ActionPlan.Select(a => new { Id = a.Id.Value, a.Title, a.Owner, a.Village, a.NextStep, Due = a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Status = a.Status.ToString() }),
            People = design.Participants.Select(p => new { Id = p.Id.Value, Name = p.DisplayName, Present = present.Contains(p.Id) }),
        };
    }
}
