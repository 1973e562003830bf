using System.Collections.Generic;
using System.Globalization;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Diagnostics;

/// <summary>One diagnostic the generator can report: its id, title, message format and default severity.</summary>
internal sealed class DiagnosticDefinition
{
    public DiagnosticDefinition(string id, string title, string messageFormat, NamingDiagnosticSeverity severity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string; the arguments are the ones a <see cref="Model.DiagnosticSpec"/> carries.</summary>
    public string MessageFormat { get; }

    public NamingDiagnosticSeverity Severity { get; }

    /// <summary>The message with its arguments filled in, as the compiler would show it.</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        var values = new object[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, values);
    }
}
