using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class ParameterCheckTests
{
    public static TheoryData<string, ClipParameters> Invalid => new()
    {
        { "prompt", new ClipParameters { Prompt = "   ", Seed = 1 } },
        { "1000", new ClipParameters { Prompt = new string('a', 1001), Seed = 1 } },
        { "--duration", new ClipParameters { Prompt = "x", Seed = 1, DurationSeconds = 0 } },
        { "--duration", new ClipParameters { Prompt = "x", Seed = 1, DurationSeconds = 11 } },
        { "--motion", new ClipParameters { Prompt = "x", Seed = 1, Motion = -1 } },
        { "--motion", new ClipParameters { Prompt = "x", Seed = 1, Motion = 5 } },
        { "--ar", new ClipParameters { Prompt = "x", Seed = 1, Aspect = (AspectRatio)42 } },
        { "--camera", new ClipParameters { Prompt = "x", Seed = 1, Camera = (CameraMove)42 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Find_InvalidParameter_ReturnsInvalidErrorNamingIt(string named, ClipParameters parameters)
    {
        var error = ParameterCheck.Find(parameters);

        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Invalid, error.Kind);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ValidParameters_ReturnsNull()
    {
        var error = ParameterCheck.Find(new ClipParameters { Prompt = "x", Seed = 1, Motion = 0, DurationSeconds = 10 });

        Assert.Null(error);
    }
}
