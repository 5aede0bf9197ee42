using System.IO;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>Nothing typed is ignored: a misspelled option or an extra argument is an error on every verb.</summary>
public sealed class StrictArgumentsTests
{
    public static TheoryData<string[], string> MisspelledOptions => new()
    {
        { ["eval", "σ(x)", "--engin", "il", "1"], "unknown option `--engin` for relu eval; did you mean `--engine`?" },
        { ["canon", "σ(x)", "--fiel", "a.txt"], "unknown option `--fiel` for relu canon; did you mean `--file`?" },
        { ["eq", "σ(x)", "x", "--jsn"], "unknown option `--jsn` for relu eq; did you mean `--json`?" },
        { ["net", "--jsn", "σ(x)"], "unknown option `--jsn` for relu net; did you mean `--json`?" },
        { ["net", "σ(x)", "--as-writen"], "unknown option `--as-writen` for relu net; did you mean `--as-written`?" },
        { ["pieces", "σ(x)", "--json=true", "--jsno"], "unknown option `--jsno` for relu pieces; did you mean `--json`?" },
        { ["emit", "σ(x)", "--clas", "Foo"], "unknown option `--clas` for relu emit; did you mean `--class`?" },
        { ["plot", "σ(x)", "-o", "p.png", "--widht", "300"], "unknown option `--widht` for relu plot; did you mean `--width`?" },
        { ["draw", "σ(x)", "--formt", "mermaid"], "unknown option `--formt` for relu draw; did you mean `--format`?" },
    };

    public static TheoryData<string[], string> ExtraArguments => new()
    {
        { ["eval", "σ(x)", "1", "2,3"], "point 2: expected one number for x, got `2,3`" },
        { ["canon", "σ(x)", "σ(y)"], "relu canon takes one expression; this argument is extra: `σ(y)`" },
        { ["eq", "σ(x)", "x", "y"], "relu eq compares two expressions; this argument is extra: `y`" },
        { ["net", "σ(x)", "x", "y"], "relu net takes one expression; these 2 arguments are extra: `x` `y`" },
        { ["pieces", "σ(x)", "1"], "relu pieces takes one expression; this argument is extra: `1`" },
        { ["emit", "σ(x)", "Foo"], "relu emit takes one expression; this argument is extra: `Foo`" },
        { ["plot", "σ(x)", "-o", "p.png", "q.png"], "line 1, column 2: unexpected character `.`" },
        { ["draw", "σ(x)", "mermaid"], "relu draw takes one expression; this argument is extra: `mermaid`" },
    };

    [Theory]
    [MemberData(nameof(MisspelledOptions))]
    public void AMisspelledOptionIsNamedWithASuggestionAndTheVerbsUsage(string[] args, string message)
    {
        var run = CliRunner.Run(args);
        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith($"error: {message}\nusage: relu {args[0]} [options] [--] ", run.Error);
        Assert.EndsWith($"Run 'relu {args[0]} --help' for details.\n", run.Error);
    }

    [Theory]
    [MemberData(nameof(ExtraArguments))]
    public void AnExtraArgumentIsAnError(string[] args, string message)
    {
        var run = CliRunner.Run(args);
        Assert.Equal((2, args[0] == "eval" ? "1\n" : ""), (run.ExitCode, run.Output));
        Assert.StartsWith($"error: {message}", run.Error);
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("-e")]
    [InlineData("--x")]
    [InlineData("--engine-x")]
    public void AnOptionShapedTokenIsNeverAnExpression(string token)
    {
        var run = CliRunner.Run("eval", token, "1");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: unknown option `{token}` for relu eval", run.Error);
    }

    [Fact]
    public void AShortOptionThatIsNotOneSaysWhereANegatedExpressionGoes()
    {
        var run = CliRunner.Run("canon", "-x");
        Assert.StartsWith("error: unknown option `-x` for relu canon (an expression or point that starts with '-' goes after `--`: relu canon -- -x)\n", run.Error);
    }

    [Theory]
    [InlineData(new[] { "eval", "--", "-x", "1", "-2" }, "-1\n2\n")]
    [InlineData(new[] { "eval", "-x+1", "-1", "-.5", "-1e3" }, "2\n1.5\n1001\n")]
    [InlineData(new[] { "eval", "-σ(x)", "-inf", "2" }, "0\n-2\n")]
    [InlineData(new[] { "eval", "x", "-Infinity" }, "-Infinity\n")]
    [InlineData(new[] { "canon", "-(x)" }, "-x\n")]
    [InlineData(new[] { "canon", "--", "--x" }, "x\n")]
    public void NegativeNumbersAndExpressionsThatCannotBeOptionsStayUsable(string[] args, string output)
    {
        var run = CliRunner.Run(args);
        Assert.Equal((0, output, ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void AnUnknownVerbGetsASuggestionAndTheListOfVerbs()
    {
        var run = CliRunner.Run("evl", "x");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown verb `evl`; did you mean `eval`?\nusage: relu VERB [options] [--] ARGUMENTS\nverbs: eval, canon, eq, net, pieces, emit, plot, draw", run.Error);
    }

    [Fact]
    public void AMissingOptionValueNamesTheOptionAndShowsTheVerbsUsage()
    {
        var run = CliRunner.Run("emit", "σ(x)", "--class");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--class'", run.Error);
        Assert.Contains("usage: relu emit [options] [--] [EXPR...]\noptions: -f, --file FILE; ", run.Error);
        Assert.Contains("; --class NAME; ", run.Error);
    }

    [Fact]
    public void AMistypedOptionOfPlotWritesNoPicture()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relu-strict-{System.Guid.NewGuid():N}.png");
        var run = CliRunner.Run("plot", "σ(x)", "-o", path, "--form", "0", "--to", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown option `--form` for relu plot; did you mean `--from`?", run.Error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void AnOptionShapedValueOfAnOptionSaysTheOptionNeedsAValue()
    {
        var run = CliRunner.Run("emit", "σ(x)", "--class", "--nmspace", "Foo");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: `--class` needs a value, but `--nmspace` looks like an option; did you mean `--namespace`? (a value that starts with '-' is written ./--nmspace for a file)\n", run.Error);
    }

    [Fact]
    public void AMisspelledInputsOptionIsAnError()
    {
        var run = CliRunner.Run("eval", "σ(x)", "--input", "x", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown option `--input` for relu eval; did you mean `--inputs`?", run.Error);
    }
}
