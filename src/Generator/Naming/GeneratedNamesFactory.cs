using System.Collections.Generic;
using Spoke.Generator.Diagnostics;
using Spoke.Generator.Model;

namespace Spoke.Generator.Naming;

/// <summary>Turns the generator's account model and diagnostics into the public <see cref="GeneratedNames"/>.</summary>
internal static class GeneratedNamesFactory
{
    public static GeneratedNames Create(AccountModel account, List<DiagnosticSpec> diagnostics)
    {
        var objects = new List<GeneratedObject>(account.Objects.Count);
        foreach (var spec in account.Objects)
        {
            var properties = new List<GeneratedProperty>(spec.Properties.Count);
            foreach (var property in spec.Properties)
            {
                properties.Add(Property(property));
            }

            objects.Add(new GeneratedObject(spec.TypeId, spec.ObjectName, spec.RecordName, spec.InputName, spec.FieldsName, properties.AsReadOnly(), PipelinesNameOf(account, spec)));
        }

        return new GeneratedNames(objects.AsReadOnly(), Diagnostics(diagnostics).AsReadOnly());
    }

    private static string? PipelinesNameOf(AccountModel account, ObjectSpec spec)
    {
        foreach (var pipelines in account.Pipelines)
        {
            if (pipelines.TypeId == spec.TypeId)
            {
                return pipelines.ClassName;
            }
        }

        return null;
    }

    private static GeneratedProperty Property(PropertySpec property)
    {
        GeneratedEnum? generatedEnum = null;
        if (property.Enum is { } spec)
        {
            var options = new List<GeneratedOption>(spec.Members.Count);
            foreach (var member in spec.Members)
            {
                options.Add(new GeneratedOption(member.WireValue, member.Name));
            }

            generatedEnum = new GeneratedEnum(spec.TypeName, spec.ExtensionsName, options.AsReadOnly());
        }

        var kind = KindOf(property.Kind);
        return new GeneratedProperty(property.WireName, property.MemberName, kind, TypeOf(kind, generatedEnum?.TypeName), property.ReadOnly, generatedEnum);
    }

    private static GeneratedValueKind KindOf(PropertyKind kind) => kind switch
    {
        PropertyKind.Number => GeneratedValueKind.Number,
        PropertyKind.Bool => GeneratedValueKind.Bool,
        PropertyKind.Date => GeneratedValueKind.Date,
        PropertyKind.DateTime => GeneratedValueKind.DateTime,
        PropertyKind.Picklist => GeneratedValueKind.Picklist,
        PropertyKind.MultiPicklist => GeneratedValueKind.MultiPicklist,
        _ => GeneratedValueKind.String,
    };

    private static string TypeOf(GeneratedValueKind kind, string? enumName) => kind switch
    {
        GeneratedValueKind.Number => "decimal?",
        GeneratedValueKind.Bool => "bool?",
        GeneratedValueKind.Date => "DateOnly?",
        GeneratedValueKind.DateTime => "DateTimeOffset?",
        GeneratedValueKind.Picklist => "Picklist<" + enumName + ">?",
        GeneratedValueKind.MultiPicklist => "IReadOnlyList<Picklist<" + enumName + ">>?",
        _ => "string?",
    };

    private static List<NamingDiagnostic> Diagnostics(List<DiagnosticSpec> specs)
    {
        var ordered = new List<DiagnosticSpec>(specs);
        ordered.Sort(static (left, right) =>
        {
            var order = string.CompareOrdinal(left.Location?.FilePath, right.Location?.FilePath);
            order = order != 0 ? order : (left.Location?.Start ?? -1).CompareTo(right.Location?.Start ?? -1);
            return order != 0 ? order : string.CompareOrdinal(left.Id, right.Id);
        });
        var diagnostics = new List<NamingDiagnostic>(ordered.Count);
        foreach (var spec in ordered)
        {
            var definition = DiagnosticCatalogue.Get(spec.Id);
            var location = spec.Location;
            diagnostics.Add(new NamingDiagnostic(
                spec.Id,
                definition.Severity,
                definition.Format(spec.Arguments),
                location?.FilePath,
                location is null ? null : location.StartLine + 1,
                location is null ? null : location.StartColumn + 1));
        }

        return diagnostics;
    }
}
