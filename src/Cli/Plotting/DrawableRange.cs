using System;
using ReluCompiler.Cli.Infrastructure;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// What a picture drawn in doubles can show. Positions are exact until the last step, but the axes,
/// ticks and pixels are doubles (and Skia's are floats): a range that is narrow for its distance from 0
/// (σ(x − 1e20) spans 1e20 ± 1, where neighbouring doubles are 16384 apart) would collapse to one line,
/// and coordinates near the double limit overflow inside the renderer. Both are refused with the reason.
/// </summary>
internal static class DrawableRange
{
    /// <summary>Largest magnitude of an axis end that the renderer handles; past it, its arithmetic overflows.</summary>
    public const double MaxMagnitude = 1e300;

    /// <summary>Smallest width of the range relative to its distance from 0 that still gives distinct tick labels.</summary>
    public const double MinRelativeWidth = 1e-9;

    public static void Check(PlotRange range, double left, double right)
    {
        var text = $"[{Short(range.From, left)}, {Short(range.To, right)}]";
        if (Math.Max(Math.Abs(left), Math.Abs(right)) > MaxMagnitude)
        {
            throw new CliException($"the x-range {text} reaches past {MaxMagnitude:0e0}, more than a picture drawn in double precision can show; choose a smaller range with --from and --to");
        }

        if (!(right - left > MinRelativeWidth * Math.Max(Math.Abs(left), Math.Abs(right))))
        {
            throw new CliException($"the x-range {text} is too narrow for its distance from 0 to be drawn in double precision (the ends differ by less than 1e-9 of their size); shift the expression toward 0 (e.g. replace x by x + {Short(range.From, left)}) or give a wider range with --from and --to");
        }
    }

    /// <summary>The exact end when it is short enough to read, else its double (<c>1e+300</c>).</summary>
    private static string Short(Fractions.Fraction exact, double rounded)
    {
        var text = ExactMath.Format(exact);
        return text.Length <= 24 ? text : rounded.ToString("G6", System.Globalization.CultureInfo.InvariantCulture).ToLowerInvariant();
    }

    public static void CheckValues(double bottom, double top)
    {
        if (Math.Max(Math.Abs(bottom), Math.Abs(top)) > MaxMagnitude)
        {
            throw new CliException($"the values on this range reach past {MaxMagnitude:0e0}, more than a picture drawn in double precision can show; choose a smaller range with --from and --to");
        }
    }
}
