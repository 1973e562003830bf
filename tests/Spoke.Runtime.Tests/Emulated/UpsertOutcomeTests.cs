using Spoke.Batch;
using Spoke.Emulator;
using Spoke.Runtime.Tests.HubSpot;
using Spoke.Runtime.Tests.Transport.Fakes;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>
/// An upsert never claims "updated" when this call may have created the record: over a real socket, the first attempt's
/// answer is lost after the emulator applied it, and the retry finds the record the first attempt created.
/// </summary>
public sealed class UpsertOutcomeTests
{
    [Fact]
    public async Task An_upsert_whose_creating_attempt_lost_its_answer_does_not_claim_it_updated()
    {
        await using var emulator = await HubSpotEmulator.StartAsync(Options(out var token));
        using var client = Client(emulator, token, lostUpserts: 1);

        var result = await client.UpsertAsync("email", new ContactInput { Email = "lost@example.com", FirstName = "Lost" });

        Assert.Equal("lost@example.com", result.Record.Email);
        Assert.Equal(UpsertOutcome.CreatedOrUpdated, result.Outcome);
    }

    [Fact]
    public async Task Upserts_without_lost_answers_say_created_then_updated()
    {
        await using var emulator = await HubSpotEmulator.StartAsync(Options(out var token));
        using var client = Client(emulator, token, lostUpserts: 0);

        var first = await client.UpsertAsync("email", new ContactInput { Email = "plain@example.com", FirstName = "One" });
        var second = await client.UpsertAsync("email", new ContactInput { Email = "plain@example.com", FirstName = "Two" });

        Assert.Equal((UpsertOutcome.Created, UpsertOutcome.Updated), (first.Outcome, second.Outcome));
        Assert.Equal("Two", second.Record.FirstName);
    }

    [Fact]
    public async Task A_batch_upsert_retried_after_a_lost_answer_marks_the_records_that_may_be_its_own_and_keeps_certain_creates()
    {
        await using var emulator = await HubSpotEmulator.StartAsync(Options(out var token));
        using (var setup = Client(emulator, token, lostUpserts: 0))
        {
            await setup.UpsertAsync("email", new ContactInput { Email = "existing@example.com" });
        }

        using var client = Client(emulator, token, lostUpserts: 1);
        ContactInput[] inputs = [new() { Email = "existing@example.com" }, new() { Email = "fresh@example.com" }];

        var results = await client.BatchUpsertAsync("email", inputs);

        // The lost first attempt applied both; the retry sees both as existing, and cannot tell which one it created.
        Assert.All(results, result => Assert.Equal(UpsertOutcome.CreatedOrUpdated, result.UpsertOutcome));
        Assert.Equal(["existing@example.com", "fresh@example.com"], results.Select(result => result.Record!.Email));
    }

    private static HubSpotEmulatorOptions Options(out string token)
    {
        token = TestClients.NewToken();
        var options = new HubSpotEmulatorOptions();
        options.Tokens.Add(new EmulatorToken(token));
        return options;
    }

    private static HubSpotClient Client(HubSpotEmulator emulator, string token, int lostUpserts)
    {
        var handler = new LoseResponsesHandler(new SocketsHttpHandler(), request => request.RequestUri!.AbsolutePath.EndsWith("/batch/upsert", StringComparison.Ordinal), lostUpserts);
        var options = new HubSpotClientOptions { AccessToken = token, BaseAddress = emulator.BaseAddress };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        return new HubSpotClient(new HttpClient(handler), options);
    }
}
