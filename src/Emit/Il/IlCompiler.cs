using System;
using System.Reflection.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// Compiles a <see cref="Network"/> to delegates through <see cref="DynamicMethod"/> (collected with the
/// delegate, no assembly left behind). Strategies and their thresholds: <see cref="EmitThresholds"/>.
/// </summary>
public static class IlCompiler
{
    /// <summary>Every delegate the network's input count allows (the span shape of a one- or two-input network on first use), the batch kernel and the IL listing.</summary>
    public static CompiledNetwork Compile(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic)
    {
        var plan = Plan.Of(network, strategy);
        Func<double, double>? unary = null;
        Func<double, double, double>? binary = null;
        string listing;
        if (network.Inputs.Length == 1)
        {
            (unary, listing) = Emit<Func<double, double>>(plan, IlShape.Unary);
        }
        else if (network.Inputs.Length == 2)
        {
            (binary, listing) = Emit<Func<double, double, double>>(plan, IlShape.Binary);
        }
        else
        {
            var (span, spanListing) = Emit<SpanEvaluator>(plan, IlShape.Span);
            return new CompiledNetwork(network, plan.Strategy, plan.Arrays, plan.Table, plan.Closure, null, null, span, null, spanListing);
        }

        // One or two inputs: the span shape waits until someone asks for it (CompiledNetwork.Span).
        return new CompiledNetwork(
            network, plan.Strategy, plan.Arrays, plan.Table, plan.Closure, unary, binary, null, () => Emit<SpanEvaluator>(plan, IlShape.Span).Delegate, listing);
    }

    /// <summary>A <c>double (double x)</c> delegate for a network of one input.</summary>
    public static Func<double, double> CompileUnary(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic)
    {
        CheckArity(network, 1);
        return Emit<Func<double, double>>(Plan.Of(network, strategy), IlShape.Unary).Delegate;
    }

    /// <summary>A <c>double (double x, double y)</c> delegate for a network of two inputs.</summary>
    public static Func<double, double, double> CompileBinary(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic)
    {
        CheckArity(network, 2);
        return Emit<Func<double, double, double>>(Plan.Of(network, strategy), IlShape.Binary).Delegate;
    }

    /// <summary>A delegate over a span of inputs, for any number of inputs (the length is checked on every call).</summary>
    public static SpanEvaluator CompileSpan(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic) =>
        Emit<SpanEvaluator>(Plan.Of(network, strategy), IlShape.Span).Delegate;

    /// <summary>
    /// The textual IL listing of the method <see cref="Compile"/> would hand out first: the unary or binary
    /// shape for one or two inputs, else the span shape (argument 0 is the bound closure).
    /// </summary>
    public static string Listing(Network network, EvaluationStrategy strategy = EvaluationStrategy.Automatic)
    {
        var shape = network.Inputs.Length switch { 1 => IlShape.Unary, 2 => IlShape.Binary, _ => IlShape.Span };
        return shape switch
        {
            IlShape.Unary => Emit<Func<double, double>>(Plan.Of(network, strategy), shape).Listing,
            IlShape.Binary => Emit<Func<double, double, double>>(Plan.Of(network, strategy), shape).Listing,
            _ => Emit<SpanEvaluator>(Plan.Of(network, strategy), shape).Listing,
        };
    }

    private static (TDelegate Delegate, string Listing) Emit<TDelegate>(Plan plan, IlShape shape)
        where TDelegate : Delegate
    {
        Type[] parameters = shape switch
        {
            IlShape.Unary => [typeof(IlClosure), typeof(double)],
            IlShape.Binary => [typeof(IlClosure), typeof(double), typeof(double)],
            _ => [typeof(IlClosure), typeof(ReadOnlySpan<double>)],
        };

        // Associated with this module and skipping visibility: the body reads IlClosure's fields and calls a private thrower.
        var method = new DynamicMethod("ReluNetwork_" + plan.Strategy, typeof(double), parameters, typeof(IlClosure).Module, skipVisibility: true);
        var listing = IlEmitter.Emit(method.GetILGenerator(), plan.Network, shape, plan.Strategy, plan.Table);
        return ((TDelegate)method.CreateDelegate(typeof(TDelegate), plan.Closure), listing);
    }

    private static void CheckArity(Network network, int expected)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Inputs.Length != expected)
        {
            throw new ArgumentException(
                $"This delegate shape takes {expected} input(s), but the network has {network.Inputs.Length} ({string.Join(", ", network.Inputs)}).",
                nameof(network));
        }
    }

    /// <summary>What every shape of one compilation shares: the resolved strategy and the data it reads.</summary>
    private sealed record Plan(Network Network, EvaluationStrategy Strategy, NetworkArrays Arrays, PieceTable? Table, IlClosure Closure)
    {
        public static Plan Of(Network network, EvaluationStrategy requested)
        {
            ArgumentNullException.ThrowIfNull(network);
            var strategy = EmitThresholds.Resolve(network, requested);
            var arrays = NetworkArrays.From(network);
            if (strategy == EvaluationStrategy.PieceTable)
            {
                var table = PieceTable.FromNetwork(network);
                return new Plan(network, strategy, arrays, table, new IlClosure([], [], [], [.. table.Knots], Interleave(table)));
            }

            var closure = strategy == EvaluationStrategy.SumLoop
                ? new IlClosure(arrays.Weights, arrays.Biases, arrays.OutputWeights, [], [])
                : IlClosure.Empty;
            return new Plan(network, strategy, arrays, null, closure);
        }

        private static double[] Interleave(PieceTable table)
        {
            var pieces = new double[3 * table.PieceCount];
            for (var i = 0; i < table.PieceCount; i++)
            {
                pieces[3 * i] = table.Anchors[i];
                pieces[3 * i + 1] = table.Values[i];
                pieces[3 * i + 2] = table.Slopes[i];
            }

            return pieces;
        }
    }
}
