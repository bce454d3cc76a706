using System.Threading.RateLimiting;
using Jixiao.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Common;

/// <summary>
/// Uploads are read a few at a time (issue 13, item 3). Each is bounded (2 MiB, and the readers' budgets per file),
/// but a reader may still hold a few hundred MB while it spells a document out: sixteen at once took the server to
/// 2.4 GB. Every multipart request (an import, a workbook, an actuals file) takes one of
/// <see cref="AtOnce"/> places; the next <see cref="Queued"/> wait for one in arrival order, and any beyond are answered
/// 503 with Retry-After at once rather than buffered. Other requests are not limited.
/// </summary>
public static class UploadLimiter
{
    public const int AtOnce = 2;

    public const int Queued = 32;

    public static IServiceCollection AddUploadLimiter(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.HasFormContentType && context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                ? RateLimitPartition.GetConcurrencyLimiter("uploads", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = AtOnce, QueueLimit = Queued, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("other"));
        o.OnRejected = async (rejected, cancellationToken) =>
        {
            rejected.HttpContext.Response.Headers.RetryAfter = "10";
            await ApiProblems.Busy().ExecuteAsync(rejected.HttpContext);
        };
    });
}
