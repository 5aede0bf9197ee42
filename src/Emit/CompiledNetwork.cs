using System;
using System.Threading;
using ReluCompiler.Emit.Il;
using ReluCompiler.Emit.Kernels;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>
/// A network compiled to IL (<see cref="IlCompiler.Compile"/>): scalar calls for one, two or any number of
/// inputs, and a vectorized batch for one input. Safe to share between threads: nothing changes after
/// construction except the span delegate of a one- or two-input network, emitted once on first use.
/// <para>
/// Sum strategies agree bit for bit with <see cref="Network.Evaluate(ReadOnlySpan{double})"/>; the
/// piece-table strategy with <see cref="PieceTable.Evaluate"/>. <see cref="Evaluate"/> gives the same doubles
/// as calling <see cref="Invoke(double)"/> on each point (NaN payloads aside).
/// </para>
/// </summary>
public sealed class CompiledNetwork
{
    private readonly NetworkArrays _arrays;
    private readonly PieceTable? _table;
    private readonly IlClosure _closure;
    private readonly Func<double, double>? _unary;
    private readonly Func<double, double, double>? _binary;
    private readonly Func<SpanEvaluator>? _emitSpan;
    private SpanEvaluator? _span;

    internal CompiledNetwork(
        Network network,
        EvaluationStrategy strategy,
        NetworkArrays arrays,
        PieceTable? table,
        IlClosure closure,
        Func<double, double>? unary,
        Func<double, double, double>? binary,
        SpanEvaluator? span,
        Func<SpanEvaluator>? emitSpan,
        string listing)
    {
        Network = network;
        Strategy = strategy;
        _arrays = arrays;
        _table = table;
        _closure = closure;
        _unary = unary;
        _binary = binary;
        _span = span;
        _emitSpan = emitSpan;
        IlListing = listing;
    }

    /// <summary>The network this was compiled from.</summary>
    public Network Network { get; }

    /// <summary>The strategy actually used (never <see cref="EvaluationStrategy.Automatic"/>).</summary>
    public EvaluationStrategy Strategy { get; }

    /// <summary>The IL of the unary (one input), binary (two) or span delegate, one instruction a line.</summary>
    public string IlListing { get; }

    /// <summary>The number of inputs.</summary>
    public int InputCount => Network.Inputs.Length;

    /// <summary>The one-input delegate; throws unless the network has exactly one input.</summary>
    public Func<double, double> Unary => _unary ?? throw WrongArity(1);

    /// <summary>The two-input delegate; throws unless the network has exactly two inputs.</summary>
    public Func<double, double, double> Binary => _binary ?? throw WrongArity(2);

    /// <summary>
    /// The delegate over a span of inputs (any input count). For one or two inputs it is emitted on first use:
    /// most callers never ask for it, and not emitting it takes that much off the compile latency (bench/).
    /// </summary>
    public SpanEvaluator Span => _span ?? EmitSpan();

    /// <summary>f(x) for a one-input network.</summary>
    public double Invoke(double x) => Unary(x);

    /// <summary>f(x, y) for a two-input network, in input order.</summary>
    public double Invoke(double x, double y) => Binary(x, y);

    /// <summary>f at one point, inputs in input order; the length must match <see cref="InputCount"/>.</summary>
    public double Invoke(ReadOnlySpan<double> inputs) => Span(inputs);

    /// <summary>
    /// ys[i] = f(xs[i]) for a one-input network, with Vector256 when the hardware has it: the sum form
    /// lane by lane in the contract order, or the piece table with gathered (AVX2) loads.
    /// </summary>
    public void Evaluate(ReadOnlySpan<double> xs, Span<double> ys)
    {
        if (InputCount != 1)
        {
            throw WrongArity(1);
        }

        if (ys.Length != xs.Length)
        {
            throw new ArgumentException($"ys has {ys.Length} elements but xs has {xs.Length}; they must be the same length.", nameof(ys));
        }

        if (_table is not null)
        {
            TableKernel.Evaluate(_table, _closure.Knots, _closure.Pieces, xs, ys);
        }
        else
        {
            SumKernel.Evaluate(_arrays, xs, ys);
        }
    }

    /// <summary>Emits the span delegate once; a race emits two equal ones and keeps the first.</summary>
    private SpanEvaluator EmitSpan()
    {
        var emitted = _emitSpan!();
        return Interlocked.CompareExchange(ref _span, emitted, null) ?? emitted;
    }

    private InvalidOperationException WrongArity(int wanted) =>
        new($"This call takes {wanted} input(s), but the network has {InputCount} ({string.Join(", ", Network.Inputs)}).");
}
