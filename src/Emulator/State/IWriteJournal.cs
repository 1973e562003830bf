namespace Spoke.Emulator.State;

/// <summary>Where the database hands what each write changed, for the data file; called under its write lock.</summary>
internal interface IWriteJournal
{
    /// <summary>Refuses the write before it runs when the journal can no longer be written.</summary>
    void ThrowIfFailed();

    /// <summary>Records what one completed (or partly applied) write changed.</summary>
    void Append(CrmDatabase database, WrittenChanges changes);
}
