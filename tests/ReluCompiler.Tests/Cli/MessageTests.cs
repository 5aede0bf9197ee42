using System.IO;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>Messages read as English: no .NET parameter suffix, singular and plural right, directories named as such.</summary>
public sealed class MessageTests
{
    [Fact]
    public void ALibraryArgumentErrorHasNoParameterSuffix()
    {
        var run = CliRunner.Run("emit", "σ(x)", "--class", "lower");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: The class name `lower` is all lowercase ASCII", run.Error);
        Assert.DoesNotContain("(Parameter", run.Error);
    }

    [Fact]
    public void ADirectoryGivenToMinusFSaysItIsADirectory()
    {
        var directory = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var run = CliRunner.Run("canon", "-f", directory);
        Assert.Equal((2, $"error: -f {directory}: this is a directory; give a file\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void ADirectoryGivenToMinusOSaysItIsADirectory()
    {
        var directory = Directory.CreateTempSubdirectory("relu-out").FullName;
        var png = Directory.CreateDirectory(Path.Combine(directory, "picture.png")).FullName;
        try
        {
            var emit = CliRunner.Run("emit", "σ(x)", "-o", directory);
            Assert.Equal((2, $"error: -o {directory}: this is a directory; give a file\n"), (emit.ExitCode, emit.Error));
            var plot = CliRunner.Run("plot", "σ(x)", "-o", png);
            Assert.Equal((2, $"error: -o {png}: this is a directory; give a file\n"), (plot.ExitCode, plot.Error));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ANetworkOfOneInputSaysInputInTheSingular()
    {
        var network = ReluCompiler.Relu.Parse("σ(x)").SmallestNetwork().Network;
        var error = Assert.Throws<ReluCompiler.Ir.InputCountException>(() => network.Evaluate(new double[] { 1.0, 2.0 }));
        Assert.StartsWith("The function takes 1 input (x) but 2 were given.", error.Message);
    }
}
