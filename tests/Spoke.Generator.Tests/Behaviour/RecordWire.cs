using System.Text;
using System.Text.Json;

namespace Spoke.Generator.Tests.Behaviour;

/// <summary>Reads and writes records the way the runtime client does: straight from and to HubSpot's JSON.</summary>
internal static class RecordWire
{
    /// <summary>Reads one HubSpot <c>SimplePublicObject</c> into <typeparamref name="TRecord"/>.</summary>
    public static TRecord Read<TRecord>(string json)
        where TRecord : CrmRecord, ICrmObject<TRecord>
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        return TRecord.ReadFrom(ref reader);
    }

    /// <summary>The <c>properties</c> object a create or update would send for <paramref name="input"/>.</summary>
    public static string PropertiesOf(ICrmInput input)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Spoke.Json.PropertiesJson.Write(writer, input.Changes);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
