using ClipBot.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClipBot.Host.Tests.Browser;

/// <summary>
/// The real host served by Kestrel on loopback, and Debian's Chromium (the <c>chromium</c> package) headless
/// to open it: Playwright's own browser download does not work here.
/// </summary>
/// <param name="settings">Settings over ClipBot's own, as <see cref="StudioFactory"/> takes them.</param>
public sealed class StudioInChromium(IDictionary<string, string?>? settings = null) : IAsyncDisposable, IDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StudioFactory Factory { get; } = new(settings);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Start the host and the browser first.");

    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        Factory.UseKestrel();
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without these, Chromium keeps trying to reach Google's hosts, which this sandbox refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    public void Dispose() => Factory.Dispose();
}
