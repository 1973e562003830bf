namespace Spoke.Emulator.Tests.Persistence;

/// <summary>A folder of its own under the temporary directory, deleted with everything in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Path = Directory.CreateTempSubdirectory("spoke-emulator-").FullName;

    public string Path { get; }

    /// <summary>Where the data file goes; its journal segments sit beside it.</summary>
    public string DataFile => System.IO.Path.Combine(Path, "account.json");

    /// <summary>Copies every file, as a crash would leave them, into a new folder.</summary>
    public TemporaryFolder CopyFiles()
    {
        var copy = new TemporaryFolder();
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            File.Copy(file, System.IO.Path.Combine(copy.Path, System.IO.Path.GetFileName(file)));
        }

        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
