using System;

namespace ReluCompiler.Ir;

/// <summary>
/// The one place that decides how a network is evaluated, and the arrays every backend reads: the IL
/// emitter, the C# emitter and the batch kernels take their strategy and their numbers from here, in one
/// layout, so they cannot drift apart (as RegexCompiler and RegexGenerator share RegexTree analysis).
/// <para>
/// Accuracy: <see cref="ErrorBound"/> states, for each finite point, a rigorous bound on the distance between
/// what every backend of this plan computes and the exact value (checked against exact rationals in the tests):
/// for the sum form <see cref="EvaluationErrorBound.SumForm"/>, about (n + d + 6)·u·S(x) with
/// S(x) = |c| + Σ|aᵢ|·(Σⱼ|wᵢⱼ·xⱼ| + |bᵢ|) (u = 2⁻⁵³, n units, d inputs); for the piece table
/// <see cref="EvaluationErrorBound.TableForm"/>, about u·|v| + 3u·|m|·|x − a| from the nearest anchor a. S grows
/// with |x| and with far kinks that cancel; the table's bound stays near the local value, which is why the table
/// is chosen for one input whenever a kink is far (<see cref="SumFormCondition"/>).
/// </para>
/// </summary>
public sealed class EvaluationPlan
{
    /// <summary>
    /// A one-input network with more hidden units than this is evaluated through its piece table:
    /// a measured branch-free search beats the scalar sum from about 8–16 kinks (bench/README.md).
    /// </summary>
    internal const int PieceTableUnits = 16;

    /// <summary>
    /// Past this many weights (units × inputs) the sum form becomes a loop over arrays: straight-line IL much
    /// larger leaves the JIT's optimizing budget, and straight-line C# stops being readable.
    /// </summary>
    internal const int StraightLineWeights = 256;

    /// <summary>
    /// Past this many inputs a loop reads them from the span one by one instead of naming each (a typed
    /// delegate takes at most 16 parameters; a method has at most 65,535 locals).
    /// </summary>
    internal const int NamedInputs = 16;

    private EvaluationPlan(Network network, EvaluationStrategy strategy, PieceTable? table)
    {
        Network = network;
        Strategy = strategy;
        Table = table;
        var d = network.Inputs.Length;
        var n = network.Hidden.Length;
        Weights = new double[n * d];
        Biases = new double[n];
        OutputWeights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var unit = network.Hidden[i];
            for (var j = 0; j < d; j++)
            {
                Weights[i * d + j] = ExactMath.ToDouble(unit.Weights[j]);
            }

            Biases[i] = ExactMath.ToDouble(unit.Bias);
            OutputWeights[i] = ExactMath.ToDouble(unit.OutputWeight);
        }

