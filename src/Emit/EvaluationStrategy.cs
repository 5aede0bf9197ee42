namespace ReluCompiler.Emit;

/// <summary>How compiled code evaluates a network (DESIGN §3, evaluation strategies).</summary>
public enum EvaluationStrategy
{
    /// <summary>Let <see cref="EmitThresholds.Choose"/> pick by size and input count.</summary>
    Automatic,

    /// <summary>
    /// Sum form, one block of code per unit with the weights as constants. Agrees bit for bit with
    /// <see cref="Ir.Network.Evaluate(System.ReadOnlySpan{double})"/>.
    /// </summary>
    StraightLine,

    /// <summary>Sum form, a loop over weight arrays; same operations in the same order as <see cref="StraightLine"/>.</summary>
    SumLoop,

    /// <summary>
    /// One input only: the piece table (<see cref="Ir.PieceTable"/>) with a branch-free binary search.
    /// Agrees bit for bit with <see cref="Ir.PieceTable.Evaluate"/>, and with the sum form within the bound
    /// documented on <see cref="EmitThresholds"/>.
    /// </summary>
    PieceTable,
}
