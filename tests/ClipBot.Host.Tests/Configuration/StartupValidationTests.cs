using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>A bad setting stops the start with a message that names the key.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Web:Port", "70000", "Web:Port")]
    [InlineData("Web:BindAddress", "everywhere", "Web:BindAddress")]
    [InlineData("Web:BindAddress", "0.0.0.0", "Web:AdminToken")]
    [InlineData("Roles:Run", "web,painter", "Roles:Run")]
    [InlineData("Store:Mode", "Redis", "Store:ConnectionString")]
    [InlineData("Workers:Concurrency", "0", "Concurrency")]
    [InlineData("Workers:Concurrency", "many", "Workers:Concurrency")]
    public void Start_BadSetting_FailsNamingKey(string key, string value, string named)
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(named, AllMessages(failure), StringComparison.Ordinal);
    }

    private static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(AllMessages));
            }
        }

        return string.Join(" | ", messages);
    }
}
