namespace Facilitation.Methods.WorldCafe;

/// <summary>How the café's questions are bound to tables and rounds.</summary>
public enum QuestionMode
{
    /// <summary>Each table has its own question for the whole café (a 5-table, 5-question café); travellers carry ideas from question to question.</summary>
    PerTable = 0,

    /// <summary>All tables share one question per round: round 1 asks the first question, round 2 the second, and so on.</summary>
    PerRound = 1,

    /// <summary>A progression: every question but the last is asked for two rounds, then the last (synthesising) question holds for every remaining round.</summary>
    Progression = 2,
}
