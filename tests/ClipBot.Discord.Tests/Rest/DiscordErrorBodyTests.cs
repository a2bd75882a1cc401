using System.Text;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Rest;

public sealed class DiscordErrorBodyTests
{
    [Fact]
    public void Parse_NestedFormError_NamesTheFirstFieldPath()
    {
        var body = """
            {"code":50035,"message":"Invalid Form Body","errors":{"components":{"0":{"components":{"0":{"custom_id":
             {"_errors":[{"code":"BASE_TYPE_BAD_LENGTH","message":"Must be between 1 and 100 in length."}]}}}}},
             "content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}
            """;

        var parsed = DiscordErrorBody.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(50035, parsed.Code);
        Assert.Equal("Invalid Form Body", parsed.Message);
        Assert.Equal("components.0.components.0.custom_id", parsed.FieldPath);
        Assert.Equal("BASE_TYPE_BAD_LENGTH: Must be between 1 and 100 in length.", parsed.FieldError);
    }

    [Fact]
    public void Parse_CodeWithoutErrors_NoFieldPath()
    {
        var parsed = DiscordErrorBody.Parse("""{"message":"Unknown interaction","code":10062}"""u8.ToArray());

        Assert.Equal(10062, parsed.Code);
        Assert.Null(parsed.FieldPath);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("")]
    [InlineData("[1,2]")]
    public void Parse_NotDiscordsJson_Nulls(string body)
    {
        var parsed = DiscordErrorBody.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(new DiscordErrorBody(null, null, null, null), parsed);
    }
}
