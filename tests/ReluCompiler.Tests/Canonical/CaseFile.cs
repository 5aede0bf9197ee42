using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ReluCompiler.Tests.Canonical;

/// <summary>Reads <c>Cases/NAME.txt</c>: one <c>input ⇶ expected</c> per line, <c>//</c> comments and blank lines skipped.</summary>
internal static class CaseFile
{
    public static TheoryData<string, string> Load(string name)
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", name);
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var parts = line.Split('⇶');
            data.Add(parts[0].Trim(), parts[1].Trim());
        }

        return data;
    }
}
