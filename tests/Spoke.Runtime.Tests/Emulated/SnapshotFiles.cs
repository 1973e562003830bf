using Spoke.Testing;

namespace Spoke.Runtime.Tests.Emulated;

/// <summary>Files of the repository's <c>schema-snapshots</c> folder, which the emulator and the generator both read.</summary>
internal static class SnapshotFiles
{
    public static string PathOf(string fileName) => Path.Combine(RepositoryRoot.SchemaSnapshots, fileName);
}
