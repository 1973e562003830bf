using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// The layout docs/generator.md recommends for large accounts: the snapshots live in a class library, and the app that
/// references it uses the generated types without generating or compiling them again on each of its builds.
/// </summary>
public sealed class ModelLibraryConsumerTests
{
    private const string AppProgram = """
        using CrmModel.HubSpot;

        var query = Ticket.Where(t => t.Subject.ContainsToken("printer")).Select(t => [t.Subject, t.TicketPriority]);
        Console.WriteLine($"{Ticket.Properties.Subject}: {query.Request.ToJson()}");
        """;

    [Fact]
    public async Task An_app_uses_the_types_of_a_model_library_and_its_own_rebuild_leaves_the_library_uncompiled()
    {
        var package = await PackedSpoke.GetAsync();
        var model = new ConsumerProject(package, "CrmModel", "namespace CrmModel;\n", outputType: "Library");
        File.Copy(Path.Combine(RepositoryPaths.SchemaSnapshots, "tickets.json"), Path.Combine(model.SnapshotDirectory, "tickets.json"));
        var app = new ConsumerProject(package, "CrmApp", AppProgram, reference: model, packageId: null);
        var environment = new Dictionary<string, string?>();

        var first = await app.BuildAsync(environment);
        Assert.True(first.ExitCode == 0, first.Output);
        var modelCompiledAt = File.GetLastWriteTimeUtc(model.IntermediateAssemblyPath);
        var appCompiledAt = File.GetLastWriteTimeUtc(app.IntermediateAssemblyPath);

        File.AppendAllText(app.SourcePath, "Console.WriteLine(Ticket.ObjectType.Name);\n");
        var second = await app.BuildAsync(environment);
        Assert.True(second.ExitCode == 0, second.Output);
        var run = await app.RunAsync(environment);

        Assert.Equal(modelCompiledAt, File.GetLastWriteTimeUtc(model.IntermediateAssemblyPath));
        Assert.NotEqual(appCompiledAt, File.GetLastWriteTimeUtc(app.IntermediateAssemblyPath));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("subject: {", run.Output, StringComparison.Ordinal);
        Assert.Contains("tickets", run.Output, StringComparison.Ordinal);
    }
}
