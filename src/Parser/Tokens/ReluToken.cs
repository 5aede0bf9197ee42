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

    /// <summary><c>+</c> (or a full-width or small plus sign), binary or prefix.</summary>
    [Token(Category = "operator", Example = "+")]
    Plus,

    /// <summary><c>-</c>, <c>−</c> (U+2212) or another minus-like dash (<see cref="Signs.IsMinus"/>), binary or prefix.</summary>
    [Token(Category = "operator", Example = "-")]
    Minus,

    /// <summary><c>*</c>, <c>×</c>, <c>·</c>, <c>⋅</c>, <c>\times</c>, <c>\cdot</c>.</summary>
    [Token(Category = "operator", Example = "*")]
    Times,

    /// <summary><c>/</c> or <c>÷</c>.</summary>
    [Token(Category = "operator", Example = "/")]
    Divide,

    /// <summary><c>(</c>, <c>\left(</c>, <c>\bigl(</c> and the other sizes.</summary>
    [Token(Example = "(")]
    LParen,

    /// <summary><c>)</c>, <c>\right)</c>, <c>\bigr)</c> and the other sizes.</summary>
    [Token(Example = ")")]
    RParen,

    /// <summary><c>[</c> (or <c>\left[</c>, <c>\bigl[</c>…): a group like <c>(</c>, closed by <c>]</c>.</summary>
    [Token(Example = "[")]
    LBracket,

    /// <summary><c>]</c> (or <c>\right]</c>, <c>\bigr]</c>…).</summary>
    [Token(Example = "]")]
    RBracket,

    /// <summary><c>{</c> or <c>\{</c> (or <c>\left\{</c>, <c>\lbrace</c>…): a group like <c>(</c>, closed by <c>}</c>.</summary>
    [Token(Example = "{")]
    LBrace,

    /// <summary><c>}</c> or <c>\}</c> (or <c>\right\}</c>, <c>\rbrace</c>…).</summary>
    [Token(Example = "}")]
    RBrace,

    /// <summary>The argument separator <c>,</c>.</summary>
    [Token(Example = ",")]
    Comma,

    /// <summary>
    /// An absolute-value bar that may open or close: <c>|</c>, <c>\vert</c>, <c>\big|</c>. Only the
    /// tokenizer makes these; <see cref="Input.BarPairing"/> turns each into <see cref="OpenBar"/> or <see cref="CloseBar"/>.
    /// </summary>
    [Token(Example = "|")]
    Bar,

    /// <summary>A bar that opens an absolute value: <c>\left|</c>, <c>\lvert</c>, <c>\bigl|</c>, or a <c>|</c> read as opening.</summary>
    [Token(Example = "|")]
    OpenBar,

    /// <summary>A bar that closes an absolute value: <c>\right|</c>, <c>\rvert</c>, <c>\bigr|</c>, or a <c>|</c> read as closing.</summary>
    [Token(Example = "|")]
    CloseBar,

    /// <summary><c>\frac</c> (or <c>\dfrac</c>, <c>\tfrac</c>): <c>\frac{a}{b}</c> is (a)/(b).</summary>
    [Token(Category = "LaTeX command", Example = "\\frac")]
    Frac,

    /// <summary><c>=</c>: only after a definition such as <c>f(x) =</c>, or between the two sides of an equation.</summary>
    [Token(Example = "=")]
    Equals,

    /// <summary>A LaTeX command the language does not know, such as <c>\sqrt</c>: always an error.</summary>
    [Token(Category = "LaTeX command", Description = "a LaTeX command")]
    UnknownCommand,

    /// <summary>Any other character (one code point): always an error.</summary>
    [Token(Category = "character", Description = "a character")]
    Unrecognized,
}
