using System;
using System.Linq;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

public sealed class PieceTableTests
{
    [Fact]
    public void StaircaseTableAnchorsEachPointAtTheNearerEndOfItsPiece()
    {
        // Pieces (−∞,0) [0,1) [1,2) [2,3) [3,4) [4,6) [6,∞); each bounded piece switches ends half way.
        var table = PieceTable.FromNetwork(Networks.Staircase);
        Assert.Equal([0.0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6], table.Knots.ToArray());
        Assert.Equal([0.0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 6, 6], table.Anchors.ToArray());
        Assert.Equal([0.0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0, 0], table.Values.ToArray());
        Assert.Equal([0.0, 1, 1, 0, 0, 1, 1, 0, 0, -1, -1, 0], table.Slopes.ToArray());
        Assert.Equal(12, table.RowCount);
    }

    [Fact]
    public void APieceWithAZeroInsideIsAnchoredAtItsZeroSoAFarKinkCannotCancel()
    {
        // x + σ(−x − 1e17) is −1e17 left of −1e17 and x right of it: the right piece is anchored at −1e17 and at 0.
        var table = PieceTable.FromForm(Relu.Parse("x + σ(-x - 1e17)").Canonical);
        Assert.Equal([-1e17, -5e16], table.Knots.ToArray());
        Assert.Equal([-1e17, -1e17, 0], table.Anchors.ToArray());
        Assert.Equal([-1e17, -1e17, 0], table.Values.ToArray());
        Assert.Equal([0.0, 1, 1], table.Slopes.ToArray());
        Assert.Equal(1.0, table.Evaluate(1));
        Assert.Equal(-1e17 + 16, table.Evaluate(-1e17 + 16));
    }

    [Fact]
    public void AKinkPastTheDoubleRangeIsNeverAnAnchor()
    {
        // σ(x − 1e400) + x/3: the kink rounds to +∞, so the left piece keeps its zero and no infinite anchor.
        var table = PieceTable.FromForm(Relu.Parse("σ(x - 1e400) + x/3").Canonical);
        Assert.All(table.Anchors, a => Assert.True(double.IsFinite(a)));
        Assert.Equal(1.0 / 3, table.Evaluate(1));
        Assert.Equal(1e300 / 3, table.Evaluate(1e300));
    }

    [Fact]
    public void TableWithoutKnotsIsOneLineAnchoredAtItsZero()
    {
        // 2x − 1: the zero 1/2 is the anchor, so values near it are computed relative to it.
        var table = PieceTable.FromNetwork(Networks.Line);
        Assert.Empty(table.Knots);
        Assert.Equal(0.5, table.Anchors[0]);
        Assert.Equal(0.0, table.Values[0]);
        Assert.Equal(2.0, table.Slopes[0]);
        Assert.Equal(5.0, table.Evaluate(3));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 4)]
    [InlineData(9, 5)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 5)]
    public void LocateCountsTheKnotsAtOrLeftOfXDuplicatesIncluded(double x, int expected) =>
        Assert.Equal(expected, PieceTable.Locate([0.0, 1, 2, 2, 5], x));

    [Fact]
    public void TableOfAFormGivesTheLimitsOfItsOuterPieces()
    {
        var table = PieceTable.FromForm(CanonicalForm.FromReluSum(Networks.Staircase.ToReluSum()));
        Assert.Equal(0.0, table.LimitAtNegativeInfinity);
        Assert.Equal(0.0, table.LimitAtPositiveInfinity);
        var line = PieceTable.FromForm(CanonicalForm.FromReluSum(Networks.Line.ToReluSum()));
        Assert.Equal(double.NegativeInfinity, line.LimitAtNegativeInfinity);
        Assert.Equal(double.PositiveInfinity, line.LimitAtPositiveInfinity);
    }

    [Fact]
    public void TwoInputNetworksHaveNoPieceTable() =>
        Assert.Throws<ArgumentException>(() => PieceTable.FromNetwork(Networks.TwoInputs));

    [Fact]
    public void FormsOfTwoVariablesHaveNoPieceTable()
    {
        var error = Assert.Throws<ArgumentException>(() => PieceTable.FromForm(Relu.Parse("σ(x - y)").Canonical));
        Assert.StartsWith("A piece table needs a function of one variable, but this one has 2 (x, y).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableOfANetworkAnswersInfinityAsItsSumDoes()
    {
        var table = PieceTable.FromNetwork(Networks.Staircase);
        Assert.Equal(Networks.Staircase.Evaluate([double.NegativeInfinity]), table.LimitAtNegativeInfinity);
        Assert.True(double.IsNaN(table.LimitAtPositiveInfinity));
    }
}
