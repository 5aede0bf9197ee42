using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>
/// Files and standard input are counted while they stream and decoded strictly: endless input is an
/// error after the limit, invalid UTF-8 is an error at its own line, for every verb.
/// </summary>
public sealed class InputStreamTests
{
    public static TheoryData<string[]> EveryVerbReadingStandardInput() => new()
    {
        { new[] { "eval", "-f", "-", "1" } },
        { new[] { "canon", "-f", "-" } },
        { new[] { "eq", "-f", "-", "x" } },
        { new[] { "net", "-f", "-" } },
        { new[] { "pieces", "-f", "-" } },
        { new[] { "emit", "-f", "-" } },
        { new[] { "plot", "-f", "-", "-o", Path.Combine(Path.GetTempPath(), "relu-never-written.svg") } },
        { new[] { "draw", "-f", "-" } },
    };

    [Theory]
    [MemberData(nameof(EveryVerbReadingStandardInput))]
    public void InvalidUtf8OnStandardInputIsALocatedErrorForEveryVerb(string[] args)
    {
        var run = CliRunner.RunWithStreams(new MemoryStream([0xFF]), null, args);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal("error: standard input: line 1, column 1: invalid UTF-8 (byte 0xFF at byte offset 0)\n", run.Error);
    }

    [Theory]
    [MemberData(nameof(EveryVerbReadingStandardInput))]
    public void EndlessStandardInputStopsAtTheLimitForEveryVerb(string[] args)
    {
        var input = GeneratedInput.Repeating("x+"u8.ToArray());

        var run = CliRunner.RunWithStreams(input, null, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: standard input: more than 50331648 bytes, more than an expression may be (16777216 characters)\n", run.Error);
        Assert.InRange(input.BytesRead, 50_331_648, 50_331_648 + 65_536);
    }

    [UnixFact]
    public void DevZeroIsCountedWhileItStreamsThoughItReportsNoLength()
    {
        var run = CliRunner.Run("canon", "-f", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: /dev/zero: more than 50331648 bytes, more than an expression may be (16777216 characters)\n", run.Error);
    }

    [Fact]
    public void InvalidUtf8InTheStreamOfPointsIsReportedAtItsOwnLineAfterEveryEarlierResult()
    {
        var lines = new MemoryStream();
        for (var i = 0; i < 100_000; i++)
        {
            lines.Write(Encoding.ASCII.GetBytes($"{i % 3}\n"));
        }

        lines.Write([(byte)'1', (byte)'.', 0xC3, (byte)'\n', (byte)'2', (byte)'\n']);
        lines.Position = 0;

        var run = CliRunner.RunWithStreams(lines, null, "eval", "σ(x-1)");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(100_000, run.Output.Count(c => c == '\n'));
        Assert.Equal("error: standard input, line 100001, column 3: invalid UTF-8 (byte 0xC3)\n", run.Error);
    }

    [Fact]
    public void AnEndlessLineOfPointsIsAnErrorAfterTheLineLimitNotAllOfIt()
    {
        var input = GeneratedInput.Repeating("1"u8.ToArray());

        var run = CliRunner.RunWithStreams(input, null, "eval", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: standard input, line 1: the line is longer than the limit of 16777216 bytes\n", run.Error);
        Assert.InRange(input.BytesRead, 16_777_216, 16_777_216 + 65_536);
    }

    [Fact]
    public void LinesMayEndInCarriageReturnsAndLineFeedsAlike()
    {
        var run = CliRunner.RunWithStreams(new MemoryStream("1\r\n2\r3\n\n4"u8.ToArray()), null, "eval", "σ(x-1)");

        Assert.Equal((0, "0\n1\n2\n\n3\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void AMillionDigitPointIsOutOfRangeNotInfinity()
    {
        var input = new MemoryStream(Encoding.ASCII.GetBytes("1" + new string('0', 1_000_000) + "\n"));

        var run = CliRunner.RunWithStreams(input, null, "eval", "x");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal("error: standard input, line 1: `100000000000000000000000000000000000000…` (1000001 characters) is outside the range of a double (±1.7976931348623157E+308); write inf or -inf for infinity\n", run.Error);
    }

    [Fact]
    public void InfinityIsStillAPointWhenWrittenAsInf()
    {
        var run = CliRunner.Run("eval", "σ(x)", "inf", "-inf", "1e308");

        Assert.Equal((0, "Infinity\n0\n1E+308\n"), (run.ExitCode, run.Output));
    }
}
