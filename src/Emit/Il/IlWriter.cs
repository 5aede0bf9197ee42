using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace ReluCompiler.Emit.Il;

/// <summary>
/// Emits IL and records it as an assembly-like listing at the same time (<c>ldarg.1</c>, <c>ldc.r8 2</c>,
/// <c>mul</c>, …), so tests can pin what was emitted without reading IL back through reflection.
/// One helper per instruction family, each choosing the short encoding like a hand-written listing would.
/// </summary>
internal sealed class IlWriter
{
    private readonly ILGenerator _il;
    private readonly StringBuilder _listing = new();
    private readonly Dictionary<Label, string> _labelNames = new();
    private readonly Dictionary<LocalBuilder, string> _localNames = new();

    public IlWriter(ILGenerator il) => _il = il;

    /// <summary>The listing so far, one instruction a line, labels as <c>L0:</c>.</summary>
    public string Listing => _listing.ToString();

    /// <summary>Declares a local; <paramref name="name"/> is only for the listing (<c>ldloc sum</c>).</summary>
    public LocalBuilder DeclareLocal(System.Type type, string name)
    {
        var local = _il.DeclareLocal(type);
        _localNames[local] = name;
        return local;
    }

    public Label DefineLabel()
    {
        var label = _il.DefineLabel();
        _labelNames[label] = "L" + _labelNames.Count.ToString(CultureInfo.InvariantCulture);
        return label;
    }

    public void MarkLabel(Label label)
    {
        _il.MarkLabel(label);
        _listing.Append(_labelNames[label]).Append(":\n");
    }

    /// <summary>Pushes argument <paramref name="index"/> (ldarg.0 … ldarg.3, then ldarg.s).</summary>
    public void Ldarg(int index)
    {
        switch (index)
        {
            case 0: Op(OpCodes.Ldarg_0); break;
            case 1: Op(OpCodes.Ldarg_1); break;
            case 2: Op(OpCodes.Ldarg_2); break;
            case 3: Op(OpCodes.Ldarg_3); break;
            default: _il.Emit(OpCodes.Ldarg_S, (byte)index); Record("ldarg.s", Int(index)); break;
        }
    }

    /// <summary>Pushes the address of argument <paramref name="index"/> (for calls on a struct argument such as a span).</summary>
    public void Ldarga(int index)
    {
        _il.Emit(OpCodes.Ldarga_S, (byte)index);
        Record("ldarga.s", Int(index));
    }

    /// <summary>Pushes a double constant; the listing shows it round-trip (<c>ldc.r8 0.1</c>).</summary>
    public void LdcR8(double value)
    {
        _il.Emit(OpCodes.Ldc_R8, value);
        Record("ldc.r8", value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Pushes an int constant with the shortest encoding.</summary>
    public void LdcI4(int value)
    {
        if (value is >= -1 and <= 8)
        {
            var op = value switch
            {
                -1 => OpCodes.Ldc_I4_M1,
                0 => OpCodes.Ldc_I4_0,
                1 => OpCodes.Ldc_I4_1,
                2 => OpCodes.Ldc_I4_2,
                3 => OpCodes.Ldc_I4_3,
                4 => OpCodes.Ldc_I4_4,
                5 => OpCodes.Ldc_I4_5,
                6 => OpCodes.Ldc_I4_6,
                7 => OpCodes.Ldc_I4_7,
                _ => OpCodes.Ldc_I4_8,
            };
            Op(op);
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            _il.Emit(OpCodes.Ldc_I4_S, (sbyte)value);
            Record("ldc.i4.s", Int(value));
        }
        else
        {
            _il.Emit(OpCodes.Ldc_I4, value);
            Record("ldc.i4", Int(value));
        }
    }

    public void Ldloc(LocalBuilder local)
    {
        _il.Emit(OpCodes.Ldloc, local);
        Record("ldloc", _localNames[local]);
    }

    public void Stloc(LocalBuilder local)
    {
        _il.Emit(OpCodes.Stloc, local);
        Record("stloc", _localNames[local]);
    }

    public void Ldfld(FieldInfo field)
    {
        _il.Emit(OpCodes.Ldfld, field);
        Record("ldfld", field.DeclaringType!.Name + "." + field.Name);
    }

    public void Call(MethodInfo method)
    {
        _il.Emit(OpCodes.Call, method);
        Record("call", method.DeclaringType!.Name + "." + method.Name);
    }

    public void Add() => Op(OpCodes.Add);

    public void Sub() => Op(OpCodes.Sub);

    public void Mul() => Op(OpCodes.Mul);

    public void Xor() => Op(OpCodes.Xor);

    /// <summary>Pops a, b; pushes 1 when a &gt; b or either is NaN, else 0.</summary>
    public void CgtUn() => Op(OpCodes.Cgt_Un);

    public void LdelemR8() => Op(OpCodes.Ldelem_R8);

    /// <summary>Replaces the address on the stack by the double it points to.</summary>
    public void LdindR8() => Op(OpCodes.Ldind_R8);

    public void Ret() => Op(OpCodes.Ret);

    public void Br(Label target) => Branch(OpCodes.Br, "br", target);

    public void Brtrue(Label target) => Branch(OpCodes.Brtrue, "brtrue", target);

    public void Brfalse(Label target) => Branch(OpCodes.Brfalse, "brfalse", target);

    public void Beq(Label target) => Branch(OpCodes.Beq, "beq", target);

    public void Blt(Label target) => Branch(OpCodes.Blt, "blt", target);

    public void Bgt(Label target) => Branch(OpCodes.Bgt, "bgt", target);

    private void Branch(OpCode op, string name, Label target)
    {
        _il.Emit(op, target);
        Record(name, _labelNames[target]);
    }

    private void Op(OpCode op)
    {
        _il.Emit(op);
        _listing.Append(op.Name).Append('\n');
    }

    private void Record(string name, string operand) => _listing.Append(name).Append(' ').Append(operand).Append('\n');

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
