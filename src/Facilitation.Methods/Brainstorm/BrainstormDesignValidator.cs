using System.Globalization;
using FluentValidation;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Checks a whole brainstorm design, with messages a facilitator can act on.</summary>
internal sealed class BrainstormDesignValidator : AbstractValidator<BrainstormDesign>
{
    public BrainstormDesignValidator()
    {
        RuleFor(d => d.Title).Must(t => Identifier.FindTextProblem(t, "title", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.Title, "title", Limits.MaxNameLength) ?? string.Empty);

        RuleFor(d => d.Participants).Must(p => !p.IsDefault && p.Length > 0)
            .WithMessage("Add at least one participant: a brainstorm needs people.");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Length <= Limits.MaxParticipants)
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"A brainstorm may hold at most {Limits.MaxParticipants} participants."));
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.All(x => x is not null))
            .WithMessage("The participant list holds an empty entry; remove it.");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Where(x => x is not null).Select(x => x.Id).Distinct().Count() == p.Count(x => x is not null))
            .WithMessage(d => "Each participant must appear once, but these appear twice: "
                + string.Join(", ", d.Participants.Where(x => x is not null).GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => $"'{Identifier.Shorten(g.Key.Value)}'")) + ".");

        RuleFor(d => d.Rounds).Must(r => !r.IsDefault && r.Length > 0)
            .WithMessage("Plan at least one generation round.");
        RuleFor(d => d.Rounds).Must(r => r.IsDefault || r.Length <= Limits.MaxRounds)
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"A brainstorm may plan at most {Limits.MaxRounds} rounds."));
        RuleFor(d => d.Rounds).Must(r => r.IsDefault || r.All(x => x is not null))
            .WithMessage("The round list holds an empty entry; remove it.");
        RuleFor(d => d.Rounds).Custom((rounds, context) =>
        {
            if (rounds.IsDefault)
            {
                return;
            }

            for (var i = 0; i < rounds.Length; i++)
            {
                var round = rounds[i];
                if (round is null)
                {
                    continue;
                }

                var design = context.InstanceToValidate;
                var number = i + 1;
                var where = string.Create(CultureInfo.InvariantCulture, $"Round {number}");
                if (!Enum.IsDefined(round.Technique))
                {
                    context.AddFailure(string.Create(CultureInfo.InvariantCulture, $"{where}: the technique {(int)round.Technique} is unknown; choose one of {string.Join(", ", Enum.GetNames<GenerationTechnique>())}."));
                }

                if (round.Duration < BrainstormDefaults.MinRoundDuration || round.Duration > Timebox.MaxDuration)
                {
                    context.AddFailure($"{where}: the duration must be between one second and seven days, but is {round.Duration}.");
                }

                if (round.IdeasPerSheet is < 1 or > 20)
                {
                    context.AddFailure(string.Create(CultureInfo.InvariantCulture, $"{where}: ideas per sheet must be between 1 and 20, but is {round.IdeasPerSheet}."));
                }

                if (round.TeamSize is < 2 or > 12)
                {
                    context.AddFailure(string.Create(CultureInfo.InvariantCulture, $"{where}: the brainwriting team size must be between 2 and 12, but is {round.TeamSize}."));
                }

                var people = design.Participants.IsDefault ? 0 : design.Participants.Length;
                if (round.Technique == GenerationTechnique.OneTwoFourAll && people < 2)
                {
                    context.AddFailure($"{where}: 1-2-4-All needs at least two participants to form pairs.");
                }

                if (round.Technique == GenerationTechnique.OneTwoFourAll && people is >= 2 and < 4)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure("Rounds", $"{where}: with fewer than four people, the fours step of 1-2-4-All is one group.") { Severity = Severity.Warning });
                }
            }
        });

        RuleFor(d => d.Categories).Must(c => c.IsDefault || c.Length <= BrainstormDefaults.MaxCategories)
            .WithMessage(string.Create(CultureInfo.InvariantCulture, $"A brainstorm may frame its ideas by at most {BrainstormDefaults.MaxCategories} categories."));
        RuleFor(d => d.Categories).Custom((categories, context) =>
        {
            foreach (var category in categories.IsDefault ? [] : categories)
            {
                if (Identifier.FindTextProblem(category, "category", Limits.MaxNameLength) is { } problem)
                {
                    context.AddFailure(problem);
                }
            }
        });
        RuleFor(d => d.Categories).Must(c => c.IsDefault || c.Where(x => x is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count() == c.Length)
            .WithMessage("Each category must appear once (ignoring case).");

        RuleFor(d => d.Voting).Must(v => v is null || Enum.IsDefined(v.Value))
            .WithMessage(d => $"The voting method {(int?)d.Voting} is unknown; choose Dots or Ranked.");
        RuleFor(d => d.MaxDotsPerPerson).InclusiveBetween(1, 100)
            .WithMessage(d => string.Create(CultureInfo.InvariantCulture, $"The cap on dots per person must be between 1 and 100, but is {d.MaxDotsPerPerson}."));
        RuleFor(d => d.DotsPerPerson).Must(n => n is null or (>= 1 and <= 100))
            .WithMessage(d => string.Create(CultureInfo.InvariantCulture, $"Dots per person must be between 1 and 100, but is {d.DotsPerPerson}."));
        RuleFor(d => d.MaxDotsPerIdea).Must(n => n is null or (>= 1 and <= 100))
            .WithMessage(d => string.Create(CultureInfo.InvariantCulture, $"The cap on dots per idea must be between 1 and 100, but is {d.MaxDotsPerIdea}."));
        RuleFor(d => d.RankedChoices).InclusiveBetween(1, 20)
            .WithMessage(d => string.Create(CultureInfo.InvariantCulture, $"Ranked choices must be between 1 and 20, but is {d.RankedChoices}."));
    }
}
