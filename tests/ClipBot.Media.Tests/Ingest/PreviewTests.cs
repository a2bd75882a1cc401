using System.Text;
using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Ingest;
using ClipBot.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClipBot.Media.Tests.Ingest;

public sealed class PreviewTests : IDisposable
{
    private static readonly TakeId Take = new("previewtakaa");

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public PreviewTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    [Fact]
    public async Task IngestAsync_DefaultCanvas_WritesASmallLoopingAnimatedWebP()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), "1280x720", 30, 4);

        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(Canvas.Default), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var preview = await File.ReadAllBytesAsync(Path.Combine(_kit.Data.MediaPath, result.Value.PreviewFile!));
        Assert.InRange(preview.Length, 1, PreviewFitter.MaxBytes - 1);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(preview, 0, 4));
        Assert.Equal("WEBPVP8X", Encoding.ASCII.GetString(preview, 8, 8));
        Assert.Equal(25, Occurrences(preview, "ANMF"));
        Assert.Equal(1, Occurrences(preview, "ANIM"));
    }

    [Fact]
    public async Task RerenderAsGif_Mezzanine_WritesALoopingAnimatedGif()
    {
        var canvas = new Canvas(640, 360, 30);
        var mezzanine = await IngestAsync(await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 3), canvas);
        var gif = _folder.File("preview.gif");
        var arguments = PreviewArguments.Rerender(
            mezzanine, TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(2.5), canvas, PreviewStep.Ladder[0], PreviewFormat.Gif, gif);

        await _kit.Runner.RunFfmpegAsync(arguments, gif, TimeSpan.Zero, null, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(gif);
        Assert.Equal("GIF89a", Encoding.ASCII.GetString(bytes, 0, 6));
        Assert.Equal(1, Occurrences(bytes, "NETSCAPE2.0"));
        Assert.InRange(bytes.Length, 1, PreviewFitter.MaxBytes - 1);
        var frames = await MediaFacts.PacketsAsync(_kit.Runner, gif);
        Assert.Equal(25, frames.Count);
    }

    [Fact]
    public async Task FitAsync_PreviewOverTheLimit_StepsDownUntilItFits()
    {
        var (mezzanine, preview, plan) = await PreviewToFitAsync();
        var first = new FileInfo(preview).Length;

        var fits = await PreviewFitter.FitAsync(
            _kit.Runner, NullLogger.Instance, Take.Value, plan, mezzanine, preview, PreviewFormat.WebP, first - 1, CancellationToken.None);

        Assert.True(fits);
        Assert.InRange(new FileInfo(preview).Length, 1, first - 1);
    }

    [Fact]
    public async Task FitAsync_LimitNoRungMeets_ReportsThatItDoesNotFit()
    {
        var (mezzanine, preview, plan) = await PreviewToFitAsync();

        var fits = await PreviewFitter.FitAsync(
            _kit.Runner, NullLogger.Instance, Take.Value, plan, mezzanine, preview, PreviewFormat.WebP, 100, CancellationToken.None);

        Assert.False(fits);
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    private static int Occurrences(byte[] haystack, string needle)
    {
        var pattern = Encoding.ASCII.GetBytes(needle);
        var count = 0;
        for (var i = haystack.AsSpan().IndexOf(pattern); i >= 0; i = haystack.AsSpan(i + 1).IndexOf(pattern) is var next and >= 0 ? i + 1 + next : -1)
        {
            count++;
        }

        return count;
    }

    private async Task<(string Mezzanine, string Preview, IngestPlan Plan)> PreviewToFitAsync()
    {
        var profile = new IngestProfile(new Canvas(640, 360, 30));
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 3);
        var result = await _kit.Ingest.IngestAsync(Take, source, profile, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        var preview = _folder.File("preview.webp");
        File.Copy(Path.Combine(_kit.Data.MediaPath, result.Value.PreviewFile!), preview);
        return (Path.Combine(_kit.Data.MediaPath, result.Value.VideoFile), preview, IngestPlan.Create(profile, 3));
    }

    private async Task<string> IngestAsync(string source, Canvas canvas)
    {
        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(canvas), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return Path.Combine(_kit.Data.MediaPath, result.Value.VideoFile);
    }
}
