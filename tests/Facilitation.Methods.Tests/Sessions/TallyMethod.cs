using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Facilitation.Methods.Sessions;

namespace Facilitation.Methods.Tests.Sessions;

// A tiny method that exercises every part of the engine contract: phases, a timebox with a warning-free time-up alarm,
// participant and anonymous contributions, pause/resume, and a facilitator-only command.
internal enum TallyPhase { Gathering, Counting, Closed }

internal enum TallyCommand { Start, Add, Pause, Resume, TimeUp, Close }

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TallyStarted), "tallyStarted")]
[JsonDerivedType(typeof(TallyAdded), "tallyAdded")]
[JsonDerivedType(typeof(TallyPaused), "tallyPaused")]
[JsonDerivedType(typeof(TallyResumed), "tallyResumed")]
[JsonDerivedType(typeof(TallyTimeUp), "tallyTimeUp")]
[JsonDerivedType(typeof(TallyClosed), "tallyClosed")]
internal abstract class TallyEvent : SessionEvent;

internal sealed class TallyStarted(TimeSpan duration) : TallyEvent
{
    public TimeSpan Duration { get; } = duration;
}

internal sealed class TallyAdded(string text, bool anonymous, int number = 0) : TallyEvent
{
    public string Text { get; } = text;

    public bool Anonymous { get; } = anonymous;

    public int Number { get; internal set; } = number;
}

internal sealed class TallyPaused : TallyEvent;

internal sealed class TallyResumed : TallyEvent;

internal sealed class TallyTimeUp : TallyEvent;

internal sealed class TallyClosed : TallyEvent;

internal sealed record TallyDesign(string Title, int MaxItems);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(TallyEvent))]
[JsonSerializable(typeof(TallyDesign))]
internal sealed partial class TallyJsonContext : JsonSerializerContext;

internal sealed class TallyState
{
    public TallyPhase Phase { get; set; }

    public Timebox? Timebox { get; set; }

    public List<string> Items { get; } = [];
}

internal sealed class TallyRules : ISessionRules<TallyState, TallyEvent>
{
    private readonly PhaseBook<TallyState, TallyPhase, TallyCommand> _phases;
    private readonly TallyDesign _design;

    public TallyRules(TallyDesign design, bool boundRecords = false)
    {
        _design = design;
        BoundRecords = boundRecords;
        _phases = new(s => s.Phase, (m, state) =>
        {
            m.Configure(TallyPhase.Gathering).Permit(TallyCommand.Start, TallyPhase.Counting);
            m.Configure(TallyPhase.Counting)
                .PermitIf(TallyCommand.TimeUp, TallyPhase.Closed, () => state().Timebox is { IsPaused: false }, "the timebox runs")
                .Permit(TallyCommand.Close, TallyPhase.Closed)
                .InternalTransitionIf(TallyCommand.Add, _ => true, _ => { }, "stays in phase")
                .InternalTransitionIf(TallyCommand.Pause, _ => state().Timebox is { IsPaused: false }, _ => { }, "the timebox runs")
                .InternalTransitionIf(TallyCommand.Resume, _ => state().Timebox is { IsPaused: true }, _ => { }, "the timebox is paused");
        });
    }

    /// <summary>Gets whether the rules bound an item's record (<see cref="MaxDataLength"/>), so the engine writes it only when it is read.</summary>
    public bool BoundRecords { get; }

    public string Method => "tally";

    public JsonSerializerOptions Json => TallyJsonContext.Default.Options;

    public string CommandOf(TallyEvent proposed) => Command(proposed).ToString();

    public string PhaseOf(TallyState state) => state.Phase.ToString();

    public ImmutableArray<string> PermittedCommands(TallyState state) => _phases.Permitted(state);

    public string? WhyRefused(TallyState state, string command) => _phases.WhyRefused(state, command);

    public TallyEvent Decide(TallyState state, Actor actor, TallyEvent proposed, DateTimeOffset now)
    {
        var command = Command(proposed);
        _phases.Ensure(state, command);
        switch (proposed)
        {
            case TallyAdded a:
                if (actor.Role is not (ActorRole.Participant or ActorRole.Anonymous))
                {
                    throw _phases.Reject(state, command, RejectionKind.NotPermitted, $"Only participants add items, not {actor}.");
                }

                if (a.Text is null || a.Text.Length > Limits.MaxTextLength)
                {
                    throw _phases.Reject(state, command, RejectionKind.InvalidInput, $"An item holds at most {Limits.MaxTextLength} characters.");
                }

                if (state.Items.Count >= _design.MaxItems)
                {
                    throw _phases.Reject(state, command, RejectionKind.Conflict, "The tally is full.");
                }

                return a.With(x => x.Number = state.Items.Count + 1);
            case TallyTimeUp when actor.Role != ActorRole.System || state.Timebox!.RemainingAt(now) > TimeSpan.Zero:
                throw _phases.Reject(state, command, RejectionKind.NotPermitted, "Only the timer ends the count, when time is up.");
            case TallyTimeUp:
                return proposed;
            default:
                if (actor.Role != ActorRole.Facilitator)
                {
                    throw _phases.Reject(state, command, RejectionKind.NotPermitted, $"Only the facilitator may {command}, not {actor}.");
                }

                return proposed;
        }
    }

