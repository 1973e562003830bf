using System.Globalization;

namespace Spoke.Generator.Naming;

/// <summary>
/// A diagnostic the generator reports for the same input (<c>SPOKE001</c> to <c>SPOKE204</c>, see <c>docs/diagnostics</c>), with the
/// message the compiler shows and where it points.
/// </summary>
public sealed class NamingDiagnostic
{
    internal NamingDiagnostic(string id, NamingDiagnosticSeverity severity, string message, string? filePath, int? line, int? column)
    {
        Id = id;
        Severity = severity;
        Message = message;
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    /// <summary>The diagnostic id, for example <c>SPOKE101</c>.</summary>
    public string Id { get; }

    /// <summary>The severity the compiler reports it with unless <c>.editorconfig</c> changes it.</summary>
    public NamingDiagnosticSeverity Severity { get; }

    /// <summary>The message, as the compiler shows it.</summary>
    public string Message { get; }

    /// <summary>The file it points at (a snapshot or spoke.json, as given in the <see cref="NamingInput"/>), or <see langword="null"/>.</summary>
    public string? FilePath { get; }

    /// <summary>The line it points at, counted from 1, or <see langword="null"/> when it points at no place in a file.</summary>
    public int? Line { get; }

    /// <summary>The column it points at, counted from 1, or <see langword="null"/> when it points at no place in a file.</summary>
    public int? Column { get; }

    /// <summary>The diagnostic as the compiler prints it: <c>path(line,column): warning SPOKE101: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            NamingDiagnosticSeverity.Error => "error",
            NamingDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var place = FilePath is null ? string.Empty
            : Line is null ? FilePath + ": "
            : FilePath + "(" + Line.Value.ToString(CultureInfo.InvariantCulture) + "," + Column!.Value.ToString(CultureInfo.InvariantCulture) + "): ";
        return place + severity + " " + Id + ": " + Message;
    }
}
