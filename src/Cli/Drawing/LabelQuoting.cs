using System;
using System.Text;

namespace ReluCompiler.Cli.Drawing;

/// <summary>The quoting DOT and Mermaid labels share; only their escapes differ.</summary>
internal static class LabelQuoting
{
    /// <summary>
    /// <paramref name="label"/> in double quotes, each character that <paramref name="escape"/> maps written as
    /// its escape; <c>\r</c> is dropped so a <c>\r\n</c> line break counts once.
    /// </summary>
    public static string Quote(string label, Func<char, string?> escape)
    {
        var quoted = new StringBuilder(label.Length + 2);
        quoted.Append('"');
        foreach (var c in label)
        {
            if (c != '\r')
            {
                quoted.Append(escape(c) ?? c.ToString());
            }
        }

        return quoted.Append('"').ToString();
    }
}
