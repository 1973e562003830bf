using System.Net;
using Spoke.Emulator.Persistence;
using Spoke.Emulator.Tests.Infrastructure;

namespace Spoke.Emulator.Tests.Persistence;

/// <summary>
/// The data file's journal, read back in process: the files a crash would leave (copied while the emulator still runs,
/// with no shutdown) hold every acknowledged write, a record torn at any byte costs only that record, and damage is
/// reported, never loaded as a half account.
/// </summary>
public sealed class JournalRecoveryTests
{
    /// <summary>Longer than the journal's sync interval, as "acknowledged more than a second ago" means.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_kind_of_acknowledged_write_is_in_the_files_without_a_shutdown(bool compactAfterEveryFewWrites)
    {
        using var folder = new TemporaryFolder();
        await using var hub = await StartAsync(folder.DataFile, compactAfterEveryFewWrites ? 1 : null);

        await AccountActivity.RunAsync(new HubSpotHttp(hub));
        var expected = AccountDump.Of(hub);
        await Task.Delay(Settle);
        if (compactAfterEveryFewWrites)
        {
            // A snapshot waits for a second's pause in the writes, and a loaded machine can take longer than the settling
            // time to write it: the test means to recover across one, so it waits for it rather than copy the files before.
            await SnapshotTakenAsync(folder.DataFile);
        }

        using var crashed = folder.CopyFiles();
        await using var recovered = await StartAsync(crashed.DataFile);

        Assert.Equal(expected, AccountDump.Of(recovered));
        if (compactAfterEveryFewWrites)
        {
            var segments = JournalSegments.List(folder.DataFile);
            Assert.True(segments.Count <= 2, $"Compaction left {segments.Count} journal segments behind.");
        }
    }

