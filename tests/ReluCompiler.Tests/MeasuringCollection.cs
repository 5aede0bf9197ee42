using Xunit;

namespace ReluCompiler.Tests;

/// <summary>
/// Tests that measure time or process-wide memory run alone: a parallel test parsing 200,000 terms would
/// otherwise show up in their numbers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuringCollection
{
    public const string Name = "measuring (runs alone)";
}
