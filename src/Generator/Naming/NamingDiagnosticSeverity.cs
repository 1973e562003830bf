namespace Spoke.Generator.Naming;

/// <summary>How serious a <see cref="NamingDiagnostic"/> is; the same as the severity the compiler reports it with by default.</summary>
public enum NamingDiagnosticSeverity
{
    // The values are the compiler's own (Microsoft.CodeAnalysis.DiagnosticSeverity), which the generator's descriptors convert from.

    /// <summary>Something the user may want to know, such as a name that a collision changed.</summary>
    Info = 1,

    /// <summary>Something left out or changed that the user should look at.</summary>
    Warning = 2,

    /// <summary>Input that could not be used at all, such as a snapshot that is not valid JSON.</summary>
    Error = 3,
}
