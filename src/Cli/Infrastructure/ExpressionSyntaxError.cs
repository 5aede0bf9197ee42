using System;
using ReluCompiler.Parser;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>A parse error together with the input it came from, so the caret can be drawn under the source line.</summary>
internal sealed class ExpressionSyntaxError : Exception
{
    public ExpressionSyntaxError(ReluParseException error, ExpressionInput input)
        : base(error.Message, error)
    {
        Error = error;
        Input = input;
    }

    public ReluParseException Error { get; }

    public ExpressionInput Input { get; }
}
