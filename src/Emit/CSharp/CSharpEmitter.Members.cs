using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Ir;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static ReluCompiler.Emit.CSharp.CSharpSyntax;

namespace ReluCompiler.Emit.CSharp;

/// <summary>The piece-table body and the members and header every file shares.</summary>
public sealed partial class CSharpEmitter
{
    /// <summary>
    /// <code>
    /// if (double.IsNaN(x)) { return x; }
    /// if (double.IsInfinity(x)) { return x &gt; 0 ? 0 : 0; }   // the table's limits
    /// int i = 0;
    /// int n = Knots.Length;
    /// while (n &gt; 1) { int half = n &gt;&gt; 1; i += half * (Knots[i + half] &lt;= x ? 1 : 0); n -= half; }
    /// i += Knots[i] &lt;= x ? 1 : 0;
    /// return Values[i] + Slopes[i] * (x - Anchors[i]);
    /// </code>
    /// The same search and formula as <see cref="PieceTable.Evaluate"/> (double.IsFinite is avoided: older targets lack it).
    /// </summary>
    private void EmitPieceTable(PieceTable table)
    {
        var knots = _names.Fresh("Knots");
        var anchors = _names.Fresh("Anchors");
        var values = _names.Fresh("Values");
        var slopes = _names.Fresh("Slopes");
        _fields.Add(DoubleArrayField(knots, table.Knots));
        _fields.Add(DoubleArrayField(anchors, table.Anchors));
        _fields.Add(DoubleArrayField(values, table.Values));
        _fields.Add(DoubleArrayField(slopes, table.Slopes));

        var x = Input(0);
        _body.Add(IfStatement(CallDouble("IsNaN", x), Block(ReturnStatement(x))));
        _body.Add(IfStatement(
            CallDouble("IsInfinity", x),
            Block(ReturnStatement(ConditionalExpression(
                BinaryExpression(SyntaxKind.GreaterThanExpression, x, Int(0)),
                Number(table.LimitAtPositiveInfinity),
                Number(table.LimitAtNegativeInfinity))))));

        var i = _names.Fresh("i");
        if (table.PieceCount > 1)
        {
            var n = _names.Fresh("n");
            var half = _names.Fresh("half");

            // half * (knots[i + half] <= x ? 1 : 0): the JIT turns `c ? 1 : 0` into a flag (setcc) but keeps a
            // jump for `c ? i + half : i` inside a loop, which mispredicts on half the points (3.6x slower, bench/).
            var iPlusHalf = BinaryExpression(SyntaxKind.AddExpression, IdentifierName(i), IdentifierName(half));
            var step = BinaryExpression(
                SyntaxKind.MultiplyExpression,
                IdentifierName(half),
                ParenthesizedExpression(ConditionalExpression(
                    BinaryExpression(SyntaxKind.LessThanOrEqualExpression, Element(knots, iPlusHalf), x),
                    Int(1),
                    Int(0))));
            var loop = WhileStatement(
                BinaryExpression(SyntaxKind.GreaterThanExpression, IdentifierName(n), Int(1)),
                Block(
                    DeclareInt(half, BinaryExpression(SyntaxKind.RightShiftExpression, IdentifierName(n), Int(1))),
                    ExpressionStatement(AssignmentExpression(SyntaxKind.AddAssignmentExpression, IdentifierName(i), step)),
                    ExpressionStatement(AssignmentExpression(SyntaxKind.SubtractAssignmentExpression, IdentifierName(n), IdentifierName(half)))));

            _body.Add(DeclareInt(i, Int(0)).WithLeadingTrivia(Comment("// i = the number of knots <= x, by a binary search without data-dependent branches.")));
            _body.Add(DeclareInt(n, Length(knots)));
            _body.Add(loop);

            // i += Knots[i] <= x ? 1 : 0;
            _body.Add(ExpressionStatement(AssignmentExpression(
                SyntaxKind.AddAssignmentExpression,
                IdentifierName(i),
                ConditionalExpression(BinaryExpression(SyntaxKind.LessThanOrEqualExpression, Element(knots, IdentifierName(i)), x), Int(1), Int(0)))));
        }
        else
        {
            _body.Add(DeclareInt(i, Int(0)));
        }

        // return Values[i] + Slopes[i] * (x - Anchors[i]);
        _body.Add(ReturnStatement(BinaryExpression(
            SyntaxKind.AddExpression,
            Element(values, IdentifierName(i)),
            BinaryExpression(
                SyntaxKind.MultiplyExpression,
                Element(slopes, IdentifierName(i)),
                ParenthesizedExpression(BinaryExpression(SyntaxKind.SubtractExpression, x, Element(anchors, IdentifierName(i))))))));
    }

