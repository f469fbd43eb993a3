namespace Facilitation.Methods.Brainstorm;

/// <summary>The defaults of every brainstorm option, in one place.</summary>
internal static class BrainstormDefaults
{
    public const string Title = "Brainstorm";
    public const int MaxDotsPerPerson = 10;
    public const int RankedChoices = 5;
    public const int IdeasPerSheet = 3;
    public const int TeamSize = 6;

    /// <summary>The most met-before pairs a design may list (every pair of about 700 people).</summary>
    public const int MaxMetBefore = 250_000;
    public const bool AllowPassing = true;
    public const bool EndRoundsWhenTimeIsUp = true;
    public const int MaxCategories = 50;
    public const int MaxClarificationsPerIdea = 50;
    public const int MaxIdeas = 10_000;
    public const int MaxClusters = 1_000;
    public static readonly TimeSpan RoundDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MinRoundDuration = TimeSpan.FromSeconds(1);
}
