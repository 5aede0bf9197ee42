using ReluCompiler.Ir;

namespace ReluCompiler.CSharp;

/// <summary>How <see cref="CSharpEmitter"/> shapes the generated file.</summary>
/// <param name="ClassName">The static class's name: a C# identifier, not a keyword, not all-lowercase ASCII (the compiler warns on those).</param>
/// <param name="Namespace">An optional dotted namespace, each part a C# identifier.</param>
/// <param name="Strategy">
/// A strategy to force; <see cref="EvaluationStrategy.Automatic"/> (the default) lets the evaluation plan
/// choose, exactly as it does for the IL delegate.
/// </param>
/// <param name="SourceExpression">The expression the network came from, quoted (escaped) in the header comment.</param>
/// <param name="FileLocal">
/// Declare the class <c>file static</c> instead of <c>public static</c> (C# 11): the [ReluFunction] generator
/// writes one such class per method, visible only to the partial method it implements in the same file.
/// </param>
public sealed record CSharpEmitOptions(
    string ClassName = "ReluNetwork",
    string? Namespace = null,
    EvaluationStrategy Strategy = EvaluationStrategy.Automatic,
    string? SourceExpression = null,
    bool FileLocal = false);
