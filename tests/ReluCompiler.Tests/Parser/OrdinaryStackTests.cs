using System;
using System.Linq;
using System.Threading;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>The deepest nesting allowed parses on the caller's thread, even one with an ordinary 1 MiB stack.</summary>
public sealed class OrdinaryStackTests
{
    [Theory]
    [InlineData("(", ")")]
    [InlineData("\u03C3(", ")")] // σ(
    [InlineData("|", "|")]
    [InlineData("-", "")]
    [InlineData("max(0, ", ")")]
    [InlineData("max(x, ", ")")]
    public void NestingOf256LevelsParsesOnAThreadWithAOneMebibyteStack(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 256)) + "x" + string.Concat(Enumerable.Repeat(close, 256));
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    ReluParser.Parse(text);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
