using System;
using System.Globalization;
using ScottPlot;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Tick labels that stay distinct at any scale. ScottPlot's default prints fixed-point numbers, which
/// shows every tick of [1.5e-28, 2e-28] as 0 and runs long past a million; there, and wherever the
/// range is narrow for its distance from 0, ticks get as many significant digits as tell them apart.
/// </summary>
internal static class TickLabels
{
    public static void Apply(IAxis axis, double low, double high)
    {
        var magnitude = Math.Max(Math.Abs(low), Math.Abs(high));
        var span = high - low;
        if (magnitude is >= 1e-3 and < 1e6 && span >= magnitude * 1e-3)
        {
            return;
        }

        // Ticks are about a tenth of the span apart: one digit for that, two to spare.
        var digits = Math.Clamp((int)Math.Ceiling(Math.Log10(magnitude / span)) + 3, 3, 17);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = value => Math.Abs(value) < span * 1e-9 ? "0" : value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };
    }
}
