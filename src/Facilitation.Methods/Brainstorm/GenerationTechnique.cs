namespace Facilitation.Methods.Brainstorm;

/// <summary>How ideas are generated in one round.</summary>
public enum GenerationTechnique
{
    /// <summary>Open brainstorm: anyone adds ideas at any time.</summary>
    Open = 0,

    /// <summary>Round-robin: one idea per turn in a set order (the design's participant order); passing is configurable.</summary>
    RoundRobin = 1,

    /// <summary>Brainwriting 6-3-5: teams of up to six; each person writes up to three ideas on the sheet they hold, then the sheets pass on until each sheet has met each member once.</summary>
    Brainwriting = 2,

    /// <summary>Nominal group technique: silent writing (on paper, before the round), then round-robin recording; the session then votes by secret ranking.</summary>
    NominalGroup = 3,

    /// <summary>1-2-4-All: alone, then in pairs, then in fours, then everyone; partners are new when the round is repeated.</summary>
    OneTwoFourAll = 4,
}
