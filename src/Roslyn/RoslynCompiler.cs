using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReluCompiler.CSharp;
using ReluCompiler.Ir;

namespace ReluCompiler.Roslyn;

/// <summary>
/// Compiles generated C# in memory with Roslyn against the .NET 10 reference assemblies, strictly (nullable on,
/// every warning an error, documentation checked), and loads it into its own collectible
/// <see cref="AssemblyLoadContext"/>, which unloads once nothing refers to the returned delegate.
/// </summary>
internal static class RoslynCompiler
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
    /// evaluator over its <c>Evaluate</c>.
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
        return Bind(network, CompileAndLoad(source).GetType(typeName, throwOnError: true)!);
    }

    /// <summary>The <c>Evaluate</c> of a compiled class emitted for <paramref name="network"/>, as a span evaluator.</summary>
    internal static SpanEvaluator Bind(Network network, Type type)
    {
        var typeName = type.FullName;
        var count = network.Inputs.Length;
        var span = type.GetMethod("Evaluate", [typeof(ReadOnlySpan<double>)]);
        if (span is not null && count != 1)
        {
            // Past 16 inputs the generated Evaluate takes the span itself (and checks its length).
            return span.CreateDelegate<SpanEvaluator>();
        }

        // Evaluate(double x, double y, …): an expression tree passes the array's elements as arguments.
        var method = type.GetMethod("Evaluate", Enumerable.Repeat(typeof(double), count).ToArray())
            ?? throw new MissingMethodException(typeName, "Evaluate");
        var values = Expression.Parameter(typeof(double[]), "values");
        var call = Expression.Call(method, Enumerable.Range(0, count).Select(j => Expression.ArrayIndex(values, Expression.Constant(j))));
        var evaluate = Expression.Lambda<Func<double[], double>>(call, values).Compile();
        return inputs => inputs.Length == count
            ? evaluate(inputs.ToArray())
            : throw new InputCountException(network.Inputs, inputs.Length, nameof(inputs));
    }
}
