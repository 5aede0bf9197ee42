using System;
using Superpower;
using Superpower.Model;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// Recognizers for LaTeX control words: a backslash and a run of ASCII letters, matched whole, so
/// <c>\max</c> is recognized and <c>\maxi</c> is not.
/// </summary>
internal static class LatexCommand
{
    /// <summary>Any one of the named control words, e.g. <c>Named("times", "cdot")</c>.</summary>
    public static TextParser<TextSpan> Named(params string[] names) => input =>
    {
        var length = WordLength(input);
        if (length > 0)
        {
            var word = input.Source.AsSpan(input.Position.Absolute + 1, length - 1);
            foreach (var name in names)
            {
                if (word.SequenceEqual(name))
                {
                    return Result.Value(input.First(length), input, input.Skip(length));
                }
            }
        }

        return Result.Empty<TextSpan>(input, new[] { "\\" + names[0] });
    };

    /// <summary>Any control word at all; the tokenizer's fallback for commands the language does not know.</summary>
    public static TextParser<TextSpan> Any { get; } = input =>
    {
        var length = WordLength(input);
        return length > 0
            ? Result.Value(input.First(length), input, input.Skip(length))
            : Result.Empty<TextSpan>(input, new[] { "a LaTeX command" });
    };

    /// <summary>Length of <c>\letters</c> at the start of <paramref name="input"/>, 0 when there is none.</summary>
    private static int WordLength(TextSpan input)
    {
        var text = input.Source!;
        var start = input.Position.Absolute;
        var end = start + input.Length;
        if (start >= end || text[start] != '\\')
        {
            return 0;
        }

        var i = start + 1;
        while (i < end && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i - start > 1 ? i - start : 0;
    }
}
