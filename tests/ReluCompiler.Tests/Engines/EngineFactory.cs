using System;
using System.Collections.Generic;
using System.Linq;
using ReluCompiler.CSharp;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using ReluCompiler.Roslyn;
using ReluCompiler.Tests.Emit;
using Xunit;

namespace ReluCompiler.Tests.Engines;

/// <summary>Builds each <see cref="Engine"/> for a network, as a span evaluator the tests call point by point.</summary>
internal static class EngineFactory
{
    /// <summary>
    /// A batch of this many copies of one point: sixteen go through the kernels' four-vector loop, the
    /// rest through the one-vector loop and the scalar tail, so every path computes the point.
    /// </summary>
    private const int BatchCopies = 16 + 4 + 3;

    public static IEnumerable<Engine> All => Enum.GetValues<Engine>();

    public static bool IsTable(Engine engine) =>
        engine is Engine.IlPieceTable or Engine.BatchTableKernel or Engine.RoslynPieceTable or Engine.PrecompiledPieceTable or Engine.FirstTierPieceTable;

    public static bool IsRoslyn(Engine engine) => engine is Engine.RoslynStraightLine or Engine.RoslynSumLoop or Engine.RoslynPieceTable;

    /// <summary>Whether the engine can evaluate the network: table engines take one input only.</summary>
    public static bool Evaluates(Engine engine, Network network) => !IsTable(engine) || network.Inputs.Length == 1;

    /// <summary>The engines as theory rows.</summary>
    public static TheoryData<Engine> Rows(Func<Engine, bool>? where = null)
    {
        var data = new TheoryData<Engine>();
        foreach (var engine in All.Where(where ?? (_ => true)))
        {
            data.Add(engine);
        }

        return data;
    }

    public static SpanEvaluator Compile(Engine engine, Network network) => CompileAll(engine, [network])[0];

    /// <summary>
    /// Each network compiled by <paramref name="engine"/>; Roslyn engines put every network into one
    /// compilation (one class each), since a compilation costs far more than a DynamicMethod.
    /// </summary>
    public static SpanEvaluator[] CompileAll(Engine engine, IReadOnlyList<Network> networks) => engine switch
    {
        Engine.Interpreter => networks.Select(n => (SpanEvaluator)(inputs => n.Evaluate(inputs))).ToArray(),
        Engine.IlStraightLine => networks.Select(n => TypedAndSpan(IlCompiler.Compile(n, EvaluationStrategy.StraightLine))).ToArray(),
        Engine.IlSumLoop => networks.Select(n => TypedAndSpan(IlCompiler.Compile(n, EvaluationStrategy.SumLoop))).ToArray(),
        Engine.IlPieceTable => networks.Select(n => TypedAndSpan(IlCompiler.Compile(n, EvaluationStrategy.PieceTable))).ToArray(),
        Engine.BatchSumKernel => networks.Select(n => Batch(n, EvaluationStrategy.SumLoop)).ToArray(),
        Engine.BatchTableKernel => networks.Select(n => Batch(n, EvaluationStrategy.PieceTable)).ToArray(),
        Engine.RoslynStraightLine => Roslyn(networks, EvaluationStrategy.StraightLine),
        Engine.RoslynSumLoop => Roslyn(networks, EvaluationStrategy.SumLoop),
        Engine.RoslynPieceTable => Roslyn(networks, EvaluationStrategy.PieceTable),
        Engine.PrecompiledSum => networks.Select(n => TypedAndSpan(CompiledNetwork.Precompiled(EvaluationPlan.For(n, EvaluationStrategy.SumLoop)))).ToArray(),
        Engine.PrecompiledPieceTable => networks.Select(n => TypedAndSpan(CompiledNetwork.Precompiled(EvaluationPlan.For(n, EvaluationStrategy.PieceTable)))).ToArray(),
        Engine.FirstTierSum => networks.Select(n => TypedAndSpan(CompiledNetwork.Compile(EvaluationPlan.For(n, EvaluationStrategy.StraightLine), ReluTier.Interpreted))).ToArray(),
        Engine.FirstTierPieceTable => networks.Select(n => TypedAndSpan(CompiledNetwork.Compile(EvaluationPlan.For(n, EvaluationStrategy.PieceTable), ReluTier.Interpreted))).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Add the engine to EngineFactory.CompileAll."),
    };

    /// <summary>
    /// The typed delegate (<c>Func&lt;double, …, double&gt;</c>, one parameter per input) and the span delegate
    /// are separately emitted IL (or separate precompiled evaluators): both are called, and must give the same bits.
    /// </summary>
    private static SpanEvaluator TypedAndSpan(CompiledNetwork compiled)
    {
        var strategy = compiled.Strategy;
        var typed = Typed(compiled);
        var span = compiled.Span;
        return inputs =>
        {
            var viaSpan = span(inputs);
            if (typed is null || inputs.Length != compiled.InputCount)
            {
                return viaSpan;
            }

            var viaTyped = typed(inputs.ToArray());
            Doubles.AssertSame(viaSpan, viaTyped, $"typed delegate of {strategy} at ({string.Join(", ", inputs.ToArray())})");
            return viaTyped;
        };
    }

    private static Func<double[], double>? Typed(CompiledNetwork compiled)
    {
        switch (compiled.InputCount)
        {
            case 1:
                var unary = compiled.As<Func<double, double>>();
                return v => unary(v[0]);
            case 2:
                var binary = compiled.As<Func<double, double, double>>();
                return v => binary(v[0], v[1]);
            case 3 when !compiled.IsPrecompiled: // without code generation only one and two inputs are typed
                var ternary = compiled.As<Func<double, double, double, double>>();
                return v => ternary(v[0], v[1], v[2]);
            default:
                return null;
        }
    }

    /// <summary>The point copied <see cref="BatchCopies"/> times into one batch; every lane must give the same bits.</summary>
    private static SpanEvaluator Batch(Network network, EvaluationStrategy strategy)
    {
        var compiled = IlCompiler.Compile(network, strategy);
        return inputs =>
        {
            if (inputs.Length != compiled.InputCount)
            {
                throw new InputCountException(network.Inputs, inputs.Length, nameof(inputs));
            }

            var points = new double[BatchCopies * inputs.Length];
            for (var copy = 0; copy < BatchCopies; copy++)
            {
                inputs.CopyTo(points.AsSpan(copy * inputs.Length));
            }

            var results = new double[BatchCopies];
            compiled.Evaluate(points, results);
            for (var lane = 1; lane < results.Length; lane++)
            {
                Doubles.AssertSame(results[0], results[lane], $"batch lane {lane} of {strategy}");
            }

            return results[0];
        };
    }

    private static SpanEvaluator[] Roslyn(IReadOnlyList<Network> networks, EvaluationStrategy strategy)
    {
        var options = networks.Select((_, i) => new CSharpEmitOptions("Case" + i, "EngineCases")).ToArray();
        var source = string.Concat(networks.Select((n, i) => CSharpEmitter.Emit(n, options[i], strategy) + "\n"));
        var assembly = RoslynCompiler.CompileAndLoad(source);
        return networks.Select((network, i) => RoslynCompiler.Bind(network, assembly.GetType("EngineCases.Case" + i, throwOnError: true)!)).ToArray();
    }
}
