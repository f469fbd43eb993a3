namespace Facilitation.Methods.Workshops;

/// <summary>The defaults of the workshop types and their limits, in one place.</summary>
internal static class WorkshopDefaults
{
    public const string Title = "Workshop";

    public const int MaxBlocks = 500;

    public const int MaxDays = 60;

    public const int MaxPeopleNamed = 200;

    public const int MaxCategories = 50;

    public const int MaxVillages = 2_000;

    public const int MaxResourcesPerCell = 100;

    public const int MaxActionItems = 10_000;

    public const int MaxSources = 1_000;
    public const int MaxCarriedItems = 10_000;
    public const int MaxAttendanceChanges = 100;

    public static readonly TimeSpan TimeBetweenRounds = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan MaxTimeBetweenRounds = TimeSpan.FromHours(4);
}
