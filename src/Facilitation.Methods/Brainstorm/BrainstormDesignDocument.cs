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
        Prompt = d.Prompt?.Text,
        Categories = [.. d.Categories],
        Voting = d.Voting,
        DotsPerPerson = d.DotsPerPerson,
        MaxDotsPerPerson = d.MaxDotsPerPerson,
        MaxDotsPerIdea = d.MaxDotsPerIdea,
        RankedChoices = d.RankedChoices,
        EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
        Seed = d.Seed,
    };

    public static BrainstormDesign FromDocument(DesignDocument d)
    {
        return new BrainstormDesign
        {
            Title = d.Title,
            Participants = [.. d.Participants.Select(p => new Participant(p.Id, p.DisplayName, p.Attributes, p.Languages))],
            Rounds = [.. d.Rounds.Select(r => new GenerationRound(r.Technique, r.Prompt is null ? null : new Prompt(r.Prompt))
            {
                Duration = r.Duration,
                AllowPassing = r.AllowPassing,
                Anonymous = r.Anonymous,
                IdeasPerSheet = r.IdeasPerSheet,
                TeamSize = r.TeamSize,
            })],
            Prompt = d.Prompt is null ? null : new Prompt(d.Prompt),
            Categories = [.. d.Categories],
            Voting = d.Voting,
            DotsPerPerson = d.DotsPerPerson,
            MaxDotsPerPerson = d.MaxDotsPerPerson,
            MaxDotsPerIdea = d.MaxDotsPerIdea,
            RankedChoices = d.RankedChoices,
            EndRoundsWhenTimeIsUp = d.EndRoundsWhenTimeIsUp,
            Seed = d.Seed,
        };
    }
}
