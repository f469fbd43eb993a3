namespace Facilitation.Methods;

/// <summary>The one shape of a phase change, shared by every method: an event that moved the session from one phase to another implements it.</summary>
public interface IPhaseChange
{
    /// <summary>Gets the phase the session left.</summary>
    string FromPhase { get; }

    /// <summary>Gets the phase the session entered.</summary>
    string ToPhase { get; }
}

/// <summary>A phase change whose phases are one method's enum: the shared shape's names come from the typed phases, once for every method.</summary>
/// <typeparam name="TPhase">The method's phase enum.</typeparam>
internal interface IPhaseChange<TPhase> : IPhaseChange
    where TPhase : struct, Enum
{
    /// <summary>Gets the phase the session left.</summary>
    TPhase From { get; }

    /// <summary>Gets the phase the session entered.</summary>
    TPhase To { get; }

    /// <inheritdoc />
    string IPhaseChange.FromPhase => From.ToString();

    /// <inheritdoc />
    string IPhaseChange.ToPhase => To.ToString();
}
