using System.Net;
using System.Text;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>F-D9's three 429s, read as seconds.</summary>
public sealed class TooManyRequestsTests
{
    [Fact]
    public void Read_RouteLimit_BodyRetryAfterInSeconds()
    {
        using var response = Response(
            ("Retry-After", "65"), ("X-RateLimit-Limit", "10"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1470173023.123"),
            ("X-RateLimit-Reset-After", "64.57"), ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Scope", "user"));
        var headers = RateLimitHeaders.Read(response.Headers);

        var tooMany = TooManyRequests.Read(headers, Body("""{"message":"You are being rate limited.","retry_after":64.57,"global":false}"""));

        Assert.Equal(new RateLimitHeaders("abcd1234", 10, 0, TimeSpan.FromSeconds(64.57), TimeSpan.FromSeconds(65), false, "user"), headers);
        Assert.Equal(new TooManyRequests(TimeSpan.FromSeconds(64.57), Global: false, Shared: false), tooMany);
    }

    [Fact]
    public void Read_Global_GlobalFromHeaderAndBody()
    {
        using var response = Response(("Retry-After", "65"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));

        var tooMany = TooManyRequests.Read(
            RateLimitHeaders.Read(response.Headers), Body("""{"message":"You are being rate limited.","retry_after":64.57,"global":true}"""));

        Assert.Equal(new TooManyRequests(TimeSpan.FromSeconds(64.57), Global: true, Shared: false), tooMany);
    }

    [Fact]
    public void Read_SharedScope_MarkedShared()
    {
        using var response = Response(("Retry-After", "1337"), ("X-RateLimit-Scope", "shared"));

        var tooMany = TooManyRequests.Read(RateLimitHeaders.Read(response.Headers), Body("""{"retry_after":1336.57,"global":false}"""));

        Assert.True(tooMany.Shared);
        Assert.Equal(TimeSpan.FromSeconds(1336.57), tooMany.RetryAfter);
    }

    [Fact]
    public void Read_HtmlBody_RetryAfterHeaderInSeconds()
    {
        using var response = Response(("Retry-After", "3"));

        var tooMany = TooManyRequests.Read(RateLimitHeaders.Read(response.Headers), Body("<html>Too many</html>"));

        Assert.Equal(TimeSpan.FromSeconds(3), tooMany.RetryAfter);
    }

    private static ReadOnlyMemory<byte> Body(string text) => Encoding.UTF8.GetBytes(text);

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
