using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// The deepest nesting allowed parses, lowers and evaluates on the caller's thread even when that thread has
/// an ordinary 1 MiB stack, for every construct that nests; one level more is the located depth error there
/// too (issue 10: no thread hop, so the parser can run inside a compiler or a source generator).
/// </summary>
public sealed class OrdinaryStackTests
{
    private const int OneMebibyte = 1024 * 1024;

    private const string TooDeep =
        "nesting deeper than the limit of 256 levels (parentheses, calls, absolute-value bars and prefix signs each add one)";

    /// <summary>
    /// Opening text, closing text, the levels one copy of the opening adds (a sign before a group adds one
    /// more), and the value of 256 levels at x = −3, worked out by hand.
    /// </summary>
    public static TheoryData<string, string, int, string> Constructs => new()
    {
        { "(", ")", 1, "-3" },
        { "[", "]", 1, "-3" },
        { "\\{", "\\}", 1, "-3" },
        { "\\left(", "\\right)", 1, "-3" },
        { "\u03C3(", ")", 1, "0" },                      // σ( : σ(−3) = 0
        { "\\sigma\\left(", "\\right)", 1, "0" },
        { "\\operatorname{ReLU}(", ")", 1, "0" },
        { "relu(", ")", 1, "0" },
        { "|", "|", 1, "3" },
        { "\\left|", "\\right|", 1, "3" },
        { "-", "", 1, "-3" },                            // 256 signs: an even count
        { "-(", ")", 2, "-3" },                          // 128 × (sign, group): even
        { "max(0, ", ")", 1, "0" },
        { "max(x, ", ")", 1, "-3" },
        { "min(0, ", ")", 1, "-3" },
        { "\\max\\{0, ", "\\}", 1, "0" },
        { "1(", ")", 1, "-3" },                          // implicit products
        { "1\\cdot(", ")", 1, "-3" },
        { "\\frac{", "}{1}", 1, "-3" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void DeepestAllowedNestingParsesOnAThreadWithAOneMebibyteStack(string open, string close, int levelsPerCopy, string valueAtMinusThree)
    {
        var copies = ParserLimits.MaxNestingDepth / levelsPerCopy;
        var text = Nest(open, close, copies);
        var value = OnOneMebibyteStack(() => ReluParser.Parse(text).Sum.Evaluate(new Dictionary<string, Fraction> { ["x"] = -3 }));
        Assert.Equal(ExactText.Parse(valueAtMinusThree), value);
    }

    [Theory]
    [MemberData(nameof(Constructs))]
    public void OneLevelPastTheLimitIsTheLocatedDepthErrorOnAOneMebibyteStack(string open, string close, int levelsPerCopy, string valueAtMinusThree)
    {
        _ = valueAtMinusThree;
        var copies = (ParserLimits.MaxNestingDepth / levelsPerCopy) + 1;
        var text = Nest(open, close, copies);
        var error = OnOneMebibyteStack(() => Assert.Throws<ReluParseException>(() => ReluParser.Parse(text)));
        Assert.Equal(TooDeep, error.Reason);

        // The error points into the last copy of the opening text: the first level past the limit.
        var lastCopy = open.Length * (copies - 1);
        Assert.InRange(error.Offset, lastCopy, lastCopy + open.Length - 1);
    }

    [Fact]
    public void EquationWithTheDeepestNestingOnBothSidesParsesOnAOneMebibyteStack()
    {
        var side = Nest("\u03C3(", ")", ParserLimits.MaxNestingDepth); // σ(
        var equation = OnOneMebibyteStack(() => ReluParser.ParseEquation(side + " = " + side));
        Assert.Equal(equation.Left.Sum.ToString(), equation.Right.Sum.ToString());
    }

    private static string Nest(string open, string close, int copies) =>
        string.Concat(Enumerable.Repeat(open, copies)) + "x" + string.Concat(Enumerable.Repeat(close, copies));

    /// <summary>Runs <paramref name="work"/> on a new thread whose whole stack is 1 MiB, and returns or rethrows its outcome.</summary>
    private static T OnOneMebibyteStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            OneMebibyte);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on the 1 MiB thread.", failure);
        }

        return result;
    }
}
