using System;
using System.Reflection;
using System.Reflection.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// Emits the IL body of one network evaluation. Changes together with CSharp/CSharpEmitter.cs: both walk
/// the network in the same order with the same method names (EmitStraightLine → EmitUnit, EmitSumLoop,
/// EmitPieceTable) and follow the double evaluation order defined on <see cref="Network"/>:
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
    private static readonly FieldInfo WeightsField = typeof(IlClosure).GetField(nameof(IlClosure.Weights))!;
    private static readonly FieldInfo BiasesField = typeof(IlClosure).GetField(nameof(IlClosure.Biases))!;
    private static readonly FieldInfo OutputWeightsField = typeof(IlClosure).GetField(nameof(IlClosure.OutputWeights))!;
    private static readonly FieldInfo KnotsField = typeof(IlClosure).GetField(nameof(IlClosure.Knots))!;
    private static readonly FieldInfo PiecesField = typeof(IlClosure).GetField(nameof(IlClosure.Pieces))!;

    private readonly IlWriter _il;
    private readonly Network _network;
    private readonly IlShape _shape;
    private readonly LocalBuilder[] _inputLocals;

    private IlEmitter(IlWriter il, Network network, IlShape shape)
    {
        _il = il;
        _network = network;
        _shape = shape;
        _inputLocals = new LocalBuilder[shape == IlShape.Span ? network.Inputs.Length : 0];
    }

    /// <summary>Emits the whole body (the one dispatch point) and returns its listing.</summary>
    public static string Emit(ILGenerator generator, Network network, IlShape shape, EvaluationStrategy strategy, PieceTable? table)
    {
        var il = new IlWriter(generator);
        var emitter = new IlEmitter(il, network, shape);
        emitter.EmitPrologue();
        switch (strategy)
        {
            case EvaluationStrategy.StraightLine:
                emitter.EmitStraightLine();
                break;
            case EvaluationStrategy.SumLoop:
                emitter.EmitSumLoop();
                break;
            case EvaluationStrategy.PieceTable:
                emitter.EmitPieceTable(table ?? throw new ArgumentNullException(nameof(table)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Resolve Automatic before emitting.");
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

        // if (inputs.Length != d) ThrowWrongArity(d, inputs.Length);
        var lengthOk = _il.DefineLabel();
        _il.Ldarga(1);
        _il.Call(SpanLength);
        _il.LdcI4(_network.Inputs.Length);
        _il.Beq(lengthOk);
        _il.LdcI4(_network.Inputs.Length);
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

    /// <summary>Pushes input j: an argument after the closure, or the local the prologue filled.</summary>
    private void EmitLoadInput(int j)
    {
        if (_shape == IlShape.Span)
        {
            _il.Ldloc(_inputLocals[j]);
        }
        else
        {
            _il.Ldarg(1 + j);
        }
    }

    /// <summary>c, then for each unit: + aᵢ·σ(zᵢ), all on the evaluation stack with the weights as constants.</summary>
    private void EmitStraightLine()
    {
        EmitNaNGuard();
        _il.LdcR8(ExactMath.ToDouble(_network.OutputBias));
        foreach (var unit in _network.Hidden)
        {
            _il.LdcR8(ExactMath.ToDouble(unit.OutputWeight));
            EmitUnit(unit);
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

    /// <summary>σ(w₀x₀ + w₁x₁ + … + b), left on the stack.</summary>
    private void EmitUnit(HiddenUnit unit)
    {
        if (unit.Weights.IsEmpty)
        {
            // No inputs: the contract starts z at 0.0 before adding b.
            _il.LdcR8(0.0);
        }

        for (var j = 0; j < unit.Weights.Length; j++)
        {
            _il.LdcR8(ExactMath.ToDouble(unit.Weights[j]));
            EmitLoadInput(j);
            _il.Mul();
            if (j > 0)
            {
                _il.Add();
            }
        }

        _il.LdcR8(ExactMath.ToDouble(unit.Bias));
        _il.Add();
        _il.Call(Relu);
    }

    /// <summary>
    /// The same sums over the closure's arrays:
    /// <c>sum = c; for (i = 0; i &lt; n; i++) sum += A[i] * σ(W[i·d] * x₀ + … + B[i]);</c>
    /// </summary>
    private void EmitSumLoop()
    {
        var inputs = _network.Inputs.Length;
        var weights = LoadField(WeightsField, "weights");
        var biases = LoadField(BiasesField, "biases");
        var outputWeights = LoadField(OutputWeightsField, "outputWeights");
        EmitNaNGuard();
        var sum = _il.DeclareLocal(typeof(double), "sum");
        var i = _il.DeclareLocal(typeof(int), "i");
        var body = _il.DefineLabel();
        var check = _il.DefineLabel();

        _il.LdcR8(ExactMath.ToDouble(_network.OutputBias));
        _il.Stloc(sum);
        _il.LdcI4(0);
        _il.Stloc(i);
        _il.Br(check);

        _il.MarkLabel(body);
        _il.Ldloc(sum);
        EmitElement(outputWeights, i, stride: 1, offset: 0);
        if (inputs == 0)
        {
            _il.LdcR8(0.0);
        }

        for (var j = 0; j < inputs; j++)
        {
            EmitElement(weights, i, stride: inputs, offset: j);
            EmitLoadInput(j);
            _il.Mul();
            if (j > 0)
            {
                _il.Add();
            }
        }

        EmitElement(biases, i, stride: 1, offset: 0);
        _il.Add();
        _il.Call(Relu);
        _il.Mul();
        _il.Add();
        _il.Stloc(sum);
        _il.Ldloc(i);
        _il.LdcI4(1);
        _il.Add();
        _il.Stloc(i);

        _il.MarkLabel(check);
        _il.Ldloc(i);
        _il.LdcI4(_network.Hidden.Length);
        _il.Blt(body);
        _il.Ldloc(sum);
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
    private static void ThrowWrongArity(int expected, int given) =>
        throw new ArgumentException($"The network takes {expected} input{(expected == 1 ? "" : "s")} but {given} {(given == 1 ? "was" : "were")} given.", "inputs");
}
