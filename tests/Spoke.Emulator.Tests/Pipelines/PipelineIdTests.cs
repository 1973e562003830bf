using System.Net;
using Spoke.Emulator.Tests.Infrastructure;
using Spoke.Emulator.Tests.Persistence;

namespace Spoke.Emulator.Tests.Pipelines;

/// <summary>
/// Pipelines and stages have their own id space: a fresh account (no records, so the record id counter is at its start)
/// never hands out an id a seeded pipeline or stage has, however many are created, and ids stay unique across a restart.
/// </summary>
public sealed class PipelineIdTests
{
    private static readonly string[] SeededIds =
    [
        "default", "0", "1", "2", "3", "4",
        "appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost",
    ];

    [Fact]
    public async Task Created_pipelines_and_stages_never_take_a_seeded_id_and_are_all_unique()
    {
        await using var hub = await HubSpotEmulator.StartAsync(Options());
        var http = new HubSpotHttp(hub);

        var ids = await CreatePipelinesAndStagesAsync(http, count: 12);

        Assert.Empty(ids.Intersect(SeededIds));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(long.TryParse(id, out _), $"'{id}' is not numeric, as HubSpot's created pipeline and stage ids are."));
    }

    [Fact]
    public async Task Ids_created_after_a_restart_do_not_repeat_ids_saved_in_the_data_file()
    {
        using var folder = new TemporaryFolder();
        var options = Options();
        options.DataFile = folder.DataFile;
        List<string> before;
        await using (var hub = await HubSpotEmulator.StartAsync(options))
        {
            before = await CreatePipelinesAndStagesAsync(new HubSpotHttp(hub), count: 3);
        }

        var reloaded = Options();
        reloaded.DataFile = folder.DataFile;
        await using (var hub = await HubSpotEmulator.StartAsync(reloaded))
        {
            var after = await CreatePipelinesAndStagesAsync(new HubSpotHttp(hub), count: 3);

            Assert.Empty(after.Intersect(before));
            Assert.Empty(after.Intersect(SeededIds));
        }
    }

    private static HubSpotEmulatorOptions Options()
    {
        var options = new HubSpotEmulatorOptions();
        options.RateLimits.Enabled = false;
        return options;
    }

    /// <summary>Creates ticket and deal pipelines with stages, and adds a stage to each; returns every id HubSpot assigned.</summary>
    private static async Task<List<string>> CreatePipelinesAndStagesAsync(HubSpotHttp http, int count)
    {
        var ids = new List<string>();
        for (var index = 0; index < count; index++)
        {
            var (type, stageMetadata) = index % 2 == 0 ? ("tickets", """{"ticketState":"OPEN"}""") : ("deals", """{"probability":"0.5"}""");
            var pipeline = await http.PostAsync($"/crm/v3/pipelines/{type}",
                $$$"""{"label":"Queue {{{Guid.NewGuid():N}}}","displayOrder":{{{index}}},"stages":[{"label":"A","displayOrder":0,"metadata":{{{stageMetadata}}}},{"label":"B","displayOrder":1,"metadata":{{{stageMetadata}}}}]}""");
            Assert.Equal(HttpStatusCode.Created, pipeline.Status);
            var pipelineId = pipeline["id"].GetString()!;
            ids.Add(pipelineId);
            ids.AddRange(pipeline["stages"].EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
            var stage = await http.PostAsync($"/crm/v3/pipelines/{type}/{pipelineId}/stages", $$$"""{"label":"C","displayOrder":2,"metadata":{{{stageMetadata}}}}""");
            Assert.Equal(HttpStatusCode.Created, stage.Status);
            ids.Add(stage["id"].GetString()!);
        }

        return ids;
    }
}
