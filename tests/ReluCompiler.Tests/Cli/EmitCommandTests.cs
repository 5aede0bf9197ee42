using System.IO;
using ReluCompiler.Roslyn;
using Xunit;

namespace ReluCompiler.Tests.Cli;

public sealed class EmitCommandTests
{
    [Fact]
    public void EmittedSourceEndsWithALineBreakAndCompilesToTheSameFunction()
    {
        var run = CliRunner.Run("emit", "σ(x-1) + 1", "--class", "Shifted", "--namespace", "Demo.Blog");
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("}\n", run.Output);
        Assert.Contains("namespace Demo.Blog", run.Output);
        var evaluate = RoslynCompiler.CompileEvaluate<System.Func<double, double>>(run.Output, "Demo.Blog.Shifted");
        Assert.Equal([1.0, 1.0, 2.5], new[] { evaluate(0), evaluate(1), evaluate(2.5) });
    }

    [Fact]
    public void OutputOptionWritesTheFileAndNothingToStandardOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName() + ".cs");
        var run = CliRunner.Run("emit", "σ(x)", "-o", path);
        var written = File.ReadAllText(path);
        File.Delete(path);
        Assert.Equal((0, ""), (run.ExitCode, run.Output));
        Assert.Contains("public static double Evaluate(double x)", written);
    }

    [Fact]
    public void PieceTableNeedsOneInput()
    {
        var run = CliRunner.Run("emit", "σ(x + y)", "--piece-table");
        Assert.Equal((2, "error: --piece-table needs a function of one variable, but this one has inputs x, y\n"), (run.ExitCode, run.Error));
    }
}
