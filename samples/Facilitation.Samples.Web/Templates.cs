using System.Collections.Immutable;
using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>What the console's "new room" form sends (JSON): a template (<c>{"template":"open-space"}</c>) or a method and its shape.</summary>
/// <param name="Template"><c>seed</c> (or <c>cafe</c>) for the café of the directors' workshop, <c>open-space</c> for its Open Space on mobilising resources,
/// <c>brainstorm</c> for its brainwriting and dot-vote brainstorm; null for a room from the other fields.</param>
/// <param name="Method"><c>worldCafe</c> (the default), <c>openSpace</c> or <c>brainstorm</c>, when there is no template.</param>
/// <param name="Title">The café's or brainstorm's title, or the Open Space's theme.</param>
/// <param name="Tables">How many tables (1 to 50).</param>
/// <param name="SeatsPerTable">Chairs at each table (2 to 20).</param>
/// <param name="Questions">One question per table (each table keeps its question) or one per round.</param>
/// <param name="Rounds">How many rounds (1 to 12).</param>
/// <param name="Minutes">Minutes per round (1 to 240).</param>
/// <param name="Hosts"><c>volunteer</c> (a volunteer from round 1 stays at each table; the default), <c>each-round</c> or <c>none</c>.</param>
/// <param name="Spaces">Open Space: the spaces' names, one each.</param>
/// <param name="Slots">Open Space: how many time slots (1 to 12), each <paramref name="Minutes"/> long, the first starting in 30 minutes, 10 minutes apart.</param>
/// <param name="Dots">Open Space and brainstorm: dots per person (1 to 20).</param>
/// <param name="People">Brainstorm (required, at least one) and Open Space (optional): the roster, one name each; people not on it join by code all the same.</param>
/// <param name="Prompt">Brainstorm: the question.</param>
/// <param name="Technique">Brainstorm: the first round's technique, <c>open</c>, <c>round-robin</c>, <c>brainwriting</c> or <c>1-2-4-all</c>.</param>
/// <param name="AnonymousRound">Brainstorm: add a second round, open and anonymous (no idea of it keeps its writer).</param>
/// <param name="Categories">Brainstorm: the categories ideas may be tagged with (none: any tag).</param>
internal sealed record NewCafe(
    string? Template, string? Title, int Tables, int SeatsPerTable, string[]? Questions, int Rounds, int Minutes, string? Hosts,
    string? Method = null, string[]? Spaces = null, int Slots = 0, int Dots = 0, string[]? People = null, string? Prompt = null,
    string? Technique = null, bool AnonymousRound = false, string[]? Categories = null, string? Voting = null);

/// <summary>The designs the app can open.</summary>
internal static class Templates
{
    /// <summary>The five resources of the directors' Open Space (people 人, culture 文, land 地, industry 产, scenery 景): an issue carries one.</summary>
    public static ImmutableArray<string> Resources => BrainstormCategories.FiveResources;

    private static ImmutableArray<Participant> DirectorsRoster =>
        [.. Directors.Names.Select((name, i) => new Participant($"d{i + 1:00}", name, [new("village", Directors.Villages[i])]))];

    /// <summary>The Open Space of day 2 (../../../shared/WORKSHOP.md): how to mobilise the resources rural governance needs, framed by the five resources.
    /// Five spaces, three slots of 40 minutes from half an hour after it opens, three dots each for convergence.</summary>
    /// <param name="now">The server's time (the slots are today's).</param>
    public static OpenSpaceDesign OpenSpaceSeed(DateTimeOffset now) => new()
    {
        Theme = new Prompt("乡村治理需要的资源怎样调动？先按人、文、地、产、景盘点本村资源，再谈最需要什么、怎样获得"),
        Sponsor = "镇社区事务办公室、社会发展办公室",
        FacilitatorName = "开放空间引导师",
        Spaces = [.. new[] { "大会议室", "一号小会议室", "二号小会议室", "茶歇区", "走廊白板前" }.Select((name, i) => new OpenSpaceSpace($"S{i + 1}", name, 10))],
        Slots = SlotsFrom(now, 3, 40),
        Participants = DirectorsRoster,
        DotsPerParticipant = 3,
    };

