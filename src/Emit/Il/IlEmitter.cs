using System;
using System.Reflection;
using System.Reflection.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// Emits the IL body of one network evaluation from its <see cref="EvaluationPlan"/>.
/// Keep in step with src/CSharp/CSharpEmitter.cs: both walk the plan in the same order with the same
/// method names (EmitStraightLine → EmitUnit, EmitSumLoop → EmitUnitFromArrays, EmitPieceTable in the
/// .PieceTable.cs partials) and follow the double evaluation order defined on <see cref="Network"/>:
/// z = w₀x₀ + w₁x₁ + … then + b; the output starts at c and adds aᵢ·σ(zᵢ) unit by unit, σ being
/// <see cref="Activation.Relu"/> itself (called, and inlined by the JIT).
/// </summary>
internal sealed partial class IlEmitter
{
    private static readonly MethodInfo Relu = typeof(Activation).GetMethod(nameof(Activation.Relu))!;
    private static readonly MethodInfo IsFinite = typeof(double).GetMethod(nameof(double.IsFinite), [typeof(double)])!;
    private static readonly MethodInfo IsNaN = typeof(double).GetMethod(nameof(double.IsNaN), [typeof(double)])!;
    private static readonly MethodInfo SpanLength = typeof(ReadOnlySpan<double>).GetProperty(nameof(ReadOnlySpan<double>.Length))!.GetMethod!;
    private static readonly MethodInfo SpanItem = typeof(ReadOnlySpan<double>).GetProperty("Item")!.GetMethod!;
    private static readonly MethodInfo ThrowArity = typeof(IlEmitter).GetMethod(nameof(ThrowWrongArity), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly FieldInfo InputsField = typeof(IlClosure).GetField(nameof(IlClosure.Inputs))!;
    private static readonly FieldInfo WeightsField = typeof(IlClosure).GetField(nameof(IlClosure.Weights))!;
    private static readonly FieldInfo BiasesField = typeof(IlClosure).GetField(nameof(IlClosure.Biases))!;
    private static readonly FieldInfo OutputWeightsField = typeof(IlClosure).GetField(nameof(IlClosure.OutputWeights))!;
    private static readonly FieldInfo KnotsField = typeof(IlClosure).GetField(nameof(IlClosure.Knots))!;
    private static readonly FieldInfo PiecesField = typeof(IlClosure).GetField(nameof(IlClosure.Pieces))!;

    private readonly IlWriter _il;
    private readonly EvaluationPlan _plan;
    private readonly Network _network;
    private readonly IlShape _shape;
    private readonly LocalBuilder[] _inputLocals;

    private IlEmitter(IlWriter il, EvaluationPlan plan, IlShape shape)
    {
        _il = il;
        _plan = plan;
        _network = plan.Network;
        _shape = shape;

        // Many inputs stay in the span: a method has at most 65,535 locals (the 66,000-input crash).
        _inputLocals = new LocalBuilder[shape == IlShape.Span && !plan.ReadsInputsInALoop ? plan.InputCount : 0];
    }

    /// <summary>Emits the whole body (the one dispatch point) and returns its listing.</summary>
    public static string Emit(ILGenerator generator, EvaluationPlan plan, IlShape shape)
    {
        var il = new IlWriter(generator);
        var emitter = new IlEmitter(il, plan, shape);
        emitter.EmitPrologue();
        switch (plan.Strategy)
        {
            case EvaluationStrategy.StraightLine:
                emitter.EmitStraightLine();
                break;
            case EvaluationStrategy.SumLoop:
                emitter.EmitSumLoop();
                break;
            case EvaluationStrategy.PieceTable:
                emitter.EmitPieceTable();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(plan), plan.Strategy, "The plan resolves Automatic.");
        }

        il.Ret();
        return il.Listing;
    }

