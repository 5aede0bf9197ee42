using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using Xunit;
using Xunit.Abstractions;

namespace ReluCompiler.Tests.Canonical;

/// <summary>Runs alone, so that the process's CPU time is this test's own work.</summary>
[Collection(MeasuringCollection.Name)]
public sealed class TimingTests
{
    private const int Terms = 100_000;
    private const int WarmUpTerms = 10_000;
    private readonly ITestOutputHelper _output;

    public TimingTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// 100,000 terms a·σ(w·x + b) with small integer a, w and breakpoints on a grid of thirds (so many
    /// merge), and the same function written with every term flipped or its argument scaled, shuffled.
    /// </summary>
    private static (ReluSum Left, ReluSum Right) Pair(int seed, int count)
    {
        var random = new Random(seed);
        var left = new ReluTerm[count];
        var right = new ReluTerm[count];
        var linearShift = Fraction.Zero;
        var constantShift = Fraction.Zero;
        for (var k = 0; k < count; k++)
        {
            var w = random.Next(1, 4) * (random.Next(2) == 0 ? 1 : -1);
            var a = new Fraction(random.Next(-5, 6));
            var z = AffineForm.Create(new[] { new LinearTerm("x", new Fraction(w)) }, new Fraction(random.Next(-30_000, 30_000), 3));
            left[k] = new ReluTerm(a, z);
            if (k % 2 == 0)
            {
                // a·σ(z) = a·σ(−z) + a·z
                right[k] = new ReluTerm(a, z.Scale(Fraction.MinusOne));
                linearShift += a * w;
                constantShift += a * z.Constant;
            }
            else
            {
                right[k] = new ReluTerm(a / 2, z.Scale(new Fraction(2)));
            }
        }

        var affine = AffineForm.Create(new[] { new LinearTerm("x", linearShift) }, constantShift);
        var shuffled = right.OrderBy(_ => random.Next()).ToImmutableArray();
        return (new ReluSum(AffineForm.Zero, left.ToImmutableArray()), new ReluSum(affine, shuffled));
    }

    [Fact]
    public void HundredThousandTermExpressionsCompareExactlyWithAWitness()
    {
        // The first run also pays for JIT compilation (the Fractions library starts in tier-0 code);
        // it is reported but not asserted, since that cost does not grow with the input.
        var (smallLeft, smallRight) = Pair(2, WarmUpTerms);
        var cold = Stopwatch.StartNew();
        Assert.True(Equivalence.Compare(smallLeft, smallRight).IsEqual);
        Assert.False(Equivalence.Compare(smallLeft, smallRight.Add(ReluText.Parse("σ(x)"))).IsEqual);
        var coldTime = cold.Elapsed;

        var (left, right) = Pair(1, Terms);
        var different = right.Add(ReluText.Parse("1/1000*σ(x - 1/7)"));
        var (equal, equalTime) = Timed(() => Equivalence.Compare(left, right));
        var (unequal, unequalTime) = Timed(() => Equivalence.Compare(left, different));

        Assert.True(equal.IsEqual);
        Assert.False(unequal.IsEqual);
        Assert.Equal(new Fraction(8, 7), unequal.Witness!["x"]); // d = σ(x − 1/7)/1000 is 0 up to its only kink
        _output.WriteLine(
            $"{Terms:N0} terms each: equal {equalTime}; not equal (witness and check) {unequalTime}; "
            + $"first run with {WarmUpTerms:N0} terms {coldTime.TotalMilliseconds:F0} ms wall");

        // The times are reported, not asserted: a unit test cannot hold a wall-clock bound on a shared
        // machine (issue 10); bench/README.md's EqualityBenchmarks carry the figures.
    }

    private static (T Result, Cost Cost) Timed<T>(Func<T> action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = action();
        var wallTime = wall.Elapsed;
        process.Refresh();
        return (result, new Cost(wallTime, process.TotalProcessorTime - cpu));
    }

    private readonly record struct Cost(TimeSpan Wall, TimeSpan Cpu)
    {
        public TimeSpan Bound => Wall < Cpu ? Wall : Cpu;

        public override string ToString() => $"{Wall.TotalMilliseconds:F0} ms wall, {Cpu.TotalMilliseconds:F0} ms CPU";
    }
}
