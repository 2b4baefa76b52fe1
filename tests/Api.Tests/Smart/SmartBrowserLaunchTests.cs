namespace CdsService.Api.Tests.Smart;

using Microsoft.Playwright;

/// <summary>
/// docs/smart.md: the whole EHR launch in Debian's chromium (Playwright drives the system browser, never a downloaded
/// one): the EHR opens /app/launch, the browser goes through the EHR's consent and the callback, and ends on the stored
/// evaluation showing the HER2 status and the top option; a refused consent ends on the page that says what to do.
/// </summary>
public sealed class SmartBrowserLaunchTests : IAsyncLifetime
{
    private static string ChromiumPath => Environment.GetEnvironmentVariable("CDS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly SmartTestApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    [Fact]
    public async Task EhrLaunch_InTheBrowser_EndsOnTheEvaluationWithHer2StatusAndTopOption()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        var response = await page.GotoAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));

        Assert.Equal(200, response!.Status);
        Assert.StartsWith($"{_app.BaseUrl.AbsoluteUri}app/evaluations/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("her2-status")).ToHaveTextAsync("positive");
        await Assertions.Expect(page.GetByTestId("option-row").First).ToContainTextAsync("Pertuzumab");
        await Assertions.Expect(page.GetByTestId("smart-launch-note")).ToContainTextAsync("Patient p1 on " + _app.Ehr.Issuer + ": 3 resources read.");
        Assert.DoesNotContain(Assert.Single(_app.Ehr.IssuedTokens), await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await page.Context.CookiesAsync());
        await SaveScreenshotAsync(page, "smart-launch-evaluation");
    }

    [Fact]
    public async Task DeniedConsent_InTheBrowser_EndsOnThePageSayingWhatToDo()
    {
        _app.Ehr.Deny = true;
        var page = await _browser!.NewPageAsync();

        var response = await page.GotoAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));

        Assert.Equal(403, response!.Status);
        Assert.Equal("Access was not granted", await page.InnerTextAsync("h1"));
        Assert.Contains("launch it again and approve the access", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await SaveScreenshotAsync(page, "smart-launch-denied");
    }

    /// <summary>Screenshots are test artefacts: CDS_SCREENSHOT_DIR, else TestResults/screenshots beside the test assembly.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("CDS_SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
