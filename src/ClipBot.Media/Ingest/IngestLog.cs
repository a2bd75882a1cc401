using ClipBot.Media.Arguments;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Ingest;

/// <summary>Log lines of ingest (event ids 3200–3249) and delivery (3250–3299); names stable for dashboards.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(EventId = 3200, EventName = "TakeIngested", Level = LogLevel.Information,
        Message = "Ingested take {TakeId}: {Width}x{Height} at {Fps} fps, {Frames} frames, {Bytes} bytes, preview {PreviewFormat}, delivery {DeliveryBytes} bytes, {ElapsedMs} ms")]
    public static partial void TakeIngested(
        this ILogger logger, string takeId, int width, int height, int fps, int frames, long bytes, PreviewFormat previewFormat, long? deliveryBytes, long elapsedMs);

    [LoggerMessage(EventId = 3201, EventName = "IngestPreviewSteppedDown", Level = LogLevel.Information,
        Message = "Preview of take {TakeId} was {Bytes} bytes, over the limit; rendering it again at {LongSide} px and {Fps} fps")]
    public static partial void PreviewSteppedDown(this ILogger logger, string takeId, long bytes, int longSide, int fps);

    [LoggerMessage(EventId = 3202, EventName = "IngestPreviewDropped", Level = LogLevel.Warning,
        Message = "Preview of take {TakeId} stayed over {LimitBytes} bytes at the smallest size; the take has no preview")]
    public static partial void PreviewDropped(this ILogger logger, string takeId, long limitBytes);

    [LoggerMessage(EventId = 3203, EventName = "IngestPreviewFormat", Level = LogLevel.Information,
        Message = "Animated previews are {PreviewFormat} (libwebp_anim available: {WebPAvailable})")]
    public static partial void PreviewFormatChosen(this ILogger logger, PreviewFormat previewFormat, bool webPAvailable);

    [LoggerMessage(EventId = 3250, EventName = "DeliveryFitted", Level = LogLevel.Information,
        Message = "Fitted {Source} under {CapBytes} bytes: {Bytes} bytes at {VideoKbps} kbit/s video, {ShortSide}p, audio {AudioKbps} kbit/s, {ElapsedMs} ms")]
    public static partial void DeliveryFitted(
        this ILogger logger, string source, long capBytes, long bytes, long videoKbps, int shortSide, long audioKbps, long elapsedMs);

    [LoggerMessage(EventId = 3251, EventName = "DeliveryRefused", Level = LogLevel.Information,
        Message = "Delivery of {Source} under {CapBytes} bytes refused: {Reason}")]
    public static partial void DeliveryRefused(this ILogger logger, string source, long capBytes, string reason);

    [LoggerMessage(EventId = 3252, EventName = "DeliveryOverCap", Level = LogLevel.Warning,
        Message = "Delivery of {Source} came out at {Bytes} bytes, over the {CapBytes} byte cap; encoding once more at {VideoKbps} kbit/s")]
    public static partial void DeliveryOverCap(this ILogger logger, string source, long bytes, long capBytes, long videoKbps);
}
