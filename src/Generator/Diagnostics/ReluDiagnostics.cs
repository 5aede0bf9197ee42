using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReluCompiler.Generator.Diagnostics;

/// <summary>
/// Every diagnostic of the [ReluFunction] generator: an ID, a title, a message and a help page in
/// docs/diagnostics. The location is always the narrowest span that explains the problem.
/// </summary>
internal static class ReluDiagnostics
{
    private const string Category = "ReluCompiler";
    // The pages live in the repository (docs/diagnostics/RELU00N.md); the link is relative to its root
    // because the project has no published address yet: prefix it here once it has one.
    private const string HelpRoot = "docs/diagnostics/";

    /// <summary>RELU001: the parser's own message, at the offending character inside the string.</summary>
    public static readonly DiagnosticDescriptor InvalidExpression = Error(
        "RELU001", "The expression does not parse", "{0}");

    /// <summary>RELU002: a parameter the expression never mentions (its value would be ignored).</summary>
    public static readonly DiagnosticDescriptor UnusedParameter = new(
        "RELU002", "A parameter is not a variable of the expression",
        "Parameter '{0}' does not occur in the expression, so the function ignores it",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + "RELU002.md");

    /// <summary>RELU003: a variable of the expression with no parameter of that name, at the variable.</summary>
    public static readonly DiagnosticDescriptor VariableWithoutParameter = Error(
        "RELU003", "A variable of the expression has no parameter", "Variable `{0}` has no parameter: add 'double {0}' to {1}");

    /// <summary>RELU004: return or parameter types (or modifiers) the generator cannot implement.</summary>
    public static readonly DiagnosticDescriptor WrongSignature = Error(
        "RELU004", "The method's signature does not fit a ReLU function", "{0}");

    /// <summary>RELU005: not a partial definition, or generic.</summary>
    public static readonly DiagnosticDescriptor NotPartialOrGeneric = Error(
        "RELU005", "The method must be partial and not generic", "'{0}' {1}");

    /// <summary>RELU006: the argument is not a constant string.</summary>
    public static readonly DiagnosticDescriptor NotConstantString = Error(
        "RELU006", "The expression must be a constant string", "The expression must be a constant string, not {0}");

    /// <summary>RELU007: the batch shape needs an expression of at most one variable.</summary>
    public static readonly DiagnosticDescriptor BatchNeedsOneVariable = Error(
        "RELU007", "The batch form takes an expression of one variable", "The batch form evaluates a function of one variable; this expression has {0}: {1}");

    /// <summary>RELU008: a form that the expression cannot have (the piece table of several inputs).</summary>
    public static readonly DiagnosticDescriptor FormDoesNotFit = Error(
        "RELU008", "The form does not fit the expression", "{0}");

    /// <summary>RELU009: the generated code uses file-local classes.</summary>
    public static readonly DiagnosticDescriptor NeedsCSharp11 = Error(
        "RELU009", "[ReluFunction] needs C# 11 or later", "[ReluFunction] needs C# 11 or later (file-local types); this project uses C# {0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        InvalidExpression, UnusedParameter, VariableWithoutParameter, WrongSignature, NotPartialOrGeneric,
        NotConstantString, BatchNeedsOneVariable, FormDoesNotFit, NeedsCSharp11,
    }.ToDictionary(d => d.Id);

    public static IEnumerable<DiagnosticDescriptor> Descriptors => All.Values;

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
