using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ReluCompiler.Generator.Tests;

/// <summary>
/// The pipeline's models hold only values, so an edit that does not touch a [ReluFunction] leaves every step
/// after ForAttributeWithMetadataName cached, and the generated files are not produced again.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Source = """
        using System;
        using ReluCompiler;

        namespace Demo;

        public static partial class Functions
        {
            [ReluFunction("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)")]
            public static partial double Staircase(double x);

            [ReluFunction("2σ(x + y - 1) - σ(x - y)")]
            public static partial double Ridge(double y, double x);

            [ReluFunction("σ(x) - σ(x - 1) + unknown(x)")]
            public static partial double Broken(double x);
        }

        public static class Unrelated
        {
            public static int Answer() => 42;
        }
        """;

    [Fact]
    public void AnotherFileAddedLeavesEveryModelCachedAndNoFileRegenerated()
    {
        var first = GeneratorRun.Of(Source, trackSteps: true);
        var second = first.WithFile("public static class More { public static int Two() => 2; }", "More.cs");
        AssertNothingRan(second);
    }

    [Fact]
    public void EditOfUnrelatedCodeInTheSameFileProducesEqualModels()
    {
        var first = GeneratorRun.Of(Source, trackSteps: true);

        // The transform runs again for the edited file, but its models equal the last run's: Unchanged.
        var second = first.WithSource(Source.Replace("=> 42;", "=> 43;"));
        var reasons = Reasons(second, ReluFunctionGenerator.ReadStep);
        Assert.Equal(3, reasons.Length);
        Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        AssertNothingRan(second);
    }

    [Fact]
    public void EditOfAnExpressionModifiesOnlyItsOwnModel()
    {
        var first = GeneratorRun.Of(Source, trackSteps: true);
        // Same length, so the diagnostic of Broken below keeps its span (a location is part of the model).
        var second = first.WithSource(Source.Replace("σ(x - y)", "σ(y - x)"));
        var reasons = Reasons(second, ReluFunctionGenerator.ReadStep);
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged], reasons);
    }

    private static void AssertNothingRan(GeneratorRun run)
    {
        Assert.All(Reasons(run, ReluFunctionGenerator.ReadStep), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var outputs = run.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
        [.. run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
