namespace Spoke.Emulator.Persistence;

/// <summary>The member names of the data file and of its journal entries, which share them.</summary>
internal static class DataFileMembers
{
    public const string Version = "version";
    public const string LastId = "lastId";
    public const string Journal = "journal";
    public const string CreatedProperties = "createdProperties";
    public const string Records = "records";
    public const string Erased = "erased";
    public const string Associations = "associations";
}
