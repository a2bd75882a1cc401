using ClipBot.Core.Takes;
using ClipBot.Media.Local;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Local;

public sealed class LocalVideoGeneratorEscapingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit = new();

    public static TheoryData<string> HostilePrompts => new()
    {
        "it's a 'quoted' city",
        "a \"double quoted\" sea",
        "time: 12:30, ratio 16:9",
        @"back\slash \n \\ and \' too",
        "one; two;; [in] [out] [0:v]",
        "commas, everywhere, really,",
        "%{pts} %{localtime} %{eif:1:d} 100%",
        "drawtext=text=x:fontfile=/etc/passwd",
        "emoji 🔥 and ünïcödé",
    };

    [Theory]
    [MemberData(nameof(HostilePrompts))]
    public async Task GenerateAsync_HostilePrompt_RendersAndCaptionFileHoldsItExactly(string prompt)
    {
        var work = _folder.File(Guid.NewGuid().ToString("N"));

        await Clips.RenderAsync(_kit, work, new ClipParameters { Prompt = prompt, Seed = 1, DurationSeconds = 1 });

        var caption = await File.ReadAllTextAsync(Path.Combine(work, LocalVideoGenerator.CaptionFileName));
        Assert.Equal(prompt, caption);
    }

    [Fact]
    public async Task GenerateAsync_PromptWithNewlines_KeepsThemAsLineBreaks()
    {
        var work = _folder.File("newlines");

        await Clips.RenderAsync(_kit, work, new ClipParameters { Prompt = "first line\nsecond line\r\nthird", Seed = 1, DurationSeconds = 1 });

        var caption = await File.ReadAllTextAsync(Path.Combine(work, LocalVideoGenerator.CaptionFileName));
        Assert.Equal("first line\nsecond line\nthird", caption);
    }

    [Fact]
    public async Task GenerateAsync_WorkDirectoryFullOfSpecials_Renders()
    {
        var work = _folder.File(@"it's: [a], b; c\d %{pts} ");

        var path = await Clips.RenderAsync(_kit, work, new ClipParameters { Prompt = "a city", Seed = 1, DurationSeconds = 1 });

        Assert.True(new FileInfo(path).Length > 0);
        Assert.StartsWith(work, path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_NoFontFileInstalled_FallsBackToFontconfig()
    {
        using var kit = new MediaKit(font: new CaptionFont(["/nonexistent/font.ttf"]));

        var path = await Clips.RenderAsync(kit, _folder.File("fontconfig"), new ClipParameters { Prompt = "a forest", Seed = 1, DurationSeconds = 1 });

        Assert.True(new FileInfo(path).Length > 0);
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }
}
