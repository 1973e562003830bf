using System.Collections.Immutable;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Mapping;
using Spoke.Generator.Model;
using Spoke.Generator.Reading;
using Spoke.Generator.Tests.Fixtures;

namespace Spoke.Generator.Tests.Incremental;

/// <summary>
/// Every stage of the pipeline stops when the compiler cancels (the user typed again), instead of finishing the work or turning
/// the cancellation into a diagnostic.
/// </summary>
public sealed class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    private static readonly SnapshotFile Contacts = new("/project/schema-snapshots/contacts.json", SnapshotFiles.ShippedFile("contacts.json"));

    [Fact]
    public void Reading_a_snapshot_stops()
    {
        Assert.Throws<OperationCanceledException>(() => SnapshotReader.Read(Contacts, Cancelled));
    }

    [Fact]
    public void Reading_the_overrides_stops()
    {
        var overrides = new SnapshotFile("/project/spoke.json", """{"objects": {"contacts": {"typeName": "Person"}}}""");

        Assert.Throws<OperationCanceledException>(() => OverridesReader.Read(overrides, Cancelled));
    }

    [Fact]
    public void Building_the_account_model_stops()
    {
        var objects = Read().Objects.Select(schema => new ObjectInputSpec(schema, ObjectOverrideSpec.None(schema.ObjectName))).ToImmutableArray();

        Assert.Throws<OperationCanceledException>(() => AccountModelBuilder.Build(objects, [], new GeneratorOptionsSpec("Tests.HubSpot", null), Cancelled));
    }

    [Fact]
    public void Collecting_a_snapshots_diagnostics_stops()
    {
        var read = Read();
        var objects = read.Objects.Select(schema => new ObjectInputSpec(schema, ObjectOverrideSpec.None(schema.ObjectName))).ToImmutableArray();
        var account = AccountModelBuilder.Build(objects, [], new GeneratorOptionsSpec("Tests.HubSpot", null), CancellationToken.None);
        Assert.NotEmpty(account.Issues);

        Assert.Throws<OperationCanceledException>(() => DiagnosticsCollector.Collect(read, account, Cancelled));
    }

    [Fact]
    public void Checking_the_overrides_stops()
    {
        var overrides = OverridesReader.Read(new SnapshotFile("/project/spoke.json", """{"objects": {"contacts": {"typeName": "Person"}}}"""), CancellationToken.None);

        Assert.Throws<OperationCanceledException>(() => OverridesChecker.Check(overrides, [Read()], Cancelled));
    }

    private static SnapshotReadResult Read() => SnapshotReader.Read(Contacts, CancellationToken.None);
}
