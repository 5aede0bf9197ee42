using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Skia's SVG canvas numbers its clip paths (<c>id="cl_7"</c>, <c>url(#cl_7)</c>, in hex) from a counter that
/// lives as long as the process, so the second picture drawn in one process differs from the first in
/// its ids alone. Renumbering them in order of first use makes the same plot the same file, always.
/// </summary>
internal static partial class SvgIds
{
    /// <summary>The SVG text with every generated id renumbered from 1, references included.</summary>
    public static string Renumber(string svg)
    {
        var numbers = new Dictionary<string, int>();
        return GeneratedId().Replace(svg, match =>
        {
            var prefix = match.Groups["prefix"].Value;
            var id = match.Groups["id"].Value;
            if (!numbers.TryGetValue(id, out var number))
            {
                number = numbers.Count + 1;
                numbers.Add(id, number);
            }

            return prefix + match.Groups["name"].Value + "_" + number;
        });
    }

    // Only inside id="…" and url(#…): expression text in <text> elements is never touched.
    [GeneratedRegex("""(?<prefix>id="|url\(#)(?<id>(?<name>[A-Za-z]+)_[0-9A-Fa-f]+)(?=[")])""", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedId();
}
