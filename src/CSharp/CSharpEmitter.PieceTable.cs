using static ReluCompiler.CSharp.CSharpLiterals;

namespace ReluCompiler.CSharp;

/// <summary>
/// The piece-table body. Keep in step with src/Emit/Il/IlEmitter.PieceTable.cs and
/// src/Emit/Kernels/TableKernel.cs: the plan's knots and (anchor, value, slope) rows, which anchor each point at
/// its piece's nearest end or zero (<see cref="Ir.PieceTable"/>), are read as they are.
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>
    /// <code>
    /// if (double.IsNaN(x)) { return x; }
    /// if (double.IsInfinity(x)) { return x &gt; 0 ? f(+∞) : f(−∞); }   // the table's limits
    /// int i = 0;
    /// int n = Knots.Length;
    /// while (n &gt; 1) { int half = n &gt;&gt; 1; i += half * (Knots[i + half] &lt;= x ? 1 : 0); n -= half; }
    /// i += Knots[i] &lt;= x ? 1 : 0;
    /// int at = 3 * i;
    /// return Pieces[at + 1] + Pieces[at + 2] * (x - Pieces[at]);
    /// </code>
    /// The same search, the same interleaved (anchor, value, slope) rows and the same formula as
    /// <see cref="Ir.PieceTable.Evaluate"/> and the IL (which unrolls the search: its lengths depend only on K).
    /// double.IsFinite is avoided: older targets lack it.
    /// </summary>
    private void EmitPieceTable()
    {
        var knots = _names.Fresh("Knots");
        var pieces = _names.Fresh("Pieces");
        DoubleArrayField(knots, _plan.Knots);
        DoubleArrayField(pieces, _plan.Pieces);

        var x = _inputs[0];
        _body.Line($"if (double.IsNaN({x}))").Open().Line($"return {x};").Close().Line();
        _body.Line($"if (double.IsInfinity({x}))").Open()
            .Line($"return {x} > 0 ? {Number(_plan.LimitAtPositiveInfinity)} : {Number(_plan.LimitAtNegativeInfinity)};")
            .Close().Line();

        var i = _names.Fresh("i");
        if (_plan.Knots.Length > 0)
        {
            var n = _names.Fresh("n");
            var half = _names.Fresh("half");
            _body.Line("// i = the number of knots <= x, by a binary search without data-dependent branches;");
            _body.Line("// row i is anchored at the nearest end or zero of x's piece, so nothing cancels against a far kink.");
            _body.Line($"int {i} = 0;");
            _body.Line($"int {n} = {knots}.Length;");
            _body.Line($"while ({n} > 1)").Open()
                .Line($"int {half} = {n} >> 1;")

                // half * (c ? 1 : 0): the JIT turns `c ? 1 : 0` into a flag (setcc) but keeps a jump for
                // `c ? i + half : i` inside a loop, which mispredicts on half the points (3.6x slower, bench/).
                .Line($"{i} += {half} * ({knots}[{i} + {half}] <= {x} ? 1 : 0);")
                .Line($"{n} -= {half};")
                .Close().Line();
            _body.Line($"{i} += {knots}[{i}] <= {x} ? 1 : 0;");
        }
        else
        {
            _body.Line($"int {i} = 0;");
        }

        var at = _names.Fresh("at");
        _body.Line($"int {at} = 3 * {i};");
        _body.Line($"return {pieces}[{at} + 1] + {pieces}[{at} + 2] * ({x} - {pieces}[{at}]);");
    }
}