    public TallyState Evolve(TallyState state, TallyEvent accepted)
    {
        switch (accepted)
        {
            case TallyStarted s:
                state.Phase = TallyPhase.Counting;
                state.Timebox = new Timebox(s.OccurredAt, s.Duration);
                break;
            case TallyAdded a:
                state.Items.Add(a.Text);
                break;
            case TallyPaused:
                state.Timebox = state.Timebox!.Pause(accepted.OccurredAt);
                break;
            case TallyResumed:
                state.Timebox = state.Timebox!.Resume(accepted.OccurredAt);
                break;
            case TallyTimeUp or TallyClosed:
                state.Phase = TallyPhase.Closed;
                state.Timebox = null;
                break;
        }

        return state;
    }

    public bool IsAnonymous(TallyEvent accepted) => accepted is TallyAdded { Anonymous: true };

    // {"text":…,"anonymous":false,"number":-2147483648}
    public int MaxDataLength(TallyEvent accepted) => BoundRecords && accepted is TallyAdded a ? RecordSize.Of(a.Text) + (3 * RecordSize.Property) + 18 : -1;

    public SessionAlarm<TallyEvent>? NextAlarm(TallyState state) =>
        state is { Phase: TallyPhase.Counting, Timebox: { IsPaused: false } t } ? new(t.EndsAt, new TallyTimeUp()) : null;

    public string ToMermaid() => _phases.ToMermaid();

    private static TallyCommand Command(TallyEvent e) => e switch
    {
        TallyStarted => TallyCommand.Start,
        TallyAdded => TallyCommand.Add,
        TallyPaused => TallyCommand.Pause,
        TallyResumed => TallyCommand.Resume,
        TallyTimeUp => TallyCommand.TimeUp,
        _ => TallyCommand.Close,
    };
}

internal static class Tally
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static SessionEngine<TallyState, TallyEvent> Create(TimeProvider clock, Action<Exception>? onError = null, int maxItems = 1_000, bool boundRecords = false)
    {
        var design = new TallyDesign("茶话会", maxItems);
        var options = new SessionOptions { Id = "tally-1", TimeProvider = clock, OnSubscriberError = onError };
        return SessionEngine<TallyState, TallyEvent>.Create(new TallyRules(design, boundRecords), SessionEngine<TallyState, TallyEvent>.NewId(options),
            SessionDocument.WriteHeader("tally", "tally-1", design, TallyJsonContext.Default.TallyDesign), new TallyState(), options);
    }

    public static SessionEngine<TallyState, TallyEvent> Create(SessionOptions options)
    {
        var design = new TallyDesign("茶话会", 1_000);
        var id = SessionEngine<TallyState, TallyEvent>.NewId(options);
        return SessionEngine<TallyState, TallyEvent>.Create(new TallyRules(design), id,
            SessionDocument.WriteHeader("tally", id, design, TallyJsonContext.Default.TallyDesign), new TallyState(), options);
    }

    public static SessionEngine<TallyState, TallyEvent> Restore(string document, SessionOptions options)
    {
        var (header, records) = SessionDocument.Read(document, "tally");
        return Restore(header, records, options);
    }

    public static SessionEngine<TallyState, TallyEvent> Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, SessionOptions options)
    {
        var design = header.ReadDesign(TallyJsonContext.Default.TallyDesign);
        return SessionEngine<TallyState, TallyEvent>.Restore(new TallyRules(design), header.Id,
            SessionDocument.WriteHeader("tally", header.Id, design, TallyJsonContext.Default.TallyDesign), new TallyState(), records, options);
    }

    public static SessionEngine<TallyState, TallyEvent> Restore(string document, TimeProvider clock, Action<Exception>? onError = null, bool boundRecords = false)
    {
        var (header, records) = SessionDocument.Read(document, "tally");
        return Restore(header, records, clock, onError, boundRecords);
    }

    public static SessionEngine<TallyState, TallyEvent> Restore(SessionHeader header, IEnumerable<SessionEventRecord> records, TimeProvider clock, Action<Exception>? onError = null, bool boundRecords = false)
    {
        var design = header.ReadDesign(TallyJsonContext.Default.TallyDesign);
        var options = new SessionOptions { TimeProvider = clock, OnSubscriberError = onError };
        return SessionEngine<TallyState, TallyEvent>.Restore(new TallyRules(design, boundRecords), header.Id,
            SessionDocument.WriteHeader("tally", header.Id, design, TallyJsonContext.Default.TallyDesign), new TallyState(), records, options);
    }
}
