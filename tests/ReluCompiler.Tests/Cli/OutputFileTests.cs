using System.IO;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary><c>-o FILE</c> replaces the file only once the new content is complete, and never leaves a temporary file behind.</summary>
public sealed class OutputFileTests
{
    [Fact]
    public void EmitReplacesAnExistingFileWithTheCompleteSourceAndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("relu-out-").FullName;
        var path = Path.Combine(directory, "Net.cs");
        File.WriteAllText(path, "old content that is longer than nothing");

        var run = CliRunner.Run("emit", "σ(x-1)", "--class", "Net", "-o", path);

        Assert.Equal((0, "", ""), (run.ExitCode, run.Output, run.Error));
        Assert.Equal(CliRunner.Run("emit", "σ(x-1)", "--class", "Net").Output, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void AFailedEmitLeavesTheExistingFileAsItWas()
    {
        var directory = Directory.CreateTempSubdirectory("relu-out-").FullName;
        var path = Path.Combine(directory, "Net.cs");
        File.WriteAllText(path, "keep me");

        var run = CliRunner.Run("emit", "σ(x-1)", "--class", "Evaluate", "-o", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory));
        Directory.Delete(directory, recursive: true);
    }

    [UnixFact]
    public void ADeviceIsWrittenInPlaceNotReplaced()
    {
        var run = CliRunner.Run("emit", "σ(x-1)", "-o", "/dev/null");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(0, new FileInfo("/dev/null").Length);
    }

    [Fact]
    public void APlotOfARangeFinerThanDecimalKeepsItsEnds()
    {
        var directory = Directory.CreateTempSubdirectory("relu-out-").FullName;
        var path = Path.Combine(directory, "tiny.svg");

        var run = CliRunner.Run("plot", "x", "-o", path, "--from", "1.5e-28", "--to", "2e-28");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("<svg ", File.ReadAllText(path));
        Directory.Delete(directory, recursive: true);
    }
}
