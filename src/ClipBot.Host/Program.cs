using ClipBot.Core;
using ClipBot.Discord;
using ClipBot.Host;
using ClipBot.Host.Configuration;
using ClipBot.Host.Studio;
using ClipBot.Host.Workers;
using ClipBot.Media;
using ClipBot.Redis;

var builder = WebApplication.CreateBuilder(args).AddClipBotConfiguration(args);
builder.Services
    .AddClipBotCore(builder.Configuration)
    .AddClipBotRedis(builder.Configuration)
    .AddClipBotMedia(builder.Configuration)
    .AddClipBotDiscord(builder.Configuration)
    .AddClipBotRoles(builder.Configuration);
builder.AddClipBotStudio();

var app = builder.Build();
app.MapClipBotStudio();
app.MapClipBotDiscord();
return await app.RunClipBotAsync(args);

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
