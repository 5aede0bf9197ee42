using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ReluCompiler.Ir;

/// <summary>
/// Evaluates a ReLU expression at double points and returns the exact value rounded once to the nearest double
/// (ties to even): <c>x + σ(−x − 1e17)</c> at 1 is exactly 1, σ(x) − σ(x − 1) at 1e300 exactly 1, and
/// 3σ(x) − 3σ(x − 1) at 1e308 exactly 3 (where a plain double sum gives ∞ − ∞ = NaN).
/// <para>
/// A filter, as exact geometric predicates are: a fast double evaluation of a well-conditioned form (the piece
/// table anchored at the nearest end in one variable, <see cref="FilteredTable"/>; the origin-facing sum
/// otherwise, <see cref="FilteredSum"/>) together with a rigorous bound on its error; when the bound cannot
/// decide the rounding (the value is within the bound of a rounding boundary, an input or weight lies outside
/// [2⁻²⁰⁰, 2²⁰⁰], or the point sits on a kink that is not a double), the exact rational value is computed
/// (<see cref="ExactSum"/>) and rounded with <see cref="ExactMath.ToDouble"/>.
/// </para>
/// <para>
/// Non-finite inputs: NaN gives NaN; an infinite input gives the limit along it (see <see cref="ExactSum"/>),
/// so σ(x) − σ(x − 1) is 1 at +∞.
/// </para>
/// <para>
/// The piece table of a one-variable form of more than <see cref="EagerTableKinks"/> kinks is built lazily, on the
/// call after <see cref="LazyTableCalls"/> exact answers: building it costs about as much as that many exact
/// evaluations (each O(K)), so a few points on a huge expression (<c>relu eval -f big.txt 1</c>) never pay for
/// it, and many points pay at most twice the best of either. The answers are the same either way: the table
/// only answers when its bound proves the rounding. Thread-safe: the table is published once, by compare-exchange.
/// </para>
/// </summary>
public sealed class CorrectlyRoundedEvaluator
{
    /// <summary>A one-variable form gets its table at once up to this many kinks (building it is then cheap).</summary>
    internal const int EagerTableKinks = 4096;

    /// <summary>How many answers a bigger form gives exactly before its table is built.</summary>
    internal const int LazyTableCalls = 16;

    /// <summary>The one-variable form the table is built from (null for several variables).</summary>
    private readonly CanonicalForm? _univariate;
    private int _exactCalls;
    private FilteredTable? _table;
    private readonly int _tableInput;
    private readonly FilteredSum? _sum;
    private readonly ExactSum _exact;

    private CorrectlyRoundedEvaluator(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        Inputs = inputs.ToImmutableArray();
        foreach (var variable in form.Variables)
        {
            if (!Inputs.Contains(variable, StringComparer.Ordinal))
            {
                throw new ArgumentException($"The variable `{variable}` occurs in the expression but is not an input.", nameof(inputs));
            }
        }

        _exact = ExactSum.FromForm(form, inputs);
        if (form.IsUnivariate)
        {
            _univariate = form;
            if (form.Terms.Length <= EagerTableKinks)
            {
                _table = BuildTable();
            }

            _tableInput = form.Variables.IsEmpty ? -1 : Inputs.IndexOf(form.Variables[0]);
        }
        else
        {
            _sum = FilteredSum.FromForm(form, inputs);
        }
    }

    /// <summary>The input names, in the order points are given.</summary>
    public ImmutableArray<string> Inputs { get; }

    /// <summary>The evaluator of a canonical form over <paramref name="inputs"/> (which must name each of its variables).</summary>
    /// <param name="form">The function.</param>
    /// <param name="inputs">The order of a point's coordinates; may name variables the form does not use.</param>
    /// <returns>An evaluator, safe to share between threads.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A variable of <paramref name="form"/> is not in <paramref name="inputs"/>.</exception>
    public static CorrectlyRoundedEvaluator Create(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        return new CorrectlyRoundedEvaluator(form, inputs ?? throw new ArgumentNullException(nameof(inputs)));
    }

    /// <summary>The evaluator of a ReLU sum over <paramref name="inputs"/>.</summary>
    /// <param name="sum">The function, in any written form.</param>
    /// <param name="inputs">The order of a point's coordinates; may name variables the sum does not use.</param>
    /// <returns>An evaluator, safe to share between threads.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A variable of <paramref name="sum"/> is not in <paramref name="inputs"/>.</exception>
    public static CorrectlyRoundedEvaluator Create(ReluSum sum, IReadOnlyList<string> inputs) =>
        Create(CanonicalForm.FromReluSum(sum ?? throw new ArgumentNullException(nameof(sum))), inputs);

    /// <summary>The evaluator of the function a network computes (any network of it gives the same answers).</summary>
    /// <param name="network">The network; its inputs give the order of a point's coordinates.</param>
    /// <returns>An evaluator, safe to share between threads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static CorrectlyRoundedEvaluator Create(Network network) =>
        Create((network ?? throw new ArgumentNullException(nameof(network))).ToReluSum(), network.Inputs);

    /// <summary>f at a point given in input order, correctly rounded.</summary>
    /// <param name="point">One value per input, in <see cref="Inputs"/> order; any doubles.</param>
    /// <returns>The exact value rounded once to the nearest double (ties to even); NaN for a NaN input.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public double Evaluate(ReadOnlySpan<double> point)
    {
        if (point.Length != Inputs.Length)
        {
            throw new InputCountException(Inputs, point.Length, nameof(point));
        }

        return TryEvaluateFast(point, out var value) ? value : _exact.Evaluate(point);
    }

    /// <summary>f(x) for a function of one input, correctly rounded.</summary>
    /// <param name="x">The value of the one input; any double.</param>
    /// <returns>The exact value rounded once to the nearest double (ties to even); NaN for NaN.</returns>
    /// <exception cref="InputCountException">The function has more than one input, or none.</exception>
    public double Evaluate(double x) => Evaluate(new[] { x });

    /// <summary>The fast path alone: true when the double evaluation's bound proves the rounding (for tests and benchmarks).</summary>
    internal bool TryEvaluateFast(ReadOnlySpan<double> point, out double value)
    {
        if (_sum is not null)
        {
            return _sum.TryEvaluate(point, out value);
        }

        if ((Volatile.Read(ref _table) ?? TableAfterExactCalls()) is not { } table)
        {
            value = 0;
            return false;
        }

        // A NaN in an input the function ignores must still give NaN (every engine's NaN rule: NaN in, NaN out).
        for (var j = 0; j < point.Length; j++)
        {
            if (double.IsNaN(point[j]) || (j != _tableInput && double.IsInfinity(point[j])))
            {
                value = 0;
                return false;
            }
        }

        return table.TryEvaluate(_tableInput < 0 ? 0.0 : point[_tableInput], out value);
    }

    /// <summary>The table once <see cref="LazyTableCalls"/> answers have been exact; null before.</summary>
    private FilteredTable? TableAfterExactCalls()
    {
        if (Interlocked.Increment(ref _exactCalls) <= LazyTableCalls)
        {
            return null;
        }

        // Racing threads may each build one; the first published stays.
        Interlocked.CompareExchange(ref _table, BuildTable(), null);
        return _table;
    }

    private FilteredTable BuildTable() => FilteredTable.FromForm(_univariate!);
}
