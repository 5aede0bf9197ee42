using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Generator.Diagnostics;
using ReluCompiler.Generator.Model;

namespace ReluCompiler.Generator.Analysis;

/// <summary>
/// The two method shapes the generator implements, read from the symbol and checked:
/// <c>partial double F(double a, double b, …)</c> (parameters are the inputs, by name) and
/// <c>partial void M(ReadOnlySpan&lt;double&gt; xs, Span&lt;double&gt; ys)</c> (one input, every point).
/// </summary>
internal sealed class MethodShape
{
    private MethodShape(string name, bool isBatch, IReadOnlyList<IParameterSymbol> parameters)
    {
        Name = name;
        IsBatch = isBatch;
        Parameters = parameters;
    }

    /// <summary>The method's name.</summary>
    public string Name { get; }

    /// <summary>Whether this is the span form.</summary>
    public bool IsBatch { get; }

    /// <summary>The method's parameters, in order.</summary>
    public IReadOnlyList<IParameterSymbol> Parameters { get; }

    /// <summary>The shape of <paramref name="method"/>, or null after adding why it has none to <paramref name="diagnostics"/>.</summary>
    public static MethodShape? Read(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        var count = diagnostics.Count;
        if (!method.IsPartialDefinition || syntax.Body is not null || syntax.ExpressionBody is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.NotPartialOrGeneric, LocationInfo.From(syntax.Identifier), method.Name, "must be a partial method without a body"));
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.NotPartialOrGeneric, LocationInfo.From(syntax.TypeParameterList!), method.Name, "must not have type parameters"));
        }

        var isBatch = method.ReturnsVoid;
        if (isBatch)
        {
            CheckBatch(method, syntax, diagnostics);
        }
        else
        {
            CheckScalar(method, syntax, diagnostics);
        }

        return diagnostics.Count == count ? new MethodShape(method.Name, isBatch, method.Parameters) : null;
    }

    private static void CheckScalar(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_Double || method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.WrongSignature,
                LocationInfo.From(syntax.ReturnType),
                $"'{method.Name}' must return double (or be void and take ReadOnlySpan<double>, Span<double>), not {method.ReturnType.ToDisplayString()}"));
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            if (parameter.Type.SpecialType != SpecialType.System_Double || parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    ReluDiagnostics.WrongSignature,
                    LocationInfo.From(syntax.ParameterList.Parameters[i]),
                    $"Parameter '{parameter.Name}' must be a plain double (one input of the expression), not {ParameterText(syntax.ParameterList.Parameters[i])}"));
            }
        }
    }

    private static void CheckBatch(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        var wanted = new[] { "System.ReadOnlySpan<double>", "System.Span<double>" };
        var fits = method.Parameters.Length == 2 && method.Parameters
            .Select((p, i) => p.RefKind == RefKind.None && p.Type.ToDisplayString() == wanted[i])
            .All(ok => ok);
        if (!fits)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.WrongSignature,
                LocationInfo.From(syntax.ParameterList),
                $"The batch form '{method.Name}' must take (ReadOnlySpan<double> xs, Span<double> ys), not {syntax.ParameterList}"));
        }
    }

    private static string ParameterText(ParameterSyntax parameter) =>
        string.Join(" ", parameter.Modifiers.Select(m => m.Text).Concat([parameter.Type?.ToString() ?? "?"]));
}
