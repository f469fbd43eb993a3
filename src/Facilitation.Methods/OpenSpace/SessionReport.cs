using System.Collections.Immutable;

namespace Facilitation.Methods.OpenSpace;

/// <summary>A session's report to the news room: who convened, who took part, what took place, what is recommended, what happens next.</summary>
/// <remarks>Immutable. A later report for the same issue replaces the earlier one in the proceedings (a revision).</remarks>
/// <param name="Issue">The issue the session discussed.</param>
/// <param name="WhatTookPlace">What was discussed and learned.</param>
/// <param name="Participants">Who took part; empty means "everyone recorded as present".</param>
/// <param name="Recommendations">The session's recommendations.</param>
/// <param name="NextSteps">What happens next.</param>
public sealed record SessionReport(
    ContributionId Issue,
    string WhatTookPlace,
    ImmutableArray<ParticipantId> Participants,
    ImmutableArray<string> Recommendations,
    ImmutableArray<string> NextSteps);
