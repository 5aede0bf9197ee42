using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Ir;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static ReluCompiler.Emit.CSharp.CSharpSyntax;

namespace ReluCompiler.Emit.CSharp;

/// <summary>
/// Writes a network as a C# file. Changes together with Il/IlEmitter.cs: the same walk in the same order
/// with the same method names (EmitStraightLine → EmitUnit, EmitSumLoop, EmitPieceTable), the same
/// double operations in the order defined on <see cref="Network"/>, so the compiled source agrees bit for
/// bit with the interpreter and the IL delegate.
/// </summary>
public sealed partial class CSharpEmitter
{
    private readonly Network _network;
    private readonly CSharpEmitOptions _options;
    private readonly CSharpNames _names;
    private readonly string _relu;
    private bool _usesRelu;
    private readonly List<MemberDeclarationSyntax> _fields = new();
    private readonly List<StatementSyntax> _body = new();

    private CSharpEmitter(Network network, CSharpEmitOptions options)
    {
        _network = network;
        _options = options;
        _names = new CSharpNames(network.Inputs, options.ClassName);
        _relu = _names.Fresh("Relu");
    }

    /// <summary>
    /// The C# source of <paramref name="network"/>: sum form written out unit by unit up to
    /// <see cref="EmitThresholds.CSharpSumLoopUnits"/> units, weight arrays and a loop past it, or the piece
    /// table when <see cref="CSharpEmitOptions.UsePieceTable"/> is set. Throws <see cref="ArgumentException"/>
    /// for a class, namespace or input name that is not a C# identifier.
    /// </summary>
    public static string Emit(Network network, CSharpEmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CSharpEmitOptions();
        var strategy = options.UsePieceTable
            ? EvaluationStrategy.PieceTable
            : network.Hidden.Length > EmitThresholds.CSharpSumLoopUnits ? EvaluationStrategy.SumLoop : EvaluationStrategy.StraightLine;
        return Emit(network, options, strategy);
    }

    /// <summary>Emits with a forced strategy (tests use it to compile the loop form of a small network).</summary>
    internal static string Emit(Network network, CSharpEmitOptions options, EvaluationStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(network);
        CSharpNames.ValidateClassName(options.ClassName);
        if (options.Namespace is not null)
        {
            CSharpNames.ValidateNamespace(options.Namespace);
        }

        foreach (var input in network.Inputs)
        {
            CSharpNames.ValidateInput(input);
        }

        return new CSharpEmitter(network, options).EmitFile(EmitThresholds.Resolve(network, strategy));
    }

    /// <summary>The one dispatch point: fill the fields and the body of Evaluate, then wrap them in the file.</summary>
    private string EmitFile(EvaluationStrategy strategy)
    {
        switch (strategy)
        {
            case EvaluationStrategy.StraightLine:
                EmitStraightLine();
                break;
            case EvaluationStrategy.SumLoop:
                EmitSumLoop();
                break;
            default:
                EmitPieceTable(PieceTable.FromNetwork(_network));
                break;
        }

        var members = new List<MemberDeclarationSyntax>(_fields) { EvaluateMethod(strategy) };
        if (_network.Inputs.Length == 1)
        {
            members.Add(BatchMethod());
        }

        if (_usesRelu)
        {
            members.Add(ReluMethod());
        }

        return FileFor(strategy, members);
    }

    /// <summary>
    /// <code>
    /// double h0 = Relu(1 * x + 0);
    /// double h1 = Relu(1 * x - 1);
    /// return 0 + 1 * h0 - 1 * h1;
    /// </code>
    /// </summary>
    private void EmitStraightLine()
    {
        EmitNaNGuard();
        ExpressionSyntax sum = Number(ExactMath.ToDouble(_network.OutputBias));
        foreach (var unit in _network.Hidden)
        {
            var hidden = _names.Fresh("h" + _body.Count);
            _body.Add(DeclareDouble(hidden, Call(_relu, EmitUnit(unit))));
            _usesRelu = true;
            sum = AddScaled(sum, ExactMath.ToDouble(unit.OutputWeight), IdentifierName(hidden));
        }

        // return <sum>;
        _body.Add(ReturnStatement(sum));
    }

    /// <summary>
    /// With no hidden units nothing reads the inputs, so, as Network.Evaluate does:
    /// <c>if (double.IsNaN(x)) { return x; }</c> for each input in order.
    /// </summary>
    private void EmitNaNGuard()
    {
        if (!_network.Hidden.IsEmpty)
        {
            return;
        }

        for (var j = 0; j < _network.Inputs.Length; j++)
        {
            _body.Add(IfStatement(CallDouble("IsNaN", Input(j)), Block(ReturnStatement(Input(j)))));
        }
    }

