namespace Facilitation.Methods.WorldCafe;

/// <summary>The defaults of <see cref="WorldCafeDesign"/> and the thresholds of its warnings, in one place.</summary>
internal static class WorldCafeConstants
{
    public const int DefaultRounds = 3;

    public const int DefaultSeed = 1;

    public const int AdvisedMostPerTable = 5;

    public const int AdvisedFewestPeople = 12;

    public const int MaxContributions = 100_000;

    /// <summary>The most met-before pairs a design may list (every pair of about 700 people).</summary>
    public const int MaxMetBefore = 250_000;

    public const QuestionMode DefaultQuestionMode = QuestionMode.PerTable;

    public const HostSelection DefaultHostSelection = HostSelection.PreAssigned;

    public const CafeReplanning DefaultReplanning = CafeReplanning.KeepAnnouncedSeats;

    public static readonly TimeSpan DefaultRoundDuration = TimeSpan.FromMinutes(20);

    public static readonly TimeSpan DefaultWarningBeforeEnd = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan DefaultPlannerTimeLimit = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan MaxPlannerTimeLimit = TimeSpan.FromMinutes(10);
}
