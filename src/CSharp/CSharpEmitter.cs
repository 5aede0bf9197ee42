using System;
using System.Collections.Generic;
using ReluCompiler.Ir;
using static ReluCompiler.CSharp.CSharpLiterals;

namespace ReluCompiler.CSharp;

/// <summary>
/// Writes a network as a C# file from its <see cref="EvaluationPlan"/>, as text (no Roslyn at run time, so it
/// runs on netstandard2.0 inside a source generator). Keep in step with src/Emit/Il/IlEmitter.cs: the same walk
/// in the same order with the same method names (EmitStraightLine → EmitUnit, EmitSumLoop → EmitUnitFromArrays,
/// EmitPieceTable in the .PieceTable.cs partials) and the same double operations in the order defined on
/// <see cref="Network"/>, so the compiled source agrees bit for bit with the interpreter and the IL delegate.
/// </summary>
public sealed partial class CSharpEmitter
{
    private readonly EvaluationPlan _plan;
    private readonly CSharpEmitOptions _options;
    private readonly CSharpNames _names;
    private readonly string _relu;
    private readonly string[] _inputs;
    private readonly CodeWriter _fields = new();
    private readonly CodeWriter _body = new();
    private bool _usesRelu;

    private CSharpEmitter(EvaluationPlan plan, CSharpEmitOptions options)
    {
        _plan = plan;
        _options = options;
        _names = new CSharpNames(plan.Network.Inputs, options.ClassName);
        _relu = _names.Fresh("Relu");
        _inputs = new string[plan.InputCount];
        for (var j = 0; j < _inputs.Length; j++)
        {
            // Past 16 inputs Evaluate takes a span: inputs[j] instead of a parameter per input.
            _inputs[j] = plan.ReadsInputsInALoop ? "inputs[" + j + "]" : CSharpNames.InputToken(plan.Network.Inputs[j]);
        }
    }

    /// <summary>
    /// The C# source of <paramref name="network"/>, evaluated the way the evaluation plan chooses (the same
    /// choice as the IL delegate) unless <see cref="CSharpEmitOptions.Strategy"/> forces one.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Class name, namespace, strategy and the source expression for the header.</param>
    /// <returns>A complete C# file ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentException">A class, namespace or input name is not a safe C# identifier, or a forced piece table meets a network without exactly one input.</exception>
    public static string Emit(Network network, CSharpEmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CSharpEmitOptions();
        return Emit(EvaluationPlan.For(network, options.Strategy), options);
    }

    /// <summary>Emits with a forced strategy (tests use it to compile the loop form of a small network).</summary>
    internal static string Emit(Network network, CSharpEmitOptions options, EvaluationStrategy strategy) =>
        Emit(network, options with { Strategy = strategy });

    /// <summary>The C# source of a plan already made (the plan decides the strategy; the options' strategy is ignored).</summary>
    /// <param name="plan">The evaluation plan.</param>
    /// <param name="options">Class name, namespace and the source expression for the header.</param>
    /// <returns>A complete C# file ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">A class, namespace or input name is not a safe C# identifier.</exception>
    public static string Emit(EvaluationPlan plan, CSharpEmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new CSharpEmitOptions();
        CSharpNames.ValidateClassName(options.ClassName);
        if (options.Namespace is not null)
        {
            CSharpNames.ValidateNamespace(options.Namespace);
        }

        if (!plan.ReadsInputsInALoop)
        {
            foreach (var input in plan.Network.Inputs)
            {
                CSharpNames.ValidateInput(input);
            }
        }

        return new CSharpEmitter(plan, options).EmitFile();
    }

    /// <summary>The one dispatch point: fill the fields and the body of Evaluate, then wrap them in the file.</summary>
    private string EmitFile()
    {
        switch (_plan.Strategy)
        {
            case EvaluationStrategy.StraightLine:
                EmitStraightLine();
                break;
            case EvaluationStrategy.SumLoop:
                EmitSumLoop();
                break;
            default:
                EmitPieceTable();
                break;
        }

        return FileText();
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
        var sum = Number(_plan.OutputBias);
        for (var i = 0; i < _plan.UnitCount; i++)
        {
            var hidden = _names.Fresh("h" + i);
            _body.Line("double " + hidden + " = " + _relu + "(" + EmitUnit(i) + ");");
            _usesRelu = true;
            sum = AddScaled(sum, _plan.OutputWeights[i], hidden);
        }

        _body.Line("return " + sum + ";");
    }

