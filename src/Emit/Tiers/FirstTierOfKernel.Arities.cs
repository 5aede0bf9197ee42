using System;

namespace ReluCompiler.Emit.Tiers;

/// <summary>
/// Typed first-tier entry points for 0 and 3…16 inputs (a delegate needs a method of its exact arity): each
/// gathers its arguments into a span on the stack and goes through <see cref="Invoke(ReadOnlySpan{double})"/>.
/// </summary>
internal sealed partial class FirstTier<TKernel>
{
    public double Invoke0() => Invoke([]);

    public double Invoke3(double x0, double x1, double x2) =>
        Invoke([x0, x1, x2]);

    public double Invoke4(double x0, double x1, double x2, double x3) =>
        Invoke([x0, x1, x2, x3]);

    public double Invoke5(double x0, double x1, double x2, double x3, double x4) =>
        Invoke([x0, x1, x2, x3, x4]);

    public double Invoke6(double x0, double x1, double x2, double x3, double x4, double x5) =>
        Invoke([x0, x1, x2, x3, x4, x5]);

    public double Invoke7(double x0, double x1, double x2, double x3, double x4, double x5, double x6) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6]);

    public double Invoke8(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7]);

    public double Invoke9(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8]);

    public double Invoke10(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9]);

    public double Invoke11(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10]);

    public double Invoke12(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11]);

    public double Invoke13(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11, double x12) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12]);

    public double Invoke14(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11, double x12, double x13) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13]);

    public double Invoke15(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11, double x12, double x13, double x14) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14]);

    public double Invoke16(double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, double x10, double x11, double x12, double x13, double x14, double x15) =>
        Invoke([x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15]);
}