    /// <summary>The brainstorm inside the Open Space: a brainwriting round (6-3-5) framed by the five resources, an anonymous open round for what is hard to say aloud, and a dot vote of five dots each.</summary>
    public static BrainstormDesign BrainstormSeed { get; } = new()
    {
        Title = "头脑风暴：村民自治最需要哪些资源？",
        Prompt = new Prompt("村民自治最需要哪些资源？怎样得到它们？"),
        Participants = DirectorsRoster,
        Categories = BrainstormCategories.FiveResources,
        Rounds =
        [
            new GenerationRound(GenerationTechnique.Brainwriting) { TeamSize = 6, IdeasPerSheet = 3, Duration = TimeSpan.FromMinutes(5) },
            new GenerationRound(GenerationTechnique.Open, new Prompt("哪些难处当面不好说？匿名写下来")) { Anonymous = true, Duration = TimeSpan.FromMinutes(10) },
        ],
        Voting = VotingMethod.Dots,
        DotsPerPerson = 5,
        Seed = 7,
    };

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

    /// <summary>The directors' two-day workshop (samples/Shared/DirectorsWorkshop.cs, the programme samples/Facilitation.Samples.Workshop runs) around
    /// the evening café of day 1 (<see cref="Seed"/>), the Open Space (<see cref="OpenSpaceSeed"/>, two slots from 14:20) and the brainstorm
    /// (<see cref="BrainstormSeed"/>). Day 1 is the server's today, day 2 tomorrow.</summary>
    /// <param name="now">The server's time (day 1 is its date).</param>
    public static WorkshopDesign WorkshopSeed(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.Date, now.Offset);
        DateTimeOffset At(int day, int hour, int minute) => today.AddDays(day - 1).AddHours(hour).AddMinutes(minute);
        var openSpace = OpenSpaceSeed(At(2, 13, 50)) with { Slots = [new OpenSpaceSlot(At(2, 14, 20), TimeSpan.FromMinutes(40)), new OpenSpaceSlot(At(2, 15, 5), TimeSpan.FromMinutes(40))] };
        return DirectorsWorkshop.Programme(At, DirectorsRoster, Seed, openSpace, BrainstormSeed);
    }

    /// <summary>Builds the design a template or a form asked for (a <see cref="WorldCafeDesign"/>, <see cref="OpenSpaceDesign"/> or <see cref="BrainstormDesign"/>);
    /// the library's validator has the last word (its errors come back as a 400).</summary>
    public static object From(NewCafe form, DateTimeOffset now)
    {
        switch (form.Template?.ToLowerInvariant())
        {
            case "seed" or "cafe":
                return Seed;
            case "open-space":
                return OpenSpaceSeed(now);
            case "brainstorm":
                return BrainstormSeed;
            case null:
                break;
            default:
                throw new ArgumentException($"There is no template '{form.Template}'; the templates are 'seed' (the café), 'open-space' and 'brainstorm'.");
        }

        return form.Method switch
        {
            null or "" or Room.WorldCafeMethod => Cafe(form),
            Room.OpenSpaceMethod => OpenSpace(form, now),
            Room.BrainstormMethod => Brainstorm(form),
            _ => throw new ArgumentException($"The method is '{Room.WorldCafeMethod}', '{Room.OpenSpaceMethod}' or '{Room.BrainstormMethod}', not '{form.Method}'."),
        };
    }

    private static WorldCafeDesign Cafe(NewCafe form)
    {
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

    private static OpenSpaceDesign OpenSpace(NewCafe form, DateTimeOffset now)
    {
        Check(form.Slots, 1, 12, "slots");
        Check(form.Minutes, 5, 240, "minutes per slot");
        Check(form.Dots, 1, 20, "dots per person");
        var spaces = Lines(form.Spaces);
        if (spaces.IsEmpty)
        {
            throw new ArgumentException("Name at least one space (a room, a corner, a table).");
        }

        return new OpenSpaceDesign
        {
            Theme = new Prompt(string.IsNullOrWhiteSpace(form.Title) ? "Open Space" : form.Title.Trim()),
            Spaces = [.. spaces.Select((name, i) => new OpenSpaceSpace($"S{i + 1}", name, 12))],
            Slots = SlotsFrom(now, form.Slots, form.Minutes),
            Participants = Roster(form.People),
            DotsPerParticipant = form.Dots,
        };
    }

    private static BrainstormDesign Brainstorm(NewCafe form)
    {
        Check(form.Minutes, 1, 240, "minutes per round");
        var technique = form.Technique switch
        {
            null or "" or "open" => GenerationTechnique.Open,
            "round-robin" => GenerationTechnique.RoundRobin,
            "brainwriting" => GenerationTechnique.Brainwriting,
            "1-2-4-all" => GenerationTechnique.OneTwoFourAll,
            _ => throw new ArgumentException($"The technique is 'open', 'round-robin', 'brainwriting' or '1-2-4-all', not '{form.Technique}'."),
        };
        var voting = form.Voting switch
        {
            null or "" or "dots" => VotingMethod.Dots,
            "ranked" => VotingMethod.Ranked,
            _ => throw new ArgumentException($"The voting is 'dots' or 'ranked', not '{form.Voting}'."),
        };
        Check(form.Dots, 1, 20, voting == VotingMethod.Ranked ? "ideas each person ranks" : "dots per person");
        var people = Roster(form.People);
        if (people.IsEmpty)
        {
            throw new ArgumentException("A brainstorm starts from a roster: name at least one person (others join by code later).");
        }

        ImmutableArray<GenerationRound> rounds = [new GenerationRound(technique) { Duration = TimeSpan.FromMinutes(form.Minutes) }];
        if (form.AnonymousRound)
        {
            rounds = rounds.Add(new GenerationRound(GenerationTechnique.Open) { Anonymous = true, Duration = TimeSpan.FromMinutes(form.Minutes) });
        }

        var design = new BrainstormDesign
        {
            Title = string.IsNullOrWhiteSpace(form.Title) ? "Brainstorm" : form.Title.Trim(),
            Prompt = string.IsNullOrWhiteSpace(form.Prompt) ? null : new Prompt(form.Prompt.Trim()),
            Participants = people,
            Categories = Lines(form.Categories),
            Rounds = rounds,
            Voting = voting,
            DotsPerPerson = voting == VotingMethod.Dots ? form.Dots : null,
        };
        return voting == VotingMethod.Ranked ? design with { RankedChoices = form.Dots } : design;
    }

    private static ImmutableArray<string> Lines(string[]? lines) => [.. (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static ImmutableArray<Participant> Roster(string[]? names)
    {
        var list = Lines(names);
        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("Each name on the roster once: add something to tell two people apart (e.g. their village).");
        }

        return [.. list.Select((name, i) => new Participant($"r{i + 1:00}", name))];
    }

    private static ImmutableArray<OpenSpaceSlot> SlotsFrom(DateTimeOffset now, int count, int minutes)
    {
        var first = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset).AddMinutes(30);
        return [.. Enumerable.Range(0, count).Select(i => new OpenSpaceSlot(first.AddMinutes(i * (minutes + 10)), TimeSpan.FromMinutes(minutes)))];
    }

    private static void Check(int value, int least, int most, string what)
    {
        if (value < least || value > most)
        {
            throw new ArgumentException($"The number of {what} must be {least} to {most}, not {value}.");
        }
    }
}
