using System.Globalization;
using Spoke.Emulator.Associations;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;
using Spoke.Emulator.State;

namespace Spoke.Emulator.Seeding;

/// <summary>
/// Fills a fresh account: owners, a few association labels, then the requested records with realistic values, then associations (each contact to a
/// primary company, each deal to a company and a contact, each ticket to a contact, custom objects to contacts).
/// Deterministic for a given <see cref="HubSpotEmulatorOptions.DataSeed"/>.
/// </summary>
internal static class DataSeeder
{
    public static void Seed(EmulatorState state)
    {
        var options = state.Options;
        var database = state.Database;
        var now = database.Now;
        var pools = new FakeValuePools(options.DataSeed);
        var random = new Random(options.DataSeed);
        database.Owners = CreateOwners(pools, random, options.OwnerCount, now);
        var requested = ResolveSeedCounts(state);
        if (requested.Count == 0)
        {
            return;
        }

        var values = new FakeValueFactory(pools, random, database.Owners.Select(o => o.Id).ToList(), now);
        database.Write(write =>
        {
            SeededAssociationLabels.Define(write.Database.AssociationTypes);
            foreach (var (type, count) in requested)
            {
                SeedType(write, type, count, values, random, now, options.SeedProgress);
            }

            foreach (var (type, _) in requested)
            {
                Associate(write, type, random);
            }
        });
    }

    /// <summary>Creates only the owners, for an account loaded from a data file.</summary>
    public static void SeedOwnersOnly(EmulatorState state) =>
        state.Database.Owners = CreateOwners(new FakeValuePools(state.Options.DataSeed), new Random(state.Options.DataSeed), state.Options.OwnerCount, state.Database.Now);

    private static List<(ObjectTypeDefinition Type, int Count)> ResolveSeedCounts(EmulatorState state)
    {
        var counts = new List<(ObjectTypeDefinition, int)>();
        foreach (var (name, count) in state.Options.Seed)
        {
            if (!state.Schema.TryResolve(name, out var type))
            {
                throw new ArgumentException(
                    $"Cannot seed \"{name}\": no such object type in the schema directory. Known types: {string.Join(", ", state.Schema.Types.Select(t => t.Name))}.");
            }

            if (count < 0)
            {
                throw new ArgumentException($"Cannot seed {count} {name}: the count must be zero or more.");
            }

            counts.Add((type, count));
        }

        return counts.OrderBy(c => Array.IndexOf(SeedPlan.Order, c.Item1.TypeId) is var at && at < 0 ? int.MaxValue : at).ToList();
    }

    private const int ProgressEvery = 1_000;

    private static void SeedType(
        WriteContext write, ObjectTypeDefinition type, int count, FakeValueFactory values, Random random, DateTimeOffset now, IProgress<EmulatorSeedProgress>? progress)
    {
        var writable = type.Properties.Values
            .Where(p => !p.IsReadOnlyValue && !p.HasUniqueValue && (!p.HasExternalOptions || p.Name == "hubspot_owner_id"))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        var core = type.IsCustom
            ? writable.Concat(type.UniqueProperties.Where(p => !p.IsReadOnlyValue)).ToArray()
            : SeedPlan.Core(type.Name).Select(name => type.TryGetProperty(name, out var p) ? p : null).OfType<PropertyDefinition>().ToArray();
        var extras = type.IsCustom ? [] : writable.Except(core).ToArray();
        var span = TimeSpan.FromDays(365).Ticks;
        var placement = PipelineProperties.Of(type) is { } names && write.Database.Pipelines.Default(type) is { } pipeline
            ? (Names: names, pipeline.Id, Stages: pipeline.LiveStages.Select(s => s.Id).ToArray())
            : default;
        for (var index = 0; index < count; index++)
        {
            var record = new Dictionary<string, string>(core.Length + SeedPlan.ExtraPropertiesPerRecord + 2, StringComparer.Ordinal);
            var serial = write.Database.LastId + 1;
            foreach (var property in core)
            {
                AddValue(record, property, values.For(property, serial), serial);
            }

            for (var extra = 0; extra < SeedPlan.ExtraPropertiesPerRecord && extras.Length > 0; extra++)
            {
                var property = extras[random.Next(extras.Length)];
                AddValue(record, property, values.For(property, serial), serial);
            }

            if (placement.Stages is { Length: > 0 } stages)
            {
                record[placement.Names.Pipeline] = placement.Id;
                record[placement.Names.Stage] = stages[random.Next(stages.Length)];
            }

            // Creation times spread over the past year in id order, as a real account's would be.
            var createdAt = now - TimeSpan.FromTicks(span - (span / Math.Max(count, 1) * index));
            write.Create(type, record, createdAt);
            if ((index + 1) % ProgressEvery == 0 && index + 1 < count)
            {
                progress?.Report(new EmulatorSeedProgress(type.Name, index + 1, count));
            }
        }

        progress?.Report(new EmulatorSeedProgress(type.Name, count, count));
    }

    private static void AddValue(Dictionary<string, string> record, PropertyDefinition property, string? value, long serial)
    {
        if (value is null)
        {
            return;
        }

        if (!property.HasUniqueValue)
        {
            record[property.Name] = value;
            return;
        }

        // A unique value gets the record's serial unless it already holds it (emails do), so values never collide.
        var suffix = serial.ToString(CultureInfo.InvariantCulture);
        record[property.Name] = value.Contains(suffix, StringComparison.Ordinal) ? value : $"{value}-{suffix}";
    }

    private static void Associate(WriteContext write, ObjectTypeDefinition type, Random random)
    {
        var database = write.Database;
        var targets = type.TypeId switch
        {
            "0-1" => new[] { "0-2" },
            "0-3" => ["0-2", "0-1"],
            "0-5" => ["0-1", "0-2"],
            _ when type.IsCustom => ["0-1"],
            _ => [],
        };
        foreach (var targetTypeId in targets)
        {
            if (!database.Schema.TryResolve(targetTypeId, out var targetType))
            {
                continue;
            }

            var pool = database.Collection(targetType).Records;
            var association = database.AssociationTypes.Between(type.TypeId, targetTypeId).FirstOrDefault(t => t.IsPrimary)
                ?? database.AssociationTypes.DefaultBetween(type.TypeId, targetTypeId);
            if (pool.Count == 0 || association is null)
            {
                continue;
            }

            foreach (var record in database.Collection(type).Records.ToList())
            {
                write.Associate(record.Id, pool[random.Next(pool.Count)].Id, association);
            }
        }
    }

    private static List<Owner> CreateOwners(FakeValuePools pools, Random random, int count, DateTimeOffset now)
    {
        var owners = new List<Owner>(count);
        for (var index = 0; index < count; index++)
        {
            var first = pools.FirstNames[random.Next(pools.FirstNames.Length)];
            var last = pools.LastNames[random.Next(pools.LastNames.Length)];
            owners.Add(new Owner(
                (41_629_779 + index).ToString(CultureInfo.InvariantCulture),
                $"{first}.{last}@emulator.example".ToLowerInvariant(),
                first,
                last,
                9_586_504 + index,
                now.AddDays(-400 + index)));
        }

        return owners;
    }
}
