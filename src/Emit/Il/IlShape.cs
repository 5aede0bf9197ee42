namespace ReluCompiler.Emit.Il;

/// <summary>The signature of an emitted method (after the bound <see cref="IlClosure"/> argument).</summary>
internal enum IlShape
{
    /// <summary><c>double (double x₀, …, double x_{d−1})</c>: one parameter per input, up to 16.</summary>
    Arguments,

    /// <summary><c>double (ReadOnlySpan&lt;double&gt; inputs)</c>, any number of inputs.</summary>
    Span,
}
