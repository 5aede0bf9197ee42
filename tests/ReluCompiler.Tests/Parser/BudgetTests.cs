using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser;
using ReluCompiler.Tests.Fuzz;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// Budgets over a whole expression (issue 17): kinks created by every flattening together, and digits of
/// exact numbers, each a located error past its documented limit, not minutes of work.
/// </summary>
public sealed class BudgetTests
{
    [Fact]
    public void BreakpointsAreCountedOverEveryFlatteningOfAnExpression()
    {
        var budget = new ComputationBudget(maxBreakpoints: 5);
        var tent = CanonicalForm.FromReluSum(ReluParser.Parse("σ(x) - 2σ(x-1) + σ(x-2)").Sum);

        budget.Spend(tent);
        Assert.Equal(3, budget.Breakpoints);
        var error = Assert.Throws<LimitExceededException>(() => budget.Spend(tent));
        Assert.Equal("flattening the nested parts of this expression creates more than 5 breakpoints in all, the limit for one expression", error.Message);
    }

    [Fact]
    public void DigitsAreCountedOverEveryNumberAnExpressionCreates()
    {
        var budget = new ComputationBudget(maxDigits: 10);
        budget.Spend(new Fraction(12345, 1));
        budget.Spend(new Fraction(1, 12345));
        Assert.Equal(10, budget.Digits);

        var error = Assert.Throws<LimitExceededException>(() => budget.Spend(Fraction.One));
        Assert.Equal("the exact numbers this expression creates have more than 10 digits in all, the limit for one expression", error.Message);
    }

    [Fact]
    public void ANumberAtTheDigitLimitPassesAndOneDigitMoreDoesNot()
    {
        var atLimit = Fraction.FromString("1" + new string('0', Limits.MaxExactDigits - 2));
        Assert.Equal(Limits.MaxExactDigits - 1, Limits.Digits(atLimit));
        Limits.CheckDigits(atLimit);

        var past = Fraction.FromString("1" + new string('0', Limits.MaxExactDigits + 5));
        var error = Assert.Throws<LimitExceededException>(() => Limits.CheckDigits(past, "this number"));
        Assert.StartsWith("this number has about ", error.Message);
        Assert.EndsWith("digits, more than the limit of 5000 digits for one exact number", error.Message);
    }

    [Fact]
    public void TwentyLevelsOfNestedBarsStopAtTheTotalBreakpointLimit()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(HostileInputs.NestedBars(20)));

        Assert.Equal("flattening the nested parts of this expression creates more than 250000 breakpoints in all, the limit for one expression", error.Reason);
        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void CopiesOfANestUnderTheLimitAddUpPastIt()
    {
        // One copy of 13 levels creates about 25,000 kinks, well under the limit; sixteen copies do not fit.
        Assert.True(ReluParser.TryParse(HostileInputs.NestedBars(13), out _, out _));

        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(HostileInputs.CopiesOfNestedBars(16, 13)));
        Assert.StartsWith("flattening the nested parts of this expression creates more than 250000 breakpoints", error.Reason);
    }

    [Fact]
    public void ManyReluAroundOneNestCountEachFlattening()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(HostileInputs.ReluAroundNestedBars(237, 13)));
        Assert.StartsWith("flattening the nested parts of this expression creates more than 250000 breakpoints", error.Reason);
    }

    [Fact]
    public void ASumOfPrimeReciprocalsStopsWhenItsDenominatorPassesTheDigitLimit()
    {
        var text = HostileInputs.SumOfPrimeReciprocals(10_000);

        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(text));

        Assert.StartsWith("an exact number has about 5001 digits, more than the limit of 5000", error.Reason);
        Assert.StartsWith("1/", text[(error.Column - 1)..]);
    }

    [Fact]
    public void AProductOfPowersStopsAtTheDigitLimitAtTheProduct()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(HostileInputs.ProductOfPowers(3_000)));

        Assert.Equal("this product has about 5201 digits, more than the limit of 5000 digits for one exact number", error.Reason);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void ProductsOfLongFractionsStopAtTheDigitLimit()
    {
        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(HostileInputs.ProductsOfLongFractions(1_000)));
        Assert.Contains("more than the limit of 5000 digits for one exact number", error.Reason);
    }

    [Fact]
    public void ALongSumTimesALongCoefficientRunsOutOfTheTotalDigitBudgetAtTheProduct()
    {
        // Each factor 1e400 adds 400 digits to each of 6,000 coefficients: the sixth product passes 50 million in all.
        var factor = string.Join(" * ", Enumerable.Repeat("1e400", 10));
        var sum = string.Join(" + ", Enumerable.Range(0, 6_000).Select(i => $"σ(x-{i})"));
        var text = $"({sum}) * {factor}";

        var error = Assert.Throws<ReluParseException>(() => ReluParser.Parse(text));

        Assert.Equal("the exact numbers this expression creates have more than 50000000 digits in all, the limit for one expression", error.Reason);
        Assert.Equal('*', text[error.Column - 1]);
        Assert.True(error.Column > sum.Length, $"column {error.Column} is inside the sum, not at a product after it");
    }

    [Fact]
    public void ALongCoefficientSharedByALongSumRunsOutOfTheDigitBudgetOfItsCanonicalForm()
    {
        var factor = string.Join(" * ", Enumerable.Repeat("1e400", 10));
        var sum = string.Join(" + ", Enumerable.Range(0, 20_000).Select(i => $"σ(x-{i})"));
        var parsed = ReluParser.Parse($"{factor} * ({sum})");

        var error = Assert.Throws<LimitExceededException>(() => CanonicalForm.FromReluSum(parsed.Sum));

        Assert.Equal("the exact numbers this expression creates have more than 50000000 digits in all, the limit for one expression", error.Message);
    }

    [Fact]
    public void NestingWithinTheBudgetStillFlattensExactly()
    {
        var parsed = ReluParser.Parse(HostileInputs.NestedBars(3));

        Assert.Equal(7, CanonicalForm.FromReluSum(parsed.Sum).Terms.Length);
    }
}