    /// <summary><c>public static double Evaluate(double x, double y) { … }</c> with its documentation.</summary>
    private MethodDeclarationSyntax EvaluateMethod(EvaluationStrategy strategy)
    {
        var docs = new List<string> { $"<summary>The network's value at one point ({Describe(strategy)}).</summary>" };
        docs.AddRange(_network.Inputs.Select(name => $"<param name=\"{name}\">The input <c>{name}</c>.</param>"));
        docs.Add("<returns>The network's output.</returns>");
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.DoubleKeyword)), "Evaluate")
            .AddModifiers(Token(Documentation([.. docs]), SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword))
            .AddParameterListParameters(_network.Inputs
                .Select(name => Parameter(CSharpNames.InputToken(name)).WithType(PredefinedType(Token(SyntaxKind.DoubleKeyword))))
                .ToArray())
            .WithBody(Block(_body));
    }

    /// <summary>
    /// <code>
    /// public static void Evaluate(global::System.ReadOnlySpan&lt;double&gt; xs, global::System.Span&lt;double&gt; ys)
    /// {
    ///     if (xs.Length != ys.Length) { throw new global::System.ArgumentException("…", nameof(ys)); }
    ///     for (int i = 0; i &lt; xs.Length; i++) { ys[i] = Evaluate(xs[i]); }
    /// }
    /// </code>
    /// </summary>
    private static MethodDeclarationSyntax BatchMethod()
    {
        var check = IfStatement(
            BinaryExpression(SyntaxKind.NotEqualsExpression, Length("xs"), Length("ys")),
            Block(ThrowStatement(ObjectCreationExpression(IdentifierName("global::System.ArgumentException"))
                .AddArgumentListArguments(
                    Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("xs and ys must have the same length."))),
                    Argument(InvocationExpression(IdentifierName("nameof")).AddArgumentListArguments(Argument(IdentifierName("ys"))))))));
        var loop = ForStatement(Block(ExpressionStatement(AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                Element("ys", IdentifierName("i")),
                Call("Evaluate", Element("xs", IdentifierName("i")))))))
            .WithDeclaration(VariableDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)))
                .AddVariables(VariableDeclarator("i").WithInitializer(EqualsValueClause(Int(0)))))
            .WithCondition(BinaryExpression(SyntaxKind.LessThanExpression, IdentifierName("i"), Length("xs")))
            .AddIncrementors(PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, IdentifierName("i")));
        var docs = Documentation(
            "<summary>Evaluates the network at every point: <c>ys[i] = Evaluate(xs[i])</c>.</summary>",
            "<param name=\"xs\">The points.</param>",
            "<param name=\"ys\">Receives the values; the same length as <paramref name=\"xs\"/>.</param>");
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.VoidKeyword)), "Evaluate")
            .AddModifiers(Token(docs, SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword))
            .AddParameterListParameters(
                Parameter(Identifier("xs")).WithType(ParseTypeName("global::System.ReadOnlySpan<double>")),
                Parameter(Identifier("ys")).WithType(ParseTypeName("global::System.Span<double>")))
            .WithBody(Block(check, loop));
    }

    /// <summary><c>private static double Relu(double z) =&gt; global::System.Math.Max(0.0, z);</c>, exactly Activation.Relu.</summary>
    private MethodDeclarationSyntax ReluMethod()
    {
        var max = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseTypeName("global::System.Math"), IdentifierName("Max"));
        var body = InvocationExpression(max).AddArgumentListArguments(
            Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal("0.0", 0.0))),
            Argument(IdentifierName("z")));
        // "\u03C3" is σ.
        var comment = TriviaList(Comment("// \u03C3(z) = max(0, z); Math.Max keeps NaN and compiles without a branch, as in every other engine."));
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.DoubleKeyword)), _relu)
            .AddModifiers(Token(comment, SyntaxKind.PrivateKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword))
            .AddParameterListParameters(Parameter(Identifier("z")).WithType(PredefinedType(Token(SyntaxKind.DoubleKeyword))))
            .WithExpressionBody(ArrowExpressionClause(body))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }

    /// <summary>The header, <c>#nullable enable</c>, the optional namespace and the class, normalized once.</summary>
    private string FileFor(EvaluationStrategy strategy, List<MemberDeclarationSyntax> members)
    {
        var header = new List<SyntaxTrivia> { Comment("// <auto-generated/>") };
        if (_options.SourceExpression is { } source)
        {
            header.Add(Comment("// Generated by ReluCompiler from the expression:"));
            header.AddRange(SourceComment.Lines(source).Select(line => Comment("//   " + line)));
        }

        header.AddRange(SourceComment.Lines($"Network: {_network}.").Select(line => Comment("// " + line)));
        header.Add(Comment($"// Evaluation: {Describe(strategy)}."));
        header.Add(Trivia(NullableDirectiveTrivia(Token(SyntaxKind.EnableKeyword), isActive: true)));

        var classDocs = Documentation($"<summary>A one-hidden-layer ReLU network compiled to C#: {_network.Hidden.Length} hidden unit{(_network.Hidden.Length == 1 ? "" : "s")}.</summary>");
        MemberDeclarationSyntax type = ClassDeclaration(_options.ClassName)
            .AddModifiers(Token(classDocs, SyntaxKind.PublicKeyword, TriviaList()), Token(SyntaxKind.StaticKeyword))
            .AddMembers([.. members]);
        if (_options.Namespace is { } ns)
        {
            type = NamespaceDeclaration(ParseName(ns)).AddMembers(type);
        }

        var unit = CompilationUnit().AddMembers(type.WithLeadingTrivia(type.GetLeadingTrivia().InsertRange(0, header)));
        // A source file ends with a line break (NormalizeWhitespace leaves none after the last brace).
        return unit.NormalizeWhitespace(eol: "\n").ToFullString() + "\n";
    }

    private static string Describe(EvaluationStrategy strategy) => strategy switch
    {
        EvaluationStrategy.StraightLine => "sum form, one statement per hidden unit, equal bit for bit to Network.Evaluate",
        EvaluationStrategy.SumLoop => "sum form, weight arrays and a loop, equal bit for bit to Network.Evaluate",
        _ => "piece table with binary search, equal bit for bit to PieceTable.Evaluate",
    };
}
