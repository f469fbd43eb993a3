using System.Collections.Immutable;
using Facilitation.Methods;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>What the console's "new café" form sends (JSON): either <c>{"template":"seed"}</c> or the café's shape.</summary>
/// <param name="Template"><c>seed</c> for the café of the directors' workshop (29 people, 5 tables, 5 questions, hosts who stay); null for a café from the other fields.</param>
/// <param name="Title">The café's title.</param>
/// <param name="Tables">How many tables (1 to 50).</param>
/// <param name="SeatsPerTable">Chairs at each table (2 to 20).</param>
/// <param name="Questions">One question per table (each table keeps its question) or one per round.</param>
/// <param name="Rounds">How many rounds (1 to 12).</param>
/// <param name="Minutes">Minutes per round (1 to 240).</param>
/// <param name="Hosts"><c>volunteer</c> (a volunteer from round 1 stays at each table; the default), <c>each-round</c> or <c>none</c>.</param>
internal sealed record NewCafe(string? Template, string? Title, int Tables, int SeatsPerTable, string[]? Questions, int Rounds, int Minutes, string? Hosts);

/// <summary>The designs the app can open.</summary>
internal static class Templates
{
    /// <summary>The evening café of day 1: 29 directors, 5 tables of 6 with a host who stays and keeps the table's question, 5 rounds of 15 minutes.</summary>
    public static WorldCafeDesign Seed { get; } = new()
    {
        Title = "世界咖啡：农村治理的难题与服务",
        Participants = [.. Directors.Names.Select((name, i) => new Participant($"d{i + 1:00}", name, [new("village", Directors.Villages[i])]))],
        Tables = [.. Enumerable.Range(1, 5).Select(t => new Group($"T{t}", 6, $"d{t:00}", name: $"第{t}桌"))],
        Questions = [.. Directors.CafeQuestions.Select(q => new Prompt(q))],
        QuestionMode = QuestionMode.PerTable,
        HostSelection = HostSelection.PreAssigned,
        Rounds = 5,
        RoundDuration = TimeSpan.FromMinutes(15),
        AutoAdvance = true,
        MixBy = "village",
        Seed = 7,
        PlannerTimeLimit = TimeSpan.FromSeconds(2),
    };

    /// <summary>Builds the design a form asked for; the library's validator has the last word (its errors come back as a 400).</summary>
    public static WorldCafeDesign From(NewCafe form)
    {
        if (string.Equals(form.Template, "seed", StringComparison.OrdinalIgnoreCase))
        {
            return Seed;
        }

        if (form.Template is not null)
        {
            throw new ArgumentException($"There is no template '{form.Template}'; the one template is 'seed'.");
        }

        Check(form.Tables, 1, 50, "tables");
        Check(form.SeatsPerTable, 2, 20, "seats per table");
        Check(form.Rounds, 1, 12, "rounds");
        Check(form.Minutes, 1, 240, "minutes per round");
        ImmutableArray<Prompt> questions = [.. (form.Questions ?? []).Select(q => q.Trim()).Where(q => q.Length > 0).Select(q => new Prompt(q))];
        if (questions.IsEmpty)
        {
            throw new ArgumentException("Give at least one question.");
        }

        var hosts = form.Hosts switch
        {
            null or "" or "volunteer" => HostSelection.VolunteerAfterFirstRound,
            "each-round" => HostSelection.RechosenEachRound,
            "none" => HostSelection.None,
            _ => throw new ArgumentException($"Hosts are 'volunteer', 'each-round' or 'none', not '{form.Hosts}'."),
        };
        return new WorldCafeDesign
        {
            Title = string.IsNullOrWhiteSpace(form.Title) ? "World Café" : form.Title.Trim(),
            Tables = [.. Enumerable.Range(1, form.Tables).Select(t => new Group($"T{t}", form.SeatsPerTable))],
            Questions = questions,
            QuestionMode = questions.Length == form.Tables && hosts != HostSelection.None ? QuestionMode.PerTable : QuestionMode.PerRound,
            HostSelection = hosts,
            Rounds = form.Rounds,
            RoundDuration = TimeSpan.FromMinutes(form.Minutes),
            AutoAdvance = true,
            PlannerTimeLimit = TimeSpan.FromSeconds(2),
        };
    }

    private static void Check(int value, int least, int most, string what)
    {
        if (value < least || value > most)
        {
            throw new ArgumentException($"The number of {what} must be {least} to {most}, not {value}.");
        }
    }
}
