using System.Text.Json;
using Microsoft.Playwright;

namespace ClipBot.Host.Tests.Browser;

/// <summary>A rendered cut in Debian's headless Chromium, from the Studio's media route: it loads, plays and seeks.</summary>
public sealed class CutPlaybackTests(CutPlaybackFixture fixture) : IClassFixture<CutPlaybackFixture>
{
    // An int: Playwright passes a float to the page as an empty object.
    private const int WaitMs = 15_000;

    // What the page can say of the video: enough for an assertion message to explain a failure.
    private const string StateScript =
        "v => ({ error: v.error && `${v.error.code}: ${v.error.message}`, readyState: v.readyState, duration: v.duration, currentTime: v.currentTime, paused: v.paused })";

    [Fact]
    public async Task Load_RenderedCut_HasAFrameAndTheCutsLength()
    {
        var video = await OpenCutAsync();

        var state = await StateAsync(video);

        AssertNoError(state);
        Assert.True(state.GetProperty("readyState").GetInt32() >= 2, state.ToString());
        Assert.InRange(state.GetProperty("duration").GetDouble(), CutPlaybackFixture.CutSeconds - 0.1, CutPlaybackFixture.CutSeconds + 0.1);
    }

    [Fact]
    public async Task Play_Muted_CurrentTimeAdvancesPastHalfASecond()
    {
        var video = await OpenCutAsync();

        await video.EvaluateAsync("v => v.play()");
        await video.Page.WaitForFunctionAsync(
            "() => { const v = document.getElementById('cut'); return v.error || v.currentTime > 0.5; }", null, new PageWaitForFunctionOptions { Timeout = WaitMs });

        var state = await StateAsync(video);
        AssertNoError(state);
        Assert.True(state.GetProperty("currentTime").GetDouble() > 0.5, state.ToString());
        Assert.False(state.GetProperty("paused").GetBoolean(), state.ToString());
    }

    [Fact]
    public async Task Seek_IntoTheCredits_ReachesSeekedWithoutError()
    {
        var video = await OpenCutAsync();
        var target = CutPlaybackFixture.CutSeconds - (CutPlaybackFixture.CreditsSeconds / 3);

        var outcome = await video.EvaluateAsync<string>(
            """
            (v, [target, waitMs]) => new Promise(resolve => {
                v.addEventListener('seeked', () => resolve('seeked'), { once: true });
                v.addEventListener('error', () => resolve('error'), { once: true });
                setTimeout(() => resolve('timed out'), waitMs);
                v.currentTime = target;
            })
            """,
            new object[] { target, WaitMs });

        var state = await StateAsync(video);
        Assert.True(outcome == "seeked", $"{outcome}: {state}");
        AssertNoError(state);
        Assert.InRange(state.GetProperty("currentTime").GetDouble(), CutPlaybackFixture.CutSeconds - CutPlaybackFixture.CreditsSeconds, CutPlaybackFixture.CutSeconds);
    }

    private static void AssertNoError(JsonElement state) =>
        Assert.True(state.GetProperty("error").ValueKind == JsonValueKind.Null, state.ToString());

    private static async Task<JsonElement> StateAsync(ILocator video) => await video.EvaluateAsync<JsonElement>(StateScript);

    /// <summary>A muted video of the cut on the Studio page (so from the route's own origin), once it has a frame to show or an error.</summary>
    private async Task<ILocator> OpenCutAsync()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl);
        await page.EvaluateAsync(
            """
            url => {
                const v = document.createElement('video');
                v.id = 'cut';
                v.muted = true;
                v.preload = 'auto';
                v.src = url;
                document.body.append(v);
            }
            """,
            fixture.CutUrl);
        await page.WaitForFunctionAsync(
            "() => { const v = document.getElementById('cut'); return v.error || v.readyState >= 2; }", null, new PageWaitForFunctionOptions { Timeout = WaitMs });
        return page.Locator("#cut");
    }
}
