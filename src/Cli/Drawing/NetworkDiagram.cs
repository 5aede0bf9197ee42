using System.Collections.Immutable;
using System.Linq;
using ReluCompiler.Cli.Output;
using ReluCompiler.Ir;

namespace ReluCompiler.Cli.Drawing;

/// <summary>
/// A network as the blog draws it: input nodes on the left, one node per hidden unit showing σ and its
/// bias on a line below (<c>σ</c> / <c>bias -1</c>), the output node showing its name and bias, and every
/// edge labelled with its weight (exact text). A zero weight or bias adds nothing and is left out, except
/// that a unit with no nonzero input weight (the blog's σ(0·x + 1)) keeps its 0 edges so it stays
/// connected. The output's name is chosen so no input has it (<see cref="DisplayNames"/>). The DOT and
/// Mermaid writers both print this one description, so the two pictures always agree.
/// </summary>
/// <param name="Nodes">Inputs in input order, then hidden units in unit order, then the output.</param>
/// <param name="Edges">Input→unit edges unit by unit (inputs in order), then unit→output edges.</param>
internal sealed record NetworkDiagram(ImmutableArray<DiagramNode> Nodes, ImmutableArray<DiagramEdge> Edges)
{
    private const string Sigma = TextForm.Sigma;

    /// <summary>The diagram of <paramref name="network"/>.</summary>
    public static NetworkDiagram Of(Network network)
    {
        var names = DisplayNames.For(network.Inputs);
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
            nodes.Add(new DiagramNode(id, WithBias(Sigma, unit.Bias), DiagramNodeKind.Hidden));
            var keepZeros = unit.Weights.All(w => w.IsZero);
            for (var i = 0; i < network.Inputs.Length; i++)
            {
                if (keepZeros || !unit.Weights[i].IsZero)
                {
                    edges.Add(new DiagramEdge($"in{i + 1}", id, ExactMath.Format(unit.Weights[i])));
                }
            }
        }

        nodes.Add(new DiagramNode("out", WithBias(names.Output, network.OutputBias), DiagramNodeKind.Output));
        for (var k = 0; k < network.Hidden.Length; k++)
        {
            if (!network.Hidden[k].OutputWeight.IsZero)
            {
                edges.Add(new DiagramEdge($"h{k + 1}", "out", ExactMath.Format(network.Hidden[k].OutputWeight)));
            }
        }

        return new NetworkDiagram(nodes.ToImmutable(), edges.ToImmutable());
    }

    /// <summary><c>σ</c> over <c>bias -1</c> on two lines; a zero bias is left out.</summary>
    private static string WithBias(string name, Fractions.Fraction bias) =>
        bias.IsZero ? name : name + "\nbias " + ExactMath.Format(bias);
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
