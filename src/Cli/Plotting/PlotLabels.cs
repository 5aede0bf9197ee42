using System.Collections.Generic;
using System.Text;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Expression text made fit for a legend or a title: one line, and short. An expression read from a
/// file can span lines and megabytes; a label cannot.
/// </summary>
internal static class PlotLabels
{
    /// <summary>Longest legend entry, in characters.</summary>
    public const int MaxLabel = 60;

    /// <summary>Longest title, in characters.</summary>
    public const int MaxTitle = 80;

    private const string Ellipsis = "\u2026"; // …

    /// <summary>Collapses every run of white space to one space and cuts the text to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var line = new StringBuilder(System.Math.Min(text.Length, max + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                line.Append(' ');
                pendingSpace = false;
            }

            line.Append(c);
            if (line.Length > max)
            {
                break;
            }
        }

        if (line.Length <= max)
        {
            return line.ToString();
        }

        // Never split a surrogate pair: half of one draws as a box.
        var keep = char.IsHighSurrogate(line[max - 2]) ? max - 2 : max - 1;
        return line.ToString(0, keep).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// One expression: its text. Several: all of them joined by semicolons when that stays short,
    /// else the first followed by an ellipsis (the legend lists them all anyway).
    /// </summary>
    public static string Title(IReadOnlyList<string> labels)
    {
        if (labels.Count == 1)
        {
            return Shorten(labels[0], MaxTitle);
        }

        var joined = string.Join("; ", labels);
        return joined.Length <= MaxTitle ? joined : Shorten(labels[0], MaxTitle - 2) + "; " + Ellipsis;
    }
}
