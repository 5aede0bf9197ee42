using System;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Parser;
using Xunit;

namespace ReluCompiler.Tests.Parser;

/// <summary>
/// Bounded fuzzing: random text and mutations of valid expressions either parse or fail with a
/// <see cref="ReluParseException"/> at a position inside the text, never with anything else.
/// </summary>
public sealed class ParserFuzzTests
{
    /// <summary>Characters the language uses, plus the ones it must reject.</summary>
    private const string Alphabet =
        "0123456789.eE+-*/()|,xyσ \t\n\\$[]{}^_=#abcmsilnrtv\u2212\u00D7\u00B7\u00A0\u0000\u202E\uFFFD\uFEFF\uD800\u03B1😀";

    private static readonly string[] Seeds =
    {
        @"\[\sigma(x-0) -\sigma(x-1) + \sigma(x-2) - \sigma(x-3)\]",
        @"\(-\sigma(x-1)\)",
        @"\[\sigma(1 \times x-1) + \sigma(0 \times x +1)\]",
        "max(0, 2x - 1) - min(x, |y|) + 2/3 σ(x) - 1/2x",
        "σ(σ(x) − 1) + abs(x) * 1e-3 + .5",
    };

    [Fact]
    public void RandomTextEitherParsesOrFailsWithALocatedParseError() =>
        Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars)).Sample(Check, iter: 3000, threads: 1);

    [Fact]
    public void MutatedBlogExpressionEitherParsesOrFailsWithALocatedParseError() =>
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 1000].Array[1, 4], Gen.Char[Alphabet].Array[4]).Select(m =>
        {
            var text = Seeds[m.Item1].ToList();
            for (var i = 0; i < m.Item2.Length; i++)
            {
                var at = m.Item2[i] % (text.Count + 1);
                switch (m.Item2[i] % 3)
                {
                    case 0 when at < text.Count:
                        text.RemoveAt(at);
                        break;
                    case 1 when at < text.Count:
                        text[at] = m.Item3[i];
                        break;
                    default:
                        text.Insert(at, m.Item3[i]);
                        break;
                }
            }

            return new string(text.ToArray());
        }).Sample(Check, iter: 3000, threads: 1);

    private static void Check(string text)
    {
        if (ReluParser.TryParse(text, out var parsed, out var error))
        {
            var point = parsed!.Variables.ToDictionary(v => v, _ => new Fraction(1, 3), StringComparer.Ordinal);
            _ = parsed.Sum.Evaluate(point);
            _ = parsed.Sum.Evaluate(point.ToDictionary(p => p.Key, _ => 1.0 / 3));
        }
        else
        {
            Assert.InRange(error!.Offset, 0, text.Length);
            Assert.InRange(error.Line, 1, text.Count(c => c == '\n') + 1);
            Assert.True(error.Column >= 1);
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        }
    }

}
