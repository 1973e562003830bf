using Spoke.Emulator.Associations;
using Spoke.Emulator.Pipelines;
using Spoke.Emulator.Schema;

namespace Spoke.Emulator.State;

/// <summary>
/// The emulated account: every record, association and owner. Reads share a lock and writes take it alone, so each
/// request sees and applies a consistent state; all work under the lock is synchronous. With a data file, each write
/// ends by appending what it changed to the journal, still under the lock, so entries are in the order writes applied.
/// </summary>
internal sealed class CrmDatabase : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, ObjectCollection> collections;
    private readonly EmulatorChangeFeed changeFeed;
    private readonly TimeProvider clock;
    private long lastId;
    private IWriteJournal? journal;

    public CrmDatabase(SchemaCatalog schema, EmulatorChangeFeed changeFeed, TimeProvider clock)
    {
        Schema = schema;
        AssociationTypes = new AssociationTypeCatalog(schema);
        this.changeFeed = changeFeed;
        this.clock = clock;
        collections = schema.Types.ToDictionary(t => t.TypeId, t => new ObjectCollection(t), StringComparer.Ordinal);
        Pipelines = new PipelineStore(schema, clock.GetUtcNow());
        PropertyGroups = new PropertyGroupCatalog(schema);
    }

    public SchemaCatalog Schema { get; }

    public AssociationTypeCatalog AssociationTypes { get; }

    public AssociationStore Associations { get; } = new();

    /// <summary>The deal, ticket and custom-object pipelines, archived ones included.</summary>
    public PipelineStore Pipelines { get; }

    /// <summary>The property groups of each object type, archived ones included.</summary>
    public PropertyGroupCatalog PropertyGroups { get; }

    public IReadOnlyList<Owner> Owners { get; set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The highest id handed out so far.</summary>
    public long LastId => Interlocked.Read(ref lastId);

    public ObjectCollection Collection(ObjectTypeDefinition type) => collections[type.TypeId];

    public T Read<T>(Func<T> read)
    {
        gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Runs one atomic write and publishes the changes it recorded if it completes. What it changed is journaled even when
    /// it fails partway, so the data file always matches memory.
    /// </summary>
    public T Write<T>(Func<WriteContext, T> write)
    {
        journal?.ThrowIfFailed();
        gate.EnterWriteLock();
        WriteContext? context = null;
        try
        {
            context = new WriteContext(this, Now, changeFeed.HasSubscribers, journal is null ? null : new WrittenChanges());
            var result = write(context);
            changeFeed.Publish(context.Changes, context.Now);
            return result;
        }
        finally
        {
            try
            {
                if (context?.Journal is { IsEmpty: false } changes)
                {
                    journal!.Append(this, changes);
                }
            }
            finally
            {
                gate.ExitWriteLock();
            }
        }
    }

    /// <summary>Starts (or with <see langword="null"/> stops) journaling writes; call while no write runs.</summary>
    public void AttachJournal(IWriteJournal? writeJournal) => journal = writeJournal;

    /// <summary>Runs one atomic write that produces no value.</summary>
    public void Write(Action<WriteContext> write) => Write(context =>
    {
        write(context);
        return 0;
    });

    /// <summary>The next record id; call only inside <see cref="Write{T}"/>.</summary>
    public long NextId() => ++lastId;

    /// <summary>Moves the id sequence past ids loaded from a data file.</summary>
    public void EnsureIdsAbove(long id) => lastId = Math.Max(lastId, id);

    public void Dispose() => gate.Dispose();
}
