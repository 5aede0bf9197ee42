using System;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit;

/// <summary>
/// The sizes at which the emitters change strategy, in one place so the benchmarks can tune them.
/// <para>
/// Sum against table: the sum form (Network.Evaluate order) is off the exact value by at most about
/// (n + d + 2)·2⁻⁵³·S(x), with S(x) = |c| + Σ|aᵢ|·(Σⱼ|wᵢⱼ·xⱼ| + |bᵢ|); the table by about 4·2⁻⁵³·T(x), with
/// T(x) = |vᵢ| + M·(|x| + |aᵢ|) and M the largest |slope change sum| Σ|aᵢ·wᵢ|. The tests check
/// |sum − table| ≤ (n + 8)·2⁻⁵²·(S(x) + T(x)) on random networks and points.
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
