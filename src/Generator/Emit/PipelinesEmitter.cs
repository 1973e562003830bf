using System.Collections.Generic;
using System.Globalization;
using Spoke.Generator.Model;
using Spoke.Generator.Naming;

namespace Spoke.Generator.Emit;

/// <summary>
/// Emits an object type's pipelines class: a nested <c>Stage</c> type that converts to the stage property's enum and picklist
/// value, a nested <c>Pipeline</c> type, one static class per pipeline with a member per stage, and the list of every pipeline.
/// Stages are singletons built once, so comparing two by reference is comparing their ids.
/// </summary>
internal static class PipelinesEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<";
    private const string NullCheck = " ?? throw new global::System.ArgumentNullException(nameof(stage))";

    public static GeneratedFile Emit(PipelinesSpec spec)
    {
        var writer = FileHeader.Open(spec.Namespace);
        var self = "global::" + spec.Namespace + "." + spec.ClassName;
        var stage = self + "." + GeneratedMembers.StageType;
        var pipeline = self + "." + GeneratedMembers.PipelineType;
        var stageEnum = "global::" + spec.Namespace + "." + spec.EnumName;
        DocWriter.Summary(
            writer,
            "The pipelines of <see cref=\"global::" + spec.Namespace + "." + spec.RecordName + "\"/> records and their stages, from snapshot <c>" + CSharpText.Doc(spec.SnapshotName)
            + "</c>. A stage converts to the value of <c>" + CSharpText.Doc(spec.StagePropertyName) + "</c> (<see cref=\"" + stageEnum + "\"/>), for filters and inputs.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public static class " + spec.ClassName);
        DocWriter.Summary(writer, "Every pipeline, in display order.");
        writer.WriteLine("public static " + ReadOnlyList + pipeline + "> " + GeneratedMembers.AllPipelines + " { get; } = new " + pipeline + "[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var item in spec.Pipelines)
        {
            writer.WriteLine(self + "." + item.ClassName + "." + GeneratedMembers.PipelineType + ",");
        }

        writer.Outdent();
        writer.WriteLine("};");
        foreach (var item in spec.Pipelines)
        {
            writer.WriteLine();
            WritePipelineClass(writer, spec, item, stage, pipeline, stageEnum);
        }

        writer.WriteLine();
        WritePipelineType(writer, stage);
        writer.WriteLine();
        WriteStageType(writer, spec, stage, stageEnum);
        writer.CloseBlock();
        return new GeneratedFile(spec.SnapshotName + "." + spec.ClassName + ".g.cs", FileHeader.Close(writer));
    }

    private static void WritePipelineClass(SourceWriter writer, PipelinesSpec spec, PipelineSpec item, string stage, string pipeline, string stageEnum)
    {
        DocWriter.Summary(writer, CSharpText.Doc(item.Label) + " (id <c>" + CSharpText.Doc(item.Id) + "</c>) and its stages.");
        writer.OpenBlock("public static class " + item.ClassName);
        DocWriter.Summary(writer, "The pipeline's id.");
        writer.WriteLine("public const string " + GeneratedMembers.Id + " = ", CSharpText.Literal(item.Id), ";");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline's label.");
        writer.WriteLine("public const string " + GeneratedMembers.Label + " = ", CSharpText.Literal(item.Label), ";");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline's position among the pipelines.");
        writer.WriteLine("public const int " + GeneratedMembers.DisplayOrder + " = ", Number(item.DisplayOrder), ";");
        foreach (var member in item.Stages)
        {
            writer.WriteLine();
            DocWriter.Summary(writer, StageSummary(member));
            writer.WriteLine("public static " + stage + " " + member.MemberName + " { get; } = new(", StageArguments(spec, member, stageEnum), ");");
        }

        writer.WriteLine();
        DocWriter.Summary(writer, "The stages, in display order.");
        writer.WriteLine("public static " + ReadOnlyList + stage + "> " + GeneratedMembers.Stages + " { get; } = new " + stage + "[]");
        writer.WriteLine("{");
        writer.Indent();
        foreach (var member in item.Stages)
        {
            writer.WriteLine(member.MemberName + ",");
        }

        writer.Outdent();
        writer.WriteLine("};");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline as a value, as listed in <c>" + GeneratedMembers.AllPipelines + "</c>.");
        writer.WriteLine(
            "public static " + pipeline + " " + GeneratedMembers.PipelineType + " { get; } = new(",
            GeneratedMembers.Id + ", " + GeneratedMembers.Label + ", " + GeneratedMembers.DisplayOrder + ", " + GeneratedMembers.Stages + ");");
        writer.CloseBlock();
    }

    private static string StageSummary(StageSpec member)
    {
        var facts = new List<string>();
        if (member.Probability is { } probability)
        {
            facts.Add("probability " + probability.TrimEnd('m'));
        }

        if (member.IsClosed == true)
        {
            facts.Add(member.Probability is null ? "closed" : ProbabilityOf(member) == 1m ? "closed won" : ProbabilityOf(member) == 0m ? "closed lost" : "closed");
        }

        if (member.TicketState is { } state)
        {
            facts.Add("ticket state " + CSharpText.Doc(state));
        }

        return CSharpText.Doc(member.Label) + " (<c>" + CSharpText.Doc(member.Id) + "</c>)" + (facts.Count > 0 ? ": " + string.Join(", ", facts) : string.Empty) + ".";
    }

    private static string StageArguments(PipelinesSpec spec, StageSpec member, string stageEnum)
    {
        var arguments = new List<string>
        {
            GeneratedMembers.Id,
            CSharpText.Literal(member.Id),
            CSharpText.Literal(member.Label),
            Number(member.DisplayOrder),
            stageEnum + "." + member.EnumMemberName,
        };
        if (spec.HasProbability)
        {
            arguments.Add(member.Probability ?? "null");
        }

        if (spec.HasIsClosed)
        {
            arguments.Add(member.IsClosed == true ? "true" : "false");
        }

        if (spec.HasTicketState)
        {
            arguments.Add(member.TicketState is null ? "null" : CSharpText.Literal(member.TicketState));
        }

        foreach (var entry in member.Metadata)
        {
            arguments.Add(CSharpText.Literal(entry.Key));
            arguments.Add(CSharpText.Literal(entry.Value));
        }

        return string.Join(", ", arguments);
    }

    private static void WritePipelineType(SourceWriter writer, string stage)
    {
        DocWriter.Summary(writer, "A pipeline: its id, label, display order and stages.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed class " + GeneratedMembers.PipelineType);
        writer.WriteLine("internal " + GeneratedMembers.PipelineType + "(string id, string label, int displayOrder, " + ReadOnlyList + stage + "> stages)");
        writer.WriteLine("{");
        writer.Indent();
        writer.WriteLine(GeneratedMembers.Id + " = id;");
        writer.WriteLine(GeneratedMembers.Label + " = label;");
        writer.WriteLine(GeneratedMembers.DisplayOrder + " = displayOrder;");
        writer.WriteLine(GeneratedMembers.Stages + " = stages;");
        writer.Outdent();
        writer.WriteLine("}");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline's id.");
        writer.WriteLine("public string " + GeneratedMembers.Id + " { get; }");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline's label.");
        writer.WriteLine("public string " + GeneratedMembers.Label + " { get; }");
        writer.WriteLine();
        DocWriter.Summary(writer, "The pipeline's position among the pipelines.");
        writer.WriteLine("public int " + GeneratedMembers.DisplayOrder + " { get; }");
        writer.WriteLine();
        DocWriter.Summary(writer, "The stages, in display order.");
        writer.WriteLine("public " + ReadOnlyList + stage + "> " + GeneratedMembers.Stages + " { get; }");
        writer.WriteLine();
        DocWriter.Summary(writer, "Returns the label.");
        writer.WriteLine("public override string ToString() => " + GeneratedMembers.Label + ";");
        writer.CloseBlock();
    }

    private static void WriteStageType(SourceWriter writer, PipelinesSpec spec, string stage, string stageEnum)
    {
        var picklist = "global::Spoke.Picklist<" + stageEnum + ">";
        DocWriter.Summary(
            writer,
            "A stage of one of the pipelines. It converts to <see cref=\"" + stageEnum + "\"/> and to its <see cref=\"global::Spoke.Picklist{TEnum}\"/>, so it can be given"
            + " wherever a value of <c>" + CSharpText.Doc(spec.StagePropertyName) + "</c> is expected.");
        writer.WriteLine(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("public sealed class " + GeneratedMembers.StageType);
        var parameters = "string pipelineId, string id, string label, int displayOrder, " + stageEnum + " value"
            + (spec.HasProbability ? ", decimal? probability" : string.Empty)
            + (spec.HasIsClosed ? ", bool isClosed" : string.Empty)
            + (spec.HasTicketState ? ", string? ticketState" : string.Empty)
            + ", params string[] metadata";
        writer.WriteLine("internal " + GeneratedMembers.StageType + "(" + parameters + ")");
        writer.WriteLine("{");
        writer.Indent();
        writer.WriteLine("PipelineId = pipelineId;");
        writer.WriteLine("Id = id;");
        writer.WriteLine("Label = label;");
        writer.WriteLine("DisplayOrder = displayOrder;");
        writer.WriteLine("Value = value;");
        WriteIf(writer, spec.HasProbability, "Probability = probability;");
        WriteIf(writer, spec.HasIsClosed, "IsClosed = isClosed;");
        WriteIf(writer, spec.HasTicketState, "TicketState = ticketState;");
        writer.WriteLine("var entries = new global::System.Collections.Generic.Dictionary<string, string>(metadata.Length / 2, global::System.StringComparer.Ordinal);");
        writer.WriteLine("for (var i = 0; i + 1 < metadata.Length; i += 2)");
        writer.WriteLine("{");
        writer.WriteLine("    entries[metadata[i]] = metadata[i + 1];");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("Metadata = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(entries);");
        writer.Outdent();
        writer.WriteLine("}");
        WriteProperty(writer, "The id of the pipeline the stage is in.", "string PipelineId");
        WriteProperty(writer, "The stage's id: the value of <c>" + CSharpText.Doc(spec.StagePropertyName) + "</c> when a record is in this stage.", "string " + GeneratedMembers.Id);
        WriteProperty(writer, "The stage's label.", "string " + GeneratedMembers.Label);
        WriteProperty(writer, "The stage's position in its pipeline.", "int " + GeneratedMembers.DisplayOrder);
        WriteProperty(writer, "The member of <see cref=\"" + stageEnum + "\"/> for this stage.", stageEnum + " Value");
        if (spec.HasProbability)
        {
            WriteProperty(writer, "The chance that a deal in this stage is won, from 0 to 1 (metadata <c>probability</c>); null when the stage has none.", "decimal? Probability");
        }

        if (spec.HasIsClosed)
        {
            WriteProperty(writer, "Whether a record in this stage is closed (metadata <c>isClosed</c>).", "bool IsClosed");
        }

        if (spec.HasProbability && spec.HasIsClosed)
        {
            writer.WriteLine();
            DocWriter.Summary(writer, "Whether the stage is closed and won: closed with probability 1, as HubSpot's closed won stage.");
            writer.WriteLine("public bool IsWon => IsClosed && Probability == 1m;");
        }

        if (spec.HasTicketState)
        {
            WriteProperty(writer, "The ticket state the stage stands for, <c>OPEN</c> or <c>CLOSED</c> (metadata <c>ticketState</c>); null when the stage has none.", "string? TicketState");
        }

        WriteProperty(writer, "The stage's metadata as HubSpot lists it, every value as text.", "global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata");
        writer.WriteLine();
        DocWriter.Summary(writer, "The stage as a value of <c>" + CSharpText.Doc(spec.StagePropertyName) + "</c>.");
        writer.WriteLine("/// <param name=\"stage\">The stage.</param>");
        writer.WriteLine("public static implicit operator " + picklist + "(" + stage + " stage) => new((stage" + NullCheck + ").Value);");
        writer.WriteLine();
        DocWriter.Summary(writer, "The stage's enum member.");
        writer.WriteLine("/// <param name=\"stage\">The stage.</param>");
        writer.WriteLine("public static implicit operator " + stageEnum + "(" + stage + " stage) => (stage" + NullCheck + ").Value;");
        writer.WriteLine();
        DocWriter.Summary(writer, "Returns the label.");
        writer.WriteLine("public override string ToString() => " + GeneratedMembers.Label + ";");
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, string summary, string declaration)
    {
        writer.WriteLine();
        DocWriter.Summary(writer, summary);
        writer.WriteLine("public " + declaration + " { get; }");
    }

    private static void WriteIf(SourceWriter writer, bool condition, string line)
    {
        if (condition)
        {
            writer.WriteLine(line);
        }
    }

    private static decimal ProbabilityOf(StageSpec member) =>
        decimal.Parse(member.Probability!.TrimEnd('m'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
