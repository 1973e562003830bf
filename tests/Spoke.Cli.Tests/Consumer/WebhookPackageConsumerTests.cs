using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// A web app that adds only Spoke.AspNetCore still gets the account's generated types: the package depends on Spoke
/// with its build files and generator, which NuGet would otherwise leave out of a dependency.
/// </summary>
public sealed class WebhookPackageConsumerTests
{
    private const string WebhookProgram = """
        using Spoke.AspNetCore.Webhooks;
        using Hooks.HubSpot;

        var query = Ticket.Where(t => t.Subject.ContainsToken("printer"));
        var options = new HubSpotWebhookOptions();
        Console.WriteLine($"{Ticket.ObjectType.Name} {options.MaxBodyBytes} {query.Request.ToJson()}");
        """;

    [Fact]
    public async Task A_project_with_only_Spoke_AspNetCore_generates_its_accounts_types()
    {
        var package = await PackedSpoke.GetAsync();
        var app = new ConsumerProject(package, "Hooks", WebhookProgram, packageId: "Spoke.AspNetCore");
        File.Copy(Path.Combine(RepositoryPaths.SchemaSnapshots, "tickets.json"), Path.Combine(app.SnapshotDirectory, "tickets.json"));
        var environment = new Dictionary<string, string?>();

        var build = await app.BuildAsync(environment);
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await app.RunAsync(environment);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("tickets ", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"propertyName\":\"subject\"", run.Output, StringComparison.Ordinal);
    }
}
