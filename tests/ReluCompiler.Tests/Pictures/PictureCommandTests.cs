using System.IO;
using ReluCompiler.Cli;
using Xunit;

namespace ReluCompiler.Tests.Pictures;

/// <summary>
/// <c>relu plot</c> and <c>relu draw</c> run in-process: help, and the bad input that is refused before
/// any expression is parsed (exit 2, <c>error:</c> on standard error, nothing written).
/// </summary>
public sealed class PictureCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReluCli.Run(args, new CliConsole(new StringReader(""), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void PlotHelpNamesItsArgumentAndEveryOption()
    {
        var (exit, output, _) = Run("plot", "--help");
        Assert.Equal(0, exit);
        Assert.Contains(" plot [<EXPR>...] [options]", output);
        foreach (var option in new[] { "-o, --output <FILE>", "--from <A>", "--to <B>", "--width <W>", "--height <H>", "-f, --file <FILE>" })
        {
            Assert.Contains(option, output);
        }

        Assert.Contains("relu plot \"σ(x-2) - σ(x-3)\" -o step.png", output);
    }

    [Fact]
    public void DrawHelpNamesItsArgumentAndEveryOption()
    {
        var (exit, output, _) = Run("draw", "--help");
        Assert.Equal(0, exit);
        Assert.Contains(" draw [<EXPR>...] [options]", output);
        Assert.Contains("--format <dot|mermaid>", output);
        Assert.Contains("--as-written", output);
        Assert.Contains("-f, --file <FILE>", output);
    }

    [Theory]
    [InlineData("error: the output file must end in .png or .svg, got `f.jpg`", "plot", "σ(x)", "-o", "f.jpg")]
    [InlineData("error: the output file must end in .png or .svg, got `plot`", "plot", "σ(x)", "-o", "plot")]
    [InlineData("error: --width must be between 100 and 8000 pixels, got 99", "plot", "σ(x)", "-o", "f.png", "--width", "99")]
    [InlineData("error: --height must be between 100 and 8000 pixels, got 8001", "plot", "σ(x)", "-o", "f.svg", "--height", "8001")]
    [InlineData("error: --from and --to go together: give both ends of the range, or neither", "plot", "σ(x)", "-o", "f.png", "--from", "-1")]
    [InlineData("error: --from must be less than --to, got 2 and 2", "plot", "σ(x)", "-o", "f.png", "--from", "2", "--to", "2")]
    [InlineData("error: --from must be less than --to, got 3 and -3", "plot", "σ(x)", "-o", "f.png", "--from", "3", "--to", "-3")]
    [InlineData("error: --to must be a finite number, got `inf`", "plot", "σ(x)", "-o", "f.png", "--from", "0", "--to", "inf")]
    [InlineData("error: --from must be a finite number, got `NaN`", "plot", "σ(x)", "-o", "f.png", "--from", "NaN", "--to", "1")]
    public void BadPlotOptionsAreRefusedWithExitTwoBeforeParsing(string message, params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(message + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void PlotWithoutAnOutputFileIsAUsageError()
    {
        var (exit, _, error) = Run("plot", "σ(x)");
        Assert.Equal(2, exit);
        Assert.Contains("--output", error);
    }

    [Fact]
    public void DrawRefusesAnUnknownFormat()
    {
        var (exit, _, error) = Run("draw", "σ(x)", "--format", "svg");
        Assert.Equal(2, exit);
        Assert.Contains("svg", error);
    }

    [Fact]
    public void DrawWithoutAnExpressionSaysSo()
    {
        var (exit, _, error) = Run("draw");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: no expression was given: pass it as an argument or with -f FILE\nusage: relu draw ", error.ReplaceLineEndings("\n"));
    }
}
