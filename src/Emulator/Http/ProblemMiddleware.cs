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
            await SendAsync(context, problem, correlationId).ConfigureAwait(false);
        }
        catch (BadHttpRequestException refused) when (!context.Response.HasStarted)
        {
            // Kestrel refused the body itself: larger than its limit, arriving too slowly, badly chunked or cut off.
            var category = refused.StatusCode == StatusCodes.Status408RequestTimeout ? ErrorCategories.Timeout : ErrorCategories.Validation;
            await SendAsync(context, new ApiProblem(refused.StatusCode, category, $"The request body was refused: {refused.Message}"), correlationId).ConfigureAwait(false);
        }
        catch (IOException unreadable) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // Kestrel reports some malformed bodies (a chunk size that overflows) this way rather than as a bad request.
            await SendAsync(context, ApiProblem.Validation($"The request body could not be read: {unreadable.Message}"), correlationId).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await SendAsync(context, new ApiProblem(500, ErrorCategories.InternalError, "The emulator failed to handle this request: " + exception.Message), correlationId)
                .ConfigureAwait(false);
        }
    }

    private static Task SendAsync(HttpContext context, ApiProblem problem, string correlationId) =>
        JsonResponse.SendAsync(context, problem.Status, w => ErrorBodyWriter.WriteProblem(w, problem, correlationId), context.RequestAborted);
}
