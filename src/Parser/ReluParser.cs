using System;
using System.Collections.Generic;
using ReluCompiler.Ir;
using ReluCompiler.Parser.Input;
using ReluCompiler.Parser.Syntax;

namespace ReluCompiler.Parser;

/// <summary>Text to IR: the parser's public entry point.</summary>
/// <remarks>
/// The phases, each able to stop with a located <see cref="ReluParseException"/>:
/// input checks (length, forbidden characters) → tokens → bar pairing (which `|` opens, which closes) →
/// token checks (unknown symbols, number and nesting limits) → the definition head or equation split at
/// `=` → grammar (syntax tree) → lowering (the ReLU sum). The limits are checked before anything recursive
/// runs; see <see cref="ParserLimits"/>.
/// </remarks>
public static class ReluParser
{
    /// <summary>
    /// Parses and lowers <paramref name="text"/> (plain, Unicode or LaTeX: <c>σ(x-1) + 1</c>,
    /// <c>\[\sigma(x-1) +1\]</c>, <c>f(x) = σ(x-1) + 1</c>); throws <see cref="ReluParseException"/> on bad input.
    /// </summary>
    /// <param name="text">The expression; at most one definition head such as <c>f(x) =</c>.</param>
    /// <returns>The text, its ReLU sum as written, and its inputs (the head's, else the variables in natural order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReluParseException">The text is not a valid expression, or passes a limit.</exception>
    public static ParsedExpression Parse(string text) => Parse(text, null);

    /// <summary>
    /// Like <see cref="Parse(string)"/> with the inputs and their order given: <paramref name="inputs"/>
    /// may name variables the text does not use, and a variable the text uses that is not among them is
    /// an error at its position. Null means the inputs are the variables written, in natural order
    /// (<see cref="VariableOrder"/>), or the names of a definition head <c>f(y, x) =</c>.
    /// </summary>
    /// <param name="text">The expression; at most one definition head such as <c>f(x) =</c>.</param>
    /// <param name="inputs">The inputs in the order a point gives them, or null to take them from the text.</param>
    /// <returns>The text, its ReLU sum as written, and its inputs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is not a list of distinct variable names (<see cref="CheckInputs"/>).</exception>
    /// <exception cref="ReluParseException">
    /// The text is not a valid expression, passes a limit, or uses (in its body or its definition head) a variable
    /// not in <paramref name="inputs"/>.
    /// </exception>
    public static ParsedExpression Parse(string text, IReadOnlyList<string>? inputs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new TokenSource(text);
        var (start, declared) = AfterDefinitionHead(source, DeclaredInputs.From(inputs));
        var (sum, variables) = source.Lower(start, source.Tokens.Length, declared);
        return new ParsedExpression(text, sum, variables);
    }

    /// <summary>
    /// Parses an equation <c>A = B</c> (or <c>f(x) = A = B</c>, whose head declares the inputs) into its two
    /// sides, each lowered on its own with the same <paramref name="inputs"/>.
    /// </summary>
    /// <param name="text">The equation, with one <c>=</c> between the sides (two with a definition head).</param>
    /// <param name="inputs">The inputs of both sides in the order a point gives them, or null to take them from the head or the text.</param>
    /// <returns>Both sides, each with its own text and sum; without declared inputs, each side's inputs are its own variables.</returns>
    /// <exception cref="ReluParseException">The text is not an equation of two valid expressions.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is not a list of distinct variable names (<see cref="CheckInputs"/>).</exception>
    public static ParsedEquation ParseEquation(string text, IReadOnlyList<string>? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var declared = DeclaredInputs.From(inputs);
        var source = new TokenSource(text);
        var equals = Definition.EqualsSigns(source.Tokens);
        var first = 0;
        if (equals.Count == 2 && Definition.Head(source.Tokens, equals[0]) is { } head)
        {
            source.ThrowProblemBefore(equals[0]);
            declared = source.FromHead(head, declared);
            first = equals[0] + 1;
            equals.RemoveAt(0);
        }

        if (equals.Count != 1)
        {
            source.ThrowProblemBefore(equals.Count == 0 ? source.Tokens.Length : equals[1]);
            throw equals.Count == 0
                ? source.AtEnd().Error("an equation needs `=` between its two sides")
                : source.At(equals[1]).Error("a second `=`: an equation has two sides");
        }

        var left = source.Lower(first, equals[0], declared);
        var right = source.Lower(equals[0] + 1, source.Tokens.Length, declared);
        return new ParsedEquation(
            new ParsedExpression(source.TextOf(first, equals[0]), left.Sum, left.Variables),
            new ParsedExpression(source.TextOf(equals[0] + 1, source.Tokens.Length), right.Sum, right.Variables));
    }

    /// <summary>Like <see cref="Parse(string)"/>, reporting bad input through <paramref name="error"/> instead of throwing.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="expression">The parsed expression when the text parses; null otherwise.</param>
    /// <param name="error">The located error when it does not; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null: a programming error, not bad input.</exception>
    public static bool TryParse(string text, out ParsedExpression? expression, out ReluParseException? error) =>
        TryParse(text, null, out expression, out error);

    /// <summary>Like <see cref="Parse(string, IReadOnlyList{string})"/>, reporting bad input through <paramref name="error"/> instead of throwing.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="inputs">The inputs in the order a point gives them, or null to take them from the text.</param>
    /// <param name="expression">The parsed expression when the text parses; null otherwise.</param>
    /// <param name="error">The located error when it does not; null otherwise.</param>
    /// <returns>Whether the text parsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null: a programming error, not bad input.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is not a list of distinct variable names: also a programming error.</exception>
    public static bool TryParse(string text, IReadOnlyList<string>? inputs, out ParsedExpression? expression, out ReluParseException? error)
    {
        try
        {
            expression = Parse(text, inputs);
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

    /// <summary>
    /// What is wrong with a list of input names, or null when nothing is: each must be a variable name
    /// (<c>[A-Za-z_][A-Za-z0-9_]*</c>), none a function name, none given twice.
    /// </summary>
    /// <param name="inputs">The names to check, in order.</param>
    /// <returns>A sentence naming the first bad name and why, or null when all are good.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static string? CheckInputs(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return DeclaredInputs.Problem(inputs);
    }

    /// <summary>The syntax tree of <paramref name="text"/>, before lowering (for tests of the grammar's shape).</summary>
    internal static SyntaxNode ParseSyntax(string text)
    {
        var source = new TokenSource(text);
        return source.Run(AfterDefinitionHead(source, null).Start, source.Tokens.Length, syntax => syntax);
    }

    /// <summary>
    /// Where the expression starts: after a definition head <c>f(x) =</c> or <c>y =</c> if there is one (any
    /// other <c>=</c> is an error), with the inputs the head declares.
    /// </summary>
    private static (int Start, DeclaredInputs? Declared) AfterDefinitionHead(TokenSource source, DeclaredInputs? declared)
    {
        var equals = Definition.EqualsSigns(source.Tokens);
        if (equals.Count == 0)
        {
            return (0, declared);
        }

        source.ThrowProblemBefore(equals[0]);
        var head = Definition.Head(source.Tokens, equals[0])
            ?? throw source.At(equals[0]).Error(
                "`=` may only follow a definition such as `f(x) =` or `y =`; to compare two expressions, check the equation `A = B` (`relu eq`)");
        if (equals.Count > 1)
        {
            source.ThrowProblemBefore(equals[1]);
            throw source.At(equals[1]).Error("a second `=`: an expression may start with one definition such as `f(x) =`, no more");
        }

        return (equals[0] + 1, source.FromHead(head, declared));
    }
}
