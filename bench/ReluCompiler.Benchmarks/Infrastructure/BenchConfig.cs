using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>The two ways to run the suites: measured, or a smoke run that only proves every case works.</summary>
internal static class BenchConfig
{
    /// <summary>
    /// Measured: one process per case (BenchmarkDotNet's default toolchain), 3 warmups and 8 iterations of
    /// about 250 ms each, enough for stable means on a small shared machine while the whole run stays in minutes.
    /// </summary>
    public static IConfig Measured() => DefaultConfig.Instance.AddJob(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Measured"));

    /// <summary>
    /// Short (--short): like <see cref="Measured"/> with 2 warmups and 5 iterations, for a machine shared with
    /// other builds, where a long run only collects more of their noise.
    /// </summary>
    public static IConfig Short() => DefaultConfig.Instance.AddJob(
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Short"));

    /// <summary>
    /// Smoke (--quick): every case set up (so every engine is checked against the interpreter) and invoked
    /// once, in this process (no project to generate and build). Its numbers mean nothing.
    /// </summary>
    public static IConfig Quick() => DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
        .WithOptions(ConfigOptions.DisableLogFile);
}
