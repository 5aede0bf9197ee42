using System;

namespace ReluCompiler.Parser;

/// <summary>Text to IR: the parser's public entry point.</summary>
public static class ReluParser
{
    /// <summary>Parses and lowers <paramref name="text"/>; throws <see cref="ReluParseException"/> on bad input.</summary>
    public static ParsedExpression Parse(string text) => throw new NotImplementedException(text);

    /// <summary>Like <see cref="Parse"/>, reporting bad input through <paramref name="error"/> instead of throwing.</summary>
    public static bool TryParse(string text, out ParsedExpression? expression, out ReluParseException? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (ReluParseException e)
        {
            expression = null;
            error = e;
            return false;
        }
    }
}