    /// <summary>Span shape: check the length once, then copy every input into a local.</summary>
    private void EmitPrologue()
    {
        if (_shape != IlShape.Span)
        {
            return;
        }

        // if (inputs.Length != d) ThrowWrongArity(closure.Inputs, inputs.Length);
        var lengthOk = _il.DefineLabel();
        _il.Ldarga(1);
        _il.Call(SpanLength);
        _il.LdcI4(_network.Inputs.Length);
        _il.Beq(lengthOk);
        _il.Ldarg(0);
        _il.Ldfld(InputsField);
        _il.Ldarga(1);
        _il.Call(SpanLength);
        _il.Call(ThrowArity);
        _il.MarkLabel(lengthOk);
        for (var j = 0; j < _inputLocals.Length; j++)
        {
            _inputLocals[j] = _il.DeclareLocal(typeof(double), _network.Inputs[j]);
            _il.Ldarga(1);
            _il.LdcI4(j);
            _il.Call(SpanItem);
            _il.LdindR8();
            _il.Stloc(_inputLocals[j]);
        }
    }

    /// <summary>Pushes input j: an argument after the closure, the local the prologue filled, or the span's element.</summary>
    private void EmitLoadInput(int j)
    {
        if (_shape == IlShape.Arguments)
        {
            _il.Ldarg(1 + j);
        }
        else if (_inputLocals.Length > 0)
        {
            _il.Ldloc(_inputLocals[j]);
        }
        else
        {
            _il.Ldarga(1);
            _il.LdcI4(j);
            _il.Call(SpanItem);
            _il.LdindR8();
        }
    }

    /// <summary>c, then for each unit: + aᵢ·σ(zᵢ), all on the evaluation stack with the weights as constants.</summary>
    private void EmitStraightLine()
    {
        EmitNaNGuard();
        _il.LdcR8(_plan.OutputBias);
        for (var i = 0; i < _plan.UnitCount; i++)
        {
            _il.LdcR8(_plan.OutputWeights[i]);
            EmitUnit(i);
            _il.Mul();
            _il.Add();
        }
    }

    /// <summary>
    /// With no hidden units nothing reads the inputs, so, as <see cref="Network.Evaluate(ReadOnlySpan{double})"/>
    /// does: <c>if (IsNaN(xⱼ)) return xⱼ;</c> for each input in order.
    /// </summary>
    private void EmitNaNGuard()
    {
        if (!_network.Hidden.IsEmpty)
        {
            return;
        }

        for (var j = 0; j < _network.Inputs.Length; j++)
        {
            var next = _il.DefineLabel();
            EmitLoadInput(j);
            _il.Call(IsNaN);
            _il.Brfalse(next);
            EmitLoadInput(j);
            _il.Ret();
            _il.MarkLabel(next);
        }
    }

    /// <summary>σ(w₀x₀ + w₁x₁ + … + b) of unit i, left on the stack.</summary>
    private void EmitUnit(int i)
    {
        var d = _plan.InputCount;
        if (d == 0)
        {
            // No inputs: the contract starts z at 0.0 before adding b.
            _il.LdcR8(0.0);
        }

        for (var j = 0; j < d; j++)
        {
            _il.LdcR8(_plan.Weights[i * d + j]);
            EmitLoadInput(j);
            _il.Mul();
            if (j > 0)
            {
                _il.Add();
            }
        }

        _il.LdcR8(_plan.Biases[i]);
        _il.Add();
        _il.Call(Relu);
    }

    /// <summary>
    /// The same sums over the closure's arrays:
    /// <c>sum = c; for (i = 0; i &lt; n; i++) sum += A[i] * σ(W[i·d] * x₀ + … + B[i]);</c>
    /// </summary>
    private void EmitSumLoop()
    {
        var weights = LoadField(WeightsField, "weights");
        var biases = LoadField(BiasesField, "biases");
        var outputWeights = LoadField(OutputWeightsField, "outputWeights");
        EmitNaNGuard();
        var sum = _il.DeclareLocal(typeof(double), "sum");
        var i = _il.DeclareLocal(typeof(int), "i");
        var body = _il.DefineLabel();
        var check = _il.DefineLabel();

        _il.LdcR8(_plan.OutputBias);
        _il.Stloc(sum);
        _il.LdcI4(0);
        _il.Stloc(i);
        _il.Br(check);

        _il.MarkLabel(body);
        _il.Ldloc(sum);
        EmitElement(outputWeights, i, stride: 1, offset: 0);
        EmitUnitFromArrays(weights, i);
        EmitElement(biases, i, stride: 1, offset: 0);
        _il.Add();
        _il.Call(Relu);
        _il.Mul();
        _il.Add();
        _il.Stloc(sum);
        EmitIncrement(i);

        _il.MarkLabel(check);
        _il.Ldloc(i);
        _il.LdcI4(_plan.UnitCount);
        _il.Blt(body);
        _il.Ldloc(sum);
    }

