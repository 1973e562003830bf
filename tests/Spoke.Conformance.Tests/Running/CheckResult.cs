namespace Spoke.Conformance.Tests.Running;

/// <summary>One line of the Node runner's output: a check, the HubSpot documentation it cites, and how it went.</summary>
/// <param name="Id">The check id, <c>area.name</c>.</param>
/// <param name="Area">The API area (objects, batch, search, …).</param>
/// <param name="Source">The section of <c>hubspot-api.md</c> (or other HubSpot source) the check comes from.</param>
/// <param name="Passed">Whether the server behaved as documented.</param>
/// <param name="Detail">Why it failed; empty when it passed.</param>
internal sealed record CheckResult(string Id, string Area, string Source, bool Passed, string Detail);
