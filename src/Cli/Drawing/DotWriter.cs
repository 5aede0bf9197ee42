using System.Text;

namespace ReluCompiler.Cli.Drawing;

/// <summary>
/// A <see cref="NetworkDiagram"/> in Graphviz DOT, left to right (<c>dot -Tsvg</c> draws it):
/// <code>
/// digraph network {
///   rankdir=LR;
///   in1 [label="x", shape=circle];
///   h1 [label="σ\nbias -1", shape=ellipse];
///   in1 -> h1 [label="1"];
/// }
/// </code>
/// </summary>
internal static class DotWriter
{
    /// <summary>The DOT text, one statement a line, "\n" line ends, UTF-8 labels.</summary>
    public static string Write(NetworkDiagram diagram)
    {
        var text = new StringBuilder();
        text.Append("digraph network {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [fontname=\"DejaVu Sans\"];\n");
        text.Append("  edge [fontname=\"DejaVu Sans\"];\n");
        foreach (var node in diagram.Nodes)
        {
            text.Append("  ").Append(node.Id).Append(" [label=").Append(Quote(node.Label))
                .Append(", ").Append(Shape(node.Kind)).Append("];\n");
        }

        foreach (var edge in diagram.Edges)
        {
            text.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To)
                .Append(" [label=").Append(Quote(edge.Label)).Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// A DOT quoted string: inside quotes only <c>"</c> needs a backslash, but a backslash must be
    /// doubled too or Graphviz reads <c>\n</c>, <c>\l</c> and the like as its own escapes.
    /// Line breaks become <c>\n</c>, Graphviz's centred line break.
    /// </summary>
    internal static string Quote(string label) => LabelQuoting.Quote(label, c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        _ => null,
    });

    /// <summary>Inputs are circles, units ellipses, the output a doubled ellipse (a double circle grows huge around a long label).</summary>
    private static string Shape(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Input => "shape=circle",
        DiagramNodeKind.Hidden => "shape=ellipse",
        _ => "shape=ellipse, peripheries=2",
    };
}
