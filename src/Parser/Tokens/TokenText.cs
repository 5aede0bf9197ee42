using System;
using System.Threading;
using Superpower.Model;

namespace ReluCompiler.Parser.Tokens;

/// <summary>A token's text read in place: <see cref="Token{TKind}.ToStringValue"/> copies it into a new string every time.</summary>
internal static class TokenText
{
    /// <summary>Names up to this long are shared; longer ones are rare and would pin big strings.</summary>
    private const int MaxSharedLength = 32;

    /// <summary>
    /// Recently seen names, one per slot by hash: a lossy, lock-free cache that never grows. A slot only
    /// ever holds a complete immutable string, so a race between threads costs a copy, never a wrong name.
    /// </summary>
    private static readonly string?[] RecentNames = new string?[256];

    /// <summary>The characters of <paramref name="token"/>, as a span of the source text.</summary>
    public static ReadOnlySpan<char> Text(this Token<ReluToken> token) =>
        token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length);

    /// <summary>
    /// The text of an identifier or function token as a string, the same instance for the same name as
    /// far as the cache reaches: a 100,000-term sum names <c>x</c> and <c>σ</c> 100,000 times each.
    /// </summary>
    public static string Name(this Token<ReluToken> token)
    {
        var text = token.Text();
        if (text.Length > MaxSharedLength)
        {
            return text.ToString();
        }

        var slot = (int)((uint)string.GetHashCode(text) % (uint)RecentNames.Length);
        var known = Volatile.Read(ref RecentNames[slot]);
        if (known is not null && text.SequenceEqual(known))
        {
            return known;
        }

        var name = text.ToString();
        Volatile.Write(ref RecentNames[slot], name);
        return name;
    }
}
