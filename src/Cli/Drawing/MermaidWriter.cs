using System.Text;

namespace ReluCompiler.Cli.Drawing;

/// <summary>
/// A <see cref="NetworkDiagram"/> as a Mermaid flowchart, left to right (GitHub and most Markdown
/// renderers draw it):
/// <code>
/// flowchart LR
///   in1(("x"))
///   h1("σ&lt;br&gt;bias -1")
///   in1 -->|"1"| h1
/// </code>
/// </summary>
internal static class MermaidWriter
{
    /// <summary>The Mermaid text, one statement a line, "\n" line ends.</summary>
    public static string Write(NetworkDiagram diagram)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        foreach (var node in diagram.Nodes)
        {
            var (open, close) = Brackets(node.Kind);
            text.Append("  ").Append(node.Id).Append(open).Append(Quote(node.Label)).Append(close).Append('\n');
        }

        foreach (var edge in diagram.Edges)
        {
            text.Append("  ").Append(edge.From).Append(" -->|").Append(Quote(edge.Label)).Append("| ").Append(edge.To).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A quoted Mermaid label. Quotes keep brackets, pipes and arrows in the text from being read as
    /// syntax; a quote itself must be written as the entity <c>#quot;</c>, and <c>#</c> as <c>#35;</c>
    /// so that text such as <c>#quot;</c> in a label is not taken for an entity. A line break becomes
    /// <c>&lt;br&gt;</c>.
    /// </summary>
    internal static string Quote(string label) => LabelQuoting.Quote(label, c => c switch
    {
        '"' => "#quot;",
        '#' => "#35;",
        '\n' => "<br>",
        _ => null,
    });

    /// <summary>Inputs are circles, units rounded boxes, the output a stadium.</summary>
    private static (string Open, string Close) Brackets(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Input => ("((", "))"),
        DiagramNodeKind.Hidden => ("(", ")"),
        _ => ("([", "])"),
    };
}
