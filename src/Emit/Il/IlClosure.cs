using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// The object an IL delegate is bound to (its argument 0): the plan's arrays the loop and table strategies
/// read, and the input names for the wrong-length message. A delegate closed over its first argument also
/// calls faster than an open static one (no shuffle thunk), so straight-line code is bound to one too.
/// Immutable after construction.
/// </summary>
internal sealed class IlClosure
{
    public IlClosure(EvaluationPlan plan)
    {
        var straightLine = plan.Strategy == EvaluationStrategy.StraightLine;
        Inputs = [.. plan.Network.Inputs];
        Weights = straightLine ? [] : plan.Weights;
        Biases = straightLine ? [] : plan.Biases;
        OutputWeights = straightLine ? [] : plan.OutputWeights;
        Knots = plan.Knots;
        Pieces = plan.Pieces;
    }

    /// <summary>The input names, for <see cref="InputCountException"/>.</summary>
    public readonly string[] Inputs;

    /// <summary>Sum loop: wᵢⱼ at [i·d + j].</summary>
    public readonly double[] Weights;

    /// <summary>Sum loop: bᵢ.</summary>
    public readonly double[] Biases;

    /// <summary>Sum loop: aᵢ.</summary>
    public readonly double[] OutputWeights;

    /// <summary>Piece table: the knots, ascending.</summary>
    public readonly double[] Knots;

    /// <summary>Piece table: anchor, value and slope of piece i at [3i], [3i + 1], [3i + 2].</summary>
    public readonly double[] Pieces;
}
