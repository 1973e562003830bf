using System;

namespace Spoke.Generator.Naming;

/// <summary>One file the generator reads: a schema snapshot or spoke.json, by path and text.</summary>
public sealed class NamingFile
{
    /// <summary>Creates a file from its path and its text.</summary>
    /// <param name="path">
    /// The file's path. A snapshot's file name (without <c>.json</c>) names its object type, as in the build: <c>contacts.json</c>,
    /// <c>schemas.json</c> for custom objects. Diagnostics point at this path.
    /// </param>
    /// <param name="text">The file's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public NamingFile(string path, string text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (path.Length == 0)
        {
            throw new ArgumentException("A file needs a path: its file name names the object type, and diagnostics point at it.", nameof(path));
        }

        Path = path;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The file's path, as given.</summary>
    public string Path { get; }

    /// <summary>The file's text.</summary>
    public string Text { get; }
}
