using Spoke.Generator.Tests.Fixtures;
using Spoke.Generator.Tests.Harness;

namespace Spoke.Generator.Tests.Baselines;

/// <summary>
/// The generated source, line by line, for inputs small enough to review: a fixture with every HubSpot type, the shipped
/// tickets snapshots (properties and pipelines), the shipped <c>shipment</c> custom object, and the shipped deal pipelines. See docs/testing.md to accept a change.
/// </summary>
public sealed class GeneratedSourceBaselines
{
    [Fact]
    public void Products_fixture_with_every_property_type()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("products.json", SnapshotFiles.Products)));

        SnapshotAssert.MatchesBaselines(run);
    }

    [Fact]
    public void Shipped_tickets()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("tickets.json", SnapshotFiles.ShippedFile("tickets.json")),
            ("tickets.pipelines.json", SnapshotFiles.ShippedFile("tickets.pipelines.json"))));

        SnapshotAssert.MatchesBaselines(run);
    }

    [Fact]
    public void Shipped_shipment_custom_object()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(("schemas.json", SnapshotFiles.ShippedFile("schemas.json"))));

        SnapshotAssert.MatchesBaselines(run);
    }

    [Fact]
    public void Shipped_deal_pipelines()
    {
        var run = GeneratorHarness.Run(GeneratorInput.ForSnapshots(
            ("deals.json", PipelinesJson.DealsProperties),
            ("deals.pipelines.json", SnapshotFiles.ShippedFile("deals.pipelines.json"))));

        SnapshotAssert.MatchesBaselines(run);
    }
}
