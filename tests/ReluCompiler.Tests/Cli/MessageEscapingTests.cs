using System.IO;
using System.Text;
using Xunit;

namespace ReluCompiler.Tests.Cli;

/// <summary>No message echoes a control or bidi character raw: what the user typed is quoted as U+XXXX.</summary>
public sealed class MessageEscapingTests
{
    [Fact]
    public void EscapeAndBellInAPointAreShownAsCodePoints()
    {
        var run = CliRunner.Run("eval", "x", "\u001B[31m\u0007");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: point 1: `<U+001B>[31m<U+0007>` is not a number\n", run.Error);
    }

    [Fact]
    public void ControlCharactersInALineOfStandardInputAreShownAsCodePoints()
    {
        var run = CliRunner.RunWithStreams(new MemoryStream(Encoding.UTF8.GetBytes("1\n\u001B]0;owned\u0007\n")), null, "eval", "x");

        Assert.Equal((2, "1\n"), (run.ExitCode, run.Output));
        Assert.Equal("error: standard input, line 2: `<U+001B>]0;owned<U+0007>` is not a number\n", run.Error);
    }

    [Fact]
    public void ABidiOverrideInARangeEndIsShownAsACodePoint()
    {
        var run = CliRunner.Run("plot", "x", "-o", Path.Combine(Path.GetTempPath(), "relu-never.svg"), "--from", "1\u202E0", "--to", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --from must be a finite number, got `1<U+202E>0`\n", run.Error);
    }

    [Fact]
    public void AnOutputPathWithControlCharactersIsShownWithCodePoints()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-directory-\u001B[2J", "out.cs");

        var run = CliRunner.Run("emit", "x", "-o", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {path.Replace("\u001B", "<U+001B>")}: ", run.Error);
        Assert.DoesNotContain('\u001B', run.Error);
    }

    [Fact]
    public void AnUnknownCharacterInAnExpressionIsNamedNotPrinted()
    {
        var run = CliRunner.Run("canon", "x + \u0007");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: line 1, column 5: the control character U+0007 is not allowed\n  x + \u00B7\n      ^\n", run.Error);
        Assert.DoesNotContain('\u0007', run.Error);
    }

    [Fact]
    public void ParserMessagesEscapeTheUserTextTheyQuote() =>
        Assert.Equal("`a<U+001B>b<U+202E>`", ReluCompiler.Parser.UserText.Quote("a\u001Bb\u202E"));
}
