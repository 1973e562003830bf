namespace Spoke.Cli.Tests.Consumer;

/// <summary>A fresh project whose snapshot is broken gets Spoke's diagnostic, never a generator crash.</summary>
public sealed class BrokenSnapshotConsumerTests
{
    [Fact]
    public async Task Fresh_project_with_a_broken_snapshot_fails_with_a_spoke_diagnostic_naming_the_file()
    {
        var consumer = new ConsumerProject(await PackedSpoke.GetAsync(), "Broken", "Console.WriteLine(\"unreachable\");");
        File.WriteAllText(Path.Combine(consumer.SnapshotDirectory, "contacts.json"), "{\"results\": [ {\"name\": \"email\", ");

        var build = await consumer.BuildAsync(new Dictionary<string, string?>());

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"contacts\.json.*error SPOKE0\d\d", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
    }
}
