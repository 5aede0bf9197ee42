using System;
using System.Diagnostics;
using System.Globalization;
using ReluCompiler.Emit;

namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>
/// Issue 15's memory target, which a per-operation benchmark cannot show: <c>--fresh-compiles N [tier]</c>
/// compiles N different expressions in a loop (each a cache miss: its constant differs), calls each once, and
/// prints the live managed heap after a full collection, the process's working set and the cache's size ten
/// times along the way. Bounded memory means the heap stops growing once the cache is full.
/// </summary>
internal static class FreshCompiles
{
    public static void Run(int count, ReluTier tier)
    {
        var options = new CompileOptions(Tier: tier);
        var report = Math.Max(1, count / 10);
        var clock = Stopwatch.StartNew();
        var check = 0.0;
        Console.WriteLine($"{count:N0} fresh compiles, tier {tier}, cache capacity {Relu.Cache.Capacity}");
        Console.WriteLine("compiles | live heap after full GC | working set | cache entries | seconds");
        for (var i = 1; i <= count; i++)
        {
            // A different constant each time: a new canonical form, so a cache miss and a full compile.
            var text = "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) + " + i.ToString(CultureInfo.InvariantCulture) + "/7";
            check += Relu.Compile(text, options).Invoke(0.5);
            if (i % report == 0)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine(
                    $"{i,9:N0} | {heap / 1e6,10:F1} MB | {Environment.WorkingSet / 1e6,8:F1} MB | {Relu.Cache.Count,5} | {clock.Elapsed.TotalSeconds,6:F1}");
            }
        }

        // Σ (0.5 + i/7) over i = 1…N, so the loop's results are used and checked.
        var expected = (0.5 * count) + ((double)count * (count + 1) / 14);
        Console.WriteLine($"sum of results {check:R} (expected about {expected:R})");
    }
}
