using System.Collections.Generic;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Blog;

/// <summary>Every line of samples/blog-expressions.txt parses, and its canonical form is a fixed point of <c>relu canon</c>.</summary>
public sealed class BlogRoundTripTests
{
    public static IEnumerable<object[]> Rows => BlogSamples.Rows;

    [Fact]
    public void BlogFileListsEveryExpressionOfThePost() =>
        // 17: max(0, x), five examples, three sums, four exercises, the neuron, both sides of the tricky network, σ(x).
        Assert.Equal(17, BlogSamples.Expressions.Count);

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryBlogLineParses(int line, string expression)
    {
        var parsed = Relu.TryParse(expression, out var result, out var error);
        Assert.True(parsed, $"blog-expressions.txt:{line}: `{expression}`: {error?.Message}");
        Assert.Equal("x", Assert.Single(result!.Inputs));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void CanonOfCanonIsCanon(int line, string expression)
    {
        var first = CliRunner.Run("canon", expression);
        Assert.True(first.ExitCode == 0, $"blog-expressions.txt:{line}: {first.Error}");
        Assert.EndsWith("\n", first.Output);
        Assert.DoesNotContain('\n', first.Output.TrimEnd('\n'));

        var second = CliRunner.Run("canon", first.Output.TrimEnd('\n'));
        Assert.Equal((0, first.Output, ""), (second.ExitCode, second.Output, second.Error));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void CanonIsTheSameFunctionAsTheBlogExpression(int line, string expression)
    {
        var canonical = CliRunner.Run("canon", expression).Output.TrimEnd('\n');
        var run = CliRunner.Run("eq", expression, canonical);
        Assert.True(run.ExitCode == 0, $"blog-expressions.txt:{line}: {run.Output}{run.Error}");
        Assert.Equal("equal\n", run.Output);
    }

    [Fact]
    public void BothSidesOfTheTrickyNetworkAreEqual()
    {
        var run = CliRunner.Run("eq", @"\sigma(1 \times x-1) + \sigma(0 \times x +1)", @"\sigma(x-1) +1");
        Assert.Equal((0, "equal\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void ExerciseFourDiffersFromExerciseTwoOnceTheSecondUnitSwitchesOn()
    {
        var run = CliRunner.Run("eq", @"\sigma(x-2) -\sigma(x-3)", @"\sigma(x-2)");
        Assert.Equal((1, "not equal\n  x = 4\n  left = 1, right = 2\n"), (run.ExitCode, run.Output));
    }
}
