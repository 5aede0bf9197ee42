using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ReluCompiler.Emit.CSharp;

/// <summary>Small SyntaxFactory helpers the emitter's blocks are written with.</summary>
internal static class CSharpSyntax
{
    /// <summary>
    /// A double as C# that means exactly that double: the round-trip ("R") text, so <c>0.1</c> stays the
    /// nearest double to 0.1; a sign becomes unary minus; infinities are <c>double.PositiveInfinity</c>.
    /// Integral values print without a decimal point (<c>1 * x</c>): C# converts them to the same double.
    /// </summary>
    public static ExpressionSyntax Number(double value)
    {
        if (double.IsNaN(value))
        {
            // double.NaN
            return DoubleMember("NaN");
        }

        if (double.IsInfinity(value))
        {
            // double.PositiveInfinity / double.NegativeInfinity
            return DoubleMember(value > 0 ? "PositiveInfinity" : "NegativeInfinity");
        }

        if (double.IsNegative(value))
        {
            // -2.5, and -0.0 for negative zero (where -0 would be the int 0, that is +0.0)
            var magnitude = value == 0
                ? LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal("0.0", 0.0))
                : Number(-value);
            return PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, magnitude);
        }

        // 2.5
        return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value.ToString("R", CultureInfo.InvariantCulture), value));
    }

    /// <summary>
    /// <c>left + c·right</c>, written <c>left - |c| * right</c> when c is negative: s − (|c|·r) is the same double
    /// as s + ((−c)·r), because negation is exact and IEEE defines a − b as a + (−b).
    /// </summary>
    public static ExpressionSyntax AddScaled(ExpressionSyntax left, double coefficient, ExpressionSyntax right)
    {
        var negative = double.IsNegative(coefficient);
        var product = BinaryExpression(SyntaxKind.MultiplyExpression, Number(negative ? -coefficient : coefficient), right);
        return BinaryExpression(negative ? SyntaxKind.SubtractExpression : SyntaxKind.AddExpression, left, product);
    }

    /// <summary><c>left + c</c>, or <c>left - |c|</c> for a negative constant (same double, as in <see cref="AddScaled"/>).</summary>
    public static ExpressionSyntax AddConstant(ExpressionSyntax left, double constant) =>
        constant < 0
            ? BinaryExpression(SyntaxKind.SubtractExpression, left, Number(-constant))
            : BinaryExpression(SyntaxKind.AddExpression, left, Number(constant));

    /// <summary><c>double name = value;</c></summary>
    public static LocalDeclarationStatementSyntax DeclareDouble(string name, ExpressionSyntax value) =>
        Declare(SyntaxKind.DoubleKeyword, name, value);

    /// <summary><c>int name = value;</c></summary>
    public static LocalDeclarationStatementSyntax DeclareInt(string name, ExpressionSyntax value) =>
        Declare(SyntaxKind.IntKeyword, name, value);

    /// <summary><c>private static readonly double[] Name = new double[] { 1, -2, 0.5 };</c></summary>
    public static FieldDeclarationSyntax DoubleArrayField(string name, IEnumerable<double> values) =>
        FieldDeclaration(
                VariableDeclaration(ArrayType(PredefinedType(Token(SyntaxKind.DoubleKeyword))).AddRankSpecifiers(ArrayRankSpecifier()))
                    .AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(
                        ArrayCreationExpression(ArrayType(PredefinedType(Token(SyntaxKind.DoubleKeyword))).AddRankSpecifiers(ArrayRankSpecifier()))
                            .WithInitializer(InitializerExpression(
                                SyntaxKind.ArrayInitializerExpression,
                                SeparatedList(values.Select(Number))))))))
            .AddModifiers(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword));

    /// <summary><c>private const double Name = 1;</c></summary>
    public static FieldDeclarationSyntax DoubleConstant(string name, double value) =>
        FieldDeclaration(VariableDeclaration(PredefinedType(Token(SyntaxKind.DoubleKeyword)))
                .AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(Number(value)))))
            .AddModifiers(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.ConstKeyword));

    /// <summary><c>array[index]</c></summary>
    public static ElementAccessExpressionSyntax Element(string array, ExpressionSyntax index) =>
        ElementAccessExpression(IdentifierName(array)).AddArgumentListArguments(Argument(index));

    /// <summary><c>name(argument)</c></summary>
    public static InvocationExpressionSyntax Call(string name, ExpressionSyntax argument) =>
        InvocationExpression(IdentifierName(name)).AddArgumentListArguments(Argument(argument));

    /// <summary><c>double.Name(argument)</c></summary>
    public static InvocationExpressionSyntax CallDouble(string name, ExpressionSyntax argument) =>
        InvocationExpression(DoubleMember(name)).AddArgumentListArguments(Argument(argument));

    /// <summary>An int literal.</summary>
    public static LiteralExpressionSyntax Int(int value) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    /// <summary>
    /// Leading <c>///</c> documentation lines (the text must already be valid XML). Kept as comment trivia,
    /// which NormalizeWhitespace leaves alone (it would write <c>name = "x"</c> inside parsed doc XML);
    /// the compiler reads them as documentation all the same.
    /// </summary>
    public static SyntaxTriviaList Documentation(params string[] lines) =>
        TriviaList(lines.Select(line => Comment("/// " + line)));

    /// <summary><c>double.Name</c></summary>
    private static MemberAccessExpressionSyntax DoubleMember(string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, PredefinedType(Token(SyntaxKind.DoubleKeyword)), IdentifierName(name));

    private static LocalDeclarationStatementSyntax Declare(SyntaxKind type, string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(PredefinedType(Token(type)))
            .AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(value))));
}
