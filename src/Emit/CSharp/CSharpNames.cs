using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReluCompiler.Emit.CSharp;

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

    /// <summary>An input name as a token: <c>x</c>, or <c>@in</c> for a keyword.</summary>
    public static SyntaxToken InputToken(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? Identifier(TriviaList(), SyntaxKind.IdentifierToken, "@" + name, name, TriviaList())
            : Identifier(name);

    public static void ValidateInput(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
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
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new ArgumentException($"The {what} `{name}` is not a C# identifier (or is a keyword).", nameof(name));
        }
    }
}
