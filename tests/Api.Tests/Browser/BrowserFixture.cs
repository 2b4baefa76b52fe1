namespace CdsService.Api.Tests.Browser;

using Microsoft.Playwright;

/// <summary>
/// One service on Kestrel loopback and one headless Debian chromium, shared by one test class (IClassFixture) or
/// collection; each test opens its own context (<see cref="NewPageAsync"/>), so cookies and session storage never leak
/// between tests. Playwright drives the system browser at <see cref="ChromiumPath"/> and never downloads one
/// (docs/testing.md, "Browser tests"). Subclass and override <see cref="Settings"/> to run the service otherwise.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; scripts/test.sh installs it when it is missing. CDS_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CDS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots go: CDS_SCREENSHOT_DIR, else TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("CDS_SCREENSHOT_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BrowserAppFactory? _factory;

    public BrowserAppFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("fixture not initialised");

    /// <summary>The service's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Configuration of the service under test, applied over the factory's own.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No chromium at {ChromiumPath}: run ./scripts/test.sh as root (it installs Debian's chromium) or set CDS_CHROMIUM.");
        // Belt and braces: nothing here installs browsers, and nothing may ever fetch one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _factory = new BrowserAppFactory(Settings);
        BaseUrl = _factory.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A page in a fresh context whose relative URLs resolve against the service, at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as a test artefact and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
