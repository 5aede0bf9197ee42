using System;
using System.IO;
using System.Linq;
using System.Text;
using ReluCompiler.Tests.Cli;
using Xunit;

namespace ReluCompiler.Tests.Fuzz;

/// <summary>
/// The fuzz corpus of issue 17: each reproduction and crash input, run through the whole command line in
/// process within a time budget. Small ones are lines of <c>corpus.txt</c>; big ones are generated here.
/// </summary>
[Collection(MeasuringCollection.Name)]
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string, string> Corpus()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus.txt");
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var parts = line.Split('⇶');
            data.Add(parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void EveryCorpusInputEndsWithAnExpectedExitCodeWithinTheBudget(string exits, string stdin, string arguments)
    {
        var directory = Directory.CreateTempSubdirectory("relu-fuzz-").FullName;
        try
        {
            var bytes = new MemoryStream();
            CorpusRunner.Unescape(stdin, bytes);
            bytes.Position = 0;
            var args = arguments.Split(" ¦ ").Select(a => CorpusRunner.Unescape(a.Replace("{tmp}", directory))).ToArray();

            var run = CorpusRunner.Run(bytes, args);

            CorpusRunner.AssertEnded(run, exits.Split('|').Select(int.Parse).ToArray(), args);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static TheoryData<string> Generated() => new(
        "twenty levels of bars",
        "sixteen copies of nineteen levels",
        "237 σ around nineteen levels",
        "1/p over 10,000 primes",
        "1,000 products of 100-digit fractions",
        "1e400 multiplied 3,000 times",
        "a 1,024-character identifier",
        "66,000 inputs",
        "an endless standard input",
        "an endless line of points",
        "invalid UTF-8 at line 100,001 of the points");

    [Theory]
    [MemberData(nameof(Generated))]
    public void EveryGeneratedReproductionEndsWithAnErrorWithinTheBudget(string name)
    {
        (Stream Stdin, string[] Args, int[] Exits) reproduction = name switch
        {
            "twenty levels of bars" => (Empty, ["canon", HostileInputs.NestedBars(20)], [2]),
            "sixteen copies of nineteen levels" => (Empty, ["canon", HostileInputs.CopiesOfNestedBars(16, 19)], [2]),
            "237 σ around nineteen levels" => (Empty, ["canon", HostileInputs.ReluAroundNestedBars(237, 19)], [2]),
            "1/p over 10,000 primes" => (Empty, ["canon", HostileInputs.SumOfPrimeReciprocals(10_000)], [2]),
            "1,000 products of 100-digit fractions" => (Empty, ["canon", HostileInputs.ProductsOfLongFractions(1_000)], [2]),
            "1e400 multiplied 3,000 times" => (Empty, ["canon", HostileInputs.ProductOfPowers(3_000)], [2]),
            "a 1,024-character identifier" => (Empty, ["emit", "σ(" + new string('a', 1024) + ")"], [2]),
            // eval and the library on the same input: WideInputTests.
            "66,000 inputs" => (Empty, ["canon", "σ(" + string.Join("+", Enumerable.Range(0, 66_000).Select(i => "x" + i)) + ")"], [0]),
            "an endless standard input" => (GeneratedInput.Repeating("σ(x)+"u8.ToArray()), ["canon", "-f", "-"], [2]),
            "an endless line of points" => (GeneratedInput.Repeating("1"u8.ToArray()), ["eval", "x"], [2]),
            "invalid UTF-8 at line 100,001 of the points" => (PointsThenInvalidUtf8(100_000), ["eval", "σ(x-1)"], [2]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        var run = CorpusRunner.Run(reproduction.Stdin, reproduction.Args);

        CorpusRunner.AssertEnded(run, reproduction.Exits, reproduction.Args);
    }

    private static Stream Empty => new MemoryStream();

    private static MemoryStream PointsThenInvalidUtf8(int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append(i % 5).Append('\n');
        }

        var bytes = new MemoryStream();
        bytes.Write(Encoding.ASCII.GetBytes(text.ToString()));
        bytes.Write([0xFF, (byte)'\n']);
        bytes.Position = 0;
        return bytes;
    }
}