    /// <summary>
    /// Pushes w₀x₀ + w₁x₁ + … of unit i from the weight array: unrolled over named inputs, or, past
    /// <see cref="EvaluationPlan.ReadsInputsInALoop"/>, <c>z = W[i·d]·x₀; for (j = 1; j &lt; d; j++) z += W[i·d + j]·xⱼ;</c>
    /// (the same additions in the same order).
    /// </summary>
    private void EmitUnitFromArrays(LocalBuilder weights, LocalBuilder i)
    {
        var d = _plan.InputCount;
        if (d == 0)
        {
            _il.LdcR8(0.0);
            return;
        }

        if (!_plan.ReadsInputsInALoop)
        {
            for (var j = 0; j < d; j++)
            {
                EmitElement(weights, i, stride: d, offset: j);
                EmitLoadInput(j);
                _il.Mul();
                if (j > 0)
                {
                    _il.Add();
                }
            }

            return;
        }

        var z = _il.DeclareLocal(typeof(double), "z");
        var j1 = _il.DeclareLocal(typeof(int), "j");
        var start = _il.DeclareLocal(typeof(int), "row");
        var body = _il.DefineLabel();
        var check = _il.DefineLabel();

        // row = i·d; z = W[row]·x₀; j = 1
        _il.Ldloc(i);
        _il.LdcI4(d);
        _il.Mul();
        _il.Stloc(start);
        EmitElement(weights, start, stride: 1, offset: 0);
        EmitSpanElement(j: null);
        _il.Mul();
        _il.Stloc(z);
        _il.LdcI4(1);
        _il.Stloc(j1);
        _il.Br(check);

        // z += W[row + j]·xⱼ; j++
        _il.MarkLabel(body);
        _il.Ldloc(z);
        _il.Ldloc(weights);
        _il.Ldloc(start);
        _il.Ldloc(j1);
        _il.Add();
        _il.LdelemR8();
        EmitSpanElement(j1);
        _il.Mul();
        _il.Add();
        _il.Stloc(z);
        EmitIncrement(j1);

        _il.MarkLabel(check);
        _il.Ldloc(j1);
        _il.LdcI4(d);
        _il.Blt(body);
        _il.Ldloc(z);
    }

    /// <summary>Pushes <c>inputs[j]</c> (or <c>inputs[0]</c>) from the span argument.</summary>
    private void EmitSpanElement(LocalBuilder? j)
    {
        _il.Ldarga(1);
        if (j is null)
        {
            _il.LdcI4(0);
        }
        else
        {
            _il.Ldloc(j);
        }

        _il.Call(SpanItem);
        _il.LdindR8();
    }

    /// <summary><c>i = i + 1</c>.</summary>
    private void EmitIncrement(LocalBuilder i)
    {
        _il.Ldloc(i);
        _il.LdcI4(1);
        _il.Add();
        _il.Stloc(i);
    }

    /// <summary>Pushes <c>array[index·stride + offset]</c>.</summary>
    private void EmitElement(LocalBuilder array, LocalBuilder index, int stride, int offset)
    {
        _il.Ldloc(array);
        _il.Ldloc(index);
        if (stride != 1)
        {
            _il.LdcI4(stride);
            _il.Mul();
        }

        if (offset != 0)
        {
            _il.LdcI4(offset);
            _il.Add();
        }

        _il.LdelemR8();
    }

    /// <summary>Copies a closure field into a local once, so the loop does not reload it.</summary>
    private LocalBuilder LoadField(FieldInfo field, string name)
    {
        var local = _il.DeclareLocal(typeof(double[]), name);
        _il.Ldarg(0);
        _il.Ldfld(field);
        _il.Stloc(local);
        return local;
    }

    /// <summary>Called by the span shape when the caller passes the wrong number of inputs.</summary>
    private static void ThrowWrongArity(string[] inputs, int given) =>
        throw new InputCountException(inputs, given, "inputs");
}
