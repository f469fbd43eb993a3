using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Sessions.Conformance;

/// <summary>
/// The one conformance suite every session type must pass: the command contract, the event log and the document, as a host app
/// sees them through <see cref="IFacilitationSession"/>. A method joins by deriving from this class and driving its own session
/// through the few abstract members (create one where participants contribute, contribute, finish, restore).
/// </summary>
/// <typeparam name="TSession">The session type.</typeparam>
public abstract class SessionConformanceTests<TSession>
    where TSession : class, IFacilitationSession
{
    /// <summary>When every conformance clock starts.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Texts = ["村里的老人", "文化礼堂", "closed factory land", "湖边的风景 🌿"];

    /// <summary>Gets the clock every session of the suite runs on.</summary>
    protected FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Gets the name of the participant command <see cref="Contribute"/> sends, as <see cref="IFacilitationSession.PermittedCommands"/> names it.</summary>
    protected abstract string ContributeCommand { get; }

    /// <summary>Gets whether the method takes anonymous contributions (through <see cref="ContributeAnonymously"/>).</summary>
    protected abstract bool TakesAnonymousContributions { get; }

    /// <summary>Creates a small session (at least three participants) and brings it to a phase where participants contribute.</summary>
    protected abstract TSession CreateContributing(SessionOptions options);

    /// <summary>Restores a session from a saved document.</summary>
    protected abstract TSession Restore(string document, SessionOptions options);

    /// <summary>Restores a session from its design and its event records.</summary>
    protected abstract TSession Restore(string designJson, IEnumerable<SessionEventRecord> records, SessionOptions options);

    /// <summary>Gets participant <paramref name="number"/> (1 to 3) as an actor; every one of them may contribute.</summary>
    protected abstract Actor Participant(int number);

    /// <summary>Sends the method's participant contribution (a note, an idea, an issue) with this text.</summary>
    protected abstract void Contribute(TSession session, Actor actor, string text, CommandOptions? options);

    /// <summary>Sends participant <paramref name="number"/>'s contribution anonymously, as the method lets a participant do.</summary>
    protected abstract void ContributeAnonymously(TSession session, int number, string text, CommandOptions? options);

    /// <summary>Brings the session, as the facilitator, to a phase where <see cref="ContributeCommand"/> is no longer permitted.</summary>
    protected abstract void Finish(TSession session);

    [Fact]
    public void PermittedCommands_AgreeWithWhyRefused_AsTimePasses_AndWhenFinished()
    {
        using var session = New();
        Finish(session);
        AssertPermittedAgreesWithWhyRefused(session);
        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(1), Texts[0], null));
        Assert.Equal<string>([.. session.PermittedCommands], [.. refusal.PermittedCommands]);

        using var running = New();
        AssertPermittedAgreesWithWhyRefused(running);
        for (var step = 0; step < 6; step++)
        {
            Clock.Advance(TimeSpan.FromMinutes(7));                // warnings and time-ups come and go
            AssertPermittedAgreesWithWhyRefused(running);
        }
    }

    [Fact]
    public void NewSession_ShowsIdPhaseCommandsDesignAndLog()
    {
        using var session = New();

        Assert.False(string.IsNullOrWhiteSpace(session.Id));
        Assert.False(string.IsNullOrWhiteSpace(session.Phase));
        Assert.Contains(ContributeCommand, session.PermittedCommands);
        Assert.Null(session.WhyRefused(ContributeCommand));
        using (var design = JsonDocument.Parse(session.DesignJson))
        {
            Assert.Equal(JsonValueKind.Object, design.RootElement.ValueKind);
        }

        var records = session.GetEventRecords();
        Assert.Equal(session.Version, records.Length);
        Assert.Equal(Enumerable.Range(1, records.Length).Select(v => (long)v), records.Select(r => r.Version));
        Assert.StartsWith("stateDiagram", session.ToMermaid().TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void SessionId_GivenByTheHost_IsKeptThroughSaveAndRestore()
    {
        using var session = CreateContributing(new SessionOptions { TimeProvider = Clock, Id = "conformance-7" });
        using var restored = Restore(session.Save(), Options());

        Assert.Equal("conformance-7", session.Id);
        Assert.Equal("conformance-7", restored.Id);
    }

    [Fact]
    public void AcceptedCommand_RaisesExactlyOneEvent_PublishedAfterTheGate()
    {
        using var session = New();
        var before = session.Version;
        var seen = new List<(SessionEvent Event, long VersionInHandler, string SavedInHandler)>();
        using var subscription = session.OnEvent(e => seen.Add((e, session.Version, session.Save())));

        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("c-1"));

        Assert.Equal(before + 1, session.Version);
        var (published, versionInHandler, savedInHandler) = Assert.Single(seen);
        Assert.Equal(session.Version, published.Version);
        Assert.Equal(session.Version, versionInHandler);
        Assert.Equal(session.Save(), savedInHandler);
        var record = Assert.Single(session.GetEventRecords(before));
        Assert.Equal(session.Version, record.Version);
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(published.GetType().Name), record.Type);
        Assert.Equal(Clock.GetUtcNow(), published.OccurredAt);
    }

    [Fact]
    public void RefusedCommand_ChangesNothing_AndNamesPhaseCommandAndWhatIsPermitted()
    {
        using var session = New();
        Finish(session);
        var saved = session.Save();
        var version = session.Version;
        var published = 0;
        using var subscription = session.OnEvent(_ => published++);

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("late")));

        Assert.Equal(session.Phase, refusal.Phase);
        Assert.Equal(ContributeCommand, refusal.Command);
        Assert.Equal<string>([.. session.PermittedCommands], [.. refusal.PermittedCommands]);
        Assert.DoesNotContain(ContributeCommand, session.PermittedCommands);
        Assert.False(string.IsNullOrWhiteSpace(session.WhyRefused(ContributeCommand)));
        Assert.Equal(version, session.Version);
        Assert.Equal(saved, session.Save());
        Assert.Equal(0, published);
    }

    [Fact]
    public void DefaultActor_IsRefusedAndChangesNothing()
    {
        using var session = New();
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, default, Texts[0], null));

        Assert.Equal(RejectionKind.NotPermitted, refusal.Kind);
        Assert.Equal(saved, session.Save());
    }

    [Theory]
    [InlineData("c-1", "c-1")]
    [InlineData("cafe\u0301-1", "caf\u00e9-1")] // one id in two Unicode spellings (decomposed, composed), like every id of the library
    public void RetriedCommandId_IsAppliedOnce_AlsoAfterRestore(string first, string retry)
    {
        using var session = New();
        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId(first));
        var version = session.Version;
        var saved = session.Save();

        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId(retry));
        Assert.Equal(version, session.Version);
        Assert.Equal(saved, session.Save());

        using var restored = Restore(saved, Options());
        Contribute(restored, Participant(1), Texts[0], CommandOptions.WithId(retry));
        Assert.Equal(version, restored.Version);
        Assert.Equal(saved, restored.Save());
    }

    [Fact]
    public void CommandIdBeginningWithHash_IsRefusedAsInvalidInput_SoEverySavedDocumentRestores()
    {
        // '#' starts the kept hash of an anonymous contribution's id: a named command's id that began with it made a document no restore accepted.
        using var session = New();
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("#1")));

        Assert.Equal(RejectionKind.InvalidInput, refusal.Kind);
        Assert.Equal(saved, session.Save());
        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("1#"));
        using var restored = Restore(session.Save(), Options());
        Assert.Equal(session.Save(), restored.Save());
    }

    [Fact]
    public void CommandIdUsedByAnotherParticipant_IsAConflict_AndNobodysContributionIsSwapped()
    {
        using var session = New();
        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("same-id"));
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(2), Texts[1], CommandOptions.WithId("same-id")));

        Assert.Equal(RejectionKind.Conflict, refusal.Kind);
        Assert.Equal(saved, session.Save());
        using var restored = Restore(saved, Options());
        Assert.Equal(RejectionKind.Conflict, Assert.Throws<CommandRejectedException>(() => Contribute(restored, Participant(2), Texts[1], CommandOptions.WithId("same-id"))).Kind);
        var version = session.Version;
        Contribute(session, Participant(2), Texts[1], CommandOptions.WithId("own-id"));
        Assert.Equal(version + 1, session.Version);
    }

    [Fact]
    public void CommandIdReusedForOtherContent_IsAConflict_AndChangesNothing()
    {
        using var session = New();
        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("c-1"));
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(1), Texts[1], CommandOptions.WithId("c-1")));

        Assert.Equal(RejectionKind.Conflict, refusal.Kind);
        Assert.Equal(saved, session.Save());
    }

    [Fact]
    public void StaleExpectedVersion_IsAConflict_TheCurrentOneIsAccepted()
    {
        using var session = New();
        var version = session.Version;
        Contribute(session, Participant(1), Texts[0], null);
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(2), Texts[1], new CommandOptions { ExpectedVersion = version }));
        Assert.Equal(RejectionKind.Conflict, refusal.Kind);
        Assert.Equal(saved, session.Save());

        Contribute(session, Participant(2), Texts[1], new CommandOptions { ExpectedVersion = version + 1 });
        Assert.Equal(version + 2, session.Version);
    }

    [Theory]
    [InlineData(Limits.MaxTextLength + 1)]
    [InlineData(1_000_000)]
    public void OversizedContribution_IsRefusedAsInvalidInput_AndChangesNothing(int length)
    {
        using var session = New();
        var saved = session.Save();

        var refusal = Assert.Throws<CommandRejectedException>(() => Contribute(session, Participant(1), new string('字', length), null));

        Assert.Equal(RejectionKind.InvalidInput, refusal.Kind);
        Assert.Equal(saved, session.Save());
    }

    [Fact]
    public void SaveThenRestore_GivesTheSameSession_FromTheDocumentOrFromTheRecords()
    {
        using var session = New();
        Contribute(session, Participant(1), Texts[0], CommandOptions.WithId("a"));
        Contribute(session, Participant(2), Texts[3], null);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Contribute(session, Participant(3), Texts[2], CommandOptions.WithId("b"));

        using var fromDocument = Restore(session.Save(), Options());
        using var fromRecords = Restore(session.DesignJson, session.GetEventRecords(), Options());

        foreach (var restored in new[] { fromDocument, fromRecords })
        {
            AssertSame(session, restored);
        }

        Contribute(fromDocument, Participant(1), Texts[1], null);
        Contribute(session, Participant(1), Texts[1], null);
        Assert.Equal(session.Save(), fromDocument.Save());
    }

    [Property(MaxTest = 25)]
    public Property AnyScriptOfContributions_KeepsEveryAcceptedOne_AndRestoresExactly() => Prop.ForAll(Scripts, script =>
    {
        using var session = New();
        foreach (var (who, id, text, stale) in script)
        {
            var before = session.Version;
            var saved = session.Save();
            var options = new CommandOptions { CommandId = id < 0 ? null : "id-" + id, ExpectedVersion = stale ? before - 1 : null };
            try
            {
                Contribute(session, Participant(who), Texts[text], options);
                Assert.True(session.Version == before || session.Version == before + 1, "A command raises at most one event.");
                Assert.True(session.Version == before + 1 || saved == session.Save(), "A retried command changes nothing.");
                Assert.False(stale && session.Version == before + 1, "A stale expected version was accepted.");
            }
            catch (CommandRejectedException)
            {
                Assert.Equal(saved, session.Save());
            }
        }

        using var restored = Restore(session.Save(), Options());
        AssertSame(session, restored);
        return true;
    });

    [Property(MaxTest = 40)]
    public Property DocumentCutShort_IsRefusedWithSessionDocumentException() => Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), cut =>
    {
        using var session = New();
        Contribute(session, Participant(1), Texts[1], CommandOptions.WithId("x"));
        var document = session.Save();
        var at = cut % document.Length;

        var error = Record.Exception(() => Restore(document[..at], Options()).Dispose());

        Assert.IsType<SessionDocumentException>(error);
        return true;
    });

    [Fact]
    public void ThrowingSubscriberOrErrorHandler_DoesNotUndoTheCommand_AndIsReported()
    {
        var reported = new ConcurrentQueue<Exception>();
        using var session = CreateContributing(Options(reported.Enqueue));
        using var first = session.OnEvent(_ => throw new InvalidOperationException("subscriber broke"));
        var delivered = 0;
        using var second = session.OnEvent(_ => delivered++);
        var before = session.Version;

        Contribute(session, Participant(1), Texts[0], null);

        Assert.Equal(before + 1, session.Version);
        Assert.Equal(1, delivered);
        Assert.Contains(reported, e => e.Message == "subscriber broke");

        using var fragile = CreateContributing(Options(_ => throw new InvalidOperationException("handler broke too")));
        using var third = fragile.OnEvent(_ => throw new InvalidOperationException("subscriber broke"));
        var fragileBefore = fragile.Version;
        Contribute(fragile, Participant(1), Texts[0], null);
        Assert.Equal(fragileBefore + 1, fragile.Version);
    }

    [Fact]
    public void DisposedSession_RefusesCommands_ButStillSavesAndReads()
    {
        var session = New();
        Contribute(session, Participant(1), Texts[0], null);
        var saved = session.Save();

        session.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Contribute(session, Participant(2), Texts[1], null));
        Assert.Equal(saved, session.Save());
        Assert.NotEmpty(session.GetEventRecords());
        session.Dispose();
    }

    [Fact]
    public void DisposedSession_RaisesNoEventFromItsTimers()
    {
        var session = New();
        var version = session.Version;
        var published = 0;
        using var subscription = session.OnEvent(_ => published++);

        session.Dispose();
        Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(version, session.Version);
        Assert.Equal(0, published);
    }

    [Fact]
    public void ConcurrentParticipants_LoseNothing_ApplyNothingTwice_AndArePublishedInVersionOrder()
    {
        using var session = New();
        var before = session.Version;
        const int PerParticipant = 30;
        var errors = new ConcurrentQueue<Exception>();
        var published = new ConcurrentQueue<long>();
        using var subscription = session.OnEvent(e => published.Enqueue(e.Version));

        var threads = Enumerable.Range(1, 3).Select(who => new Thread(() =>
        {
            try
            {
                for (var i = 0; i < PerParticipant; i++)
                {
                    var options = CommandOptions.WithId($"p{who}-{i}");
                    Contribute(session, Participant(who), Texts[i % Texts.Length], options);
                    Contribute(session, Participant(who), Texts[i % Texts.Length], options);
                }
            }
#pragma warning disable CA1031 // Collected and asserted below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.Equal(before + (3 * PerParticipant), session.Version);
        Assert.Equal(Enumerable.Range(1, 3 * PerParticipant).Select(i => before + i), published);
        using var restored = Restore(session.Save(), Options());
        AssertSame(session, restored);
    }

    [Fact]
    public void AnonymousContribution_CarriesNothingThatTracesBack_OrIsRefused()
    {
        using var session = New();
        var saved = session.Save();
        var before = session.Version;
        var sender = Participant(2).Participant!.Value.Value;
        const string Secret = "sender-device-4711";

        if (!TakesAnonymousContributions)
        {
            Assert.Throws<CommandRejectedException>(() => ContributeAnonymously(session, 2, Texts[0], CommandOptions.WithId(Secret)));
            Assert.Equal(saved, session.Save());
            return;
        }

        ContributeAnonymously(session, 2, Texts[0], CommandOptions.WithId(Secret));
        ContributeAnonymously(session, 2, Texts[0], CommandOptions.WithId(Secret));

        var record = Assert.Single(session.GetEventRecords(before));
        Assert.DoesNotContain(sender, record.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, record.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, session.Save(), StringComparison.Ordinal);
        using var restored = Restore(session.Save(), Options());
        ContributeAnonymously(restored, 2, Texts[0], CommandOptions.WithId(Secret));
        Assert.Equal(session.Version, restored.Version);
    }

    /// <summary>Gets the suite's session options.</summary>
    protected SessionOptions Options(Action<Exception>? onSubscriberError = null) => new() { TimeProvider = Clock, OnSubscriberError = onSubscriberError };

    private static Arbitrary<(int Who, int Id, int Text, bool Stale)[]> Scripts { get; } =
        (from who in Gen.Choose(1, 3)
         from id in Gen.Choose(-1, 5)
         from text in Gen.Choose(0, Texts.Length - 1)
         from stale in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
         select (who, id, text, stale)).ArrayOf().ToArbitrary();

    private static void AssertSame(TSession expected, TSession actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Phase, actual.Phase);
        Assert.Equal<string>([.. expected.PermittedCommands], [.. actual.PermittedCommands]);
        Assert.Equal(expected.DesignJson, actual.DesignJson);
        Assert.Equal(EventRecords.Held(expected.GetEventRecords()), EventRecords.Held(actual.GetEventRecords()));
        Assert.Equal(expected.Save(), actual.Save());
    }

    private TSession New() => CreateContributing(Options());

    // Every command the diagram names is permitted exactly when WhyRefused has nothing against it; the timer's own commands are never permitted.
    private static void AssertPermittedAgreesWithWhyRefused(IFacilitationSession session)
    {
        var permitted = session.PermittedCommands;
        var named = System.Text.RegularExpressions.Regex.Matches(session.ToMermaid(), @" : (\w+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(permitted, command => Assert.Null(session.WhyRefused(command)));
        Assert.All(named, command => Assert.Equal(permitted.Contains(command), session.WhyRefused(command) is null));
    }
}
