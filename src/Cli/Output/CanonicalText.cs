using System.IO;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Output;

/// <summary><c>relu canon</c>'s line: the canonical form's text, streamed to the output rather than built as one string first.</summary>
internal static class CanonicalText
{
    /// <summary>Writes <paramref name="form"/>'s text (<see cref="CanonicalForm.ToString"/>) and a newline.</summary>
    public static void WriteLine(TextWriter writer, CanonicalForm form)
    {
        TextForm.WriteCanonical(writer, form);
        writer.WriteLine();
    }
}