    [Fact]
    public async Task Writes_racing_the_snapshots_taken_meanwhile_are_all_recovered()
    {
        using var folder = new TemporaryFolder();
        await using var hub = await StartAsync(folder.DataFile, compactionBytes: 1);
        var http = new HubSpotHttp(hub);
        var company = await http.CreateAsync("companies", """{"name":"Raced"}""");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; round < 30; round++)
            {
                var id = await http.CreateContactAsync(Unique.Email($"race{writer}-"), $"\"jobtitle\":\"{new string('x', 2_000)}\"");
                await http.PatchAsync($"/crm/v3/objects/contacts/{id}", $$$"""{"properties":{"firstname":"Round {{{round}}}","jobtitle":""}}""");
                await http.PutAsync($"/crm/v4/objects/contacts/{id}/associations/default/companies/{company}");
                if (round % 3 == 0)
                {
                    await http.DeleteAsync($"/crm/v4/objects/contacts/{id}/associations/companies/{company}");
                    await http.DeleteAsync($"/crm/v3/objects/contacts/{id}");
                }
            }
        })));
        var expected = AccountDump.Of(hub);
        await Task.Delay(Settle);
        using var crashed = folder.CopyFiles();
        await using var recovered = await StartAsync(crashed.DataFile);

        Assert.True(JournalSegments.List(folder.DataFile)[^1].Number >= 3, "The writes did not race any snapshot.");
        Assert.Equal(expected, AccountDump.Of(recovered));
    }

    [Fact]
    public async Task A_record_torn_or_damaged_at_any_byte_loses_only_that_write()
    {
        using var folder = new TemporaryFolder();
        await using var hub = await StartAsync(folder.DataFile);
        var http = new HubSpotHttp(hub);
        await AccountActivity.RunAsync(http);
        var before = AccountDump.Of(hub);
        await http.CreateContactAsync("last@example.com");
        var after = AccountDump.Of(hub);
        await Task.Delay(Settle);

        var segment = JournalSegments.List(folder.DataFile)[^1].Path;
        var whole = await File.ReadAllBytesAsync(segment);
        var lastRecord = JournalFraming.HeaderLength + JournalFraming.ReadPayloads(whole).Payloads[^1].Length;
        var cuts = new[] { 1, 3, JournalFraming.HeaderLength - 1, JournalFraming.HeaderLength, JournalFraming.HeaderLength + 1, lastRecord / 2, lastRecord - 1 };
        var variants = cuts.Select(cut => ($"cut {cut} bytes short", whole[..^cut], before))
            .Append(("a flipped byte in the last record", Flipped(whole, whole.Length - (lastRecord / 3)), before))
            .Append(("a flipped byte in the last record's length", Flipped(whole, whole.Length - lastRecord), before))
            .Append(("zeros after the last record", [.. whole, .. new byte[4096]], after))
            .Append(("garbage after the last record", [.. whole, .. "\u0007garbage"u8], after));

        foreach (var (damage, bytes, expected) in variants)
        {
            using var crashed = folder.CopyFiles();
            await File.WriteAllBytesAsync(Path.Combine(crashed.Path, Path.GetFileName(segment)), bytes);

            await using var recovered = await StartAsync(crashed.DataFile);

            Assert.True(expected == AccountDump.Of(recovered), $"After {damage}, the recovered account differs.");
            Assert.Equal(HttpStatusCode.Created, (await new HubSpotHttp(recovered).PostAsync("/crm/v3/objects/contacts", """{"properties":{"firstname":"Next"}}""")).Status);
        }
    }

    [Fact]
    public async Task A_recovered_account_keeps_writing_and_recovers_again()
    {
        using var folder = new TemporaryFolder();
        string expected;
        await using (var hub = await StartAsync(folder.DataFile))
        {
            await AccountActivity.RunAsync(new HubSpotHttp(hub));
            await Task.Delay(Settle);
        }

        using var crashed = folder.CopyFiles();
        await using (var recovered = await StartAsync(crashed.DataFile))
        {
            await new HubSpotHttp(recovered).CreateContactAsync("after-recovery@example.com");
            expected = AccountDump.Of(recovered);
            await Task.Delay(Settle);
            using var crashedAgain = crashed.CopyFiles();
            await using var again = await StartAsync(crashedAgain.DataFile);

            Assert.Equal(expected, AccountDump.Of(again));
        }
    }

    [Fact]
    public async Task Journal_files_without_their_data_file_are_refused_with_what_to_do()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllBytesAsync(JournalSegments.PathOf(folder.DataFile, 3), [1, 2, 3]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StartAsync(folder.DataFile));

        Assert.Contains("delete the .journal files", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\":1}")]
    [InlineData("{\"version\":1,\"lastId\":1,\"createdProperties\":{},\"records\":{\"0-1\":[{\"id\":\"x\"}]},\"associations\":[]}")]
    [InlineData("{\"version\":\"1\"}")]
    [InlineData("[]")]
    public async Task A_damaged_data_file_is_refused_with_what_to_do(string content)
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.DataFile, content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StartAsync(folder.DataFile));

        Assert.Contains("Delete it", error.Message, StringComparison.Ordinal);
    }

    private static async Task SnapshotTakenAsync(string dataFile)
    {
        for (var waited = TimeSpan.Zero; JournalSegments.List(dataFile)[^1].Number < 2; waited += TimeSpan.FromMilliseconds(100))
        {
            Assert.True(waited < TimeSpan.FromSeconds(30), "No snapshot was taken after the writes; the test means to recover across one.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static Task<HubSpotEmulator> StartAsync(string dataFile, long? compactionBytes = null)
    {
        var options = new HubSpotEmulatorOptions { DataFile = dataFile };
        options.RateLimits.Enabled = false;
        if (compactionBytes is { } bytes)
        {
            options.JournalCompactionBytes = bytes;
        }

        return HubSpotEmulator.StartAsync(options);
    }

    private static byte[] Flipped(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x5A;
        return copy;
    }
}
