using System;
using System.Collections.Generic;
using System.Linq;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Chooses which kinks get an <c>x = t</c> label so that no two labels overlap and none leaves the data
/// area. Every kink keeps its dot; only labels are thinned. Candidates go left to right and each is
/// kept when its box is clear of every box kept before it (boxes are estimated from the text length,
/// generously, since the layout is decided before the text is drawn). Graphs that bend at the same
/// point share one label. A kink whose spot is already covered costs no formatting, so a million kinks
/// cost a million box tests against the few labels that fit.
/// </summary>
internal static class KinkLabelLayout
{
    /// <summary>Pixels between a kink and its label.</summary>
    public const float Gap = 9;

    /// <summary>Width of one character as a share of the font size (DejaVu Sans digits are 0.64 em; a margin on top).</summary>
    private const float CharWidth = 0.7f;

    /// <summary>Labels placed, in pixel space: the trace they belong to, the kink and the text.</summary>
    public static List<(int Trace, Kink Kink, string Text)> Place(
        IReadOnlyList<Trace> traces, string variable, Func<double, double, (float X, float Y)> toPixel, (float Left, float Right, float Top, float Bottom) area, float fontSize)
    {
        var candidates = new List<(int Trace, Kink Kink, float X, float Y)>();
        for (var i = 0; i < traces.Count; i++)
        {
            foreach (var kink in traces[i].Kinks)
            {
                var (x, y) = toPixel(kink.X, kink.Y);
                candidates.Add((i, kink, x, y));
            }
        }

        // Stable: kinks at the same x keep the order of their traces.
        candidates = [.. candidates.OrderBy(c => c.X)];
        var height = fontSize * 1.3f;
        var placed = new List<Box>();
        var labels = new List<(int, Kink, string)>();
        var shared = new HashSet<(Fractions.Fraction, double)>();
        foreach (var (trace, kink, x, y) in candidates)
        {
            var top = kink.BendsUp ? y + Gap : y - Gap - height;
            var narrowest = new Box(x - fontSize, x + fontSize, top, top + height);
            if (!shared.Add((kink.Exact, kink.Y)) || Overlaps(narrowest, placed, area.Right - area.Left))
            {
                continue;
            }

            var text = variable + " = " + kink.At;
            var halfWidth = text.Length * fontSize * CharWidth / 2;
            var box = new Box(x - halfWidth, x + halfWidth, top, top + height);
            if (box.Left < area.Left || box.Right > area.Right || box.Top < area.Top || box.Bottom > area.Bottom || Overlaps(box, placed, area.Right - area.Left))
            {
                continue;
            }

            placed.Add(box);
            labels.Add((trace, kink, text));
        }

        return labels;
    }

    /// <summary>
    /// Boxes are kept in order of their centres and none is wider than the area, so once a centre lies
    /// more than half the area's width left of the new box, no earlier box can reach it.
    /// </summary>
    private static bool Overlaps(Box box, List<Box> placed, float areaWidth)
    {
        for (var i = placed.Count - 1; i >= 0; i--)
        {
            var other = placed[i];
            if ((other.Left + other.Right) / 2 + areaWidth / 2 < box.Left)
            {
                break;
            }

            if (other.Left < box.Right && box.Left < other.Right && other.Top < box.Bottom && box.Top < other.Bottom)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Box(float Left, float Right, float Top, float Bottom);
}
