using System.Xml.Linq;
using Spoke.Cli.Tests.Consumer;
using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Readme;

/// <summary>Turns a fresh <c>dotnet new console</c> project into a README reader's: the named packages from the packed feed, and the snapshots.</summary>
public static class ReadmeProject
{
    /// <summary>
    /// Adds <paramref name="packages"/> at the packed version, a nuget.config that adds the packed feed to the user's sources,
    /// empty Directory.Build files so nothing above the folder applies, and the repository's schema snapshots.
    /// </summary>
    public static void Prepare(string directory, PackedSpoke packed, IEnumerable<string> packages)
    {
        var projectFile = Directory.GetFiles(directory, "*.csproj").Single();
        var project = XDocument.Load(projectFile);
        var properties = project.Root!.Element("PropertyGroup")!;
        // The package mirror here lacks some exact transitive versions; NuGet takes the next one up (NU1603), as in every project of the repository.
        properties.Add(new XElement("NoWarn", "$(NoWarn);NU1603"));
        project.Root.Add(new XElement("ItemGroup", packages.Select(id => new XElement("PackageReference", new XAttribute("Include", id), new XAttribute("Version", packed.Version)))));
        project.Save(projectFile);

        ConsumerProject.Isolate(directory, packed);
        var snapshots = Directory.CreateDirectory(Path.Combine(directory, "schema-snapshots"));
        foreach (var snapshot in Directory.GetFiles(RepositoryPaths.SchemaSnapshots, "*.json"))
        {
            File.Copy(snapshot, Path.Combine(snapshots.FullName, Path.GetFileName(snapshot)));
        }
    }
}
