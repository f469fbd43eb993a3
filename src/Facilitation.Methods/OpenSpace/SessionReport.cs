using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report to the news room: who convened, who took part, what took place, what is recommended, what happens next.</summary>
/// <remarks>Immutable. A later report for the same issue replaces the earlier one in the proceedings (a revision).</remarks>
public sealed class SessionReport
{
    /// <summary>Initializes a new instance of the <see cref="SessionReport"/> class.</summary>
    /// <param name="issue">The issue the session discussed.</param>
    /// <param name="whatTookPlace">What was discussed and learned.</param>
    /// <param name="participants">Who took part; empty means "everyone recorded as present".</param>
    /// <param name="recommendations">The session's recommendations.</param>
    /// <param name="nextSteps">What happens next.</param>
    public SessionReport(ContributionId issue, string whatTookPlace, ImmutableArray<ParticipantId> participants, ImmutableArray<string> recommendations, ImmutableArray<string> nextSteps) =>
        (Issue, WhatTookPlace, Participants, Recommendations, NextSteps) = (issue, whatTookPlace, participants, recommendations, nextSteps);

    /// <summary>The issue the session discussed.</summary>
    public ContributionId Issue { get; }

    /// <summary>What was discussed and learned.</summary>
    public string WhatTookPlace { get; }

    /// <summary>Who took part; empty means "everyone recorded as present".</summary>
    public ImmutableArray<ParticipantId> Participants { get; }

    /// <summary>The session's recommendations.</summary>
    public ImmutableArray<string> Recommendations { get; }

    /// <summary>What happens next.</summary>
    public ImmutableArray<string> NextSteps { get; }
}
