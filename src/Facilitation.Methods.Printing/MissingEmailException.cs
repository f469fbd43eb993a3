using System.Collections.Immutable;

namespace Facilitation.Methods.Printing;

/// <summary>Thrown when a Zoom pre-assignment file is asked for but some seated people have no email address.</summary>
/// <remarks>Zoom matches pre-assigned people by the email of their Zoom account, so a row without one cannot work. The message lists everyone who lacks one; <see cref="Participants"/> lists their ids.</remarks>
public sealed class MissingEmailException : FacilitationException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message naming who lacks an email.</param>
    /// <param name="participants">Everyone who lacks one.</param>
    public MissingEmailException(string message, IEnumerable<ParticipantId> participants)
        : base(message) => Participants = [.. participants ?? []];

    /// <summary>Gets everyone seated in the round who has no email address.</summary>
    public ImmutableArray<ParticipantId> Participants { get; }
}
