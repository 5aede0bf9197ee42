using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ReluCompiler.Generator.Tests;

/// <summary>
/// One run of the generator over some user code with CSharpGeneratorDriver (as dotnet/runtime's generator
/// tests do): the generated files, the generator's diagnostics and the compiler's on the finished compilation.
/// </summary>
internal sealed class GeneratorRun
{
    /// <summary>Documentation comments are checked, so a bad one in generated code fails the tests.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    // The users' code in the tests has no documentation of its own; the generated code must not need any.
    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: false)
        .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]);

    private GeneratorRun(CSharpCompilation input, GeneratorDriver driver)
    {
        Input = input;
        Driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        Result = Driver.GetRunResult();
    }

    public CSharpCompilation Input { get; }

    public GeneratorDriver Driver { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>The diagnostics the generator reported, in source order.</summary>
    public Diagnostic[] Reported => [.. Result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];

    /// <summary>Runs the generator over <paramref name="source"/> (one file, <c>User.cs</c>).</summary>
    public static GeneratorRun Of(string source, CSharpParseOptions? parseOptions = null, bool trackSteps = false)
    {
        var tree = CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path: "User.cs");
        var compilation = CSharpCompilation.Create("User", [tree], Net100.References.All, Options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ReluFunctionGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        return new GeneratorRun(compilation, driver);
    }

    /// <summary>The one generated file whose name starts with <paramref name="hint"/>.</summary>
    public string Generated(string hint) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith(hint, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>The source text a diagnostic underlines.</summary>
    public static string Underlined(Diagnostic diagnostic, string source) => source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    /// <summary>Compiles the output (every warning fails it) and loads it into a collectible context.</summary>
    public Assembly Load()
    {
        var problems = Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (problems.Length > 0 || !GeneratorDiagnostics.IsEmpty)
        {
            throw new InvalidOperationException(
                "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Concat(GeneratorDiagnostics)) + "\n" + Numbered());
        }

        using var image = new MemoryStream();
        var emitted = Output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics) + "\n" + Numbered());
        }

        image.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Every generated file with line numbers, for failure messages.</summary>
    private string Numbered() => string.Join("\n", Result.Results.Single().GeneratedSources.Select(s =>
        "== " + s.HintName + "\n" + string.Join("\n", s.SourceText.Lines.Select(l => $"{l.LineNumber + 1,5}: {l}"))));

    /// <summary>A new run of the same driver after replacing the user file (for the caching tests).</summary>
    public GeneratorRun WithSource(string source, string path = "User.cs")
    {
        var old = Input.SyntaxTrees.Single(t => t.FilePath == path);
        var updated = Input.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(source)));
        return new GeneratorRun(updated, Driver);
    }

    /// <summary>A new run of the same driver with one more file.</summary>
    public GeneratorRun WithFile(string source, string path) =>
        new(Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: path)), Driver);
}
