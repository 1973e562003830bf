using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Spoke.Generator.Json;

namespace Spoke.Generator.Naming;

/// <summary>
/// Writes pins into spoke.json's text and leaves everything else as it was: an entry that exists gets only the members it lacks,
/// added after its last member with the file's own indentation and line endings; a member that exists has only its value
/// replaced. Without a file, a new one is written with two-space indentation.
/// </summary>
internal sealed class OverridesPinWriter
{
    private const string DefaultIndent = "  ";

    private readonly string _text;
    private readonly string _newLine;
    private readonly string _indentUnit;
    private readonly bool _multiline;
    private readonly List<(int Start, int Length, string Replacement)> _edits = new();

    private OverridesPinWriter(string text, JsonValue root)
    {
        _text = text;
        _newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        // An empty document has no style to keep: it is written like a new one.
        _multiline = root.Members.Count == 0 || text.IndexOf('\n', root.Start, root.Length) >= 0;
        _indentUnit = IndentUnit(text, root);
    }

    /// <summary>The text of spoke.json with <paramref name="entries"/> written into it; a new file when <paramref name="text"/> is null or blank.</summary>
    /// <exception cref="FormatException">A value on the way to an entry is not an object, so nothing can be added under it.</exception>
    public static string Write(string? text, IReadOnlyList<PinEntry> entries)
    {
        var pending = Tree(entries);
        if (string.IsNullOrWhiteSpace(text))
        {
            var document = new Node();
            document.Children["objects"] = pending;
            return Render(document, string.Empty, DefaultIndent, "\n") + "\n";
        }

        var root = JsonParser.Parse(text!, CancellationToken.None);
        var writer = new OverridesPinWriter(text!, root);
        var top = new Node();
        top.Children["objects"] = pending;
        writer.Merge(root, top, "$");
        return writer.Apply();
    }

    private static Node Tree(IReadOnlyList<PinEntry> entries)
    {
        var objects = new Node();
        foreach (var entry in entries)
        {
            var node = objects.Child(entry.ObjectKey);
            if (entry.PropertyName is not null)
            {
                node = node.Child("properties").Child(entry.PropertyName);
                if (entry.IsOption)
                {
                    node = node.Child("options");
                }
            }

            node.Children[entry.Key] = new Node(entry.Value);
        }

        return objects;
    }

    private void Merge(JsonValue container, Node pending, string path)
    {
        if (container.Kind != JsonKind.Object)
        {
            throw new FormatException("spoke.json: the value at JSON path " + path + " is not an object, so the names to keep cannot be written under it; nothing was changed.");
        }

        var additions = new List<KeyValuePair<string, Node>>();
        foreach (var child in pending.Children)
        {
            var existing = container.Get(child.Key);
            var childPath = JsonPath.Member(path, child.Key);
            if (existing is null)
            {
                additions.Add(child);
            }
            else if (child.Value.Leaf is { } value)
            {
                if (existing.Kind != JsonKind.String || existing.Text != value)
                {
                    _edits.Add((existing.Start, existing.Length, JsonStringWriter.Quote(value)));
                }
            }
            else
            {
                Merge(existing, child.Value, childPath);
            }
        }

        if (additions.Count > 0)
        {
            Add(container, additions);
        }
    }

    private void Add(JsonValue container, List<KeyValuePair<string, Node>> additions)
    {
        if (container.Members.Count == 0)
        {
            var node = new Node();
            foreach (var addition in additions)
            {
                node.Children[addition.Key] = addition.Value;
            }

            var indent = LineIndent(_text, container.Start);
            _edits.Add((container.Start, container.Length, _multiline ? Render(node, indent, _indentUnit, _newLine) : RenderInline(node)));
            return;
        }

        var first = container.Members[0].Value;
        var last = container.Members[container.Members.Count - 1].Value;
        var onOwnLines = _text.IndexOf('\n', container.Start, first.Start - container.Start) >= 0;
        var memberIndent = LineIndent(_text, first.Start);
        var text = new StringBuilder();
        foreach (var addition in additions)
        {
            text.Append(',');
            if (onOwnLines)
            {
                text.Append(_newLine).Append(memberIndent).Append(JsonStringWriter.Quote(addition.Key)).Append(": ").Append(Render(addition.Value, memberIndent, _indentUnit, _newLine));
            }
            else
            {
                text.Append(' ').Append(JsonStringWriter.Quote(addition.Key)).Append(": ").Append(RenderInline(addition.Value));
            }
        }

        _edits.Add((last.Start + last.Length, 0, text.ToString()));
    }

    private string Apply()
    {
        _edits.Sort(static (left, right) => right.Start.CompareTo(left.Start));
        var text = new StringBuilder(_text);
        foreach (var (start, length, replacement) in _edits)
        {
            text.Remove(start, length).Insert(start, replacement);
        }

        return text.ToString();
    }

    private static string Render(Node node, string indent, string unit, string newLine)
    {
        if (node.Leaf is { } value)
        {
            return JsonStringWriter.Quote(value);
        }

        var inner = indent + unit;
        var text = new StringBuilder("{");
        var separator = newLine;
        foreach (var child in node.Children)
        {
            text.Append(separator).Append(inner).Append(JsonStringWriter.Quote(child.Key)).Append(": ").Append(Render(child.Value, inner, unit, newLine));
            separator = "," + newLine;
        }

        return text.Append(newLine).Append(indent).Append('}').ToString();
    }

    private static string RenderInline(Node node)
    {
        if (node.Leaf is { } value)
        {
            return JsonStringWriter.Quote(value);
        }

        var text = new StringBuilder("{");
        var separator = string.Empty;
        foreach (var child in node.Children)
        {
            text.Append(separator).Append(JsonStringWriter.Quote(child.Key)).Append(": ").Append(RenderInline(child.Value));
            separator = ", ";
        }

        return text.Append('}').ToString();
    }

    // The spaces or tabs that start the line holding position.
    private static string LineIndent(string text, int position)
    {
        var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        var end = lineStart;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.Substring(lineStart, end - lineStart);
    }

    // How much deeper the root's first member is indented than the root itself: the file's indentation step.
    private static string IndentUnit(string text, JsonValue root)
    {
        if (root.Kind != JsonKind.Object || root.Members.Count == 0 || text.IndexOf('\n', root.Start, root.Members[0].Value.Start - root.Start) < 0)
        {
            return DefaultIndent;
        }

        var rootIndent = LineIndent(text, root.Start);
        var memberIndent = LineIndent(text, root.Members[0].Value.Start);
        return memberIndent.Length > rootIndent.Length && memberIndent.StartsWith(rootIndent, StringComparison.Ordinal)
            ? memberIndent.Substring(rootIndent.Length)
            : DefaultIndent;
    }

    // What is still to be written: a name, or an object whose members are written in key order.
    private sealed class Node
    {
        public Node(string? leaf = null)
        {
            Leaf = leaf;
        }

        public string? Leaf { get; }

        public SortedDictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Node Child(string key)
        {
            if (!Children.TryGetValue(key, out var child))
            {
                child = new Node();
                Children.Add(key, child);
            }

            return child;
        }
    }
}