    /// <summary>
    /// With no hidden units nothing reads the inputs, so, as Network.Evaluate does:
    /// <c>if (double.IsNaN(x)) { return x; }</c> for each input in order.
    /// </summary>
    private void EmitNaNGuard()
    {
        if (_plan.UnitCount > 0)
        {
            return;
        }

        if (_plan.ReadsInputsInALoop)
        {
            var j = _names.Fresh("j");
            _body.Line($"for (int {j} = 0; {j} < inputs.Length; {j}++)").Open()
                .Line($"if (double.IsNaN(inputs[{j}]))").Open().Line($"return inputs[{j}];").Close()
                .Close().Line();
            return;
        }

        foreach (var input in _inputs)
        {
            _body.Line("if (double.IsNaN(" + input + "))").Open().Line("return " + input + ";").Close().Line();
        }
    }

    /// <summary><c>w₀ * x₀ + w₁ * x₁ + … + b</c> (a unit with no inputs starts at <c>0</c>, as the contract does).</summary>
    private string EmitUnit(int i)
    {
        var d = _plan.InputCount;
        var z = d == 0 ? Number(0.0) : Number(_plan.Weights[i * d]) + " * " + _inputs[0];
        for (var j = 1; j < d; j++)
        {
            z = AddScaled(z, _plan.Weights[i * d + j], _inputs[j]);
        }

        return AddConstant(z, _plan.Biases[i]);
    }

    /// <summary>
    /// <code>
    /// private const double OutputBias = 0;
    /// private static readonly double[] Weights = new double[] { … };   // d per unit, in input order
    /// private static readonly double[] Biases = new double[] { … };
    /// private static readonly double[] OutputWeights = new double[] { … };
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
        var outputBias = _names.Fresh("OutputBias");
        var weights = _names.Fresh("Weights");
        var biases = _names.Fresh("Biases");
        var outputWeights = _names.Fresh("OutputWeights");
        _fields.Line($"private const double {outputBias} = {Number(_plan.OutputBias)};").Line();
        if (_plan.InputCount > 0)
        {
            DoubleArrayField(weights, _plan.Weights);
        }

        DoubleArrayField(biases, _plan.Biases);
        DoubleArrayField(outputWeights, _plan.OutputWeights);

        EmitNaNGuard();
        var sum = _names.Fresh("sum");
        var i = _names.Fresh("i");
        var z = _names.Fresh("z");
        _usesRelu = true;
        _body.Line($"double {sum} = {outputBias};");
        _body.Line($"for (int {i} = 0; {i} < {biases}.Length; {i}++)").Open();
        EmitUnitFromArrays(weights, biases, i, z);
        _body.Line($"{sum} += {outputWeights}[{i}] * {_relu}({z});");
        _body.Close().Line().Line($"return {sum};");
    }

    /// <summary>
    /// <c>double z = Weights[2 * i] * x + Weights[2 * i + 1] * y + Biases[i];</c>, or past 16 inputs the same
    /// additions in a loop: <c>double z = Weights[row] * inputs[0]; for (int j = 1; j &lt; d; j++) { z += Weights[row + j] * inputs[j]; } z += Biases[i];</c>
    /// </summary>
    private void EmitUnitFromArrays(string weights, string biases, string i, string z)
    {
        var d = _plan.InputCount;
        if (d == 0)
        {
            _body.Line($"double {z} = 0 + {biases}[{i}];");
            return;
        }

        if (!_plan.ReadsInputsInALoop)
        {
            var terms = new List<string>();
            for (var j = 0; j < d; j++)
            {
                var index = d == 1 ? i : $"{d} * {i}";
                terms.Add($"{weights}[{(j == 0 ? index : index + " + " + j)}] * {_inputs[j]}");
            }

            _body.Line($"double {z} = {string.Join(" + ", terms)} + {biases}[{i}];");
            return;
        }

        var row = _names.Fresh("row");
        var j1 = _names.Fresh("j");
        _body.Line($"int {row} = {d} * {i};");
        _body.Line($"double {z} = {weights}[{row}] * inputs[0];");
        _body.Line($"for (int {j1} = 1; {j1} < {d}; {j1}++)").Open()
            .Line($"{z} += {weights}[{row} + {j1}] * inputs[{j1}];")
            .Close();
        _body.Line($"{z} += {biases}[{i}];");
    }

    /// <summary><c>private static readonly double[] Name = new double[] { 1, -2, 0.5, … };</c>, one value a line.</summary>
    private void DoubleArrayField(string name, double[] values)
    {
        _fields.Line($"private static readonly double[] {name} = new double[]").Open();
        foreach (var value in values)
        {
            _fields.Line(Number(value) + ",");
        }

        _fields.Close(";").Line();
    }
}
