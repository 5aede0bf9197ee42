namespace ReluCompiler.Ir;

/// <summary>
/// How compiled code evaluates a network: a form (sum or piece table, which round differently) and a
/// layout (straight line or loop, which give the same bits). <see cref="EvaluationPlan.For"/> picks one
/// when asked for <see cref="Automatic"/>; the others force it.
/// </summary>
public enum EvaluationStrategy
{
    /// <summary>Let <see cref="EvaluationPlan.For"/> pick by size and input count.</summary>
    Automatic,

    /// <summary>
    /// Sum form, one block of code per unit with the weights as constants. Agrees bit for bit with
    /// <see cref="Network.Evaluate(System.ReadOnlySpan{double})"/>.
    /// </summary>
    StraightLine,

    /// <summary>Sum form, a loop over weight arrays; same operations in the same order as <see cref="StraightLine"/>.</summary>
    SumLoop,

    /// <summary>
    /// One input only: the piece table (<see cref="Ir.PieceTable"/>) with a branch-free binary search.
    /// Agrees bit for bit with <see cref="PieceTable.Evaluate"/>, and with the sum form within the bound
    /// documented on <see cref="EvaluationPlan"/>.
    /// </summary>
    PieceTable,
}
