using System;
using Superpower.Model;

namespace ReluCompiler.Parser.Tokens;

/// <summary>A token's text read in place: <see cref="Token{TKind}.ToStringValue"/> copies it into a new string every time.</summary>
internal static class TokenText
{
    /// <summary>The characters of <paramref name="token"/>, as a span of the source text.</summary>
    public static ReadOnlySpan<char> Text(this Token<ReluToken> token) =>
        token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length);
}
