using Microsoft.Playwright;

namespace ClipBot.Host.Tests.Browser;

/// <summary>The Studio page in Debian's headless Chromium, as a fan uses it: type /clip, watch the clip play.</summary>
public sealed class StudioPageTests : IAsyncLifetime, IDisposable
{
    private readonly StudioInChromium _studio = new();

    public Task InitializeAsync() => _studio.StartAsync();

    public Task DisposeAsync() => _studio.DisposeAsync().AsTask();

    public void Dispose() => _studio.Dispose();

    [Fact]
    public async Task TypeClip_ValidPrompt_ShowsPlayingVideo()
    {
        var page = await _studio.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(_studio.BaseUrl);
        await page.Locator("#live.on").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        await page.FillAsync("#text", "/clip a neon city at dusk --ar 16:9 --seed 7 --duration 2");
        await page.PressAsync("#text", "Enter");
        var video = page.Locator(".log video");
        await video.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('.log video'); return v && v.readyState >= 2 && v.videoWidth > 0; }", null, new PageWaitForFunctionOptions { Timeout = 30_000 });

        var size = await video.EvaluateAsync<int[]>("v => [v.videoWidth, v.videoHeight]");
        Assert.Equal([1280, 720], size);
        Assert.Equal("posted", await page.Locator(".log .status").Last.TextContentAsync());
        Assert.Equal(1, await page.Locator(".gallery video").CountAsync());

        // Kept for people reviewing a run: what a fan on a phone saw.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "clipbot-studio-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task TypeClip_BadFlag_ShowsRefusal()
    {
        var page = await _studio.Browser.NewPageAsync();
        await page.GotoAsync(_studio.BaseUrl);

        await page.FillAsync("#text", "/clip a neon city --camera sideways");
        await page.PressAsync("#text", "Enter");
        var refusal = page.Locator(".msg.error");
        await refusal.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

        var text = await refusal.TextContentAsync();
        Assert.Contains("--camera sideways", text, StringComparison.Ordinal);
        Assert.Contains("zoom-in", text, StringComparison.Ordinal);
    }
}
