using System.Text.RegularExpressions;

namespace Spoke.Emulator.Tests.Architecture;

/// <summary>
/// The emulator's folders (one namespace each) depend on each other in one direction only. The root namespace is left
/// out: it holds the public options and change feed every folder reads, and the composition root that wires them all.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private const string RootNamespace = "Spoke.Emulator";

    [Fact]
    public void No_two_folders_of_the_emulator_depend_on_each_other()
    {
        var files = Directory.EnumerateFiles(EmulatorSourceFolder(), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path: path, Code: StripCommentsAndStrings(File.ReadAllText(path))))
            .Select(file => (file.Path, file.Code, Namespace: NamespacePattern().Match(file.Code).Groups[1].Value))
            .ToList();
        Assert.True(files.Count > 100, $"found only {files.Count} source files");

        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match declaration in DeclarationPattern().Matches(file.Code))
            {
                declaredIn[declaration.Groups[1].Value] = file.Namespace;
            }
        }

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Namespace != RootNamespace))
        {
            foreach (Match identifier in IdentifierPattern().Matches(file.Code))
            {
                if (declaredIn.TryGetValue(identifier.Value, out var target) && target != file.Namespace && target != RootNamespace)
                {
                    var from = edges.TryGetValue(file.Namespace, out var existing) ? existing : edges[file.Namespace] = new(StringComparer.Ordinal);
                    from.TryAdd(target, $"{Path.GetFileName(file.Path)} uses {identifier.Value}");
                }
            }
        }

        var cycles = StronglyConnected(edges).Where(component => component.Count > 1).ToList();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(component =>
            "cycle: " + string.Join("; ", component.SelectMany(from => component
                .Where(to => edges.GetValueOrDefault(from)?.ContainsKey(to) == true)
                .Select(to => $"{from} → {to} ({edges[from][to]})"))))));
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in edges.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    private static string StripCommentsAndStrings(string code) =>
        StringLiteralPattern().Replace(LineCommentPattern().Replace(code, ""), "\"\"");

    private static string EmulatorSourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Emulator");
            if (File.Exists(Path.Combine(candidate, "Spoke.Emulator.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Emulator was not found above the test's folder.");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+([A-Z]\w*)")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineCommentPattern();

    [GeneratedRegex(@"""(?:\\.|[^""\\])*""")]
    private static partial Regex StringLiteralPattern();
}
