using System.Runtime.CompilerServices;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>
/// A piece table written by hand: the limit for many kinks in one variable. The data comes from the IR
/// (nobody types 1,024 knots); the code is what a careful person writes: a branch-free binary search over
/// the knots, then value + slope·(x − anchor) from one interleaved array. The step is written as bool-to-byte
/// times half: measured, the obvious <c>at = knots[at + half] &lt;= x ? at + half : at</c> compiles to a
/// branch and ran 39 ns per call at 64 knots on unpredictable points, against 13 ns for this.
/// </summary>
internal sealed class TableByHand
{
    private readonly double[] _knots;
    private readonly double[] _pieces;
    private readonly double _below;
    private readonly double _above;

    public TableByHand(PieceTable table)
    {
        _knots = [.. table.Knots];
        _pieces = new double[3 * table.RowCount];
        for (var i = 0; i < table.RowCount; i++)
        {
            _pieces[3 * i] = table.Anchors[i];
            _pieces[(3 * i) + 1] = table.Values[i];
            _pieces[(3 * i) + 2] = table.Slopes[i];
        }

        _below = table.LimitAtNegativeInfinity;
        _above = table.LimitAtPositiveInfinity;
    }

    public double Evaluate(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : x > 0 ? _above : _below;
        }

        var knots = _knots;
        var at = 0;
        var n = knots.Length;
        while (n > 1)
        {
            var half = n >> 1;
            at += Unsafe.BitCast<bool, byte>(knots[at + half] <= x) * half;
            n -= half;
        }

        at += Unsafe.BitCast<bool, byte>(knots[at] <= x);
        var p = 3 * at;
        return _pieces[p + 1] + (_pieces[p + 2] * (x - _pieces[p]));
    }
}
