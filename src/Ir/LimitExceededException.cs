using System;

namespace ReluCompiler.Ir;

/// <summary>An operation would pass one of the documented <see cref="Limits"/>.</summary>
public sealed class LimitExceededException : Exception
{
    /// <summary>An exception with a message that names the limit.</summary>
    /// <param name="message">What passed the limit, with the limit's value, as a sentence for the user.</param>
    public LimitExceededException(string message)
        : base(message)
    {
    }
}
