namespace Spoke;

/// <summary>The error of a member that a test double, created with a protected parameterless constructor, does not override.</summary>
internal static class MockingErrors
{
    public static InvalidOperationException NotOverridden(object testDouble, string? member = null) => new(
        $"This {testDouble.GetType().Name} was created for mocking, with the protected parameterless constructor, and does not override "
        + $"{member ?? "the member that was called"}. Override it in the test double, or use a client created with an access token or HubSpotClientOptions.");
}
