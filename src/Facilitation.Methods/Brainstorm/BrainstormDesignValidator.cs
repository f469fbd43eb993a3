using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Checks a whole brainstorm design, with messages a facilitator can act on.</summary>
internal sealed class BrainstormDesignValidator : AbstractValidator<BrainstormDesign>
{
    public BrainstormDesignValidator()
    {
        RuleFor(d => d.Title).Must(t => Identifier.FindTextProblem(t, "title", Limits.MaxNameLength) is null)
            .WithMessage(d => Identifier.FindTextProblem(d.Title, "title", Limits.MaxNameLength) ?? string.Empty);

        RequireList(d => d.Participants, "NoPeople", "TooManyPeople", Limits.MaxParticipants, "EmptyPerson");
        RuleFor(d => d.Participants).Must(p => p.IsDefault || p.Where(x => x is not null).Select(x => x.Id).Distinct().Count() == p.Count(x => x is not null))
            .WithMessage(d => Text("PeopleTwice", string.Join(", ", d.Participants.Where(x => x is not null).GroupBy(x => x.Id).Where(g => g.Count() > 1).Select(g => $"'{Identifier.Shorten(g.Key.Value)}'"))));

        RequireList(d => d.Rounds, "NoRounds", "TooManyRounds", Limits.MaxRounds, "EmptyRound");
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
                var where = Text("Round", number);
                if (!Enum.IsDefined(round.Technique))
                {
                    context.AddFailure(Text("UnknownTechnique", where, (int)round.Technique, string.Join(", ", Enum.GetNames<GenerationTechnique>())));
                }

                if (round.Duration < BrainstormDefaults.MinRoundDuration || round.Duration > Timebox.MaxDuration)
                {
                    context.AddFailure(Text("Duration", where, round.Duration));
                }

                if (round.IdeasPerSheet is < 1 or > 20)
                {
                    context.AddFailure(Text("IdeasPerSheet", where, round.IdeasPerSheet));
                }

                if (round.TeamSize is < 2 or > 12)
                {
                    context.AddFailure(Text("TeamSize", where, round.TeamSize));
                }

                var people = design.Participants.IsDefault ? 0 : design.Participants.Length;
                if (round.Technique == GenerationTechnique.OneTwoFourAll && people < 2)
                {
                    context.AddFailure(Text("OneTwoFourAllPairs", where));
                }

                if (round.Technique == GenerationTechnique.OneTwoFourAll && people is >= 2 and < 4)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure("Rounds", Text("OneTwoFourAllFours", where)) { Severity = Severity.Warning });
                }
            }
        });

        RuleFor(d => d.Categories).Must(c => c.IsDefault || c.Length <= BrainstormDefaults.MaxCategories)
            .WithMessage(_ => Text("TooManyCategories", BrainstormDefaults.MaxCategories));
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
            .WithMessage(_ => Text("CategoryTwice"));

        RuleFor(d => d.Voting).Must(v => v is null || Enum.IsDefined(v.Value))
            .WithMessage(d => Text("UnknownVoting", (int?)d.Voting));
        RuleFor(d => d.MaxDotsPerPerson).InclusiveBetween(1, 100)
            .WithMessage(d => Text("MaxDotsPerPerson", d.MaxDotsPerPerson));
        RuleFor(d => d.DotsPerPerson).Must(n => n is null or (>= 1 and <= 100))
            .WithMessage(d => Text("DotsPerPerson", d.DotsPerPerson));
        RuleFor(d => d.MaxDotsPerIdea).Must(n => n is null or (>= 1 and <= 100))
            .WithMessage(d => Text("MaxDotsPerIdea", d.MaxDotsPerIdea));
        RuleFor(d => d.RankedChoices).InclusiveBetween(1, 20)
            .WithMessage(d => Text("RankedChoices", d.RankedChoices));
        RuleFor(d => d.MetBefore).Must(m => m.IsDefault || (m.Length <= BrainstormDefaults.MaxMetBefore && m.All(p => !string.IsNullOrEmpty(p.First.Value) && !string.IsNullOrEmpty(p.Second.Value) && p.First != p.Second)))
            .WithMessage(d => Text("MetBefore", d.MetBefore.Length, BrainstormDefaults.MaxMetBefore));
    }

    /// <summary>Adds the rules of a list the design must have: not empty, at most <paramref name="most"/> entries, none of them null.</summary>
    private void RequireList<T>(Expression<Func<BrainstormDesign, ImmutableArray<T>>> list, string none, string tooMany, int most, string nullEntry)
        where T : class
    {
        RuleFor(list).Must(l => !l.IsDefault && l.Length > 0)
            .WithMessage(_ => Text(none));
        RuleFor(list).Must(l => l.IsDefault || l.Length <= most)
            .WithMessage(_ => Text(tooMany, most));
        RuleFor(list).Must(l => l.IsDefault || l.All(x => x is not null))
            .WithMessage(_ => Text(nullEntry));
    }

    /// <summary>Gets a message in the current UI culture (FluentValidation's own messages follow the same culture).</summary>
    private static string Text(string key, params object?[] args) =>
        key == "Round" ? TextCatalog.Core.Format(CultureInfo.CurrentUICulture, "Round.Label", args) : TextCatalog.Core.Format(CultureInfo.CurrentUICulture, "Brainstorm." + key, args);
}
