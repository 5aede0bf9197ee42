using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Suite 4, equality and canonical form: two differently written expressions of the same function
/// (<see cref="Sums.Rewritten"/>: the second has about 4/3 as many terms), so the comparison can never stop
/// early. Terms counts the first expression's σ terms.
/// </summary>
public class EqualityBenchmarks
{
    private ReluSum _left = null!;
    private ReluSum _right = null!;
    private string _leftText = null!;
    private string _rightText = null!;
    private ReluExpression _leftParsed = null!;
    private ReluExpression _rightParsed = null!;

    [Params(10, 1_000, 100_000)]
    public int Terms { get; set; }

    [GlobalSetup(Targets = [nameof(EquivalentSums), nameof(CanonicalForm)])]
    public void SetupSums()
    {
        _left = Sums.Kinks(Terms);
        _right = Sums.Rewritten(_left);
        // The two spellings are one function, so every timed comparison must say so; the canonical form of
        // either spelling has the same terms (a canonical form that dropped or kept extra terms would differ).
        Agreement.CheckAnswer(nameof(EquivalentSums), true, EquivalentSums());
        Agreement.CheckAnswer(nameof(CanonicalForm), Ir.CanonicalForm.FromReluSum(_right).Terms.Length, CanonicalForm());
    }

    [GlobalSetup(Targets = [nameof(EquivalentText), nameof(EquivalentParsed)])]
    public void SetupText()
    {
        SetupSums();
        _leftText = _left.ToString();
        _rightText = _right.ToString();
        _leftParsed = Relu.Parse(_leftText);
        _rightParsed = Relu.Parse(_rightText);
        Agreement.CheckAnswer(nameof(EquivalentParsed), true, EquivalentParsed());
        Agreement.CheckAnswer(nameof(EquivalentText), true, EquivalentText());
    }

    /// <summary>Equivalence.Compare on IR sums built without the parser.</summary>
    [Benchmark(Baseline = true)]
    public bool EquivalentSums() => Equivalence.Compare(_left, _right, Sums.OneInput).IsEqual;

    /// <summary>Relu.Equivalent on expressions parsed beforehand.</summary>
    [Benchmark]
    public bool EquivalentParsed() => Relu.Equivalent(_leftParsed, _rightParsed).IsEqual;

    /// <summary>Relu.Equivalent(text, text): both parses included.</summary>
    [Benchmark]
    public bool EquivalentText() => Relu.Equivalent(_leftText, _rightText).IsEqual;

    /// <summary>The canonical form of the first expression alone.</summary>
    [Benchmark]
    public int CanonicalForm() => Ir.CanonicalForm.FromReluSum(_left).Terms.Length;
}