    /// <summary><c>w₀ * x₀ + w₁ * x₁ + … + b</c> (a unit with no inputs starts at <c>0</c>, as the contract does).</summary>
    private ExpressionSyntax EmitUnit(HiddenUnit unit)
    {
        ExpressionSyntax? z = unit.Weights.IsEmpty ? Number(0.0) : null;
        for (var j = 0; j < unit.Weights.Length; j++)
        {
            // w * x, then + w * y or - |w| * y
            var weight = ExactMath.ToDouble(unit.Weights[j]);
            z = z is null ? BinaryExpression(SyntaxKind.MultiplyExpression, Number(weight), Input(j)) : AddScaled(z, weight, Input(j));
        }

        return AddConstant(z!, ExactMath.ToDouble(unit.Bias));
    }

    /// <summary>
    /// <code>
    /// private const double OutputBias = 0;
    /// private static readonly double[] Weights = new double[] { 1, 1, … };   // d per unit, in input order
    /// private static readonly double[] Biases = new double[] { 0, -1, … };
    /// private static readonly double[] OutputWeights = new double[] { 1, -1, … };
    /// …
    /// double sum = OutputBias;
    /// for (int i = 0; i &lt; Biases.Length; i++)
    /// {
    ///     double z = Weights[2 * i] * x + Weights[2 * i + 1] * y + Biases[i];
    ///     sum += OutputWeights[i] * Relu(z);
    /// }
    /// return sum;
    /// </code>
    /// </summary>
    private void EmitSumLoop()
    {
        var arrays = NetworkArrays.From(_network);
        var outputBias = _names.Fresh("OutputBias");
        var weights = _names.Fresh("Weights");
        var biases = _names.Fresh("Biases");
        var outputWeights = _names.Fresh("OutputWeights");
        _fields.Add(DoubleConstant(outputBias, arrays.OutputBias));
        if (arrays.InputCount > 0)
        {
            _fields.Add(DoubleArrayField(weights, arrays.Weights));
        }

        _fields.Add(DoubleArrayField(biases, arrays.Biases));
        _fields.Add(DoubleArrayField(outputWeights, arrays.OutputWeights));

        EmitNaNGuard();
        var sum = _names.Fresh("sum");
        var i = _names.Fresh("i");
        var z = _names.Fresh("z");
        ExpressionSyntax? argument = arrays.InputCount == 0 ? Number(0.0) : null;
        for (var j = 0; j < arrays.InputCount; j++)
        {
            // Weights[2 * i + 1] * y
            var product = BinaryExpression(SyntaxKind.MultiplyExpression, Element(weights, WeightIndex(i, j, arrays.InputCount)), Input(j));
            argument = argument is null ? product : BinaryExpression(SyntaxKind.AddExpression, argument, product);
        }

        argument = BinaryExpression(SyntaxKind.AddExpression, argument!, Element(biases, IdentifierName(i)));

        // for (int i = 0; i < Biases.Length; i++) { double z = …; sum += OutputWeights[i] * Relu(z); }
        var loop = ForStatement(Block(
                DeclareDouble(z, argument),
                ExpressionStatement(AssignmentExpression(
                    SyntaxKind.AddAssignmentExpression,
                    IdentifierName(sum),
                    BinaryExpression(SyntaxKind.MultiplyExpression, Element(outputWeights, IdentifierName(i)), Call(_relu, IdentifierName(z)))))))
            .WithDeclaration(VariableDeclaration(PredefinedType(Token(SyntaxKind.IntKeyword)))
                .AddVariables(VariableDeclarator(i).WithInitializer(EqualsValueClause(Int(0)))))
            .WithCondition(BinaryExpression(SyntaxKind.LessThanExpression, IdentifierName(i), Length(biases)))
            .AddIncrementors(PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, IdentifierName(i)));

        _usesRelu = true;
        _body.Add(DeclareDouble(sum, IdentifierName(outputBias)));
        _body.Add(loop);
        _body.Add(ReturnStatement(IdentifierName(sum)));
    }

    /// <summary><c>i</c>, <c>2 * i</c> or <c>2 * i + 1</c>: unit i's weight for input j.</summary>
    private static ExpressionSyntax WeightIndex(string i, int j, int inputs)
    {
        ExpressionSyntax index = inputs == 1 ? IdentifierName(i) : BinaryExpression(SyntaxKind.MultiplyExpression, Int(inputs), IdentifierName(i));
        return j == 0 ? index : BinaryExpression(SyntaxKind.AddExpression, index, Int(j));
    }

    private IdentifierNameSyntax Input(int j) => IdentifierName(CSharpNames.InputToken(_network.Inputs[j]));

    /// <summary><c>name.Length</c></summary>
    private static MemberAccessExpressionSyntax Length(string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(name), IdentifierName("Length"));
}
