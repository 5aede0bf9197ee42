using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ReluCompiler.Interchange;

/// <summary>The names a network file's inputs get: x for one input, x1…xd for d; names from a file only when they parse back.</summary>
internal static class InputNameRules
{
    /// <summary>Names the expression language reads as functions, never as variables.</summary>
    private static readonly string[] Reserved = ["sigma", "relu", "max", "min", "abs"];

    public static ImmutableArray<string> Default(int width) =>
        width == 1 ? ["x"] : [.. Enumerable.Range(1, width).Select(i => "x" + i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>An identifier of the expression language (<c>[A-Za-z_][A-Za-z0-9_]*</c>, not a function name): it prints and parses back.</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= 256
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Reserved.Contains(name, StringComparer.OrdinalIgnoreCase);
}
