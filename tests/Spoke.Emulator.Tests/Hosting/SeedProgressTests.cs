using Microsoft.Extensions.Time.Testing;
using Spoke.Emulator.CommandLine;

namespace Spoke.Emulator.Tests.Hosting;

/// <summary>Seeding a large account tells how far it has come: to the options' progress, and on the command line with an estimate.</summary>
public sealed class SeedProgressTests
{
    [Fact]
    public async Task Seeding_reports_every_thousand_records_of_each_type_and_when_the_type_is_done()
    {
        var reports = new List<EmulatorSeedProgress>();
        var options = new HubSpotEmulatorOptions { SeedProgress = new Recorder(reports) };
        options.Seed["contacts"] = 2_500;
        options.Seed["companies"] = 10;

        await using var hub = await HubSpotEmulator.StartAsync(options);

        Assert.Equal(
            [new("companies", 10, 10), new("contacts", 1_000, 2_500), new("contacts", 2_000, 2_500), new("contacts", 2_500, 2_500)],
            reports.OrderBy(report => report.ObjectType, StringComparer.Ordinal).ThenBy(report => report.Created));
    }

    [Fact]
    public void The_command_line_prints_a_line_a_second_with_the_time_left_and_a_line_when_a_type_is_done()
    {
        var clock = new FakeTimeProvider();
        using var error = new StringWriter();
        var writer = new SeedProgressWriter(error, clock);

        writer.Report(new EmulatorSeedProgress("contacts", 1_000, 10_000));
        clock.Advance(TimeSpan.FromSeconds(2));
        writer.Report(new EmulatorSeedProgress("contacts", 2_000, 10_000));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        writer.Report(new EmulatorSeedProgress("contacts", 3_000, 10_000));
        clock.Advance(TimeSpan.FromSeconds(8));
        writer.Report(new EmulatorSeedProgress("contacts", 10_000, 10_000));

        Assert.Equal(
            ["Seeding contacts: 2,000 of 10,000 (20%), about 8 s left", "Seeded 10,000 contacts in 10.1 s"],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class Recorder(List<EmulatorSeedProgress> reports) : IProgress<EmulatorSeedProgress>
    {
        public void Report(EmulatorSeedProgress value) => reports.Add(value);
    }
}
