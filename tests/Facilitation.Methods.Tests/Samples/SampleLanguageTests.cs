using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Facilitation.Methods.Tests.Samples;

/// <summary>Issue 14's promise: any sample run with <c>--culture zh-CN</c> prints Chinese throughout, and writes its Markdown, HTML and
/// pictures in Chinese too. Each sample runs as a child process (built with the tests), as a user would run it.</summary>
public sealed partial class SampleLanguageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samples-zh-").FullName;

    public static TheoryData<string, string[]> Samples => new()
    {
        { "Facilitation.Samples.Cafe", ["--out", "{out}"] },
        { "Facilitation.Samples.OpenSpace", ["{out}"] },
        { "Facilitation.Samples.Brainstorm", ["{out}"] },
        { "Facilitation.Samples.Workshop", ["--out", "{out}"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task InChinese_TheOutputAndEveryFileItWrites_HaveNoEnglishWords(string sample, string[] arguments)
    {
        var output = Path.Combine(_folder, sample);
        var printed = await Run(sample, [.. arguments.Select(a => a.Replace("{out}", output, StringComparison.Ordinal)), "--culture", "zh-CN"]);

        Assert.Contains("，", printed, StringComparison.Ordinal);
        Assert.Empty(EnglishWords(printed.Replace(output, string.Empty, StringComparison.Ordinal)));
        var written = Directory.GetFiles(output).Where(f => Path.GetExtension(f) is ".md" or ".html" or ".svg").ToList();
        Assert.NotEmpty(written);
        foreach (var file in written)
        {
            var text = File.ReadAllText(file);
            if (Path.GetExtension(file) is ".html" or ".svg")
            {
                text = Markup().Replace(Styles().Replace(text, " "), " ");
            }

            var words = EnglishWords(text);
            Assert.True(words.Count == 0, $"{sample}/{Path.GetFileName(file)}: English words {string.Join(", ", words)}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task InEnglish_TheSampleSpeaksEnglish(string sample, string[] arguments)
    {
        var output = Path.Combine(_folder, sample + "-en");
        var printed = await Run(sample, [.. arguments.Select(a => a.Replace("{out}", output, StringComparison.Ordinal)), "--culture", "en"]);

        // The workshop's programme and the directors' words stay Chinese data in either language; the sample's own sentences change.
        Assert.Matches(@"\b(the|of|and)\b", printed);
        Assert.DoesNotContain("个环节", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("已写入", printed, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Latin words that are not file names, identifiers the library prints for cross-reference (idea-12, team-1, cluster-2,
    // open-space/action-1, cafe/c75, `youth-network`, 主任-07), participants' attribute keys (village: 桥北村), the format
    // name Markdown or the unit KB.
    private static List<string> EnglishWords(string text)
    {
        var cleaned = Allowed().Replace(text, " ");
        return [.. Latin().Matches(cleaned).Select(m => m.Value).Distinct(StringComparer.Ordinal)];
    }

    private static async Task<string> Run(string sample, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, sample + ".dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{sample} did not finish within 3 minutes");
        }

        Assert.True(process.ExitCode == 0, $"{sample} exited with {process.ExitCode}: {await errors}");
        return await output;
    }

    [GeneratedRegex(@"[\w./*-]+\.(md|json|csv|html|svg)\b|`[^`\n]+`|\b[a-z0-9-]+(/[a-z0-9-]+)+\b|\b[a-z]+(-[a-z]+)*-\d+\b|\b[a-z]+(?=: )|\bMarkdown\b|\bKB\b")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Latin();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"<style[\s\S]*?</style>")]
    private static partial Regex Styles();
}
