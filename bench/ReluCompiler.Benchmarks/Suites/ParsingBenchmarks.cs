using System.Collections.Concurrent;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Parser;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Suite 5, parsing: text to IR (tokenize, parse, lower) of one long one-variable expression, the text
/// <see cref="Sums.Kinks"/> prints (<c>3/2*σ(x + 5/4) - σ(x - 3) …</c>). The MB/s and B/term columns
/// divide by the text's UTF-8 length and by Terms.
/// </summary>
[MemoryDiagnoser]
[ParsingColumns]
public class ParsingBenchmarks
{
    private static readonly ConcurrentDictionary<int, string> Texts = new();
    private string _text = null!;

    [Params(100_000)]
    public int Terms { get; set; }

    /// <summary>The text parsed at <paramref name="terms"/> terms (cached: the columns need its length too).</summary>
    public static string TextOf(int terms) => Texts.GetOrAdd(terms, t => Sums.Kinks(t).ToString());

    /// <summary>The text's size in UTF-8 bytes (σ takes two).</summary>
    public static int BytesOf(int terms) => Encoding.UTF8.GetByteCount(TextOf(terms));

    [GlobalSetup]
    public void Setup()
    {
        _text = TextOf(Terms);
        // The parse must give back the sum that printed the text: same terms, so the same canonical form.
        var parsed = ReluParser.Parse(_text).Sum;
        var printed = Sums.Kinks(Terms);
        Agreement.CheckAnswer(nameof(Parse), printed.Terms.Length, parsed.Terms.Length);
        Agreement.CheckAnswer(nameof(Parse), true, Ir.CanonicalForm.FromReluSum(printed).Equals(Ir.CanonicalForm.FromReluSum(parsed)));
    }

    [Benchmark]
    public int Parse() => ReluParser.Parse(_text).Sum.Terms.Length;
}
