namespace ReluCompiler.Emit.Il;

/// <summary>
/// The object an IL delegate is bound to (its argument 0): the arrays the loop and table strategies read.
/// A delegate closed over its first argument also calls faster than an open static one (no shuffle thunk),
/// so straight-line code is bound to an empty closure too. Immutable after construction.
/// </summary>
internal sealed class IlClosure
{
    public static readonly IlClosure Empty = new([], [], [], [], []);

    public IlClosure(double[] weights, double[] biases, double[] outputWeights, double[] knots, double[] pieces)
    {
        Weights = weights;
        Biases = biases;
        OutputWeights = outputWeights;
        Knots = knots;
        Pieces = pieces;
    }

    /// <summary>Sum loop: wᵢⱼ at [i·d + j].</summary>
    public readonly double[] Weights;

    /// <summary>Sum loop: bᵢ.</summary>
    public readonly double[] Biases;

    /// <summary>Sum loop: aᵢ.</summary>
    public readonly double[] OutputWeights;

    /// <summary>Piece table: the knots, ascending.</summary>
    public readonly double[] Knots;

    /// <summary>Piece table: anchor, value and slope of piece i at [3i], [3i + 1], [3i + 2] (one cache line for all three).</summary>
    public readonly double[] Pieces;
}
