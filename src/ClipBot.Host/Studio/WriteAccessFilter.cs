using System.Security.Cryptography;
using System.Text;
using ClipBot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Studio;

/// <summary>
/// On loopback the Studio is the operator's own channel. Beyond loopback, write actions (and the reels'
/// exports, which name every voter) need the admin token as a bearer token; other reads stay open, as the
/// Studio doubles as the public gallery. Either way the writer acts as an admin.
/// </summary>
internal sealed class WriteAccessFilter(IOptions<WebOptions> options) : IEndpointFilter
{
    private const string AdminItem = "clipbot.admin";

    public static bool IsAdmin(HttpContext http) => http.Items.ContainsKey(AdminItem);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var web = options.Value;
        var http = context.HttpContext;
        // On loopback everyone at the page is the operator, so they act as admins (no quota, may cancel any take).
        if (web.IsLoopback || HasToken(http, web.AdminToken))
        {
            http.Items[AdminItem] = true;
        }
        else
        {
            return Results.Json(new ErrorResponse("This Studio needs the admin token for that: send it as 'Authorization: Bearer <token>'."), statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    private static bool HasToken(HttpContext http, string? expected)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(expected) || !header.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(expected));
    }
}
