namespace Spoke.Conformance.Tests.Running;

/// <summary>A check as <c>node run.js --list</c> names it, before it runs.</summary>
/// <param name="Id">The check id, <c>area.name</c>.</param>
/// <param name="Area">The API area (objects, batch, search, …).</param>
/// <param name="Source">The section of <c>hubspot-api.md</c> (or other HubSpot source) the check comes from.</param>
internal sealed record CheckDescriptor(string Id, string Area, string Source);
