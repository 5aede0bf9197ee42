namespace ReluCompiler.Generator.Model;

/// <summary>
/// What the pipeline keeps for one [ReluFunction] method: the file to add (null when an error stops it) and
/// the diagnostics. Only strings and numbers, so an unrelated edit produces an equal model and nothing after
/// ForAttributeWithMetadataName runs again.
/// </summary>
/// <param name="HintName">A file name unique in the compilation.</param>
/// <param name="Source">The generated file, or null.</param>
/// <param name="Diagnostics">Errors and warnings, in source order.</param>
internal sealed record ReluFunctionModel(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
