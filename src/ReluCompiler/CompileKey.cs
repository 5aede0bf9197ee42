using ReluCompiler.Ir;

namespace ReluCompiler;

/// <summary>
/// What a cached compiled network is looked up by: two spellings of one function have equal canonical forms.
/// Compared by value (the form's own equality) rather than by its text, which cost about as much as the
/// rest of a small compile (bench/README.md, tiers).
/// </summary>
/// <param name="Inputs">The input names in input order, joined.</param>
/// <param name="Options">Strategy, tier and promotion threshold.</param>
/// <param name="Form">The canonical form.</param>
internal sealed record CompileKey(string Inputs, CompileOptions Options, CanonicalForm Form);
