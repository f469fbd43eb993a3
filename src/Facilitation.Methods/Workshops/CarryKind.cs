namespace Facilitation.Methods.Workshops;

/// <summary>What a carried item becomes in the block it is carried to.</summary>
public enum CarryKind
{
    /// <summary>A suggested Open Space issue (from café harvest items).</summary>
    OpenSpaceIssue = 0,

    /// <summary>A brainstorm prompt (from an Open Space issue and its report).</summary>
    BrainstormPrompt = 1,

    /// <summary>A brainstorm category (from an Open Space cluster of issues).</summary>
    BrainstormCategory = 2,
}
