using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReluCompiler.CSharp;

/// <summary>
/// Names in the generated file: user names are validated (never sanitized: a changed name would surprise
/// the caller), keywords among input names get <c>@</c>, and the emitter's own names are made fresh
/// against everything the user chose, so an input called <c>h0</c> or <c>Relu</c> cannot capture a local or a helper.
/// </summary>
internal sealed class CSharpNames
{
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

    /// <summary>
    /// The longest identifier accepted: the C# compiler rejects names past 1,024 characters (CS7013), and
    /// nobody needs half of that.
    /// </summary>
    public const int MaxIdentifierLength = 512;

    /// <summary>The reserved keywords of C# (contextual ones are valid identifiers).</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>An input name as C#: <c>x</c>, or <c>@in</c> for a keyword.</summary>
    public static string InputToken(string name) => Keywords.Contains(name) ? "@" + name : name;

    public static void ValidateInput(string name)
    {
        if (!IsSafeIdentifier(name))
        {
            throw new ArgumentException($"The input name `{name}` is not a C# identifier, so it cannot name a parameter.", nameof(name));
        }
    }

    public static void ValidateClassName(string name)
    {
        ValidateTypeOrNamespacePart(name, "class name");
        if (name.All(c => c is >= 'a' and <= 'z'))
        {
            throw new ArgumentException($"The class name `{name}` is all lowercase ASCII, which the C# compiler warns about (CS8981); capitalize it.", nameof(name));
        }
    }

    public static void ValidateNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            ValidateTypeOrNamespacePart(part, "namespace part");
            if (part == "global")
            {
                throw new ArgumentException("The namespace part `global` would be read as the global alias.", nameof(name));
            }
        }
    }

    private static void ValidateTypeOrNamespacePart(string name, string what)
    {
        if (!IsSafeIdentifier(name) || Keywords.Contains(name))
        {
            throw new ArgumentException($"The {what} `{name}` is not a C# identifier (or is a keyword).", nameof(name));
        }
    }

    /// <summary>
    /// A C# identifier made of letters, digits, connectors and combining marks only: no format characters
    /// (bidirectional overrides would make the source read differently from what it does), at most
    /// <see cref="MaxIdentifierLength"/> characters. Escapes (<c>\u0061</c>) and <c>@</c> are not accepted.
    /// </summary>
    public static bool IsSafeIdentifier(string name)
    {
        if (name.Length == 0 || name.Length > MaxIdentifierLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
            var start = name[i] == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.LetterNumber;
            var part = start || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!(i == 0 ? start : part))
            {
                return false;
            }

            if (char.IsHighSurrogate(name[i]))
            {
                i++;
            }
        }

        return true;
    }
}
