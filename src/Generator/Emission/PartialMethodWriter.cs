using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Generator.Analysis;

namespace ReluCompiler.Generator.Emission;

/// <summary>
/// The user's side of the generated file: the namespace and containing types, re-declared <c>partial</c>,
/// and the implementing part of the method, which calls the file-local class the C# emitter wrote:
/// <code>
/// namespace Demo
/// {
///     partial class Functions
///     {
///         public static partial double Ridge(double y, double x) => global::ReluCompiler.Generated.Network.Evaluate(y, x);
///     }
/// }
/// </code>
/// </summary>
internal static class PartialMethodWriter
{
    private const string Target = "global::" + ExpressionCompiler.Namespace + "." + ExpressionCompiler.ClassName;

    public static string Write(IMethodSymbol method, MethodDeclarationSyntax syntax, MethodShape shape, bool readsInputsFromASpan)
    {
        var text = new StringBuilder();
        var indent = "";
        var ns = method.ContainingNamespace;
        if (ns is { IsGlobalNamespace: false })
        {
            text.Append("namespace ").Append(ns.ToDisplayString()).Append("\n{\n");
            indent += "    ";
        }

        var types = new List<INamedTypeSymbol>();
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            types.Insert(0, type);
        }

        foreach (var type in types)
        {
            text.Append(indent).Append("partial ").Append(Keyword(type)).Append(' ').Append(Name(type)).Append('\n')
                .Append(indent).Append("{\n");
            indent += "    ";
        }

        var modifiers = string.Join(" ", syntax.Modifiers.Select(m => m.Text));
        var parameters = syntax.ParameterList.Parameters.Select(p => p.Identifier.Text).ToList();
        if (shape.IsBatch)
        {
            text.Append(indent).Append(modifiers).Append(" void ").Append(syntax.Identifier.Text)
                .Append($"(global::System.ReadOnlySpan<double> {parameters[0]}, global::System.Span<double> {parameters[1]})")
                .Append($" => {Target}.Evaluate({parameters[0]}, {parameters[1]});\n");
        }
        else
        {
            text.Append(indent).Append(modifiers).Append(" double ").Append(syntax.Identifier.Text)
                .Append('(').Append(string.Join(", ", parameters.Select(p => "double " + p))).Append(')');

            // Past 16 inputs the emitted Evaluate reads them from a span (one local per input does not scale).
            var arguments = readsInputsFromASpan
                ? "stackalloc double[] { " + string.Join(", ", parameters) + " }"
                : string.Join(", ", parameters);
            text.Append($" => {Target}.Evaluate({arguments});\n");
        }

        foreach (var unused in types)
        {
            indent = indent.Substring(4);
            text.Append(indent).Append("}\n");
        }

        if (ns is { IsGlobalNamespace: false })
        {
            text.Append("}\n");
        }

        return text.ToString();
    }

    /// <summary><c>class</c>, <c>struct</c>, <c>interface</c>, <c>record</c> or <c>record struct</c>.</summary>
    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>The name with its type parameters, keywords escaped: <c>Outer&lt;T&gt;</c>, <c>@class</c>.</summary>
    private static string Name(INamedTypeSymbol type)
    {
        var name = Escape(type.Name);
        return type.TypeParameters.Length == 0 ? name : name + "<" + string.Join(", ", type.TypeParameters.Select(t => Escape(t.Name))) + ">";
    }

    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