        OutputBias = ExactMath.ToDouble(network.OutputBias);
        Knots = table is null ? [] : [.. table.Knots];
        Pieces = table is null ? [] : Interleave(table);
    }

    /// <summary>The network planned for.</summary>
    public Network Network { get; }

    /// <summary>The strategy chosen or forced; never <see cref="EvaluationStrategy.Automatic"/>.</summary>
    public EvaluationStrategy Strategy { get; }

    /// <summary>Whether the value comes from the piece table (else from the sum form).</summary>
    public bool UsesPieceTable => Strategy == EvaluationStrategy.PieceTable;

    /// <summary>Whether code should read the inputs from a span in a loop rather than name each one.</summary>
    public bool ReadsInputsInALoop => InputCount > NamedInputs;

    /// <summary>The number of inputs, d.</summary>
    public int InputCount => Network.Inputs.Length;

    /// <summary>The number of hidden units, n.</summary>
    public int UnitCount => Biases.Length;

    /// <summary>Sum form: wᵢⱼ at [i·d + j], each rounded once from the exact value.</summary>
    public double[] Weights { get; }

    /// <summary>Sum form: bᵢ.</summary>
    public double[] Biases { get; }

    /// <summary>Sum form: aᵢ.</summary>
    public double[] OutputWeights { get; }

    /// <summary>Sum form: c.</summary>
    public double OutputBias { get; }

    /// <summary>Piece table: the table itself, or null for the sum form.</summary>
    public PieceTable? Table { get; }

    /// <summary>Piece table: the search keys, ascending (<see cref="PieceTable.Knots"/>: breakpoints and anchor switches; empty for the sum form).</summary>
    public double[] Knots { get; }

    /// <summary>Piece table: anchor, value and slope of row r at [3r], [3r + 1], [3r + 2] (one cache line for all three).</summary>
    public double[] Pieces { get; }

    /// <summary>Piece table: f(−∞) as the table gives it.</summary>
    public double LimitAtNegativeInfinity => Table?.LimitAtNegativeInfinity ?? double.NaN;

    /// <summary>Piece table: f(+∞) as the table gives it.</summary>
    public double LimitAtPositiveInfinity => Table?.LimitAtPositiveInfinity ?? double.NaN;

    /// <summary>
    /// Plans <paramref name="network"/>: <see cref="EvaluationStrategy.Automatic"/> picks by
    /// <see cref="Choose"/>; any other strategy is checked against the network and kept.
    /// </summary>
    /// <param name="network">The network to evaluate.</param>
    /// <param name="requested">A strategy to force, or <see cref="EvaluationStrategy.Automatic"/>.</param>
    /// <returns>The plan with its arrays filled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">The piece table is forced on a network without exactly one input.</exception>
    public static EvaluationPlan For(Network network, EvaluationStrategy requested = EvaluationStrategy.Automatic)
    {
        ArgumentNullException.ThrowIfNull(network);
        var strategy = requested == EvaluationStrategy.Automatic ? Choose(network) : requested;
        if (strategy == EvaluationStrategy.PieceTable && network.Inputs.Length != 1)
        {
            throw new ArgumentException(
                $"The piece-table strategy needs a network of one input, but this one has {network.Inputs.Length}.", nameof(requested));
        }

        return new EvaluationPlan(network, strategy, strategy == EvaluationStrategy.PieceTable ? PieceTable.FromNetwork(network) : null);
    }

    /// <summary>
    /// The automatic choice: for one input the piece table past <see cref="PieceTableUnits"/> units (speed) or
    /// when a kink is far (<see cref="SumFormCondition.HasFarKink"/>: the sum would cancel at ordinary points);
    /// else the sum form, written as a loop past <see cref="StraightLineWeights"/> weights or <see cref="NamedInputs"/> inputs.
    /// </summary>
    /// <param name="network">The network to evaluate.</param>
    /// <returns>Never <see cref="EvaluationStrategy.Automatic"/>.</returns>
    public static EvaluationStrategy Choose(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var units = network.Hidden.Length;
        var inputs = network.Inputs.Length;
        if (inputs == 1 && (units > PieceTableUnits || SumFormCondition.HasFarKink(network)))
        {
            return EvaluationStrategy.PieceTable;
        }

        return (long)units * Math.Max(1, inputs) > StraightLineWeights || inputs > NamedInputs
            ? EvaluationStrategy.SumLoop
            : EvaluationStrategy.StraightLine;
    }

    /// <summary>
    /// A rigorous bound on |ŷ − f(x)| for the value ŷ that every backend of this plan computes at
    /// <paramref name="point"/> (the IL delegate, the batch kernels, the generated C#: they agree bit for bit),
    /// f being the network's exact function: <see cref="EvaluationErrorBound.TableForm"/> or
    /// <see cref="EvaluationErrorBound.SumForm"/>. +∞ when the point is not finite or the computation may overflow.
    /// </summary>
    /// <param name="point">One value per input, in input order.</param>
    /// <returns>The bound, a double ≥ 0 or +∞.</returns>
    /// <exception cref="InputCountException">The point does not have one value per input.</exception>
    public double ErrorBound(ReadOnlySpan<double> point)
    {
        if (point.Length != InputCount)
        {
            throw new InputCountException(Network.Inputs, point.Length, nameof(point));
        }

        foreach (var value in point)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return double.PositiveInfinity;
            }
        }

        return Table is { } table ? EvaluationErrorBound.TableForm(table, point[0]) : EvaluationErrorBound.SumForm(Network, point);
    }

    /// <summary>A one-line description of the strategy, for listings and generated headers.</summary>
    /// <returns>For example "sum form, weight arrays and a loop".</returns>
    public string Describe() => Strategy switch
    {
        EvaluationStrategy.StraightLine => "sum form, one statement per hidden unit, equal bit for bit to Network.Evaluate",
        EvaluationStrategy.SumLoop => "sum form, weight arrays and a loop, equal bit for bit to Network.Evaluate",
        _ => "piece table with binary search, each point from its piece's nearest end or zero, equal bit for bit to PieceTable.Evaluate",
    };

    /// <summary>
    /// The error <see cref="ErrorBound"/> states, in one ASCII line for generated headers: the formula and where
    /// to compute it.
    /// </summary>
    /// <returns>For example "|result - f(x)| &lt;= about 9 * 2^-53 * S(x), ...".</returns>
    public string DescribeErrorBound() => UsesPieceTable
        ? "|result - f(x)| <= (e_v + e_k + (e_m + 3u |m|) |x - a| + u |v|) (1 + 24u) + 2^-1072, u = 2^-53, a, v, m the row's anchor, value and slope, e_v, e_m, e_k the rounding errors of v, m and the knots (EvaluationErrorBound.TableForm)"
        : $"|result - f(x)| <= about {UnitCount + InputCount + 6} * 2^-53 * S(x), S(x) = |c| + sum_i |a_i| (sum_j |w_ij x_j| + |b_i|), plus underflow (exactly: EvaluationErrorBound.SumForm)";

    private static double[] Interleave(PieceTable table)
    {
        var pieces = new double[3 * table.RowCount];
        for (var i = 0; i < table.RowCount; i++)
        {
            pieces[3 * i] = table.Anchors[i];
            pieces[3 * i + 1] = table.Values[i];
            pieces[3 * i + 2] = table.Slopes[i];
        }

        return pieces;
    }
}
