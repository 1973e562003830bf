namespace Spoke.Emulator.Http;

/// <summary>Per-request values shared by the middleware and the endpoints.</summary>
internal static class HttpContextExtensions
{
    private const string CorrelationIdKey = "spoke.correlationId";
    private const string TokenKey = "spoke.token";

    public static string CorrelationId(this HttpContext context) =>
        context.Items.TryGetValue(CorrelationIdKey, out var id) && id is string text ? text : "";

    public static void SetCorrelationId(this HttpContext context, string id) => context.Items[CorrelationIdKey] = id;

    public static EmulatorToken? Token(this HttpContext context) => context.Items.TryGetValue(TokenKey, out var token) ? token as EmulatorToken : null;

    public static void SetToken(this HttpContext context, EmulatorToken token) => context.Items[TokenKey] = token;
}
