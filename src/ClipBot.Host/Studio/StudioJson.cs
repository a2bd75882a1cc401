namespace ClipBot.Host.Studio;

/// <summary>Reads the JSON body of a Studio API call; null when it is not JSON or not the expected shape.</summary>
internal static class StudioJson
{
    public static async Task<T?> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
