namespace Facilitation.Methods.OpenSpace;

/// <summary>The defaults of every Open Space option, in one place.</summary>
internal static class OpenSpaceDefaults
{
    public const int DotsPerParticipant = 3;

    /// <summary>How long before a slot's end the timer warns (only for slots longer than this).</summary>
    public static readonly TimeSpan SlotWarningBeforeEnd = TimeSpan.FromMinutes(5);
    public const int MaxDotsPerParticipant = 100;
    public const int MaxSpaceCapacity = 10_000;
    public const int MaxIssues = 2_000;
    public const int MaxListItems = 50;
    public const int Seed = 1;
    public const int IterationsPerSession = 4_000;
    public const int MinIterations = 20_000;
    public const int MaxIterations = 5_000_000;
    public const int CoInterestWeight = 1;
    public const int OverflowWeight = 1;
    public const int ChangeWeight = 2;
    public static readonly TimeSpan MaxSlotLength = TimeSpan.FromDays(1);
}
