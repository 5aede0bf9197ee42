using System.Reflection.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// The piece-table body. Keep in step with src/CSharp/CSharpEmitter.PieceTable.cs and
/// src/Emit/Kernels/TableKernel.cs: one search over the plan's knots, one formula over its (anchor, value, slope)
/// rows; the anchoring (each row at its piece's nearest end or zero) lives only in <see cref="PieceTable"/>.
/// </summary>
internal sealed partial class IlEmitter
{
    /// <summary>
    /// <c>if (!IsFinite(x)) return IsNaN(x) ? x : x &gt; 0 ? f(+∞) : f(−∞);</c> then the branch-free search,
    /// unrolled (the interval lengths depend only on the knot count), then <c>v + m·(x − a)</c> as in <see cref="PieceTable.Evaluate"/>.
    /// </summary>
    private void EmitPieceTable()
    {
        var table = _plan.Table!;
        var finite = _il.DefineLabel();
        var infinite = _il.DefineLabel();
        var positive = _il.DefineLabel();
        EmitLoadInput(0);
        _il.Call(IsFinite);
        _il.Brtrue(finite);
        EmitLoadInput(0);
        _il.Call(IsNaN);
        _il.Brfalse(infinite);
        EmitLoadInput(0);
        _il.Ret();
        _il.MarkLabel(infinite);
        EmitLoadInput(0);
        _il.LdcR8(0.0);
        _il.Bgt(positive);
        _il.LdcR8(table.LimitAtNegativeInfinity);
        _il.Ret();
        _il.MarkLabel(positive);
        _il.LdcR8(table.LimitAtPositiveInfinity);
        _il.Ret();

        _il.MarkLabel(finite);
        var knots = LoadField(KnotsField, "knots");
        var pieces = LoadField(PiecesField, "pieces");
        var at = _il.DeclareLocal(typeof(int), "at");
        _il.LdcI4(0);
        _il.Stloc(at);
        var n = table.RowCount - 1;
        while (n > 1)
        {
            var half = n >> 1;
            EmitSearchStep(knots, at, offset: half, advance: half);
            n -= half;
        }

        if (n == 1)
        {
            EmitSearchStep(knots, at, offset: 0, advance: 1);
        }

        // at = 3·at: the row's first slot; then v + m·(x − a).
        _il.Ldloc(at);
        _il.LdcI4(3);
        _il.Mul();
        _il.Stloc(at);
        EmitElement(pieces, at, stride: 1, offset: 1);
        EmitElement(pieces, at, stride: 1, offset: 2);
        EmitLoadInput(0);
        EmitElement(pieces, at, stride: 1, offset: 0);
        _il.Sub();
        _il.Mul();
        _il.Add();
    }

    /// <summary>
    /// <c>at += (knots[at + offset] ≤ x ? 1 : 0) · advance</c> without a branch: cgt.un is 1 when the knot
    /// is greater or x is NaN, so xor 1 is "knot ≤ x, ordered".
    /// </summary>
    private void EmitSearchStep(LocalBuilder knots, LocalBuilder at, int offset, int advance)
    {
        _il.Ldloc(at);
        EmitElement(knots, at, stride: 1, offset: offset);
        EmitLoadInput(0);
        _il.CgtUn();
        _il.LdcI4(1);
        _il.Xor();
        if (advance != 1)
        {
            _il.LdcI4(advance);
            _il.Mul();
        }

        _il.Add();
        _il.Stloc(at);
    }
}
