using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
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

    /// <summary>Gets the Open Space's command table (method name <c>openSpace</c>); its deadline is the end of the running slot's timebox.</summary>
    /// <returns>A new table.</returns>
    public static SessionMethod<OpenSpaceSession> OpenSpace() =>
        new SessionMethod<OpenSpaceSession>("openSpace", (design, records, options) => OpenSpaceSession.Restore(design, records, options))
            .WithPublicCommands()
            .Deadline(s => s.SlotTime is { IsPaused: false } box ? box.EndsAt : null);
}
