using System;
using System.Collections.Generic;
using System.Linq;
using ReluCompiler.Emit;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// Every way the project evaluates a network, by name, for [Theory] tests (STYLE §11). Sum engines compute
/// the sum form and must equal the interpreter bit for bit; table engines compute the piece table and must
/// equal <see cref="PieceTable.Evaluate"/> bit for bit.
/// </summary>
internal static class Engines
{
    public const string Interpreter = "interpreter";

    private static readonly Dictionary<string, Func<Network, SpanEvaluator>> SumEngines = new()
    {
        [Interpreter] = network => inputs => network.Evaluate(inputs),
        ["il straight-line (span)"] = network => IlCompiler.CompileSpan(network, EvaluationStrategy.StraightLine),
        ["il straight-line (typed)"] = network => Typed(IlCompiler.Compile(network, EvaluationStrategy.StraightLine)),
        ["il sum loop (span)"] = network => IlCompiler.CompileSpan(network, EvaluationStrategy.SumLoop),
        ["il sum loop (typed)"] = network => Typed(IlCompiler.Compile(network, EvaluationStrategy.SumLoop)),
        ["first tier sum (span)"] = network => FirstTier(network, EvaluationStrategy.SumLoop).Span,
        ["first tier sum (typed)"] = network => Typed(FirstTier(network, EvaluationStrategy.StraightLine)),
        ["roslyn straight-line"] = network => Roslyn(network, EvaluationStrategy.StraightLine),
        ["roslyn sum loop"] = network => Roslyn(network, EvaluationStrategy.SumLoop),

        // What Relu.Compile runs where the runtime cannot generate code (NativeAOT).
        ["precompiled sum (span)"] = network => CompiledNetwork.Precompiled(EvaluationPlan.For(network, EvaluationStrategy.SumLoop)).Span,
        ["precompiled sum (typed)"] = network => Typed(CompiledNetwork.Precompiled(EvaluationPlan.For(network, EvaluationStrategy.StraightLine))),
    };

    private static readonly Dictionary<string, Func<Network, SpanEvaluator>> TableEngines = new()
    {
        ["piece table"] = network =>
        {
            var table = PieceTable.FromNetwork(network);
            return inputs => table.Evaluate(inputs[0]);
        },
        ["il piece table (span)"] = network => IlCompiler.CompileSpan(network, EvaluationStrategy.PieceTable),
        ["il piece table (typed)"] = network => Typed(IlCompiler.Compile(network, EvaluationStrategy.PieceTable)),
        ["first tier piece table (span)"] = network => FirstTier(network, EvaluationStrategy.PieceTable).Span,
        ["first tier piece table (typed)"] = network => Typed(FirstTier(network, EvaluationStrategy.PieceTable)),
        ["roslyn piece table"] = network => Roslyn(network, EvaluationStrategy.PieceTable),
        ["precompiled piece table (typed)"] = network => Typed(CompiledNetwork.Precompiled(EvaluationPlan.For(network, EvaluationStrategy.PieceTable))),
    };

    /// <summary>Names of the sum-form engines.</summary>
    public static TheoryData<string> Sum => Data(SumEngines.Keys);

    /// <summary>Names of the piece-table engines (one input only).</summary>
    public static TheoryData<string> Table => Data(TableEngines.Keys);

    /// <summary>Every engine: for behaviour tests on one-input networks where both forms are exact.</summary>
    public static TheoryData<string> All => Data(SumEngines.Keys.Concat(TableEngines.Keys));

    /// <summary>The engines whose own entry point takes a span (typed delegates fix their arity in the signature).</summary>
    public static TheoryData<string> TakingSpans =>
        Data(SumEngines.Keys.Concat(TableEngines.Keys).Where(name => !name.Contains("typed", StringComparison.Ordinal) && name != "piece table"));

    public static IEnumerable<string> SumNames => SumEngines.Keys;

    public static IEnumerable<string> TableNames => TableEngines.Keys;

    public static bool IsTable(string engine) => TableEngines.ContainsKey(engine);

    public static SpanEvaluator Compile(string engine, Network network) =>
        (SumEngines.TryGetValue(engine, out var sum) ? sum : TableEngines[engine])(network);

    /// <summary>Calls the one- or two-input delegate where the network has one, else the span one.</summary>
    private static SpanEvaluator Typed(CompiledNetwork compiled) => compiled.InputCount switch
    {
        1 => inputs => compiled.Invoke(inputs[0]),
        2 => inputs => compiled.Invoke(inputs[0], inputs[1]),
        _ => inputs => compiled.Invoke(inputs),
    };

    /// <summary>The precompiled first tier alone (never promoted), which must give the IL's bits.</summary>
    private static CompiledNetwork FirstTier(Network network, EvaluationStrategy strategy) =>
        CompiledNetwork.Compile(EvaluationPlan.For(network, strategy), ReluTier.Interpreted);

    private static SpanEvaluator Roslyn(Network network, EvaluationStrategy strategy)
    {
        var options = new CSharpEmitOptions();
        return RoslynCompiler.Bind(network, options, CSharpEmitter.Emit(network, options, strategy));
    }

    private static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
