using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ReluCompiler.Generator.Tests.DiagnosticAssert;

namespace ReluCompiler.Generator.Tests;

/// <summary>RELU002–RELU009: each with its ID, message, the narrowest span that explains it, and its help page.</summary>
public sealed class MethodDiagnosticTests
{
    [Fact]
    public void ParameterTheExpressionNeverMentionsIsAWarningAtTheParameterAndTheCodeStillCompiles()
    {
        var run = Single(
            Member("""    [ReluFunction("σ(x)")] public static partial double G(double x, double y);"""),
            "RELU002", "Parameter 'y' does not occur in the expression, so the function ignores it", "y", 6, 76,
            DiagnosticSeverity.Warning);
        var g = run.Output.GetTypeByMetadataName("Demo.F")!.GetMembers("G");
        Assert.Single(g);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void VariableWithoutAParameterIsUnderlinedAtItsFirstUseInTheString() => Single(
        Member("""    [ReluFunction("σ(x) + 2σ(z - 1) - z")] public static partial double G(double x);"""),
        "RELU003", "Variable `z` has no parameter: add 'double z' to G", "z", 6, 30);

    [Fact]
    public void ReturnTypeOtherThanDoubleIsUnderlined() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial float G(double x);"""),
        "RELU004", "'G' must return double (or be void and take ReadOnlySpan<double>, Span<double>), not float", "float", 6, 50);

    [Fact]
    public void ParameterOfAnotherTypeIsUnderlinedWithItsModifiers() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial double G(ref double x);"""),
        "RELU004", "Parameter 'x' must be a plain double (one input of the expression), not ref double", "ref double x", 6, 59);

    [Fact]
    public void ParameterNamedLikeAFunctionCannotBeAVariable() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial double G(double x, double max);"""),
        "RELU004", "Parameter 'max' cannot be a variable of the expression: the input `max` is the name of a function", "max", 6, 76);

    [Fact]
    public void BatchFormWithOtherParametersIsUnderlinedAtItsParameterList() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial void G(double[] xs, Span<double> ys);"""),
        "RELU004", "The batch form 'G' must take (ReadOnlySpan<double> xs, Span<double> ys), not (double[] xs, Span<double> ys)", "(double[] xs, Span<double> ys)", 6, 56);

    [Fact]
    public void MethodWithoutPartialIsUnderlinedAtItsName() => Single(
        Member("""    [ReluFunction("σ(x)")] public static double G(double x) => x;"""),
        "RELU005", "'G' must be a partial method without a body", "G", 6, 49);

    [Fact]
    public void GenericMethodIsUnderlinedAtItsTypeParameters() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial double G<T>(double x);"""),
        "RELU005", "'G' must not have type parameters", "<T>", 6, 58);

    [Fact]
    public void NullIsNotAConstantString() => Single(
        Member("""    [ReluFunction(null!)] public static partial double G(double x);"""),
        "RELU006", "The expression must be a constant string, not null!", "null!", 6, 19);

    [Fact]
    public void BatchOfTwoVariablesIsUnderlinedAtTheString() => Single(
        Member("""    [ReluFunction("σ(x - y)")] public static partial void G(ReadOnlySpan<double> xs, Span<double> ys);"""),
        "RELU007", "The batch form evaluates a function of one variable; this expression has 2: x, y", "\"σ(x - y)\"", 6, 19);

    [Fact]
    public void PieceTableOfTwoInputsIsUnderlinedAtTheForm() => Single(
        Member("""    [ReluFunction("σ(x - y)", Form = ReluForm.PieceTable)] public static partial double G(double x, double y);"""),
        "RELU008", "The piece table evaluates a function of one input; this one has 2", "Form = ReluForm.PieceTable", 6, 31);

    [Fact]
    public void FormOutsideTheEnumIsReportedNotIgnored() => Single(
        Member("""    [ReluFunction("σ(x)", Form = (ReluForm)7)] public static partial double G(double x);"""),
        "RELU008", "Form must be one of the ReluForm values (Automatic, StraightLine, SumLoop, PieceTable)", "Form = (ReluForm)7", 6, 27);

    [Fact]
    public void LanguageVersionBeforeFileLocalTypesIsUnderlinedAtTheAttribute() => Single(
        Member("""    [ReluFunction("σ(x)")] public static partial double G(double x);"""),
        "RELU009", "[ReluFunction] needs C# 11 or later (file-local types); this project uses C# 10.0", "ReluFunction(\"σ(x)\")", 6, 6,
        options: new CSharpParseOptions(LanguageVersion.CSharp10));
}
