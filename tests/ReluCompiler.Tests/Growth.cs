using System;
using System.Diagnostics;
using Xunit;

namespace ReluCompiler.Tests;

/// <summary>
/// Growth checks instead of wall-clock bounds (issue 17): the same work at size n and 4n must cost at most
/// <see cref="MaxRatio"/> times as much, in time (best of several runs, so a loaded machine's pauses drop
/// out) and in bytes allocated on the thread. Linear work gives 4, quadratic 16.
/// </summary>
internal static class Growth
{
    public const double MaxRatio = 10;

    private const int Runs = 5;

    /// <summary>
    /// A machine shared with other builds can stall any run; quadratic work fails every attempt (×16), a
    /// stall rarely three in a row.
    /// </summary>
    private const int Attempts = 3;

    /// <summary>Runs <paramref name="work"/> at <paramref name="n"/> and 4·<paramref name="n"/> and asserts it grows at most linearly (within the ratio).</summary>
    public static void AssertLinear(string what, int n, Action<int> work) => AssertLinear(what, n, size => size, work);

    /// <summary>
    /// As <see cref="AssertLinear(string, int, Action{int})"/>, with the input of each size made before the
    /// clock starts (building a text of megabytes is not the work under test).
    /// </summary>
    public static void AssertLinear<TInput>(string what, int n, Func<int, TInput> input, Action<TInput> work)
    {
        var small = input(n);
        var large = input(4 * n);
        work(small); // warm up: JIT and caches are not part of the growth
        var report = "";
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (smallTime, smallBytes) = Measure(small, work);
            var (largeTime, largeBytes) = Measure(large, work);
            var timeRatio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 0.05);
            var byteRatio = largeBytes / (double)Math.Max(smallBytes, 1024);
            if (timeRatio <= MaxRatio && byteRatio <= MaxRatio)
            {
                return;
            }

            report += $"\n  attempt {attempt}: time {smallTime.TotalMilliseconds:F1} → {largeTime.TotalMilliseconds:F1} ms (×{timeRatio:F1}), "
                + $"allocated {smallBytes:N0} → {largeBytes:N0} bytes (×{byteRatio:F1})";
        }

        Assert.Fail($"{what}, from n = {n:N0} to {4 * n:N0} (linear work gives ×4, the bound is ×{MaxRatio}):{report}");
    }

    private static (TimeSpan Best, long Bytes) Measure<TInput>(TInput input, Action<TInput> work)
    {
        var best = TimeSpan.MaxValue;
        long bytes = 0;
        for (var run = 0; run < Runs; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            work(input);
            var elapsed = clock.Elapsed;
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            best = elapsed < best ? elapsed : best;
        }

        return (best, bytes);
    }
}
