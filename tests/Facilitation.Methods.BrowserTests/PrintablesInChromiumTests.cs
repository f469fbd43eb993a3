using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Facilitation.Methods.Printing;
using Facilitation.Methods.Tests.Printing;
using Microsoft.Playwright;

namespace Facilitation.Methods.BrowserTests;

/// <summary>Every printable opened in headless Chromium: printed to A4 PDF with the page count its data implies, no text overflowing its box, Chinese glyphs really drawn, and a PNG screenshot kept as test output.</summary>
public sealed partial class PrintablesInChromiumTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string OverflowScript = """
        () => {
          const bad = [];
          const say = e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 50) + '"';
          for (const e of document.querySelectorAll('.page, .box')) {
            if (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1) bad.push('overflows its box: ' + say(e));
          }
          for (const e of document.querySelectorAll('td, th, li, p, h1, h2, h3, h4, dd, dt')) {
            if (e.scrollWidth > e.clientWidth + 1) bad.push('too wide: ' + say(e));
          }
          for (const svg of document.querySelectorAll('svg')) {
            const box = svg.getBoundingClientRect();
            for (const t of svg.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) bad.push('outside its picture: ' + say(t));
            }
          }
          return bad;
        }
        """;

    // Draws distinct Han characters of the page in the page's own font: real glyphs differ from each other and from
    // the "missing glyph" box; tofu boxes are all alike. Returns the characters tried and what was seen.
    private const string GlyphScript = """
        () => {
          const font = getComputedStyle(document.body).fontFamily;
          const chars = [...new Set([...document.body.innerText].filter(c => /\p{Script=Han}/u.test(c)))].slice(0, 8);
          const canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          const draw = ch => {
            ctx.clearRect(0, 0, 64, 64); ctx.fillStyle = '#000'; ctx.textBaseline = 'top'; ctx.font = '48px ' + font; ctx.fillText(ch, 4, 4);
            const alpha = []; const data = ctx.getImageData(0, 0, 64, 64).data;
            for (let i = 3; i < data.length; i += 4) alpha.push(data[i] > 127 ? 1 : 0);
            return alpha.join('');
          };
          const missing = draw('\u{10FFFD}');
          const images = chars.map(draw);
          return { chars: chars.join(''), distinct: new Set(images).size, blank: images.filter(i => !i.includes('1')).length, tofu: images.filter(i => i === missing).length };
        }
        """;

    private static readonly PrintOptions Chinese = new() { Culture = new CultureInfo("zh-CN"), FirstRoundStart = PrintFixtures.Start };

    public static TheoryData<string> Printables => [.. PrintFixtures.Village.Printables(Chinese).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Printables))]
    public async Task Printable_PrintsOnTheExpectedPages_WithoutOverflow_AndWithChineseGlyphs(string name)
    {
        var (_, html, pages, exact) = PrintFixtures.Village.Printables(Chinese).Single(p => p.Name == name);
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var overflow = await page.EvaluateAsync<string[]>(OverflowScript);
        Assert.True(overflow.Length == 0, $"{name}: {string.Join("; ", overflow.Take(5))}");

        var glyphs = await page.EvaluateAsync<JsonElement>(GlyphScript);
        var chars = glyphs.GetProperty("chars").GetString()!;
        Assert.True(chars.Length >= 4, $"{name}: the Chinese document shows too few Chinese characters to check ({chars})");
        Assert.Equal(chars.Length, glyphs.GetProperty("distinct").GetInt32());
        Assert.Equal(0, glyphs.GetProperty("blank").GetInt32());
        Assert.Equal(0, glyphs.GetProperty("tofu").GetInt32());

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var printed = CountPages(pdf);
        if (exact)
        {
            Assert.Equal(pages, printed);
        }
        else
        {
            Assert.InRange(printed, pages, pages + 20);
        }

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var first = page.Locator(".page").First;
        var shot = Path.Combine(folder, name + ".png");
        if (await page.Locator(".page").CountAsync() > 0)
        {
            await first.ScreenshotAsync(new() { Path = shot });
        }
        else
        {
            await page.ScreenshotAsync(new() { Path = shot, Clip = new() { X = 0, Y = 0, Width = 800, Height = 1000 } });
        }

        Assert.True(new FileInfo(shot).Length > 1000, $"{name}: the screenshot is empty");
    }

    [Fact]
    public async Task Pictures_KeepEveryTextInsideThePicture_AndDrawChineseGlyphs()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 1000 } });
        var page = await context.NewPageAsync();
        foreach (var (name, svg) in PrintFixtures.Village.Pictures(Chinese))
        {
            await page.SetContentAsync("<!DOCTYPE html><html lang=\"zh-CN\"><body style=\"margin:0\">" + svg + "</body></html>");
            var overflow = await page.EvaluateAsync<string[]>(OverflowScript);
            Assert.True(overflow.Length == 0, $"{name}: {string.Join("; ", overflow.Take(5))}");
            var glyphs = await page.EvaluateAsync<JsonElement>(GlyphScript);
            Assert.True(glyphs.GetProperty("chars").GetString()!.Length >= 2, $"{name}: too few Chinese characters to check");
            Assert.Equal(0, glyphs.GetProperty("tofu").GetInt32());
            Assert.Equal(glyphs.GetProperty("chars").GetString()!.Length, glyphs.GetProperty("distinct").GetInt32());
            await page.Locator("svg").ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
        }
    }

    [Fact]
    public async Task CountPages_SeesAFailure_WhenAPageOverflows()
    {
        // The checks above must be able to fail: a box with more text than room is reported, and a two-page document counts two.
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html lang=\"zh-CN\"><body><div class=\"box\" style=\"height:20px;overflow:hidden\">" + string.Concat(Enumerable.Repeat("很长的文字 ", 200)) + "</div><div style=\"break-before:page\">二</div></body></html>");
        Assert.NotEmpty(await page.EvaluateAsync<string[]>(OverflowScript));
        Assert.Equal(2, CountPages(await page.PdfAsync(new() { Format = "A4" })));
    }

    private static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
