using System;
using System.Collections.Generic;
using System.Linq;
using ReluCompiler.CSharp;
using ReluCompiler.Generator.Diagnostics;
using ReluCompiler.Generator.Model;
using ReluCompiler.Ir;
using ReluCompiler.Parser;

namespace ReluCompiler.Generator.Analysis;

/// <summary>
/// The expression to the C# class that implements it, by the same steps as <c>relu emit</c> and
/// <c>Relu.Compile</c>: parse with the inputs declared, the smallest network, the evaluation plan, the C#
/// emitter. Every problem becomes a located diagnostic instead of an exception.
/// </summary>
internal static class ExpressionCompiler
{
    /// <summary>The file-local class every generated file declares in <see cref="Namespace"/>.</summary>
    public const string ClassName = "Network";

    /// <summary>The namespace of the generated classes.</summary>
    public const string Namespace = "ReluCompiler.Generated";

    /// <summary>The emitted class text (header comments included), or null after adding diagnostics.</summary>
    public static (string? Source, EvaluationPlan? Plan) Compile(
        string text, MethodShape shape, EvaluationStrategy strategy, ExpressionLocator locator, LocationInfo formLocation, List<DiagnosticInfo> diagnostics)
    {
        if (!ReluParser.TryParse(text, out var parsed, out var error))
        {
            diagnostics.Add(DiagnosticInfo.Create(ReluDiagnostics.InvalidExpression, locator.At(error!.Offset), error.Reason));
            return (null, null);
        }

        var inputs = shape.IsBatch ? BatchInputs(parsed!, locator, diagnostics) : ScalarInputs(text, parsed!, shape, locator, diagnostics);
        if (inputs is null)
        {
            return (null, null);
        }

        if (strategy == EvaluationStrategy.PieceTable && inputs.Count != 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.FormDoesNotFit, formLocation, $"The piece table evaluates a function of one input; this one has {inputs.Count}"));
            return (null, null);
        }

        try
        {
            var expression = ReluParser.Parse(text, inputs);
            var network = NetworkBuilder.Smallest(expression.Sum, expression.Variables).Network;
            var plan = EvaluationPlan.For(network, strategy);
            var options = new CSharpEmitOptions(ClassName, Namespace, SourceExpression: text, FileLocal: true);
            return (CSharpEmitter.Emit(plan, options), plan);
        }
        catch (Exception e) when (e is ReluParseException or LimitExceededException or ArgumentException)
        {
            var location = e is ReluParseException located ? locator.At(located.Offset) : locator.Whole;
            diagnostics.Add(DiagnosticInfo.Create(ReluDiagnostics.InvalidExpression, location, e is ReluParseException p ? p.Reason : e.Message));
            return (null, null);
        }
    }

    /// <summary>
    /// The parameters' names, in parameter order. A variable without a parameter is an error at its first
    /// occurrence (found by parsing with every other name declared); a parameter without a variable a warning.
    /// </summary>
    private static IReadOnlyList<string>? ScalarInputs(
        string text, ParsedExpression parsed, MethodShape shape, ExpressionLocator locator, List<DiagnosticInfo> diagnostics)
    {
        var names = shape.Parameters.Select(p => p.Name).ToList();
        var ok = true;
        foreach (var parameter in shape.Parameters)
        {
            if (ReluParser.CheckInputs([parameter.Name]) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    ReluDiagnostics.WrongSignature, LocationInfo.From(parameter.Locations[0].SourceTree!, parameter.Locations[0].SourceSpan),
                    $"Parameter '{parameter.Name}' cannot be a variable of the expression: {problem}"));
                ok = false;
            }
            else if (!parsed.Variables.Contains(parameter.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    ReluDiagnostics.UnusedParameter, LocationInfo.From(parameter.Locations[0].SourceTree!, parameter.Locations[0].SourceSpan), parameter.Name));
            }
        }

        var declarable = names.Where(n => ReluParser.CheckInputs([n]) is null).ToList();
        foreach (var missing in parsed.Variables.Where(v => !names.Contains(v)))
        {
            var others = declarable.Concat(parsed.Variables.Where(v => v != missing && !names.Contains(v))).ToList();
            var location = ReluParser.TryParse(text, others, out _, out var error) ? locator.Whole : locator.At(error!.Offset);
            diagnostics.Add(DiagnosticInfo.Create(ReluDiagnostics.VariableWithoutParameter, location, missing, shape.Name));
            ok = false;
        }

        return ok ? names : null;
    }

    /// <summary>The batch form's one input: the expression's variable, or <c>x</c> for a constant.</summary>
    private static IReadOnlyList<string>? BatchInputs(ParsedExpression parsed, ExpressionLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (parsed.Variables.Length > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.BatchNeedsOneVariable, locator.Whole, parsed.Variables.Length.ToString(), string.Join(", ", parsed.Variables)));
            return null;
        }

        return parsed.Variables.Length == 1 ? [parsed.Variables[0]] : ["x"];
    }
}
