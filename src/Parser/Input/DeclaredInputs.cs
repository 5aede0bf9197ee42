using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ReluCompiler.Parser.Lowering;

namespace ReluCompiler.Parser.Input;

/// <summary>
/// Inputs a caller (or a definition head <c>f(y, x) =</c>) declares: their order is the input order,
/// they may be absent from the text, and a variable that is not one of them is an error.
/// </summary>
internal sealed class DeclaredInputs
{
    private readonly HashSet<string> _names;

    private DeclaredInputs(ImmutableArray<string> names)
    {
        Names = names;
        _names = new HashSet<string>(names, StringComparer.Ordinal);
    }

    /// <summary>The inputs in declared order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The declaration, once <see cref="Problem"/> has found nothing wrong with it; null for null.</summary>
    public static DeclaredInputs? From(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        if (Problem(names) is { } reason)
        {
            throw new ArgumentException(reason, nameof(names));
        }

        return new DeclaredInputs([.. names]);
    }

    /// <summary>What is wrong with a list of input names, or null: each an identifier, none a function, none twice.</summary>
    public static string? Problem(IReadOnlyList<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is null || !IsIdentifier(name))
            {
                return $"the input {UserText.Quote(name ?? "")} is not a variable name (letters, digits and _, not starting with a digit)";
            }

            if (FunctionTable.TryFind(name, out _, out _))
            {
                return $"the input {UserText.Quote(name)} is the name of a function";
            }

            if (!seen.Add(name))
            {
                return $"the input {UserText.Quote(name)} is declared twice";
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is declared.</summary>
    public bool Contains(string name) => _names.Contains(name);

    /// <summary>The error for a variable that is not declared.</summary>
    public string NotDeclared(string name) =>
        $"{UserText.Quote(name)} is not a declared input " +
        (Names.IsEmpty ? "(no inputs were declared)" : $"(the inputs are {string.Join(", ", Names)})");

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(name[0] == '_' || char.IsAsciiLetter(name[0])))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c == '_' || char.IsAsciiLetterOrDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
