using Microsoft.Playwright;

namespace ClipBot.Host.Tests.Browser;

/// <summary>The Studio's Reels view in Debian's headless Chromium, as a band admin uses it on a phone.</summary>
public sealed class ReelPageTests : IAsyncLifetime, IDisposable
{
    private const int WaitMs = 15_000;

    // A short credits card and a quick reel worker, so the cut is there in a few seconds.
    private readonly StudioInChromium _studio = new(new Dictionary<string, string?> { ["Reel:CreditsSeconds"] = "1", ["Reel:PollSeconds"] = "0.2" });

    public Task InitializeAsync() => _studio.StartAsync();

    public Task DisposeAsync() => _studio.DisposeAsync().AsTask();

    public void Dispose() => _studio.Dispose();

    [Fact]
    public async Task CreateReel_SilentWithFourShots_ShowsTheTimelineAndChangesPhase()
    {
        var page = await _studio.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        await CreateReelAsync(page, "Night Drive", 4, "--seconds 2");
        await page.ClickAsync(".reel .controls button:text-is('Voting')");
        await page.Locator(".reel .badge.voting").WaitForAsync(new LocatorWaitForOptions { Timeout = WaitMs });

        Assert.Equal("Night Drive", await page.Locator(".reel h3").TextContentAsync());
        Assert.Equal(4, await page.Locator(".timeline a").CountAsync());
        Assert.Equal(4, await page.Locator(".reel .slot").CountAsync());
        Assert.Contains("in voting", await page.Locator(".reel .note").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#reel-list button").CountAsync());
        Assert.True(await page.Locator("#chat-view").IsHiddenAsync());

        // Kept for people reviewing a run: what a band admin on a phone saw.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "clipbot-studio-reel-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task ReelView_TakeVotedAndCut_ShowsVotesAndPlaysTheCut()
    {
        var page = await _studio.Browser.NewPageAsync();
        await CreateReelAsync(page, "One Shot", 1, "--seconds 1 --self-votes on");

        // The take is made in the chat box, as a fan would; the reel view hears of it by its events.
        await page.ClickAsync("#tab-chat");
        await page.FillAsync("#text", "/clip a calm blue ocean --slot 1");
        await page.PressAsync("#text", "Enter");
        await page.Locator(".log .status.posted").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.ClickAsync("#tab-reels");
        await page.ClickAsync("#reel-list button");
        var card = page.Locator(".reel .takes .card");
        await card.WaitForAsync(new LocatorWaitForOptions { Timeout = WaitMs });
        await card.Locator("button:text-is('Vote')").ClickAsync();
        await page.Locator(".reel .takes .card.leader .votes:text-is('1 vote')").WaitForAsync(new LocatorWaitForOptions { Timeout = WaitMs });
        await page.ClickAsync(".reel .controls button:text-is('Render cut')");
        var cut = page.Locator(".reel video.cut");
        await cut.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('.reel video.cut'); return v && (v.error || v.readyState >= 1); }", null, new PageWaitForFunctionOptions { Timeout = WaitMs });

        Assert.Null(await cut.EvaluateAsync<string?>("v => v.error && v.error.message"));
        Assert.InRange(await cut.EvaluateAsync<double>("v => v.duration"), 1.9, 2.1);
        Assert.Contains("a calm blue ocean", await page.Locator(".reel pre.credits").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("url(", await page.Locator(".timeline a").GetAttributeAsync("style"), StringComparison.Ordinal);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "clipbot-studio-reel-cut.png"), FullPage = true });
    }

    /// <summary>Fills the Reels tab's form for a silent reel of equal shots, and waits for its shot list.</summary>
    private async Task CreateReelAsync(IPage page, string name, int shots, string flags)
    {
        await page.GotoAsync(_studio.BaseUrl + "/#reels");
        await page.Locator("#live.on").WaitForAsync(new LocatorWaitForOptions { Timeout = WaitMs });
        await page.FillAsync("#reel-name", name);
        await page.FillAsync("#reel-number", shots.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#reel-flags", flags);
        await page.ClickAsync("#reel-create button[type=submit]");
        await page.Locator(".timeline a").Nth(shots - 1).WaitForAsync(new LocatorWaitForOptions { Timeout = WaitMs });
    }
}
