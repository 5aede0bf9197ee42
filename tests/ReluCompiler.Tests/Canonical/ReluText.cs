using ReluCompiler.Ir;
using ReluCompiler.Parser;

namespace ReluCompiler.Tests.Canonical;

/// <summary>Test tables are written as text and read with the real parser, so canonical text is checked to parse back.</summary>
internal static class ReluText
{
    public static ReluSum Parse(string text) => ReluParser.Parse(text).Sum;
}
