using System;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>
/// The one-call suites' baseline: what a person writes for the workload of <c>units</c> kinks, the strategy the IL
/// compiler picks too (straight line for the blog's 6 units, a branch-free piece table past 16).
/// </summary>
internal static class Baseline
{
    public static Func<double, double> For(int units, Network network) =>
        units == 6 ? x => BlogByHand.Evaluate(x) : new TableByHand(PieceTable.FromNetwork(network)).Evaluate;
}
