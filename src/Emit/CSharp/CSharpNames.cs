using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReluCompiler.Emit.CSharp;

/// <summary>
/// Names in the generated file: user names are validated (never sanitized: a changed name would surprise
/// the caller), keywords among input names get <c>@</c>, and the emitter's own names are made fresh
/// against everything the user chose, so an input called <c>h0</c> or <c>Relu</c> cannot capture a local or a helper.
/// </summary>
/// <remarks>
/// Every user name must be a safe identifier (<see cref="Unsafe"/>): letters, digits and underscores only, no
/// format or bidi characters, at most <see cref="MaxIdentifierBytes"/> bytes, so that what compiles is what
/// the reader sees, and no metadata limit (CS7013) is hit.
/// </remarks>
internal sealed class CSharpNames
{
    /// <summary>
    /// The longest user name, in UTF-8 bytes (512 ASCII characters): metadata names stop at 1,023 bytes
    /// (CS7013), and a class name and its namespace both count towards what tools print.
    /// </summary>
    public const int MaxIdentifierBytes = 512;

    /// <summary>
    /// The longest namespace, in UTF-8 bytes, dots included: 510, so that the namespace, a dot and the
    /// longest class name stay within the 1,023 bytes of one metadata name (the type's full name).
    /// </summary>
    public const int MaxNamespaceBytes = 1023 - 1 - MaxIdentifierBytes;

    /// <summary>The class's own members, fixed by the emitter: the class may not share a name with any (CS0542).</summary>
    private static readonly string[] FixedMembers = ["Evaluate"];

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public CSharpNames(IEnumerable<string> inputs, string className)
    {
        foreach (var input in inputs)
        {
            _taken.Add(input);
        }

        // A member may not share its class's name, and nothing may hide the two Evaluate overloads.
        _taken.Add(className);
        _taken.Add("Evaluate");
    }

    /// <summary><paramref name="wanted"/>, or it with underscores appended until no user name or earlier fresh name has it.</summary>
    public string Fresh(string wanted)
    {
        var name = wanted;
        while (!_taken.Add(name))
        {
            name += "_";
        }

        return name;
    }

    /// <summary>An input name as a token: <c>x</c>, or <c>@in</c> for a keyword.</summary>
    public static SyntaxToken InputToken(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? Identifier(TriviaList(), SyntaxKind.IdentifierToken, "@" + name, name, TriviaList())
            : Identifier(name);

    public static void ValidateInput(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            throw new ArgumentException($"The input name {Shown(name)} is not a C# identifier, so it cannot name a parameter.");
        }

        if (Unsafe(name) is { } reason)
        {
            throw new ArgumentException($"The input name {Shown(name)} {reason}, so it cannot name a parameter.");
        }
    }

    public static void ValidateClassName(string name)
    {
        ValidateTypeOrNamespacePart(name, "class name");
        if (Array.IndexOf(FixedMembers, name) >= 0)
        {
            throw new ArgumentException($"The class name {Shown(name)} is also the name of its method {name}, which C# forbids (CS0542); choose another.");
        }

        if (name.All(c => c is >= 'a' and <= 'z'))
        {
            throw new ArgumentException($"The class name `{name}` is all lowercase ASCII, which the C# compiler warns about (CS8981); capitalize it.");
        }
    }

    public static void ValidateNamespace(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) > MaxNamespaceBytes)
        {
            throw new ArgumentException($"The namespace {Shown(name)} is longer than {MaxNamespaceBytes} bytes.");
        }

        foreach (var part in name.Split('.'))
        {
            ValidateTypeOrNamespacePart(part, "namespace part");
            if (part == "global")
            {
                throw new ArgumentException("The namespace part `global` would be read as the global alias.");
            }
        }
    }

    private static void ValidateTypeOrNamespacePart(string name, string what)
    {
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new ArgumentException($"The {what} {Shown(name)} is not a C# identifier (or is a keyword).");
        }

        if (Unsafe(name) is { } reason)
        {
            throw new ArgumentException($"The {what} {Shown(name)} {reason}.");
        }
    }

    /// <summary>
    /// Why <paramref name="name"/> (already a C# identifier) is not a safe one, or null: C# also allows
    /// format characters (zero-width joiners, bidi overrides that make source read differently from how it
    /// compiles) and names past what metadata can hold.
    /// </summary>
    internal static string? Unsafe(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) > MaxIdentifierBytes)
        {
            return $"is longer than {MaxIdentifierBytes} bytes";
        }

        for (var i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
            var allowed = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!allowed)
            {
                return $"contains U+{char.ConvertToUtf32(name, i):X4}, which is not a letter, digit, mark or underscore";
            }
        }

        return null;
    }

    /// <summary>A user name quoted in a message: cut past 40 characters, format and control characters as U+XXXX.</summary>
    private static string Shown(string name)
    {
        var text = new StringBuilder("`");
        for (var i = 0; i < name.Length && i < 40; i++)
        {
            var c = name[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            text.Append(category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
                ? $"<U+{(int)c:X4}>"
                : c.ToString());
        }

        return text.Append(name.Length > 40 ? "\u2026` (" + name.Length + " characters)" : "`").ToString();
    }
}
