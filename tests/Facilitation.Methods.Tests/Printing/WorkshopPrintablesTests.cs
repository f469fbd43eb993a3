using System.Globalization;
using AngleSharp.Html.Parser;
using Facilitation.Methods.Printing;
using Facilitation.Methods.Workshops;

namespace Facilitation.Methods.Tests.Printing;

public class WorkshopPrintablesTests
{
    private static readonly PrintOptions English = new() { Culture = CultureInfo.InvariantCulture };
    private static readonly PrintOptions Chinese = new() { Culture = new CultureInfo("zh-CN") };
    private static readonly PrintFixtures F = PrintFixtures.Village;

    [Fact]
    public void Book_InChinese_HasEveryPartWithChineseLabels()
    {
        var html = WorkshopPrintables.Book(F.WorkshopBook, Chinese);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["日程", "参与情况", "成果", "环节之间的传递", "资源地图", "行动计划"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains($"主办：{F.Name(9)}", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"首席引导师：{F.Name(10)}", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "世界咖啡");
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "实地参访");
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "未开始");
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "开放空间议题");
        Assert.Contains(document.QuerySelectorAll("h3"), h => h.TextContent.StartsWith("第 1 天，2026年11月28日", StringComparison.Ordinal));
    }

    [Fact]
    public void Book_TookPartMatrix_MarksExactlyWhoWasInEachHeldBlock()
    {
        var book = F.WorkshopBook;
        var document = new HtmlParser().ParseDocument(WorkshopPrintables.Book(book, English));
        var table = document.QuerySelectorAll("h2").Single(h => h.TextContent == "Who took part").NextElementSibling!.NextElementSibling!;
        var held = book.Design.Programme.Where(b => book.RecordOf(b.Id) is not null).ToList();

        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(book.Design.Participants.Length, rows.Count);
        for (var p = 0; p < rows.Count; p++)
        {
            var marks = rows[p].QuerySelectorAll("td.mark").Select(td => td.TextContent == "✓").ToList();
            Assert.Equal(held.Select(b => book.RecordOf(b.Id)!.TookPart.Contains(book.Design.Participants[p].Id)), marks);
        }

        Assert.Equal(4, held.Count);
        Assert.Contains(rows, r => r.QuerySelectorAll("td.mark")[0].TextContent == "✓");
        Assert.Contains(rows, r => r.QuerySelectorAll("td.mark")[1].TextContent.Length == 0);
    }

    [Fact]
    public void Book_ResourceMap_ShowsEveryVillageAndShadesExactlyTheGaps()
    {
        var book = F.WorkshopBook;
        var document = new HtmlParser().ParseDocument(WorkshopPrintables.Book(book, English));
        var map = book.Inventory!.ToMap();

        var rows = document.QuerySelectorAll("table.map tbody tr").ToList();
        Assert.Equal(map.Villages, rows.Select(r => r.Children[0].TextContent));
        Assert.Equal(map.Gaps().Length, document.QuerySelectorAll("table.map td.gap").Length);
        Assert.Equal(["Village", "人 People", "文 Culture", "地 Land", "产 Industry", "景 Scenery"], document.QuerySelectorAll("table.map th").Select(th => th.TextContent));
        Assert.Contains(map.Gaps().Length == 1 ? "1 gap:" : $"{map.Gaps().Length} gaps:", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Book_CarriedItemsAndActions_NameWhereTheyCameFrom()
    {
        var book = F.WorkshopBook;
        var document = new HtmlParser().ParseDocument(WorkshopPrintables.Book(book, English));
        var text = document.Body!.TextContent;

        Assert.NotEmpty(book.Carried);
        foreach (var item in book.Carried)
        {
            var source = book.Resolve(item.Sources[0])!;
            Assert.Contains($"{book.Design.FindBlock(source.Block)!.Title}: “{source.Text}”", text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(book.ActionPlan);
        Assert.Equal(book.ActionPlan.Length, document.QuerySelectorAll("h2").Single(h => h.TextContent == "Action plan").NextElementSibling!.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Programme_ListsEveryBlockOnItsDayInTimeOrder_InEitherLanguage()
    {
        var design = F.Workshop;
        foreach (var (options, kind) in new[] { (English, "Field visit"), (Chinese, "实地参访") })
        {
            var document = new HtmlParser().ParseDocument(WorkshopPrintables.Programme(design, options));
            var tables = document.QuerySelectorAll("table").ToList();

            Assert.Equal(design.Days.Length, tables.Count);
            var titles = tables.SelectMany(t => t.QuerySelectorAll("tbody tr").Select(r => r.Children[1].TextContent)).ToList();
            Assert.Equal(design.Programme.Select(b => b.Title), titles);
            Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == kind);
        }
    }

    [Fact]
    public void Programme_OfAnInvalidDesign_IsRefusedWithTheDesignsErrors()
    {
        var design = F.Workshop;
        var overlapping = design with { Blocks = [.. design.Blocks, new WorkshopBlock("again", BlockKind.Meal, "Lunch", design.Blocks[1].Start, TimeSpan.FromHours(1))] };

        var error = Assert.Throws<InvalidDesignException>(() => WorkshopPrintables.Programme(overlapping, English));

        Assert.NotEmpty(error.Errors);
    }
}
