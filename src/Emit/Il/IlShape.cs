namespace ReluCompiler.Emit.Il;

/// <summary>The signature of an emitted method (after the bound <see cref="IlClosure"/> argument).</summary>
internal enum IlShape
{
    /// <summary><c>double (double x)</c>, one input.</summary>
    Unary,

    /// <summary><c>double (double x, double y)</c>, two inputs.</summary>
    Binary,

    /// <summary><c>double (ReadOnlySpan&lt;double&gt; inputs)</c>, any number of inputs.</summary>
    Span,
}
