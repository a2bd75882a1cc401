using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(null, nameof(GatewayNext.Resume))]
    [InlineData(1000, nameof(GatewayNext.Resume))]
    [InlineData(1001, nameof(GatewayNext.Resume))]
    [InlineData(1006, nameof(GatewayNext.Resume))]
    [InlineData(4000, nameof(GatewayNext.Resume))]
    [InlineData(4001, nameof(GatewayNext.Resume))]
    [InlineData(4002, nameof(GatewayNext.Resume))]
    [InlineData(4005, nameof(GatewayNext.Resume))]
    [InlineData(4008, nameof(GatewayNext.Resume))]
    [InlineData(4003, nameof(GatewayNext.Identify))]
    [InlineData(4007, nameof(GatewayNext.Identify))]
    [InlineData(4009, nameof(GatewayNext.Identify))]
    [InlineData(4004, nameof(GatewayNext.Stop))]
    [InlineData(4010, nameof(GatewayNext.Stop))]
    [InlineData(4011, nameof(GatewayNext.Stop))]
    [InlineData(4012, nameof(GatewayNext.Stop))]
    [InlineData(4013, nameof(GatewayNext.Stop))]
    [InlineData(4014, nameof(GatewayNext.Stop))]
    public void Next_CloseCode_TheReferencesAction(int? code, string expected)
    {
        var next = GatewayCloseCodes.Next(code);

        Assert.Equal(Enum.Parse<GatewayNext>(expected), next);
    }

    [Fact]
    public void Describe_EveryStopCode_SaysWhatToFix()
    {
        int[] stops = [4004, 4010, 4011, 4012, 4013, 4014];

        var descriptions = stops.Select(GatewayCloseCodes.Describe).ToList();

        Assert.DoesNotContain("unknown close code", descriptions);
        Assert.Equal(stops.Length, descriptions.Distinct().Count());
    }
}
