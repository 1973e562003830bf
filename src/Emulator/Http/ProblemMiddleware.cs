using Spoke.Emulator.Json;

namespace Spoke.Emulator.Http;

/// <summary>
/// Outermost middleware: gives every response its <c>x-hubspot-correlation-id</c> and turns an <see cref="ApiProblem"/>
/// (or an unexpected failure) into HubSpot's error body with the same id.
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    public const string CorrelationHeader = "x-hubspot-correlation-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Guid.NewGuid().ToString();
        context.SetCorrelationId(correlationId);
        context.Response.Headers[CorrelationHeader] = correlationId;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiProblem problem) when (!context.Response.HasStarted)
        {
            await JsonResponse.SendAsync(context, problem.Status, w => ErrorBodyWriter.WriteProblem(w, problem, correlationId), context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            var problem = new ApiProblem(500, ErrorCategories.InternalError, "The emulator failed to handle this request: " + exception.Message);
            await JsonResponse.SendAsync(context, 500, w => ErrorBodyWriter.WriteProblem(w, problem, correlationId), context.RequestAborted)
                .ConfigureAwait(false);
        }
    }
}
