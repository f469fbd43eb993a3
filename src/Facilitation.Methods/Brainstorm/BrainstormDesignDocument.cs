namespace Facilitation.Methods.Brainstorm;

/// <summary>Converts a design to and from its saved form (the design part of every brainstorm document).</summary>
internal static class BrainstormDesignDocument
{
    public static DesignDocument ToDocument(BrainstormDesign d) => new()
    {
        Title = d.Title,
        Participants = [.. d.Participants.Select(p => new ParticipantDocument
        {
            Id = p.Id,
            DisplayName = p.DisplayName == p.Id.Value ? null : p.DisplayName,
            Attributes = p.Attributes.ToDictionary(),
            Languages = [.. p.Languages],
        })],
        Rounds = [.. d.Rounds.Select(r => new RoundPlanDocument
        {
            Technique = r.Technique,
            Prompt = r.Prompt?.Text,
            Duration = r.Duration,
            AllowPassing = r.AllowPassing,
            Anonymous = r.Anonymous,
            IdeasPerSheet = r.IdeasPerSheet,
            TeamSize = r.TeamSize,
        })],
        CoFacilitators = d.CoFacilitators.IsDefaultOrEmpty ? null : [.. d.CoFacilitators],
        Prompt = d.Prompt?.Text,
        Categories = [.. d.Categories],
        Voting = d.Voting,
        DotsPerPerson = d.DotsPerPerson,
        MaxDotsPerPerson = d.MaxDotsPerPerson,
        MaxDotsPerIdea = d.MaxDotsPerIdea,
        RankedChoices = d.RankedChoices,
        EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
        Seed = d.Seed,
        MetBefore = d.MetBefore.IsDefaultOrEmpty ? null : [.. d.MetBefore.Select(p => new[] { p.First, p.Second })],
    };

    /// <summary>Reads a saved design; a list, or an element of one, that a document leaves out or sets to null is refused with <see cref="ArgumentException"/>.</summary>
    public static BrainstormDesign FromDocument(DesignDocument d)
    {
        return new BrainstormDesign
        {
            Title = d.Title,
            Participants = [.. Each(d.Participants, "participants").Select(p => new Participant(p.Id, p.DisplayName, p.Attributes ?? [], Each(p.Languages ?? [], "languages")))],
            Rounds = [.. Each(d.Rounds, "rounds").Select(r => new GenerationRound(r.Technique, r.Prompt is null ? null : new Prompt(r.Prompt))
            {
                Duration = r.Duration,
                AllowPassing = r.AllowPassing,
                Anonymous = r.Anonymous,
                IdeasPerSheet = r.IdeasPerSheet,
                TeamSize = r.TeamSize,
            })],
            CoFacilitators = [.. d.CoFacilitators ?? []],
            Prompt = d.Prompt is null ? null : new Prompt(d.Prompt),
            Categories = [.. Each(d.Categories ?? [], "categories")],
            Voting = d.Voting,
            DotsPerPerson = d.DotsPerPerson,
            MaxDotsPerPerson = d.MaxDotsPerPerson,
            MaxDotsPerIdea = d.MaxDotsPerIdea,
            RankedChoices = d.RankedChoices,
            EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
            Seed = d.Seed,
            MetBefore = [.. Each(d.MetBefore ?? [], "met-before pairs").Select(p => p.Length == 2 ? new Rotation.ParticipantPair(p[0], p[1]) : throw new ArgumentException("A met-before pair names two people.", nameof(d)))],
        };
    }

    // The JSON reader fills a list left out of the document with null, and keeps null elements: refuse both here.
    private static List<T> Each<T>(List<T>? items, string what) =>
        items is not null && !items.Contains(default!) ? items : throw new ArgumentException($"The design's {what} are missing or hold an empty entry.", nameof(items));
}
