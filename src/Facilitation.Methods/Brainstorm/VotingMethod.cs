namespace Facilitation.Methods.Brainstorm;

/// <summary>How the group evaluates the ideas.</summary>
public enum VotingMethod
{
    /// <summary>Dot voting: each person spreads a budget of dots over the ideas.</summary>
    Dots = 0,

    /// <summary>Secret ranked vote (nominal group technique): each person ranks their top ideas; the first of <c>k</c> choices earns <c>k</c> points, the last one point (Borda-style).</summary>
    Ranked = 1,
}
