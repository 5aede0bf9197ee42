using System;
using System.Linq;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

public sealed class PieceTableTests
{
    [Fact]
    public void StaircaseTableHoldsKnotsAnchorsValuesAndSlopes()
    {
        var table = PieceTable.FromNetwork(Networks.Staircase);
        Assert.Equal([0.0, 1, 2, 3, 4, 6], table.Knots.ToArray());
        Assert.Equal([0.0, 0, 1, 2, 3, 4, 6], table.Anchors.ToArray());
        Assert.Equal([0.0, 0, 1, 1, 2, 2, 0], table.Values.ToArray());
        Assert.Equal([0.0, 1, 0, 1, 0, -1, 0], table.Slopes.ToArray());
        Assert.Equal(7, table.PieceCount);
    }

    [Fact]
    public void TableWithoutKnotsIsOneLineAnchoredAtZero()
    {
        var table = PieceTable.FromNetwork(Networks.Line);
        Assert.Empty(table.Knots);
        Assert.Equal(-1.0, table.Values[0]);
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
        var table = PieceTable.FromForm(UnivariateForm.FromReluSum(Networks.Staircase.ToReluSum()));
        Assert.Equal(0.0, table.LimitAtNegativeInfinity);
        Assert.Equal(0.0, table.LimitAtPositiveInfinity);
        var line = PieceTable.FromForm(UnivariateForm.FromReluSum(Networks.Line.ToReluSum()));
        Assert.Equal(double.NegativeInfinity, line.LimitAtNegativeInfinity);
        Assert.Equal(double.PositiveInfinity, line.LimitAtPositiveInfinity);
    }

    [Fact]
    public void TwoInputNetworksHaveNoPieceTable() =>
        Assert.Throws<ArgumentException>(() => PieceTable.FromNetwork(Networks.TwoInputs));

    [Fact]
    public void TableOfANetworkAnswersInfinityAsItsSumDoes()
    {
        var table = PieceTable.FromNetwork(Networks.Staircase);
        Assert.Equal(Networks.Staircase.Evaluate([double.NegativeInfinity]), table.LimitAtNegativeInfinity);
        Assert.True(double.IsNaN(table.LimitAtPositiveInfinity));
    }
}
