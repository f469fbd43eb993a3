using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Orleans;

/// <summary>
/// The command tables of the library's three methods, complete: each restores its session from the store, accepts every public
/// command of the session by its method name with its arguments as a JSON object (<see cref="SessionMethod{TSession}.WithPublicCommands"/>),
/// and keeps a reminder while a timebox (a café or brainstorm round, an Open Space slot) runs.
/// </summary>
/// <example><code>
/// siloBuilder.AddFacilitationSessions(o =&gt; o.AddMethod(SessionMethods.WorldCafe()).AddMethod(SessionMethods.Brainstorm()).AddMethod(SessionMethods.OpenSpace()));
/// await grain.SendAsync(SessionCommand.WithPayload("AddNote", actor, new { table = "T1", text = "keep the old well" }));
/// </code></example>
public static class SessionMethods
{
    /// <summary>Gets the World Café's command table (method name <c>worldCafe</c>); its deadline is the end of the running round.</summary>
    /// <returns>A new table.</returns>
    public static SessionMethod<WorldCafeSession> WorldCafe() =>
        new SessionMethod<WorldCafeSession>("worldCafe", (design, records, options) => WorldCafeSession.Restore(design, records, options))
            .WithPublicCommands()
            .Deadline(s => s.RoundTime is { IsPaused: false } box ? box.EndsAt : null);

    /// <summary>Gets the brainstorm's command table (method name <c>brainstorm</c>); its deadline is the end of the running round.</summary>
    /// <returns>A new table.</returns>
    public static SessionMethod<BrainstormSession> Brainstorm() =>
        new SessionMethod<BrainstormSession>("brainstorm", (design, records, options) => BrainstormSession.Restore(design, records, options))
            .WithPublicCommands()
            .Deadline(s => s.CurrentRound is { Timebox.IsPaused: false } round ? round.Timebox.EndsAt : null);

    /// <summary>
    /// Gets the workshop's command table (method name <c>workshop</c>): one grain per workshop, its running method block's session held inside it.
    /// The workshop's own public commands (<c>OpenDay</c>, <c>StartBlock</c>, <c>CheckIn</c>, …) by name; the running block's commands prefixed
    /// with its method, <c>WorldCafe.AddNote</c>, <c>OpenSpace.PostIssue</c>, <c>Brainstorm.AddIdea</c> (refused as invalid input when no such
    /// block runs). The grain stores the workshop and each block's session (under <c>{workshop}.{block}</c>) through <see cref="Storage.SessionRecorder"/>
    /// and restores both on activation (<see cref="WorkshopSession.RestoreAsync"/>); its deadline is the end of the running block's timebox.
    /// </summary>
    /// <returns>A new table.</returns>
    public static SessionMethod<WorkshopSession> Workshop() =>
        new SessionMethod<WorkshopSession>("workshop", (design, records, options) => WorkshopSession.Restore(design, records, options))
            .WithPublicCommands()
            .WithPublicCommandsOf("WorldCafe.", w => w.RunningBlock is { Kind: BlockKind.WorldCafe } b ? w.Cafe(b.Id) : null)
            .WithPublicCommandsOf("OpenSpace.", w => w.RunningBlock is { Kind: BlockKind.OpenSpace } b ? w.OpenSpace(b.Id) : null)
            .WithPublicCommandsOf("Brainstorm.", w => w.RunningBlock is { Kind: BlockKind.Brainstorm } b ? w.Brainstorm(b.Id) : null)
            .RestoreFromStore((store, id, options, cancellationToken) => WorkshopSession.RestoreAsync(store, id, options, cancellationToken))
            .Deadline(w => w.RunningBlock switch
            {
                { Kind: BlockKind.WorldCafe } b => w.Cafe(b.Id)?.RoundTime is { IsPaused: false } box ? box.EndsAt : null,
                { Kind: BlockKind.OpenSpace } b => w.OpenSpace(b.Id)?.SlotTime is { IsPaused: false } box ? box.EndsAt : null,
                { Kind: BlockKind.Brainstorm } b => w.Brainstorm(b.Id)?.CurrentRound is { Timebox.IsPaused: false } round ? round.Timebox.EndsAt : null,
                _ => null,
            });

    /// <summary>Gets the Open Space's command table (method name <c>openSpace</c>); its deadline is the end of the running slot's timebox.</summary>
    /// <returns>A new table.</returns>
    public static SessionMethod<OpenSpaceSession> OpenSpace() =>
        new SessionMethod<OpenSpaceSession>("openSpace", (design, records, options) => OpenSpaceSession.Restore(design, records, options))
            .WithPublicCommands()
            .Deadline(s => s.SlotTime is { IsPaused: false } box ? box.EndsAt : null);
}
