using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Spoke.Benchmarks.HubSpot;
using Spoke.Json;

namespace Spoke.Benchmarks.Client;

/// <summary>
/// Reading one search page of 200 contacts with 60 properties: into generated <c>Contact</c> records (what Spoke's client does)
/// against into <c>Dictionary&lt;string, string?&gt;</c> with System.Text.Json's source generator (what today's clients give).
/// </summary>
[MemoryDiagnoser]
public class PageDeserializationBenchmarks
{
    private byte[] _page = [];

    /// <summary>Builds the page once.</summary>
    [GlobalSetup]
    public void Setup() => _page = ContactPageFactory.Build(recordCount: 200, propertyCount: 60);

    /// <summary>Baseline: properties as strings in a dictionary per record.</summary>
    [Benchmark(Baseline = true)]
    public int Dictionary() => JsonSerializer.Deserialize(_page, DictionaryPageContext.Default.DictionaryPage)!.Results.Count;

    /// <summary>Spoke: straight from the bytes into generated records, which keep the returned wire strings and type them on access.</summary>
    [Benchmark]
    public int Typed() => CollectionPageReader.Read(_page, static (ref Utf8JsonReader reader) => Contact.ReadFrom(ref reader)).Results.Count;
}
