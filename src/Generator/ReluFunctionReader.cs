using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Generator.Analysis;
using ReluCompiler.Generator.Diagnostics;
using ReluCompiler.Generator.Emission;
using ReluCompiler.Generator.Model;
using ReluCompiler.Ir;

namespace ReluCompiler.Generator;

/// <summary>
/// The transform of ForAttributeWithMetadataName: everything that needs symbols and syntax happens here,
/// and what leaves is a <see cref="ReluFunctionModel"/> of strings, so later steps and the cache never hold
/// a node, a symbol or a compilation.
/// </summary>
internal static class ReluFunctionReader
{
    public static ReluFunctionModel Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        var syntax = (MethodDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes[0];
        var attributeSyntax = (AttributeSyntax)attribute.ApplicationSyntaxReference!.GetSyntax(cancellationToken);
        var diagnostics = new List<DiagnosticInfo>();
        var hintName = HintName(method);

        var version = ((CSharpParseOptions)syntax.SyntaxTree.Options).LanguageVersion;
        if (version < LanguageVersion.CSharp11)
        {
            diagnostics.Add(DiagnosticInfo.Create(ReluDiagnostics.NeedsCSharp11, LocationInfo.From(attributeSyntax), version.ToDisplayString()));
        }

        var shape = MethodShape.Read(method, syntax, diagnostics);
        var argument = attributeSyntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.Expression;
        var value = attribute.ConstructorArguments.FirstOrDefault();
        if (argument is null || value.Kind != TypedConstantKind.Primitive || value.Value is not string text)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.NotConstantString,
                argument is null ? LocationInfo.From(attributeSyntax) : LocationInfo.From(argument),
                argument?.ToString() ?? "nothing"));
            return Done(hintName, null, diagnostics);
        }

        if (shape is null || diagnostics.Any(d => ReluDiagnostics.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error))
        {
            return Done(hintName, null, diagnostics);
        }

        var (strategy, formLocation) = Form(attribute, attributeSyntax);
        if (strategy is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                ReluDiagnostics.FormDoesNotFit, formLocation, "Form must be one of the ReluForm values (Automatic, StraightLine, SumLoop, PieceTable)"));
            return Done(hintName, null, diagnostics);
        }

        var locator = new ExpressionLocator(argument, text);
        var (network, plan) = ExpressionCompiler.Compile(text, shape, strategy.Value, locator, formLocation, diagnostics);
        if (network is null || plan is null)
        {
            return Done(hintName, null, diagnostics);
        }

        var source = network + "\n" + PartialMethodWriter.Write(method, syntax, shape, plan.ReadsInputsInALoop);
        return Done(hintName, source, diagnostics);
    }

    /// <summary>
    /// The <c>Form</c> named argument (the values of <see cref="EvaluationStrategy"/>) and where it is written;
    /// null for a value outside the enum (<c>(ReluForm)7</c>), which is reported rather than ignored.
    /// </summary>
    private static (EvaluationStrategy? Strategy, LocationInfo Location) Form(AttributeData attribute, AttributeSyntax syntax)
    {
        var written = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Form");
        var location = LocationInfo.From(written is null ? syntax : written);
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Form")
            {
                return named.Value.Value is int form && form is >= 0 and <= (int)EvaluationStrategy.PieceTable
                    ? ((EvaluationStrategy)form, location)
                    : (null, location);
            }
        }

        return (EvaluationStrategy.Automatic, location);
    }

    /// <summary>
    /// <c>Namespace.Outer.Inner.Method_2.g.cs</c> (generic types add their arity, the batch form says so):
    /// unique per method, since overloads differ in parameter count or shape.
    /// </summary>
    private static string HintName(IMethodSymbol method)
    {
        var name = new StringBuilder();
        var ns = method.ContainingNamespace;
        if (ns is { IsGlobalNamespace: false })
        {
            name.Append(ns.ToDisplayString()).Append('.');
        }

        var types = new List<string>();
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            types.Insert(0, type.Arity == 0 ? type.Name : type.Name + "_" + type.Arity);
        }

        name.Append(string.Join(".", types)).Append('.').Append(method.Name).Append('_')
            .Append(method.ReturnsVoid ? "batch" : method.Parameters.Length.ToString());
        return name.Append(".g.cs").ToString();
    }

    private static ReluFunctionModel Done(string hintName, string? source, List<DiagnosticInfo> diagnostics) =>
        new(hintName, source, new EquatableArray<DiagnosticInfo>(diagnostics));
}
