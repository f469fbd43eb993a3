using Facilitation.Methods.WorldCafe;
using Facilitation.Methods.Workshops;
using Microsoft.Extensions.Time.Testing;
using static Facilitation.Methods.Tests.Workshops.RunningFixture;

namespace Facilitation.Methods.Tests.Workshops;

/// <summary>Issue 13 item 5: café questions carry a resource category, and what is written on them lands in that category in the workshop's record.</summary>
public class QuestionCategoryTests
{
    [Fact]
    public void Prompt_Category_IsCheckedAndPartOfEquality()
    {
        Assert.Equal(new Prompt("Who can help?") { Category = "人" }, new Prompt("Who can help?") { Category = "人" });
        Assert.NotEqual(new Prompt("Who can help?") { Category = "人" }, new Prompt("Who can help?"));
        var e = Assert.Throws<ArgumentException>(() => new Prompt("Who can help?") { Category = " " });
        Assert.Contains("category", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Prompt("Who can help?") { Category = new string('人', Limits.MaxNameLength + 1) });
        Assert.Throws<ArgumentException>(() => new Prompt("Who can help?") { Category = "x\u0007" });
    }

    [Fact]
    public void CafeQuestionCategories_SurviveSaveAndRestore_AndDesignsWithoutThemSaveAsBefore()
    {
        var clock = new FakeTimeProvider(At(9));
        var design = Categorised(WorkshopFixture.Cafe(rounds: 1));
        using var cafe = WorldCafeSession.Create(design, new SessionOptions { TimeProvider = clock });
        cafe.OpenCheckIn(F);
        cafe.Welcome(F);
        cafe.StartRound(F);
        cafe.StartConversation(F);
        var writer = cafe.CurrentSeating!.MembersOf("T2")[0];
        cafe.AddNote(Actor.ForParticipant(writer), "T2", "The old school could become a canteen");

        var saved = cafe.Save();
        using var restored = WorldCafeSession.Restore(saved, new SessionOptions { TimeProvider = clock });

        Assert.Equal(saved, restored.Save());
        Assert.Equal(["people", "地", null], restored.Design.Questions.Select(q => q.Category));
        Assert.Equal("产", restored.Design.Tables[2].Prompt!.Category);
        var note = restored.ToHarvest().AllContributions.Single(c => c.Kind == ContributionKind.Note);
        Assert.Equal("地", note.Prompt!.Category);
        using var plain = WorldCafeSession.Create(WorkshopFixture.Cafe(rounds: 1), new SessionOptions { TimeProvider = clock });
        Assert.DoesNotContain("questionCategor", plain.Save(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void InAWorkshop_WhatIsWrittenOnACategorisedQuestion_IsRecordedUnderTheWorkshopsCategoryKey()
    {
        var plan = Design();
        plan = plan with { Blocks = [.. plan.Blocks.Select(b => b.CafeDesign is { } c ? b with { CafeDesign = Categorised(c) } : b)] };
        var (workshop, clock) = Create(plan);
        using var _w = workshop;
        WorkshopSessionTests.ToCafe(workshop, clock, present: 11);
        RunCafe(workshop.Cafe("cafe")!, clock);

        var record = workshop.CloseBlock(F, "cafe");

        var notes = record.Contributions.Where(c => c.Kind == ContributionKind.Note).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Equal(n.Question switch { "Question 1?" => "people", "Question 2?" => "land", "What could the village make?" => "industry", _ => null }, n.Category));
        Assert.Contains(notes, n => n.Category == "land");
        Assert.Contains(notes, n => n.Category == "industry");
        var restored = WorkshopSession.Restore(workshop.Save(), Options(clock));
        Assert.Equal(workshop.Save(), restored.Save());
    }

    // Question 1 by key, question 2 by its Chinese word, question 3 without; the third table's own question by its Chinese word.
    private static WorldCafeDesign Categorised(WorldCafeDesign design) => design with
    {
        Questions = [design.Questions[0] with { Category = "people" }, design.Questions[1] with { Category = "地" }, design.Questions[2]],
        Tables = [design.Tables[0], design.Tables[1], new Group(design.Tables[2].Id, design.Tables[2].Capacity, design.Tables[2].Host, new Prompt("What could the village make?") { Category = "产" })],
    };
}
