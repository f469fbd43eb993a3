// Shared by the café, Open Space and brainstorm samples: the language option, and the printables each sample writes
// next to its Markdown. Kept apart from the samples' session code on purpose.
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Harvesting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Printing;
using Facilitation.Methods.WorldCafe;

/// <summary>Writes a sample's printables and pictures, in the language chosen by <c>--culture</c> or the environment (LANG).</summary>
internal static class SamplePrints
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Takes <c>--culture NAME</c> (for example <c>zh-CN</c>) out of the arguments and makes it the UI culture; without it the UI culture comes from the environment (LANG=zh_CN.UTF-8 gives Chinese).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The other arguments.</returns>
    public static string[] UseCulture(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--culture" && i + 1 < args.Length)
            {
                CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo(args[++i]);
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }

    /// <summary>Writes the café's table tents, route cards, rosters, harvest book, pictures and Zoom files.</summary>
    public static void Cafe(string folder, WorldCafeDesign design, Harvest harvest)
    {
        var print = new CafePrintables(design, harvest.Seatings, harvest.Participants);
        Write(folder, "table-tents.html", print.TableTents());
        Write(folder, "route-cards.html", print.RouteCards());
        Write(folder, "table-rosters.html", print.TableRosters());
        Write(folder, "harvest-book.html", HarvestBook.ToHtml(harvest));
        Write(folder, "who-met-whom.svg", print.WhoMetWhomPicture());
        // The sample's people have no email attribute: the map shows the other way to give Zoom their addresses.
        var emails = harvest.Participants.ToDictionary(p => p.Id, p => $"{p.Id.Value}@village.example");
        foreach (var seating in harvest.Seatings)
        {
            Write(folder, $"seating-round-{seating.Round.Number}.svg", print.SeatingPicture(seating.Round));
            Write(folder, $"zoom-round-{seating.Round.Number}.csv", ZoomBreakout.ToCsv(seating, design.Tables, harvest.Participants, emails));
        }

        foreach (var person in harvest.Participants.Where(p => harvest.Seatings.Any(s => !s.IsSeated(p.Id))))
        {
            Write(folder, $"route-{person.Id.Value}.svg", print.RoutePicture(person.Id));
        }

        Console.WriteLine(SampleText.T($"  printables: table-tents.html, route-cards.html, table-rosters.html, harvest-book.html, seating-round-*.svg, who-met-whom.svg, route-*.svg, zoom-round-*.csv", $"  打印材料：table-tents.html、route-cards.html、table-rosters.html、harvest-book.html、seating-round-*.svg、who-met-whom.svg、route-*.svg、zoom-round-*.csv"));
    }

    /// <summary>Writes the Open Space agenda poster and the book of proceedings.</summary>
    public static void OpenSpace(string folder, OpenSpaceDesign design, OpenSpaceProceedings proceedings)
    {
        Write(folder, "agenda-poster.html", OpenSpacePrintables.AgendaPoster(design, proceedings));
        Write(folder, "proceedings.html", OpenSpacePrintables.Proceedings(proceedings));
        Console.WriteLine(SampleText.T($"Printables written: agenda-poster.html, proceedings.html", $"打印材料已写入：agenda-poster.html、proceedings.html"));
    }

    /// <summary>Writes the blank brainwriting sheets and the result.</summary>
    public static void Brainstorm(string folder, BrainstormDesign design, Seating teams, ImmutableArray<Idea> ideas, BrainstormResult? result, ImmutableArray<Cluster> clusters, BrainstormDecision? decision)
    {
        Write(folder, "brainwriting-sheets.html", BrainstormPrintables.BrainwritingSheets(design, teams));
        Write(folder, "brainstorm-result.html", BrainstormPrintables.Result(design, ideas, result, clusters, decision));
        Console.WriteLine(SampleText.T($"Printables written to {Path.GetFullPath(folder)}: brainwriting-sheets.html, brainstorm-result.html", $"打印材料已写入 {Path.GetFullPath(folder)}：brainwriting-sheets.html、brainstorm-result.html"));
    }

    private static void Write(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text, Utf8);
    }
}
