using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Takes;

public sealed class CameraMoveExtensionsTests
{
    public static TheoryData<CameraMove> AllMoves => [.. Enum.GetValues<CameraMove>()];

    [Theory]
    [InlineData(CameraMove.Static, "static")]
    [InlineData(CameraMove.ZoomIn, "zoom-in")]
    [InlineData(CameraMove.ZoomOut, "zoom-out")]
    [InlineData(CameraMove.PanLeft, "pan-left")]
    [InlineData(CameraMove.PanRight, "pan-right")]
    [InlineData(CameraMove.PanUp, "pan-up")]
    [InlineData(CameraMove.PanDown, "pan-down")]
    [InlineData(CameraMove.RotateCw, "rotate-cw")]
    [InlineData(CameraMove.RotateCcw, "rotate-ccw")]
    public void ToWire_EachMove_GivesItsName(CameraMove move, string expected)
    {
        var wire = move.ToWire();

        Assert.Equal(expected, wire);
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void TryParseWire_WireName_RoundTrips(CameraMove move)
    {
        var parsed = CameraMoveExtensions.TryParseWire(move.ToWire(), out var back);

        Assert.True(parsed);
        Assert.Equal(move, back);
    }

    [Theory]
    [InlineData("dolly")]
    [InlineData("ZoomIn")]
    [InlineData("zoom_in")]
    [InlineData("")]
    public void TryParseWire_UnknownName_Refused(string text)
    {
        var parsed = CameraMoveExtensions.TryParseWire(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void WireNames_Always_ListsEveryMoveOnce()
    {
        var names = CameraMoveExtensions.WireNames;

        Assert.Equal(Enum.GetValues<CameraMove>().Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enum.GetValues<CameraMove>().Select(m => m.ToWire()), names);
    }
}
