using System;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>
/// The sizes at which the emitters change strategy, in one place so the benchmarks can tune them.
/// <para>
/// Accuracy (u = 2⁻⁵³, n units, d inputs; checked against exact rationals in the tests): the sum form
/// (Network.Evaluate order) is within (n + d + 6)·u·S(x) of the exact value, with
/// S(x) = |c| + Σ|aᵢ|·(Σⱼ|wᵢⱼ·xⱼ| + |bᵢ|); the piece table within 8·u·T(x), with T(x) = |vᵢ| + M·(|x| + |aᵢ|)
/// for the piece i at x and M = Σ|aᵢ·wᵢ| (which bounds every slope). So for one input
/// |sum − table| ≤ (n + 8)·2⁻⁵²·(S(x) + T(x)), plus 16·(n + 8) subnormal steps (2⁻¹⁰⁷⁴) near zero.
/// S grows with |x| while T stays near the local value, which is why the table is the accurate form far out.
/// </para>
/// </summary>
public static class EmitThresholds
{
    /// <summary>
    /// A one-input network with more hidden units than this is evaluated through its piece table:
    /// a measured branch-free search beats the scalar sum from about 8–16 kinks (DESIGN §3).
    /// </summary>
    public const int PieceTableUnits = 16;

    /// <summary>
    /// IL: past this many units the sum form becomes a loop over arrays, because straight-line methods
    /// much larger than this leave the JIT's optimizing budget (it falls back to minimal optimization).
    /// </summary>
    public const int IlSumLoopUnits = 256;

    /// <summary>C#: past this many units the source holds weight arrays and a loop, so it stays readable.</summary>
    public const int CSharpSumLoopUnits = 32;

    /// <summary>The strategy <see cref="EvaluationStrategy.Automatic"/> stands for in the IL compiler.</summary>
    public static EvaluationStrategy Choose(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Inputs.Length == 1 && network.Hidden.Length > PieceTableUnits)
        {
            return EvaluationStrategy.PieceTable;
        }

        return network.Hidden.Length > IlSumLoopUnits ? EvaluationStrategy.SumLoop : EvaluationStrategy.StraightLine;
    }

    /// <summary>Resolves <see cref="EvaluationStrategy.Automatic"/> and checks that a forced strategy fits the network.</summary>
    internal static EvaluationStrategy Resolve(Network network, EvaluationStrategy requested)
    {
        var strategy = requested == EvaluationStrategy.Automatic ? Choose(network) : requested;
        if (strategy == EvaluationStrategy.PieceTable && network.Inputs.Length != 1)
        {
            throw new ArgumentException(
                $"The piece-table strategy needs a network of one input, but this one has {network.Inputs.Length}.", nameof(requested));
        }

        return strategy;
    }
}
