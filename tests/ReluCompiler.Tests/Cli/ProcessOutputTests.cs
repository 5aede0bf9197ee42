using System.Diagnostics;
using System.IO;
using ReluCompiler.Cli;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>The real process's standard output, which the in-process runner cannot reach.</summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public void TwoRunsRedirectedIntoOneFileAppendInsteadOfOverwriting()
    {
        var relu = typeof(ReluCli).Assembly.Location;
        var output = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        try
        {
            var script = $"echo first; dotnet '{relu}' canon 'σ(x) - σ(-x)'; dotnet '{relu}' eval 'σ(x-1) + 1' 2";
            var start = new ProcessStartInfo("sh", ["-c", $"({script}) > '{output}'"]) { UseShellExecute = false };
            using var process = Process.Start(start)!;
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal("first\nx\n2\n", File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
