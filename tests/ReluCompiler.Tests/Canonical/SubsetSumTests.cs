using System;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Canonical;

public sealed class SubsetSumTests
{
    private static readonly Gen<(Fraction[][] Items, Fraction[] Target)> Problems =
        Gen.Int[1, 2].SelectMany(dimension =>
            Gen.Select(
                RandomSums.SmallRational.Array[dimension].Array[1, 13],
                RandomSums.SmallRational.Array[dimension],
                Gen.Int[0, 8191],
                (items, target, mask) =>
                {
                    // Half the time the target is a real subset sum, so both answers get exercised.
                    var reachable = Enumerable.Range(0, dimension)
                        .Select(i => items.Where((_, k) => (mask >> k & 1) == 1).Aggregate(Fraction.Zero, (s, v) => s + v[i]).Reduce())
                        .ToArray();
                    return (items, mask % 2 == 0 ? reachable : target);
                }));

    [Theory]
    [InlineData(40)]
    [InlineData(0)]
    public void SearchFindsASubsetExactlyWhenBruteForceDoes(int maxMeetInTheMiddle) =>
        Problems.Sample(
            (items, target) =>
            {
                var answer = SubsetSum.Solve(items, target, maxMeetInTheMiddle);
                var exists = Enumerable.Range(0, 1 << items.Length).Any(mask => Sums(items, k => (mask >> k & 1) == 1, target));
                Assert.True(answer.Exhaustive);
                Assert.Equal(exists, answer.Chosen is not null);
                if (answer.Chosen is { } chosen)
                {
                    Assert.True(Sums(items, k => chosen[k], target));
                }
            },
            iter: 400,
            threads: 1);

    [Fact]
    public void FortyRationalItemsAreSearchedExactly()
    {
        var random = new Random(7);
        var items = Enumerable.Range(0, 40).Select(_ => new[] { new Fraction(random.Next(1, 1_000_000), random.Next(1, 50)) }).ToArray();
        var target = new[] { items.Where((_, k) => k % 3 == 1).Aggregate(Fraction.Zero, (s, v) => s + v[0]).Reduce() };
        var answer = SubsetSum.Solve(items, target);
        Assert.NotNull(answer.Chosen);
        Assert.True(Sums(items, k => answer.Chosen![k], target));
    }

    private static bool Sums(Fraction[][] items, Func<int, bool> chosen, Fraction[] target) =>
        Enumerable.Range(0, target.Length).All(i =>
            Enumerable.Range(0, items.Length).Where(chosen).Aggregate(Fraction.Zero, (s, k) => s + items[k][i]) == target[i]);
}
