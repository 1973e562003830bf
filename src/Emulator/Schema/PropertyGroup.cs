namespace Spoke.Emulator.Schema;

/// <summary>One property group of an object type (<c>PropertyGroup</c>). Changed only under the database's write lock.</summary>
internal sealed class PropertyGroup(string name)
{
    public string Name { get; } = name;

    public required string Label { get; set; }

    public int DisplayOrder { get; set; }

    public bool IsArchived { get; set; }
}
