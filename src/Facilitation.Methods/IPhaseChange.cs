namespace Facilitation.Methods;

/// <summary>The one shape of a phase change, shared by every method: an event that moved the session from one phase to another implements it.</summary>
public interface IPhaseChange
{
    /// <summary>Gets the phase the session left.</summary>
    string FromPhase { get; }

    /// <summary>Gets the phase the session entered.</summary>
    string ToPhase { get; }
}
