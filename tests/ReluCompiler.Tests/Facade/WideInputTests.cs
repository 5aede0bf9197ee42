using System.Linq;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Facade;

/// <summary>
/// A unit reading 66,000 inputs: the straight-line IL for it was an invalid program (the local and
/// argument limits of a method); past 16 inputs the plan loops over the span instead.
/// </summary>
public sealed class WideInputTests
{
    private const int Inputs = 66_000;

    private static readonly string Expression =
        "\u03C3(" + string.Join("+", Enumerable.Range(0, Inputs).Select(i => "x" + i)) + ") - 1"; // σ(x0+…) − 1

    [Fact]
    public void TheLibraryCompilesAndEvaluatesIt()
    {
        var compiled = Relu.Compile(Expression);
        var ones = Enumerable.Repeat(1.0, Inputs).ToArray();
        ones[Inputs - 1] = 0.5;
        Assert.Equal(Inputs - 1.5, compiled.Span(ones));
    }

    [Fact]
    public void ReluEvalPrintsItsValueAtAPoint()
    {
        var point = string.Join(",", Enumerable.Repeat("2", Inputs));
        var run = CliRunner.Run("eval", Expression, point);
        Assert.Equal((0, $"{2 * Inputs - 1}\n", ""), (run.ExitCode, run.Output, run.Error));
    }
}
