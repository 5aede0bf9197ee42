namespace ReluCompiler.Parser.Syntax;

/// <summary>How a factor joins the product before it; all three share one precedence and associate left.</summary>
internal enum ProductOperator
{
    /// <summary><c>*</c>, <c>×</c>, <c>·</c>, <c>\times</c>, <c>\cdot</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,

    /// <summary>Implicit multiplication by writing side by side: <c>2x</c>, <c>2σ(x)</c>, <c>3(x + 1)</c>.</summary>
    Juxtapose,
}
