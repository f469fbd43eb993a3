using Microsoft.Playwright;

namespace Facilitation.Methods.BrowserTests;

/// <summary>One headless Chromium for a test class: the system browser (Debian: <c>apt-get install -y chromium fonts-noto-cjk</c>), never a downloaded one.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Finds the system Chromium as <c>which chromium</c> does: <c>CHROMIUM_PATH</c> if set, else the first <c>chromium</c> (or <c>chromium-browser</c>) on the PATH.</summary>
    /// <returns>The executable's path.</returns>
    public static string ExecutablePath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } given)
        {
            return given;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("No Chromium on the PATH. Install the system browser and CJK fonts: apt-get update && apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).");
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath(), Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
