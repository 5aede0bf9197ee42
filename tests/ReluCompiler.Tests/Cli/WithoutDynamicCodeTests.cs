using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ReluCompiler.Cli;
using ReluCompiler.Cli.Infrastructure;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>
/// relu where the runtime cannot run generated code, as in its NativeAOT build: the real relu.dll in a child
/// process whose runtimeconfig turns <c>RuntimeFeature.IsDynamicCodeSupported</c> off (the switch CoreCLR reads
/// at start), so the code paths the AOT executable takes run here too.
/// </summary>
public sealed class WithoutDynamicCodeTests
{
    private const string Staircase = "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) + σ(x-4) - σ(x-5) + σ(x-6) - σ(x-7) + σ(x-8) - σ(x-9)" +
        " + σ(x-10) - σ(x-11) + σ(x-12) - σ(x-13) + σ(x-14) - σ(x-15) + σ(x-16) - σ(x-17) + σ(x-18) - σ(x-19)";

    [Fact]
    public void TheRoslynEngineIsRefusedWithExitTwoAndSaysWhatToUseInstead()
    {
        var run = RunWithoutDynamicCode("eval", "--raw", "--engine", "roslyn", "σ(x-1) + 1", "2");
        Assert.Equal((2, "", $"error: {EngineFactory.RoslynUnavailable}\n"), (run.ExitCode, run.Output, run.Error));
        Assert.Contains("--engine il", run.Error);
    }

    [Fact]
    public void TheIlEngineRunsTheFirstTierAndPrintsTheEmittedIlsBits()
    {
        // A sum whose rounding shows (0.1 + 0.2 style), and the 20-kink staircase the IL answers from its piece table.
        string[] sum = ["eval", "--raw", "--engine", "il", "0.1*σ(x-0.3) + 0.7*σ(x+0.2) - σ(x-1/3)", "0.1", "0.35", "1", "1e300", "-inf"];
        string[] table = ["eval", "--raw", "--engine", "il", Staircase, "0.5", "7.25", "19.5", "1e16", "inf", "nan"];

        var firstTier = (RunWithoutDynamicCode(sum), RunWithoutDynamicCode(table));
        var emittedIl = (CliRunner.Run(sum), CliRunner.Run(table));

        Assert.Equal((0, ""), (firstTier.Item1.ExitCode, firstTier.Item1.Error));
        Assert.Equal(emittedIl.Item1.Output, firstTier.Item1.Output);
        Assert.Equal(emittedIl.Item2.Output, firstTier.Item2.Output);
        Assert.Equal("0.5\n4\n10\n10\nNaN\nNaN\n", firstTier.Item2.Output);
    }

    [Fact]
    public void WithoutRawEveryEnginePrintsTheCorrectlyRoundedValue()
    {
        foreach (var engine in EngineFactory.Names)
        {
            var run = RunWithoutDynamicCode("eval", "--engine", engine, "σ(x-1) + 1", "0", "2", "1e16");
            Assert.Equal((0, "1\n2\n10000000000000000\n", ""), (run.ExitCode, run.Output, run.Error));
        }
    }

    private static CliRun RunWithoutDynamicCode(params string[] args)
    {
        var relu = typeof(ReluCli).Assembly.Location;
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(relu, ".runtimeconfig.json")))!;
        var options = config["runtimeOptions"]!.AsObject();
        var properties = options["configProperties"] as JsonObject ?? [];
        options["configProperties"] = properties;
        properties["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"] = false;
        var configFile = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".runtimeconfig.json");
        File.WriteAllText(configFile, config.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("dotnet", new[] { "exec", "--runtimeconfig", configFile, relu }.Concat(args))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new CliRun(process.ExitCode, output, error.Result);
        }
        finally
        {
            File.Delete(configFile);
        }
    }
}
