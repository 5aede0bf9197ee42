using System;

namespace ReluCompiler.Ir;

/// <summary>
/// The one place that decides how a network is evaluated, and the arrays every backend reads: the IL
/// emitter, the C# emitter and the batch kernels take their strategy and their numbers from here, in one
/// layout, so they cannot drift apart (as RegexCompiler and RegexGenerator share RegexTree analysis).
/// <para>
/// Accuracy (u = 2⁻⁵³, n units, d inputs; checked against exact rationals in the tests): the sum form
/// (Network.Evaluate order) is within (n + d + 6)·u·S(x) of the exact value, with
/// S(x) = |c| + Σ|aᵢ|·(Σⱼ|wᵢⱼ·xⱼ| + |bᵢ|); the piece table within 8·u·T(x), with T(x) = |vᵢ| + M·(|x| + |aᵢ|)
/// for the piece i at x and M = Σ|aᵢ·wᵢ| (which bounds every slope). So for one input
/// |sum − table| ≤ (n + 8)·2⁻⁵²·(S(x) + T(x)), plus 16·(n + 8) subnormal steps (2⁻¹⁰⁷⁴) near zero.
/// S grows with |x| while T stays near the local value, which is why the table is the accurate form far out.
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

    /// <summary>Piece table: the knots, ascending (empty for the sum form).</summary>
    public double[] Knots { get; }

    /// <summary>Piece table: anchor, value and slope of piece i at [3i], [3i + 1], [3i + 2] (one cache line for all three).</summary>
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
    /// The automatic choice: the piece table for one input past <see cref="PieceTableUnits"/> units; else the
    /// sum form, written as a loop past <see cref="StraightLineWeights"/> weights or <see cref="NamedInputs"/> inputs.
    /// </summary>
    /// <param name="network">The network to evaluate.</param>
    /// <returns>Never <see cref="EvaluationStrategy.Automatic"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static EvaluationStrategy Choose(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var units = network.Hidden.Length;
        var inputs = network.Inputs.Length;
        if (inputs == 1 && units > PieceTableUnits)
        {
            return EvaluationStrategy.PieceTable;
        }

        return (long)units * Math.Max(1, inputs) > StraightLineWeights || inputs > NamedInputs
            ? EvaluationStrategy.SumLoop
            : EvaluationStrategy.StraightLine;
    }

    /// <summary>A one-line description of the strategy, for listings and generated headers.</summary>
    /// <returns>For example "sum form, weight arrays and a loop".</returns>
    public string Describe() => Strategy switch
    {
        EvaluationStrategy.StraightLine => "sum form, one statement per hidden unit, equal bit for bit to Network.Evaluate",
        EvaluationStrategy.SumLoop => "sum form, weight arrays and a loop, equal bit for bit to Network.Evaluate",
        _ => "piece table with binary search, equal bit for bit to PieceTable.Evaluate",
    };

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
