using Superpower.Display;

namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// The kinds of token. Superpower builds its error text from these attributes ("unexpected operator `+`,
/// expected an expression"), so each example is what a user would type.
/// </summary>
internal enum ReluToken
{
    /// <summary>No token (the default value).</summary>
    None,

    /// <summary>An exact number literal: <c>3</c>, <c>0.5</c>, <c>.5</c>, <c>1e-3</c>.</summary>
    [Token(Category = "number", Example = "0.5", Description = "a number")]
    Number,

    /// <summary>An ASCII identifier: a variable (<c>x</c>) or a function name (<c>max</c>, <c>relu</c>).</summary>
    [Token(Category = "identifier", Example = "x", Description = "a variable")]
    Identifier,

    /// <summary>A function spelled as a symbol or LaTeX command: <c>σ</c>, <c>\sigma</c>, <c>\max</c>, <c>\min</c>.</summary>
    [Token(Category = "function", Example = "σ", Description = "a function")]
    Function,

    /// <summary><c>+</c>, binary or prefix.</summary>
    [Token(Category = "operator", Example = "+")]
    Plus,

    /// <summary><c>-</c> or <c>−</c> (U+2212), binary or prefix.</summary>
    [Token(Category = "operator", Example = "-")]
    Minus,

    /// <summary><c>*</c>, <c>×</c>, <c>·</c>, <c>⋅</c>, <c>\times</c>, <c>\cdot</c>.</summary>
    [Token(Category = "operator", Example = "*")]
    Times,

    /// <summary><c>/</c> or <c>÷</c>.</summary>
    [Token(Category = "operator", Example = "/")]
    Divide,

    /// <summary><c>(</c> or <c>\left(</c>.</summary>
    [Token(Example = "(")]
    LParen,

    /// <summary><c>)</c> or <c>\right)</c>.</summary>
    [Token(Example = ")")]
    RParen,

    /// <summary>The argument separator <c>,</c>.</summary>
    [Token(Example = ",")]
    Comma,

    /// <summary>An absolute-value bar: <c>|</c>, <c>\left|</c>, <c>\right|</c>, <c>\lvert</c>, <c>\rvert</c>.</summary>
    [Token(Example = "|")]
    Bar,

    /// <summary>A LaTeX command the language does not know, such as <c>\frac</c>: always an error.</summary>
    [Token(Category = "LaTeX command", Description = "a LaTeX command")]
    UnknownCommand,

    /// <summary>Any other character (one code point): always an error.</summary>
    [Token(Category = "character", Description = "a character")]
    Unrecognized,
}
