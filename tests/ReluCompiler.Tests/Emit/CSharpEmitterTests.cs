using System;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

public sealed class CSharpEmitterTests
{
    [Theory]
    [InlineData("1Network")]
    [InlineData("my-network")]
    [InlineData("class")]
    [InlineData("network")]
    [InlineData("")]
    public void ClassNamesThatAreNotUsableIdentifiersAreRejectedNotSanitized(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(name)));
        Assert.Contains($"`{name}`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Blog..Networks")]
    [InlineData("Blog.class")]
    [InlineData("global.Blog")]
    [InlineData("Blog.Net works")]
    public void NamespacesWithABadPartAreRejected(string ns) =>
        Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(Namespace: ns)));

    [Fact]
    public void InputNamesThatAreNotIdentifiersAreRejected()
    {
        var network = new Network(ImmutableArray.Create("x y"), ImmutableArray.Create(Networks.Unit(1, 0, 1)), 0);
        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(network));
        Assert.Contains("`x y`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PieceTableNeedsExactlyOneInput() =>
        Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.TwoInputs, new CSharpEmitOptions(Strategy: EvaluationStrategy.PieceTable)));

    [Fact]
    public void SourceExpressionCannotEndItsCommentOrStartALineOfCode()
    {
        var hostile = "σ(x)\nreturn 42;\r\u2028}\u2029*/\u0085\u202Eevil\\u000A";
        var source = CSharpEmitter.Emit(Networks.ShiftedRelu, new CSharpEmitOptions("Hostile", SourceExpression: hostile));
        var quoted = source.Split('\n')[2];
        Assert.Equal(@"//   σ(x)\u000Areturn 42;\u000D\u2028}\u2029*\/\u0085\u202Eevil\\u000A", quoted);
        Assert.DoesNotContain('\u2028', source);
        Assert.DoesNotContain('\u202E', source);
        Assert.Equal(2.0, RoslynCompiler.Bind(Networks.ShiftedRelu, new CSharpEmitOptions("Hostile"), source)([2]));
    }

    [Fact]
    public void LongSourceExpressionsWrapIntoSeveralCommentLines()
    {
        var expression = string.Join(" + ", Enumerable.Range(0, 100).Select(k => $"σ(x - {k})"));
        var lines = CSharpEmitter.Emit(Networks.ShiftedRelu, new CSharpEmitOptions(SourceExpression: expression)).Split('\n');
        var quoted = lines.Skip(2).TakeWhile(line => line.StartsWith("//   ", StringComparison.Ordinal)).ToArray();
        Assert.True(quoted.Length > 5);
        Assert.All(quoted, line => Assert.True(line.Length <= 110, line));
        Assert.Equal(expression, string.Concat(quoted.Select(line => line[5..])));
    }

    [Fact]
    public void EmittingTwiceGivesTheSameTextWithNoVersionStamp()
    {
        var first = CSharpEmitter.Emit(Networks.Tent);
        Assert.Equal(first, CSharpEmitter.Emit(Networks.Tent));
        Assert.DoesNotContain("Version", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0.1.0", first, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', first);
    }

    [Fact]
    public void NetworkWithoutInputsBecomesAParameterlessEvaluate()
    {
        var network = new Network(ImmutableArray<string>.Empty, ImmutableArray.Create(Networks.UnitOf([], 2, 3)), -1);
        var source = CSharpEmitter.Emit(network);
        Assert.Contains("public static double Evaluate()", source, StringComparison.Ordinal);
        Assert.Contains("double h0 = Relu(0 + 2);", source, StringComparison.Ordinal);
        Assert.Equal(5.0, RoslynCompiler.CompileNetwork(network)([]));
    }

    [Fact]
    public void ExtremeWeightsAreWrittenSoTheyReadBackAsTheSameDoubles()
    {
        // 10⁴⁰⁰ rounds to ∞, −10⁻⁴⁰⁰ to −0, 2⁻¹⁰⁷⁴ is the least subnormal, 1/3 does not terminate.
        var huge = new Fraction(System.Numerics.BigInteger.Pow(10, 400));
        var network = Networks.OneInput(
            new Fraction(1, 3),
            Networks.Unit(huge, -1, new Fraction(1, 3)),
            Networks.Unit(-1 / huge, 1 / huge, 1),
            Networks.Unit(new Fraction(1, System.Numerics.BigInteger.Pow(2, 1074)), new Fraction(-1, 10), -huge));
        // The sum form, forced: weights past the double range count as a far kink, which would choose the table.
        var source = CSharpEmitter.Emit(network, new CSharpEmitOptions(), EvaluationStrategy.StraightLine);
        Assert.Contains("double.PositiveInfinity * x - 1", source, StringComparison.Ordinal);
        Assert.Contains("-0.0 * x + 0", source, StringComparison.Ordinal);
        Assert.Contains("5E-324 * x - 0.1", source, StringComparison.Ordinal);
        var compiled = RoslynCompiler.Bind(network, new CSharpEmitOptions(), source);
        foreach (var x in RandomNetworks.SpecialPoints)
        {
            Doubles.AssertSame(network.Evaluate([x]), compiled([x]), $"at {x}");
        }
    }

    [Fact]
    public void CompileErrorsShowTheDiagnosticsAndTheNumberedSource()
    {
        var error = Assert.Throws<CSharpCompilationException>(() => RoslynCompiler.CompileAndLoad("public static class Broken\n{\n    static int X = ;\n}\n"));
        Assert.Contains("(3,20): error CS1525", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 |     static int X = ;", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Diagnostics);
    }

    [Fact]
    public void WarningsInGeneratedSourceCountAsErrors()
    {
        // CS8981 (an all-lowercase type name) is only a warning, but generated code must not have any.
        var error = Assert.Throws<CSharpCompilationException>(() => RoslynCompiler.CompileAndLoad("/// <summary>x</summary>\npublic static class lower { }\n"));
        Assert.Contains("CS8981", error.Message, StringComparison.Ordinal);
    }
}
