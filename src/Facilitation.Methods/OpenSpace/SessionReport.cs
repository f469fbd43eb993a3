using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report to the news room: who convened, who took part, what took place, what is recommended, what happens next.</summary>
/// <remarks>Immutable. A later report for the same issue replaces the earlier one in the proceedings (a revision).</remarks>
public sealed class SessionReport
{
    /// <summary>Initializes a new instance of the <see cref="SessionReport"/> class.</summary>
    /// <param name="Issue">The issue the session discussed.</param>
    /// <param name="WhatTookPlace">What was discussed and learned.</param>
    /// <param name="Participants">Who took part; empty means "everyone recorded as present".</param>
    /// <param name="Recommendations">The session's recommendations.</param>
    /// <param name="NextSteps">What happens next.</param>
    public SessionReport(ContributionId Issue, string WhatTookPlace, ImmutableArray<ParticipantId> Participants, ImmutableArray<string> Recommendations, ImmutableArray<string> NextSteps)
    {
        this.Issue = Issue;
        this.WhatTookPlace = WhatTookPlace;
        this.Participants = Participants;
        this.Recommendations = Recommendations;
        this.NextSteps = NextSteps;
    }

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
