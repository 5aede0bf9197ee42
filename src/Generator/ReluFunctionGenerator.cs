using Microsoft.CodeAnalysis;
using ReluCompiler.Generator.Model;

namespace ReluCompiler.Generator;

/// <summary>
/// <c>[ReluFunction("relu(x-1) + 1")] private static partial double F(double x);</c> compiled at build time: the
/// expression goes through the same parser, smallest network, evaluation plan and C# emitter as <c>relu emit</c>,
/// and errors are reported at the character inside the string. One file per method, so an edit re-generates
/// only what it touches.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReluFunctionGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the step that reads each attributed method (tests check it is cached).</summary>
    public const string ReadStep = "ReluFunctions";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
        {
            post.AddEmbeddedAttributeDefinition();
            post.AddSource(AttributeSource.HintName, AttributeSource.Text);
        });

        var functions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeSource.AttributeMetadataName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                ReluFunctionReader.Read)
            .WithTrackingName(ReadStep);

        context.RegisterSourceOutput(functions, static (output, model) => Write(output, model));
    }

    private static void Write(SourceProductionContext output, ReluFunctionModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.Source is not null)
        {
            output.AddSource(model.HintName, model.Source);
        }
    }
}
