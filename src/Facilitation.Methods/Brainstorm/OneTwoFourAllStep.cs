namespace Facilitation.Methods.Brainstorm;

/// <summary>The steps of a 1-2-4-All round.</summary>
public enum OneTwoFourAllStep
{
    /// <summary>Everyone thinks alone.</summary>
    Alone = 0,

    /// <summary>People work in pairs.</summary>
    Pairs = 1,

    /// <summary>Two pairs join into a four.</summary>
    Fours = 2,

    /// <summary>Everyone together.</summary>
    All = 3,
}
