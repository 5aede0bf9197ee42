using System.Text;
using System.Text.RegularExpressions;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// LaTeX as people read it, for titles and legends: <c>\sigma(1 \times x-1)</c> shows as <c>σ(1 × x-1)</c>.
/// Only display changes; the expression itself was parsed from the text as typed. Commands it does not
/// know are left as written.
/// </summary>
internal static partial class LatexDisplay
{
    public static string ToUnicode(string text)
    {
        if (!text.Contains('\\', System.StringComparison.Ordinal))
        {
            return text;
        }

        // \frac{a}{b} → (a)/(b); \operatorname{ReLU}, \mathrm{…}, \text{…} → their content.
        text = Fraction().Replace(text, m => $"({m.Groups[1].Value})/({m.Groups[2].Value})");
        text = Wrapper().Replace(text, m => m.Groups[1].Value);
        var shown = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var command = Command().Match(text, i);
            if (text[i] == '\\' && command.Success && command.Index == i)
            {
                shown.Append(Symbol(command.Groups[1].Value) ?? command.Value);
                i += command.Length;
            }
            else
            {
                shown.Append(text[i]);
                i++;
            }
        }

        return shown.ToString();
    }

    private static string? Symbol(string name) => name switch
    {
        "sigma" => "\u03C3", // σ
        "times" => "\u00D7", // ×
        "cdot" => "\u00B7", // ·
        "left" or "right" or "big" or "Big" or "bigg" or "Bigg" or "bigl" or "bigr" or "Bigl" or "Bigr" or "biggl" or "biggr" or "Biggl" or "Biggr" => "",
        "max" => "max",
        "min" => "min",
        "{" => "{",
        "}" => "}",
        "," or ";" or ":" or "!" or " " or "quad" => " ",
        _ => null,
    };

    [GeneratedRegex(@"\\([A-Za-z]+|[{},;:! ])", RegexOptions.CultureInvariant)]
    private static partial Regex Command();

    [GeneratedRegex(@"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\\(?:operatorname|mathrm|text|textrm|mathit)\s*\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Wrapper();
}
