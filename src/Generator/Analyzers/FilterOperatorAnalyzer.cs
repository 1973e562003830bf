using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Spoke.Generator.Diagnostics;

namespace Spoke.Generator.Analyzers;

/// <summary>
/// Explains the compiler's errors for <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> between search filters (CS0217, CS0019,
/// CS0023): filters in one group are joined with <c>&amp;</c>, alternatives are groups of their own (<c>.Or(...)</c>), and
/// HubSpot negates through operators, not a NOT of a filter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FilterOperatorAnalyzer : DiagnosticAnalyzer
{
    private const string SearchNamespace = "Spoke.Search";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [DiagnosticDescriptors.ConditionalAndOfFilters, DiagnosticDescriptors.AlternativeOrNegatedFilter];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeBinary, SyntaxKind.LogicalAndExpression, SyntaxKind.LogicalOrExpression);
        context.RegisterSyntaxNodeAction(AnalyzeNot, SyntaxKind.LogicalNotExpression);
    }

    private static void AnalyzeBinary(SyntaxNodeAnalysisContext context)
    {
        var expression = (BinaryExpressionSyntax)context.Node;
        if (!IsFilter(context, expression.Left) && !IsFilter(context, expression.Right))
        {
            return;
        }

        var location = expression.OperatorToken.GetLocation();
        context.ReportDiagnostic(expression.IsKind(SyntaxKind.LogicalAndExpression)
            ? Diagnostic.Create(DiagnosticDescriptors.ConditionalAndOfFilters, location)
            : Diagnostic.Create(DiagnosticDescriptors.AlternativeOrNegatedFilter, location, "'||'", "put each alternative in a group of its own: .Where(c => a).Or(c => b)"));
    }

    private static void AnalyzeNot(SyntaxNodeAnalysisContext context)
    {
        var expression = (PrefixUnaryExpressionSyntax)context.Node;
        if (IsFilter(context, expression.Operand))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.AlternativeOrNegatedFilter,
                expression.OperatorToken.GetLocation(),
                "'!'",
                "use the negated operator instead: Neq, NotIn, NotContainsToken or NotHasProperty"));
        }
    }

    private static bool IsFilter(SyntaxNodeAnalysisContext context, ExpressionSyntax operand)
    {
        var type = context.SemanticModel.GetTypeInfo(operand, context.CancellationToken).Type;
        return type is INamedTypeSymbol { Name: "SearchFilter" or "SearchFilterGroup" } named
            && named.ContainingNamespace.ToDisplayString() == SearchNamespace;
    }
}
