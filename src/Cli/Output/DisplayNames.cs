using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReluCompiler.Cli.Output;

/// <summary>
/// Names for a network's hidden units and output that no input can share, so <c>relu net</c> and
/// <c>relu draw</c> never print <c>h1 = σ(h1 - 1)</c> or an output line <c>y = …</c> next to an input y.
/// Units are <c>h1, h2, …</c> unless an input has that shape, then <c>u1, …</c>, <c>v1, …</c>, and so on;
/// the output is <c>y</c>, else <c>f</c>, else <c>out</c>, else <c>out1</c>, <c>out2</c>, ….
/// </summary>
/// <param name="UnitPrefix">The letters before each unit's number.</param>
/// <param name="Output">The output's name.</param>
internal sealed partial record DisplayNames(string UnitPrefix, string Output)
{
    private static readonly string[] UnitPrefixes = ["h", "u", "v", "n", "z"];
    private static readonly string[] OutputNames = ["y", "f", "out"];

    /// <summary>The names for a network over <paramref name="inputs"/>.</summary>
    public static DisplayNames For(ImmutableArray<string> inputs)
    {
        var taken = new HashSet<string>(inputs, System.StringComparer.Ordinal);
        var prefix = Candidates(UnitPrefixes, "h").First(p => !inputs.Any(name => IsUnitName(name, p)));
        var output = Candidates(OutputNames, "out").First(name => !taken.Contains(name) && !IsUnitName(name, prefix));
        return new DisplayNames(prefix, output);
    }

    /// <summary>The name of unit <paramref name="index"/> (from 0): <c>h1</c> for the first.</summary>
    public string Unit(int index) => UnitPrefix + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fixed names, then <paramref name="stem"/> with 1, 2, 3, …: there are more than any input list can take.</summary>
    private static IEnumerable<string> Candidates(string[] fixedNames, string stem)
    {
        foreach (var name in fixedNames)
        {
            yield return name;
        }

        for (var i = 1; ; i++)
        {
            yield return stem + new string('_', i);
        }
    }

    private static bool IsUnitName(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, System.StringComparison.Ordinal) && Digits().IsMatch(name[prefix.Length..]);

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
