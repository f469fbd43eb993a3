using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Facilitation.Methods.BrowserTests;

/// <summary>What every browser test does the same way: a phone joins by code, the console sends a step, a page is photographed.</summary>
internal static class Pages
{
    /// <summary>Opens the console on a desktop-sized page and signs in with the secret.</summary>
    public static async Task<(IBrowserContext Desk, IPage Console)> SignInAsync(Chromium chromium, WebServer server)
    {
        var desk = await chromium.Browser.NewContextAsync(new() { BaseURL = server.Url, ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "en-GB" });
        var console = await desk.NewPageAsync();
        await console.GotoAsync("/console.html");
        await console.FillAsync("#secret", WebServer.Secret);
        await console.ClickAsync("#signin-button");
        await Expect(console.Locator("#desk")).ToBeVisibleAsync();
        return (desk, console);
    }

    /// <summary>Sends a write from a page's own context (its cookies, the fetch header), as its script would, and returns the status.</summary>
    public static async Task<int> PostFromAsync(IPage page, string path, object? body = null)
    {
        var reply = await page.Context.APIRequest.PostAsync(path, new() { Headers = new Dictionary<string, string> { ["X-Requested-With"] = "fetch" }, DataObject = body ?? new { } });
        return reply.Status;
    }

    /// <summary>Opens a room from the console's form: picks the method, sets each field (by its selector: a select by value, a checkbox
    /// ticked by "on", any other input filled), creates the room and returns its join code.</summary>
    public static async Task<string> CreateFromFormAsync(IPage console, string method, params (string Field, string Value)[] fields)
    {
        await console.ClickAsync("#new-cafe summary");
        await console.SelectOptionAsync("#new-method", method);
        foreach (var (field, value) in fields)
        {
            switch (await console.Locator(field).EvaluateAsync<string>("e => e.tagName === 'SELECT' ? 'select' : e.type"))
            {
                case "select": await console.SelectOptionAsync(field, value); break;
                case "checkbox": await console.Locator(field).SetCheckedAsync(value == "on"); break;
                default: await console.FillAsync(field, value); break;
            }
        }

        await console.ClickAsync("#create");
        await Expect(console.Locator("#code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-Z]{6}$"));
        return (await console.Locator("#code").TextContentAsync())!;
    }

    /// <summary>Each person joins by code on a phone of their own; their contexts are added to <paramref name="contexts"/> for the test to close.</summary>
    public static async Task<List<IPage>> JoinEachAsync(Chromium chromium, WebServer server, string code, IEnumerable<string> names, List<IBrowserContext> contexts)
    {
        var phones = new List<IPage>();
        foreach (var name in names)
        {
            var (context, phone) = await JoinAsync(chromium, server, code, name);
            contexts.Add(context);
            phones.Add(phone);
        }

        return phones;
    }

    /// <summary>A phone-sized context joins a room by code and name.</summary>
    public static async Task<(IBrowserContext Context, IPage Phone)> JoinAsync(Chromium chromium, WebServer server, string code, string name)
    {
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = server.Url, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "en-GB" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/join.html");
        await phone.FillAsync("#join-code", code);
        await phone.FillAsync("#join-name", name);
        await phone.ClickAsync("#join-button");
        await Expect(phone.Locator("#my-name")).ToHaveTextAsync(name);
        return (context, phone);
    }

    /// <summary>The console sends a phase command by its button, once it shows the server's version, and the phase follows.</summary>
    public static async Task Command(WebServer server, IPage console, string command, string phase)
    {
        // The console sends the version it shows (If-Match); wait until it shows the server's, as a facilitator would look before clicking.
        using var facilitator = server.Client(WebServer.Secret);
        var version = (await facilitator.GetAsync($"/api/rooms/{await console.Locator("#code").TextContentAsync()}")).Headers.ETag!.Tag.Trim('"');
        await Expect(console.Locator("#version")).ToHaveTextAsync(version);
        await console.ClickAsync($"#commands button[data-command={command}]");
        await Expect(console.Locator("#phase")).ToHaveAttributeAsync("data-phase", phase);
        await Expect(console.Locator("#error")).ToBeEmptyAsync();
    }

    /// <summary>Clicks a step's button while the test holds the step's request (to <paramref name="url"/>) on its way, switches the
    /// page to Chinese meanwhile (a redraw from the view it showed, the button's label in <paramref name="chinese"/>), checks that
    /// every button in <paramref name="scope"/> waits, drawn before or after, and lets the request through.</summary>
    public static async Task RedrawWhileAStepIsOnItsWayAsync(IPage page, string url, string button, string chinese, string scope)
    {
        var through = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url, async route =>
        {
            await through.Task;
            await route.ContinueAsync();
        });
        await page.ClickAsync(button);
        await Expect(page.Locator(button)).ToBeDisabledAsync();
        await page.SelectOptionAsync("#lang", "zh-CN");
        await Expect(page.Locator(button)).ToHaveTextAsync(chinese);
        await Expect(page.Locator(scope + " button:not([disabled])")).ToHaveCountAsync(0);
        through.SetResult();
    }

    /// <summary>Reads a QR code from an image on the page: its pixels, drawn into a canvas by the page, decoded with ZXing.</summary>
    public static async Task<string?> ReadQrCodeAsync(IPage page, string selector)
    {
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector('{selector}'); return i && i.complete && i.naturalWidth > 0; }}");
        var pixels = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              const img = document.querySelector('{{selector}}');
              const canvas = document.createElement('canvas');
              canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
              const g = canvas.getContext('2d');
              g.drawImage(img, 0, 0);
              return { width: canvas.width, height: canvas.height, data: Array.from(g.getImageData(0, 0, canvas.width, canvas.height).data) };
            }
            """);
        var rgba = pixels.GetProperty("data").EnumerateArray().Select(v => (byte)v.GetInt32()).ToArray();
        var source = new ZXing.RGBLuminanceSource(rgba, pixels.GetProperty("width").GetInt32(), pixels.GetProperty("height").GetInt32(), ZXing.RGBLuminanceSource.BitmapFormat.RGBA32);
        var reader = new ZXing.BarcodeReaderGeneric { Options = { PossibleFormats = [ZXing.BarcodeFormat.QR_CODE] } };
        return reader.Decode(source)?.Text;
    }

    /// <summary>Saves a screenshot as test output (screenshots/ next to the test assembly).</summary>
    public static async Task SaveScreenshot(IPage page, string name, bool fullPage)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 1000, $"{name}: the screenshot is empty");
    }
}
