using System;
using ScottPlot;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// How the i-th of n curves is drawn. Ten colours (matplotlib's, which students know), then the same ten
/// dashed, dotted and densely dashed: forty curves that no two look alike. Graphs often share segments
/// (exercise 4: the sum runs along σ(x-2), then along -σ(x-3)), so each earlier line is a little wider
/// and the later ones drawn on top leave its colour showing; the widths stay within a fixed band however
/// many curves there are.
/// </summary>
internal static class CurveStyles
{
    /// <summary>The most curves one picture tells apart.</summary>
    public const int MaxCurves = 40;

    private const float ThinnestLine = 2.5f;
    private const float WidestExtra = 6;
    private const float WidthStep = 2;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static Color ColorOf(int index) => Palette.GetColor(index % Palette.Colors.Length);

    public static LinePattern PatternOf(int index) => Patterns[index / Palette.Colors.Length % Patterns.Length];

    /// <summary>From <see cref="ThinnestLine"/> (the last curve) to at most <see cref="ThinnestLine"/> + <see cref="WidestExtra"/> (the first).</summary>
    public static float WidthOf(int index, int count)
    {
        var step = count <= 1 ? 0 : Math.Min(WidthStep, WidestExtra / (count - 1));
        return ThinnestLine + step * (count - 1 - index);
    }
}
