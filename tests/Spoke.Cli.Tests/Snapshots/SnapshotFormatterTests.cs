using System.Text;
using Spoke.Cli.Schema.Snapshots;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Snapshots;

public sealed class SnapshotFormatterTests
{
    [Fact]
    public void Named_objects_are_sorted_and_option_order_and_key_order_are_kept()
    {
        var body = """{"results":[{"name":"zeta","type":"enumeration","options":[{"value":"b","label":"B"},{"value":"a","label":"A"}]},{"type":"string","name":"alpha"}]}""";

        var (content, count) = SnapshotFormatter.Format(Encoding.UTF8.GetBytes(body));

        Assert.Equal(2, count);
        Assert.Equal(
            """
            {
              "results": [
                {
                  "type": "string",
                  "name": "alpha"
                },
                {
                  "name": "zeta",
                  "type": "enumeration",
                  "options": [
                    {
                      "value": "b",
                      "label": "B"
                    },
                    {
                      "value": "a",
                      "label": "A"
                    }
                  ]
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            Encoding.UTF8.GetString(content));
    }

    [Fact]
    public void Layout_and_order_of_the_response_do_not_change_the_bytes()
    {
        var compact = """{"results":[{"name":"b","label":"Ünïcode ✓","n":1.50},{"name":"a","label":"x\"y"}]}""";
        var indentedAndReordered = "{\r\n    \"results\": [ {\"name\": \"a\", \"label\": \"x\\\"y\"},\n {\"name\":\"b\",\"label\":\"\\u00dcn\\u00efcode \\u2713\",\"n\":1.50} ]}";

        Assert.Equal(SnapshotFormatter.Format(Encoding.UTF8.GetBytes(compact)).Content, SnapshotFormatter.Format(Encoding.UTF8.GetBytes(indentedAndReordered)).Content);
    }

    [Fact]
    public void Shipped_snapshot_is_already_canonical_apart_from_the_final_newline()
    {
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemaSnapshots, "contacts.json"));

        var (content, count) = SnapshotFormatter.Format(shipped);

        Assert.Equal(367, count);
        Assert.Equal(Encoding.UTF8.GetString(shipped).TrimEnd() + "\n", Encoding.UTF8.GetString(content));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"status":"error"}""")]
    [InlineData("""{"results":{}}""")]
    public void Bodies_that_are_not_a_results_list_are_rejected(string body)
    {
        Assert.Throws<InvalidDataException>(() => SnapshotFormatter.Format(Encoding.UTF8.GetBytes(body)));
    }
}
