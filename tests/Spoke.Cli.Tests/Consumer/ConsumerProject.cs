using Spoke.Cli.Tests.Infrastructure;

namespace Spoke.Cli.Tests.Consumer;

/// <summary>
/// A brand-new project outside the repository that references one packed Spoke package (<c>Spoke</c> unless told
/// otherwise, none when <see langword="null"/>) and optionally another consumer project. Its own Directory.Build.props stops MSBuild from picking up anything above it, and its nuget.config adds the
/// local package folder to the sources already configured for the user (the user's own NuGet configuration is never written).
/// </summary>
public sealed class ConsumerProject
{
    public ConsumerProject(PackedSpoke package, string name, string program, string outputType = "Exe", ConsumerProject? reference = null, string? packageId = "Spoke")
    {
        Name = name;
        Directory = Path.Combine(package.WorkFolder, name);
        System.IO.Directory.CreateDirectory(SnapshotDirectory);
        Isolate(Directory, package);
        File.WriteAllText(Path.Combine(Directory, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- The package mirror here lacks some exact transitive versions; NuGet takes the next one up. -->
                <NoWarn>$(NoWarn);NU1603</NoWarn>
                <RootNamespace>{name}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {(packageId is null ? string.Empty : $"<PackageReference Include=\"{packageId}\" Version=\"{package.Version}\" />")}
                {(reference is null ? string.Empty : $"<ProjectReference Include=\"../{reference.Name}/{reference.Name}.csproj\" />")}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(SourcePath, program);
        AssemblyPath = Path.Combine(Directory, "bin", "Release", "net10.0", $"{name}.dll");
        IntermediateAssemblyPath = Path.Combine(Directory, "obj", "Release", "net10.0", $"{name}.dll");
    }

    public string Name { get; }

    /// <summary>
    /// Writes empty Directory.Build files, so nothing above <paramref name="directory"/> applies, and a nuget.config that adds
    /// the packed feed to the user's sources.
    /// </summary>
    public static void Isolate(string directory, PackedSpoke package)
    {
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="spoke-under-test" value="{package.PackageFolder}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    public string SourcePath => Path.Combine(Directory, "Program.cs");

    public string SnapshotDirectory => Path.Combine(Directory, "schema-snapshots");

    public string AssemblyPath { get; }

    /// <summary>The assembly the compiler writes; its time changes only when the project is compiled again.</summary>
    public string IntermediateAssemblyPath { get; }

    public Task<(int ExitCode, string Output)> BuildAsync(IReadOnlyDictionary<string, string?> environment, params string[] properties) =>
        DotnetProcess.RunAsync(Directory, environment, TimeSpan.FromMinutes(5), ["build", "-c", "Release", "-nodeReuse:false", .. properties.Select(p => "-p:" + p)]);

    public Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string?> environment) =>
        DotnetProcess.RunAsync(Directory, environment, TimeSpan.FromMinutes(1), AssemblyPath);
}
