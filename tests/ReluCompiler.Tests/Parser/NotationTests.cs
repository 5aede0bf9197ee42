using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// The notation of papers (Cases/notation.txt): each form is exactly the same function as its plain
/// spelling (EngineMatrixTests runs the file on every engine).
/// </summary>
public sealed class NotationTests
{
    private static readonly List<object[]> CaseRows = CaseFile.Load("notation.txt").ToList();

    public static IEnumerable<object[]> Cases => CaseRows;

    [Theory]
    [MemberData(nameof(Cases))]
    public void NotationIsExactlyTheSameFunctionAsItsPlainSpelling(string input, string plain)
    {
        var answer = Relu.Equivalent(input, plain);
        Assert.True(answer.IsEqual, $"`{input}` differs from `{plain}` at {string.Join(", ", answer.WitnessValues)}");
    }
}
