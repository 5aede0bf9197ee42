using System.Linq;
using System.Text.Json;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>Every number the project prints parses back to the same value.</summary>
public sealed class ReadBackTests
{
    public static TheoryData<string> Expressions() => new()
    {
        "1e100*x",
        "1e400",
        "1e-400*x + 1e400",
        "x/3e-400",
        "1e400/3 + σ(x - 1e-400)",
        "σ(x - 1.5e-30) * 123456789012345678901234567890",
        "x" + string.Concat(Enumerable.Repeat("/7", 119)),
        "x" + string.Concat(Enumerable.Repeat("/2", 119)),
        "x" + string.Concat(Enumerable.Repeat("/10", 119)),
        "σ(x/1024/1024/1024/1024/1024/1024/1024/1024 - 1/3)",
        "σ(x + y/1e300) - σ(1e300y - x)",
        "1e400*1e400*x + 1e-400/1e300",
        "1e400*1e400*1e400*(1 + 1e-400)*x",
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void CanonicalTextParsesBackToItself(string text)
    {
        var canonical = Relu.Parse(text).Canonical.ToString();
        Assert.Equal(canonical, Relu.Parse(canonical).Canonical.ToString());
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void NetworkJsonReadsBackAsTheSameFunction(string text)
    {
        var run = CliRunner.Run("net", "--json", text);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        var inputs = root.GetProperty("inputs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var hidden = root.GetProperty("hidden").EnumerateArray().ToArray();
        var outputs = root.GetProperty("output").GetProperty("weights").EnumerateArray().ToArray();
        var terms = hidden.Select((unit, i) =>
            $"({Number(outputs[i])})*σ({string.Join(" + ", unit.GetProperty("weights").EnumerateArray().Select((w, j) => $"({Number(w)})*{inputs[j]}"))} + ({Number(unit.GetProperty("bias"))}))");
        var rebuilt = string.Join(" + ", terms.Append($"({Number(root.GetProperty("output").GetProperty("bias"))})"));
        if (root.GetProperty("exact").GetBoolean())
        {
            Assert.True(Relu.Equivalent(text, rebuilt).IsEqual, rebuilt);
        }
    }

    [Theory]
    [InlineData("x/3e-400", "x")]
    [InlineData("1e400*x", "1e400*x + σ(x - 1e-400)")]
    [InlineData("x" + "/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7/7", "σ(x - 1/3)")]
    public void WitnessesEvaluateToThePrintedValues(string left, string right)
    {
        var answer = Relu.Equivalent(left, right);
        Assert.False(answer.IsEqual);
        var point = answer.Witness!.Select(p => ExactMath.Format(p.Value)).ToArray();
        var leftAgain = Relu.Parse(left).EvaluateExact(point.Select(v => Relu.Parse(v).Canonical.Affine.Constant).ToArray());
        Assert.Equal(ExactMath.Format(answer.LeftValue!.Value), ExactMath.Format(leftAgain));
        Assert.Equal(answer.LeftValue!.Value, Relu.Parse(ExactMath.Format(answer.LeftValue!.Value)).Canonical.Affine.Constant);
    }

    [Fact]
    public void InfiniteDoublesInJsonAreWrittenAsExactStrings()
    {
        Assert.Equal(
            "{\"inputs\":[],\"hidden\":[],\"output\":{\"weights\":[],\"bias\":\"1e400/3\"},\"minimal\":true,\"exact\":true}\n",
            CliRunner.Run("net", "--json", "1e400/3").Output);
        Assert.Contains("\"slope\":\"1e400/3\"", CliRunner.Run("pieces", "--json", "x/3e-400").Output);
        Assert.Contains("\"left\":\"1e400/3\"", CliRunner.Run("eq", "--json", "x/3e-400", "x").Output);
    }

    [Fact]
    public void LongTerminatingDecimalsAreExactInJson()
    {
        var run = CliRunner.Run("net", "--json", "x/1024/1024/1024/1024/1024/1024/1024/1024/1024/1024 + 1e-400");
        Assert.EndsWith("\"exact\":true}\n", run.Output);
        Assert.Contains("1e-400", run.Output);
    }

    [Theory]
    [InlineData("1e100", "1e100")]
    [InlineData("1e400", "1e400")]
    [InlineData("-1e-400", "-1e-400")]
    [InlineData("1000", "1000")]
    [InlineData("0.125", "0.125")]
    [InlineData("1/3", "1/3")]
    [InlineData("123456789012345678901234567890", "1.2345678901234567890123456789e29")]
    [InlineData("1.5e-30", "1.5e-30")]
    [InlineData("1e400/3", "1e400/3")]
    public void NumbersPrintInTheFormTheParserReads(string literal, string printed)
    {
        var value = Relu.Parse(literal).Canonical.Affine.Constant;
        Assert.Equal(printed, ExactMath.Format(value));
        Assert.Equal(value, Relu.Parse(printed).Canonical.Affine.Constant);
    }

    /// <summary>A JSON number read exactly (any exponent, as JSON allows) and written in the expression syntax; a string as is.</summary>
    private static string Number(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString()!;
        }

        var text = element.GetRawText().ToLowerInvariant();
        var parts = text.Split('e');
        var exponent = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var mantissa = parts[0];
        var point = mantissa.IndexOf('.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        var digits = System.Numerics.BigInteger.Parse(mantissa, System.Globalization.CultureInfo.InvariantCulture);
        var scale = System.Numerics.BigInteger.Pow(10, System.Math.Abs(exponent));
        return ExactMath.Format(exponent >= 0 ? new Fractions.Fraction(digits * scale) : new Fractions.Fraction(digits, scale));
    }
}
