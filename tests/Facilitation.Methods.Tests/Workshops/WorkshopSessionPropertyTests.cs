using Facilitation.Methods.Workshops;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

public sealed class WorkshopSessionPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    [Property(MaxTest = 12)]
    public Property RandomArrivalsAndDepartures_NeverSeatSomeoneAbsent_NeverLoseAContribution_AndCarriedItemsResolveAfterRestore() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        var skip = random.Next(3); // 0: run everything; 1: skip the Open Space; 2: skip the brainstorm
        var (workshop, clock) = Create();
        using var _w = workshop;
        var people = workshop.Design.Participants.Select(p => p.Id).ToList();
        var hosts = people.Take(3).ToHashSet();

        // Someone checks in, or someone present leaves (table hosts stay, so the café can run).
        void Shuffle(int times)
        {
            for (var i = 0; i < times; i++)
            {
                var person = people[random.Next(3, people.Count)];
                if (workshop.Present.Contains(person))
                {
                    workshop.Depart(F, person);
                }
                else
                {
                    workshop.CheckIn(F, person);
                }
            }
        }

        void AssertStartedWithThePresent(IEnumerable<ParticipantId> participants) =>
            Assert.Equal(workshop.Present.Where(p => WorkshopRules.OnList(workshop.RunningBlock!, p)), participants);

        workshop.OpenDay(F);
        foreach (var p in people.Where(p => hosts.Contains(p) || random.Next(2) == 0))
        {
            workshop.CheckIn(F, p);
        }

        foreach (var plain in new[] { "opening", "inventory" })
        {
            workshop.StartBlock(F, plain);
            Shuffle(random.Next(3));
            if (plain == "inventory")
            {
                workshop.ListResource(Actor.ForParticipant(people[0]), "村1", "人", "Teachers");
            }

            workshop.CloseBlock(F, plain);
        }

        clock.SetUtcNow(At(9, 30));
        workshop.StartBlock(F, "cafe");
        var cafe = workshop.Cafe("cafe")!;
        AssertStartedWithThePresent(cafe.Participants.Select(p => p.Id));
        cafe.OpenCheckIn(F);
        Shuffle(random.Next(3));
        cafe.Welcome(F);
        for (var r = 1; r <= cafe.Design.Rounds; r++)
        {
            Shuffle(random.Next(2));
            cafe.StartRound(F);
            Assert.All(cafe.CurrentSeating!.Seated, seated => Assert.Contains(seated, workshop.Present));
            if (r > 1)
            {
                cafe.BeginBriefing(F);
            }

            cafe.StartConversation(F);
            foreach (var table in cafe.Design.Tables)
            {
                cafe.AddNote(Actor.ForParticipant(cafe.CurrentSeating!.MembersOf(table.Id)[0]), table.Id, $"Round {r} at {table.Id}");
            }

            cafe.CloseRound(F);
        }

        cafe.BeginHarvest(F);
        cafe.AddHarvestItem(F, ContributionKind.Theme, "Young people leave the villages");
        cafe.AddHarvestItem(F, ContributionKind.Question, "Who looks after the courtyards?");
        cafe.Close(F);
        var cafeRecord = workshop.CloseBlock(F, "cafe");
        Assert.Equal(cafe.Contributions.Length, cafeRecord.Contributions.Length);
        Shuffle(random.Next(3));

        var issues = Bridges.SuggestOpenSpaceIssues(cafeRecord).Take(1 + random.Next(2)).ToList();
        workshop.CarryItems(F, "open-space", issues);
        clock.SetUtcNow(At(10, 30));
        if (skip == 1)
        {
            workshop.SkipBlock(F, "open-space", "Out of time");
        }
        else
        {
            workshop.StartBlock(F, "open-space");
            var openSpace = workshop.OpenSpace("open-space")!;
            AssertStartedWithThePresent(openSpace.Participants.Select(p => p.Id));
            Shuffle(random.Next(3));
            RunOpenSpace(openSpace, clock, issues);
            var record = workshop.CloseBlock(F, "open-space");
            Assert.Equal(openSpace.Issues.Length + openSpace.Reports.Length, record.Contributions.Length);
            workshop.CarryItems(F, "brainstorm", [.. Bridges.SuggestBrainstormPrompts(record, [issues[0].Id])]);
        }

        clock.SetUtcNow(At(11, 45));
        if (skip == 2)
        {
            workshop.SkipBlock(F, "brainstorm", "Out of time");
        }
        else
        {
            workshop.StartBlock(F, "brainstorm");
            var storm = workshop.Brainstorm("brainstorm")!;
            AssertStartedWithThePresent(storm.Design.Participants.Select(p => p.Id));
            Shuffle(random.Next(4));
            Assert.Equal(workshop.Present.ToHashSet(), storm.Present.ToHashSet());
            RunBrainstorm(storm, [.. storm.Present.Take(3)]);
            Assert.Equal(storm.Ideas.Length, workshop.CloseBlock(F, "brainstorm").Contributions.Length);
        }

        var before = workshop.ToBook();
        using var restored = WorkshopSession.Restore(workshop.Save(), Options(clock));
        using var fromRecords = WorkshopSession.Restore(workshop.DesignJson, workshop.GetEventRecords(), Options(clock));
        foreach (var copy in new[] { restored, fromRecords })
        {
            var after = copy.ToBook();
            Assert.Equal(before.Records.Sum(r => r.Contributions.Length), after.Records.Sum(r => r.Contributions.Length));
            Assert.All(after.Carried, item => Assert.All(item.Sources, link => Assert.Equal(before.Resolve(link)!.ToString(), after.Resolve(link)!.ToString())));
            Assert.All(after.Records.SelectMany(r => r.Contributions).SelectMany(c => c.CarriedFrom), link => Assert.NotNull(after.Resolve(link)));
            Assert.Equal(workshop.Save(), copy.Save());
        }

        return true;
    });
}
