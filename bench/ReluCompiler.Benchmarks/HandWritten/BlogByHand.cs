using static ReluCompiler.Benchmarks.HandWritten.ByHand;

namespace ReluCompiler.Benchmarks.HandWritten;

/// <summary>The blog's largest example typed in by hand: the limit for 6 units.</summary>
internal static class BlogByHand
{
    /// <summary>σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6).</summary>
    public static double Evaluate(double x) =>
        Relu(x) - Relu(x - 1) + Relu(x - 2) - Relu(x - 3) - Relu(x - 4) + Relu(x - 6);
}
