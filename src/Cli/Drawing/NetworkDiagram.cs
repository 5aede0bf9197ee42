using System.Collections.Immutable;
using System.Linq;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Drawing;

/// <summary>
/// A network as the blog draws it: input nodes on the left, one node per hidden unit labelled with σ and
/// its bias, the output node labelled with its bias, and every edge labelled with its weight (exact text).
/// The DOT and Mermaid writers both print this one description, so the two pictures always agree.
/// </summary>
/// <param name="Nodes">Inputs in input order, then hidden units in unit order, then the output.</param>
/// <param name="Edges">Input→unit edges unit by unit (inputs in order), then unit→output edges.</param>
internal sealed record NetworkDiagram(ImmutableArray<DiagramNode> Nodes, ImmutableArray<DiagramEdge> Edges)
{
    private const string Sigma = TextForm.Sigma;
    private const string Dot = " \u00B7 "; // middle dot between the node's name and its bias

    /// <summary>
    /// The diagram of <paramref name="network"/>. Every input→unit edge is drawn, zero weights included,
    /// because the blog's "as written" picture of σ(0×x + 1) shows its 0 edge.
    /// </summary>
    public static NetworkDiagram Of(Network network)
    {
        var nodes = ImmutableArray.CreateBuilder<DiagramNode>();
        var edges = ImmutableArray.CreateBuilder<DiagramEdge>();
        for (var i = 0; i < network.Inputs.Length; i++)
        {
            nodes.Add(new DiagramNode($"in{i + 1}", network.Inputs[i], DiagramNodeKind.Input));
        }

        for (var k = 0; k < network.Hidden.Length; k++)
        {
            var unit = network.Hidden[k];
            var id = $"h{k + 1}";
            nodes.Add(new DiagramNode(id, Sigma + Dot + "b = " + ExactMath.Format(unit.Bias), DiagramNodeKind.Hidden));
            for (var i = 0; i < network.Inputs.Length; i++)
            {
                edges.Add(new DiagramEdge($"in{i + 1}", id, ExactMath.Format(unit.Weights[i])));
            }
        }

        nodes.Add(new DiagramNode("out", OutputName(network) + Dot + "b = " + ExactMath.Format(network.OutputBias), DiagramNodeKind.Output));
        for (var k = 0; k < network.Hidden.Length; k++)
        {
            edges.Add(new DiagramEdge($"h{k + 1}", "out", ExactMath.Format(network.Hidden[k].OutputWeight)));
        }

        return new NetworkDiagram(nodes.ToImmutable(), edges.ToImmutable());
    }

    /// <summary>The output is called y, as in the blog, unless an input already is.</summary>
    private static string OutputName(Network network) =>
        new[] { "y", "f", "out" }.First(name => !network.Inputs.Contains(name));
}

/// <summary>The three layers of a one-hidden-layer network.</summary>
internal enum DiagramNodeKind
{
    /// <summary>An input variable.</summary>
    Input,

    /// <summary>A hidden ReLU unit.</summary>
    Hidden,

    /// <summary>The output sum.</summary>
    Output,
}

/// <summary>A node: a plain identifier for the graph language, and the label people read.</summary>
/// <param name="Id">An ASCII identifier (<c>in1</c>, <c>h2</c>, <c>out</c>) that needs no quoting.</param>
/// <param name="Label">The text shown, unescaped.</param>
/// <param name="Kind">Which layer the node is in.</param>
internal readonly record struct DiagramNode(string Id, string Label, DiagramNodeKind Kind);

/// <summary>A weighted edge between two nodes.</summary>
/// <param name="From">The source node's id.</param>
/// <param name="To">The target node's id.</param>
/// <param name="Label">The weight as exact text, unescaped.</param>
internal readonly record struct DiagramEdge(string From, string To, string Label);
