using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spoke.Runtime.Tests.HubSpot;

namespace Spoke.Runtime.Tests.PublicApi;

/// <summary>
/// Compiles a call to every public constructor and method of the <c>Spoke</c> package, once for each number of arguments it
/// takes (optional parameters left out from the end), passing <see langword="null"/> wherever the parameter accepts it. No call
/// may be ambiguous: where one overload accepts null, null never means two things.
/// </summary>
/// <remarks>
/// Parameters that do not accept null get a typed value of their own type, as real callers pass. Generic parameters are
/// filled with the generated <c>Contact</c> and <c>Company</c> records, picklist enums and field types, or <see cref="string"/>.
/// </remarks>
public sealed class NullArgumentOverloadTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void Null_binds_to_exactly_one_overload_of_every_public_method_and_constructor()
    {
        var calls = PublicOverloads(typeof(HubSpotClient).Assembly).SelectMany(Calls).ToList();
        var source = new StringBuilder("#nullable enable\nstatic class Calls\n{\n    static void Run()\n    {\n");
        for (var index = 0; index < calls.Count; index++)
        {
            source.Append("        { ").Append(calls[index].Statement).Append(" }\n");
        }

        source.Append("    }\n}\n");

        var diagnostics = Compile(source.ToString());

        Assert.True(calls.Count > 300, $"Only {calls.Count} calls were generated.");
        var problems = diagnostics.Select(diagnostic => $"{diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} in: {CallAt(calls, diagnostic)}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_check_finds_an_overload_pair_that_null_makes_ambiguous()
    {
        var diagnostics = Compile("""
            #nullable enable
            static class Calls
            {
                static void Label(string? label) { }
                static void Label(global::Spoke.Associations.AssociationSpec? type) { }
                static void Run() { Label(null); }
            }
            """);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "CS0121");
    }

    private static IEnumerable<MethodBase> PublicOverloads(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(type => !type.IsSubclassOf(typeof(Delegate)) && !type.IsEnum && !type.IsInterface)
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodBase>()
            .Where(method => method is ConstructorInfo { IsStatic: false, DeclaringType.IsAbstract: false } or MethodInfo { IsSpecialName: false }
                && !method.Name.StartsWith('<') && method.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers"));

    private static IEnumerable<Call> Calls(MethodBase method)
    {
        var parameters = method.GetParameters();
        var required = parameters.Count(parameter => !parameter.IsOptional && !parameter.IsDefined(typeof(ParamArrayAttribute)));
        for (var count = required; count <= parameters.Length; count++)
        {
            yield return CallOf(method, parameters[..count]);
        }
    }

    private static Call CallOf(MethodBase method, ParameterInfo[] parameters)
    {
        var declaring = Closed(method.DeclaringType!);
        var locals = new StringBuilder();
        var arguments = new List<string>();
        foreach (var parameter in parameters)
        {
            var type = Substitute(parameter.ParameterType, method);
            if (parameter.IsOut)
            {
                arguments.Add("out _");
            }
            else if (type.IsByRef)
            {
                var local = $"l{arguments.Count}";
                locals.Append($"var {local} = default({Name(type.GetElementType()!)});");
                arguments.Add((parameter.IsIn ? "in " : "ref ") + local);
            }
            else
            {
                arguments.Add(AcceptsNull(parameter, type) ? "null" : $"default({Name(type)})!");
            }
        }

        var argumentList = string.Join(", ", arguments);
        var expression = method switch
        {
            ConstructorInfo => $"new {Name(declaring)}({argumentList}){RequiredMembers(declaring)}",
            MethodInfo { IsStatic: true } info => $"{Name(declaring)}.{info.Name}{TypeArguments(info)}({argumentList})",
            MethodInfo info => $"default({Name(declaring)})!.{info.Name}{TypeArguments(info)}({argumentList})",
            _ => throw new InvalidOperationException(),
        };
        var discard = method is MethodInfo { ReturnType: var returnType } && returnType != typeof(void) ? "_ = " : string.Empty;
        return new Call($"{locals}{discard}{expression};", expression);
    }

    private static bool AcceptsNull(ParameterInfo parameter, Type type) =>
        Nullable.GetUnderlyingType(type) is not null
        || (!type.IsValueType && Nullability.Create(parameter).WriteState == NullabilityState.Nullable);

    private static string TypeArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", Fill(method.GetGenericArguments()).Select(Name))}>" : string.Empty;

    private static Type Closed(Type type) => type.IsGenericTypeDefinition ? type.MakeGenericType(Fill(type.GetGenericArguments())) : type;

    private static Type Substitute(Type type, MethodBase method)
    {
        if (!type.ContainsGenericParameters)
        {
            return type;
        }

        var typeParameters = method.DeclaringType!.GetGenericArguments().Concat(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []).ToArray();
        var typeArguments = Fill(method.DeclaringType!.GetGenericArguments()).Concat(method.IsGenericMethodDefinition ? Fill(method.GetGenericArguments()) : []).ToArray();
        return Replace(type, typeParameters, typeArguments);
    }

    private static Type Replace(Type type, Type[] parameters, Type[] arguments) => type switch
    {
        { IsGenericParameter: true } => arguments[Array.IndexOf(parameters, type)],
        { IsByRef: true } => Replace(type.GetElementType()!, parameters, arguments).MakeByRefType(),
        { IsArray: true } => Replace(type.GetElementType()!, parameters, arguments).MakeArrayType(),
        { IsGenericType: true } => type.GetGenericTypeDefinition().MakeGenericType([.. type.GetGenericArguments().Select(argument => Replace(argument, parameters, arguments))]),
        _ => type,
    };

    // The first candidate that meets every constraint fills a type parameter; the generated records are used in turn, so TFrom and TTo differ.
    private static Type[] Fill(Type[] typeParameters)
    {
        var used = new HashSet<Type>();
        return [.. typeParameters.Select(parameter =>
        {
            var fitting = Candidates.Where(candidate => Satisfies(parameter, candidate)).ToList();
            var chosen = fitting.FirstOrDefault(candidate => !used.Contains(candidate)) ?? fitting[0];
            used.Add(chosen);
            return chosen;
        })];
    }

    private static readonly Type[] Candidates = [typeof(Contact), typeof(Company), typeof(ContactLifecycleStage), typeof(ContactFields), typeof(Spoke.Search.StringField), typeof(string)];

    private static bool Satisfies(Type parameter, Type candidate)
    {
        var attributes = parameter.GenericParameterAttributes;
        if ((attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint) && !candidate.IsValueType)
            || (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint) && candidate.IsValueType)
            || (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !candidate.IsValueType && candidate.GetConstructor(Type.EmptyTypes) is null))
        {
            return false;
        }

        return parameter.GetGenericParameterConstraints().All(constraint =>
            (constraint.ContainsGenericParameters ? constraint.GetGenericTypeDefinition().MakeGenericType(candidate) : constraint).IsAssignableFrom(candidate));
    }

    // Types with required members are made with an initializer that sets each of them, as any caller must.
    private static string RequiredMembers(Type type)
    {
        var required = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute)))
            .Select(property => $"{property.Name} = default!")
            .ToList();
        return required.Count == 0 ? string.Empty : $" {{ {string.Join(", ", required)} }}";
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : "global::" + type.Namespace + "." + type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : $"{name[..tick]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }

    private static IReadOnlyList<Diagnostic> Compile(string source)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<string> paths = [.. trusted, typeof(HubSpotClient).Assembly.Location, typeof(Contact).Assembly.Location];
        var compilation = CSharpCompilation.Create(
            "NullCalls",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            paths.Distinct(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)];
    }

    private static string CallAt(List<Call> calls, Diagnostic diagnostic)
    {
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line - 5;
        return line >= 0 && line < calls.Count ? calls[line].Expression : "(outside the calls)";
    }

    private sealed record Call(string Statement, string Expression);
}
