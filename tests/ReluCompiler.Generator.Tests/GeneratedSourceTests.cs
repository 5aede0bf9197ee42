using System;
using System.Linq;
using ApprovalTests;
using ReluCompiler.CSharp;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Generator.Tests;

/// <summary>What the generator writes: the attribute, one file per method, and the same class as <c>relu emit</c>.</summary>
public sealed class GeneratedSourceTests
{
    private const string Staircase = """
        using System;
        using ReluCompiler;

        namespace Demo;

        public static partial class Functions
        {
            [ReluFunction("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)")]
            public static partial double Staircase(double x);
        }
        """;

    [Fact]
    public void StaircaseFileIsPinnedAsASnapshot()
    {
        var run = GeneratorRun.Of(Staircase);
        Assert.Empty(run.Reported);
        Approvals.Verify(new ApprovalTextWriter(run.Generated("Demo.Functions.Staircase_1"), "cs"));
    }

    [Fact]
    public void GeneratedClassIsTheTextReluEmitWritesForTheSamePlan()
    {
        var run = GeneratorRun.Of(Staircase);
        var expression = Relu.Parse("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)", ["x"]);
        var emitted = expression.EmitCSharp(new CSharpEmitOptions("Network", "ReluCompiler.Generated", FileLocal: true));
        Assert.StartsWith(emitted, run.Generated("Demo.Functions.Staircase_1"), StringComparison.Ordinal);

        // relu emit differs only in the class's modifier.
        var cli = expression.EmitCSharp(new CSharpEmitOptions("Network", "ReluCompiler.Generated"));
        Assert.Equal(cli.Replace("public static class Network", "file static class Network"), emitted);
    }

    [Fact]
    public void AttributeAndFormEnumAreAddedToEveryCompilation()
    {
        var run = GeneratorRun.Of("class Empty { }");
        var names = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Contains("ReluFunctionAttribute.g.cs", names);
        var attribute = run.Output.GetTypeByMetadataName("ReluCompiler.ReluFunctionAttribute");
        Assert.NotNull(attribute);
        Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Internal, attribute!.DeclaredAccessibility);
        var form = run.Output.GetTypeByMetadataName("ReluCompiler.ReluForm")!;
        var members = form.GetMembers().OfType<Microsoft.CodeAnalysis.IFieldSymbol>().ToDictionary(f => f.Name, f => (int)f.ConstantValue!);
        foreach (var strategy in Enum.GetValues<EvaluationStrategy>())
        {
            Assert.Equal((int)strategy, members[strategy.ToString()]);
        }

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void NestedGenericAndGlobalNamespaceTypesAreRedeclaredPartial()
    {
        var run = GeneratorRun.Of("""
            using ReluCompiler;
            public partial class Outer<T>
            {
                internal partial record struct Inner
                {
                    [ReluFunction("max(x, class)")]
                    internal static partial double @Max(double @class, double x);
                }
            }
            """);
        Assert.Empty(run.Reported);
        var file = run.Generated("Outer_1.Inner.Max_2");
        Assert.Contains("partial class Outer<T>\n{\n    partial record struct Inner\n    {\n        internal static partial double @Max(double @class, double x) => global::ReluCompiler.Generated.Network.Evaluate(@class, x);\n", file, StringComparison.Ordinal);
        var type = run.Load().GetType("Outer`1+Inner")!;
        Assert.NotNull(type);
    }
}
