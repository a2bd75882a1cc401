namespace ClipBot.Redis.Tests;

public sealed class StoreOptionsValidatorTests
{
    private readonly StoreOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var options = new StoreOptions();

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Equal(StoreMode.Embedded, options.Mode);
        Assert.Equal(0, options.EmbeddedPort);
        Assert.Equal("64m", options.EmbeddedMemory);
        Assert.Equal("16m", options.EmbeddedIndex);
        Assert.Equal("clipbot:", options.KeyPrefix);
    }

    [Fact]
    public void Validate_RedisModeWithoutConnectionString_NamesTheKey()
    {
        var options = new StoreOptions { Mode = StoreMode.Redis };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Store:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RedisModeWithConnectionString_Succeeds()
    {
        var options = new StoreOptions { Mode = StoreMode.Redis, ConnectionString = "redis.internal:6379,password=secret,ssl=true" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UnparseableConnectionString_NamesTheKeyWithoutThePassword()
    {
        var options = new StoreOptions { Mode = StoreMode.Redis, ConnectionString = "127.0.0.1:6379,password=hunter2,connectTimeout=soon" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Store:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmbeddedModeWithoutConnectionString_Succeeds()
    {
        var options = new StoreOptions { Mode = StoreMode.Embedded, ConnectionString = null };

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Validate_PortOutOfRange_NamesTheKey(int port)
    {
        var options = new StoreOptions { EmbeddedPort = port };

        var result = _validator.Validate(null, options);

        Assert.Contains("Store:EmbeddedPort", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("64 m")]
    [InlineData("0")]
    public void Validate_BadMemorySize_NamesTheKey(string size)
    {
        var options = new StoreOptions { EmbeddedMemory = size, EmbeddedIndex = size };

        var result = _validator.Validate(null, options);

        Assert.Contains("Store:EmbeddedMemory", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Store:EmbeddedIndex", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("512k")]
    [InlineData("1g")]
    [InlineData("256M")]
    [InlineData("1048576")]
    public void Validate_GoodMemorySize_Succeeds(string size)
    {
        var options = new StoreOptions { EmbeddedMemory = size };

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("clip bot:")]
    [InlineData("{clipbot}:")]
    public void Validate_BadKeyPrefix_NamesTheKey(string prefix)
    {
        var options = new StoreOptions { KeyPrefix = prefix };

        var result = _validator.Validate(null, options);

        Assert.Contains("Store:KeyPrefix", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedMode_NamesTheKey()
    {
        var options = new StoreOptions { Mode = (StoreMode)7 };

        var result = _validator.Validate(null, options);

        Assert.Contains("Store:Mode", result.FailureMessage, StringComparison.Ordinal);
    }
}
