using System;
using System.Collections.Immutable;
using ReluCompiler.Emit.CSharp;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// User names in generated C# are safe identifiers: no format or bidi characters, at most 512 bytes, no
/// clash with the class's own members; what is emitted always compiles (no CS7013, no CS0542).
/// </summary>
public sealed class SafeNameTests
{
    [Theory]
    [InlineData("Safe\u202Egnp", "U+202E")]
    [InlineData("Zero\u200BWidth", "U+200B")]
    [InlineData("Soft\u00ADHyphen", "U+00AD")]
    public void ClassNamesWithFormatCharactersAreRefused(string name, string codePoint)
    {
        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(name)));
        Assert.Contains($"contains {codePoint}, which is not a letter, digit, mark or underscore", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClassNamedLikeItsOwnMethodIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions("Evaluate")));
        Assert.Equal("The class name `Evaluate` is also the name of its method Evaluate, which C# forbids (CS0542); choose another.", error.Message);
    }

    [Fact]
    public void NamesOfFiveHundredTwelveBytesInANamespaceOfFiveHundredTenCompileAndOneMoreIsRefused()
    {
        var longest = "N" + new string('a', 511);
        var longestNamespace = "M" + new string('b', 507) + ".M";
        var network = new Network(ImmutableArray.Create("x" + new string('y', 511)), ImmutableArray.Create(Networks.Unit(1, -1, 1)), 0);
        var source = CSharpEmitter.Emit(network, new CSharpEmitOptions(longest, longestNamespace));

        var evaluate = RoslynCompiler.CompileEvaluate<Func<double, double>>(source, longestNamespace + "." + longest);
        Assert.Equal(1.0, evaluate(2.0));

        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(longest + "a")));
        Assert.EndsWith("(513 characters) is longer than 512 bytes.", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(Namespace: longestNamespace + "a")));
        Assert.EndsWith("(511 characters) is longer than 510 bytes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonAsciiNameCountsItsUtf8Bytes()
    {
        var greek = "\u0398" + new string('\u03B1', 256); // Θ then 256 α: 257 characters, 514 bytes
        var error = Assert.Throws<ArgumentException>(() => CSharpEmitter.Emit(Networks.Staircase, new CSharpEmitOptions(greek)));
        Assert.EndsWith("is longer than 512 bytes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThousandCharacterInputNameIsRefusedByEmitWithExitTwo()
    {
        var run = CliRunner.Run("emit", "σ(" + new string('a', 1024) + ")");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal("error: The input name `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…` (1024 characters) is longer than 512 bytes, so it cannot name a parameter.\n", run.Error);
    }

    [Theory]
    [InlineData("--class")]
    [InlineData("--namespace")]
    public void AThousandCharacterClassOrNamespaceIsRefusedWithExitTwo(string option)
    {
        var run = CliRunner.Run("emit", "σ(x-1)", option, "N" + new string('a', 1023));

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.EndsWith($"(1024 characters) is longer than {(option == "--class" ? 512 : 510)} bytes.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClassEvaluateIsRefusedAtTheCommandLine()
    {
        var run = CliRunner.Run("emit", "σ(x-1)", "--class", "Evaluate");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal("error: The class name `Evaluate` is also the name of its method Evaluate, which C# forbids (CS0542); choose another.\n", run.Error);
    }
}
