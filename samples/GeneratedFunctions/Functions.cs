using System;

namespace GeneratedFunctions;

/// <summary>Functions compiled from their expressions at build time by the [ReluFunction] generator.</summary>
/// <remarks>
/// The attribute is written fully qualified instead of with <c>using ReluCompiler;</c> only for this
/// repository's CI: <c>dotnet format</c> loads projects in Debug, where the generator is not built, and
/// would delete the using as unused. In your code, <c>using ReluCompiler;</c> and <c>[ReluFunction("...")]</c>.
/// </remarks>
internal static partial class Functions
{
    // \u03C3 is σ: C# sources here stay ASCII; the generator maps every escape back to its place in the
    // string, so an error still points at the right character.

    /// <summary>The blog's staircase (4 units, the sum form written out).</summary>
    public const string StaircaseText = "\u03C3(x-0) - \u03C3(x-1) + \u03C3(x-2) - \u03C3(x-3)";

    /// <summary>A ridge of two inputs; the parameters are declared y first and still bind by name.</summary>
    public const string RidgeText = "2\u03C3(x + y - 1) - \u03C3(x - y)";

    /// <summary>
    /// Ten tent maps folded into each other, 1 − |2t − 1| with t the next fold: 1,023 breakpoints on [0, 1],
    /// so the automatic choice is the piece table (binary search over 1,024 pieces).
    /// </summary>
    public const string FoldedTentsText =
        "1 - |2(1 - |2(1 - |2(1 - |2(1 - |2(1 - |2(1 - |2(1 - |2(1 - |2(1 - |2x - 1|) - 1|) - 1|) - 1|) - 1|) - 1|) - 1|) - 1|) - 1|) - 1|";

    [global::ReluCompiler.ReluFunction(StaircaseText)]
    public static partial double Staircase(double x);

    [global::ReluCompiler.ReluFunction(RidgeText)]
    public static partial double Ridge(double y, double x);

    [global::ReluCompiler.ReluFunction(FoldedTentsText)]
    public static partial double FoldedTents(double x);

    /// <summary>The batch form: every point of xs into ys (the folded tents again, through their piece table).</summary>
    [global::ReluCompiler.ReluFunction(FoldedTentsText)]
    public static partial void ManyFoldedTents(ReadOnlySpan<double> xs, Span<double> ys);

    /// <summary>The staircase forced into the piece table (the automatic choice for 4 units is the sum form).</summary>
    [global::ReluCompiler.ReluFunction(StaircaseText, Form = global::ReluCompiler.ReluForm.PieceTable)]
    public static partial double StaircaseTable(double x);
}
