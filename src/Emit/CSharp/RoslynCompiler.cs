using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReluCompiler.Ir;

namespace ReluCompiler.Emit.CSharp;

/// <summary>
/// Compiles generated C# in memory with Roslyn against the .NET 10 reference assemblies, strictly (nullable on,
/// every warning an error, documentation checked), and loads it into its own collectible
/// <see cref="AssemblyLoadContext"/>, which unloads once nothing refers to the returned delegate.
/// </summary>
public static class RoslynCompiler
{
    /// <summary>Built once: the reference set is large and immutable.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() => Net100.References.All.ToArray<MetadataReference>());

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        warningLevel: 9999,
        deterministic: true);

    /// <summary>Compiles <paramref name="source"/> and loads it; throws <see cref="CSharpCompilationException"/> on any diagnostic.</summary>
    public static Assembly CompileAndLoad(string source, string assemblyName = "ReluCompiler.Generated")
    {
        ArgumentNullException.ThrowIfNull(source);
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, CompilationOptions);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var diagnostics = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (!result.Success || diagnostics.Length > 0)
        {
            throw new CSharpCompilationException(source, [.. diagnostics.OrderByDescending(d => d.Severity)]);
        }

        image.Position = 0;
        return new AssemblyLoadContext(assemblyName, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>
    /// Compiles <paramref name="source"/> and binds the public static <c>Evaluate</c> of <paramref name="typeName"/>
    /// whose parameters match <typeparamref name="TDelegate"/> (for example <c>Func&lt;double, double&gt;</c>).
    /// </summary>
    public static TDelegate CompileEvaluate<TDelegate>(string source, string typeName)
        where TDelegate : Delegate
    {
        var type = CompileAndLoad(source).GetType(typeName, throwOnError: true)!;
        var wanted = typeof(TDelegate).GetMethod("Invoke")!.GetParameters().Select(p => p.ParameterType).ToArray();
        var method = type.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static, wanted)
            ?? throw new MissingMethodException(typeName, "Evaluate");
        return method.CreateDelegate<TDelegate>();
    }

    /// <summary>
    /// Emits <paramref name="network"/> as C# (<see cref="CSharpEmitter.Emit(Network, CSharpEmitOptions?)"/>), compiles it and returns a span
    /// evaluator over its <c>Evaluate</c> (direct delegates up to three inputs, reflection past that).
    /// </summary>
    public static SpanEvaluator CompileNetwork(Network network, CSharpEmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CSharpEmitOptions();
        return Bind(network, options, CSharpEmitter.Emit(network, options));
    }

    /// <summary>Compiles <paramref name="source"/> (emitted for <paramref name="network"/> with <paramref name="options"/>) into a span evaluator.</summary>
    internal static SpanEvaluator Bind(Network network, CSharpEmitOptions options, string source)
    {
        var typeName = options.Namespace is null ? options.ClassName : options.Namespace + "." + options.ClassName;
        switch (network.Inputs.Length)
        {
            case 0:
                var constant = CompileEvaluate<Func<double>>(source, typeName);
                return inputs => Checked(inputs, 0) ? constant() : 0;
            case 1:
                var unary = CompileEvaluate<Func<double, double>>(source, typeName);
                return inputs => Checked(inputs, 1) ? unary(inputs[0]) : 0;
            case 2:
                var binary = CompileEvaluate<Func<double, double, double>>(source, typeName);
                return inputs => Checked(inputs, 2) ? binary(inputs[0], inputs[1]) : 0;
            case 3:
                var ternary = CompileEvaluate<Func<double, double, double, double>>(source, typeName);
                return inputs => Checked(inputs, 3) ? ternary(inputs[0], inputs[1], inputs[2]) : 0;
            default:
                var count = network.Inputs.Length;
                var method = CompileAndLoad(source).GetType(typeName, throwOnError: true)!
                    .GetMethod("Evaluate", Enumerable.Repeat(typeof(double), count).ToArray())!;
                return inputs => Checked(inputs, count) ? (double)method.Invoke(null, inputs.ToArray().Cast<object>().ToArray())! : 0;
        }
    }

    /// <summary>True when the length is right (the false branch never returns: it throws, as the IL span shape does).</summary>
    private static bool Checked(ReadOnlySpan<double> inputs, int expected) =>
        inputs.Length == expected
            ? true
            : throw new ArgumentException($"The network takes {expected} input{(expected == 1 ? "" : "s")} but {inputs.Length} {(inputs.Length == 1 ? "was" : "were")} given.", nameof(inputs));
}
