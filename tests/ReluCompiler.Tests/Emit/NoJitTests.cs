using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Emit;

/// <summary>
/// The path without a JIT (issue 11): IL emission is marked for the AOT analyzers, the libraries are built
/// trimmable, and the precompiled delegates Relu.Compile falls back to say so and keep to what they support.
/// The precompiled engines also run in every engine theory (Engines.cs), bit for bit against the others.
/// </summary>
public sealed class NoJitTests
{
    [Fact]
    public void IlEmissionRequiresDynamicCode()
    {
        var emit = typeof(IlCompiler).GetMethod(nameof(IlCompiler.CompileDelegate))!;
        var attribute = emit.GetCustomAttribute<RequiresDynamicCodeAttribute>();
        Assert.NotNull(attribute);
        Assert.Contains("precompiled", attribute!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(CompiledNetwork))]
    [InlineData(typeof(Network))]
    [InlineData(typeof(Relu))]
    [InlineData(typeof(ReluCompiler.Parser.ReluParser))]
    public void LibrariesAreBuiltAotCompatible(Type type)
    {
        var metadata = type.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal("True", metadata.GetValueOrDefault("IsTrimmable"));
    }

    [Fact]
    public void PrecompiledNetworkSaysSoAndHasNoIl()
    {
        var compiled = CompiledNetwork.Precompiled(EvaluationPlan.For(Relu.Parse("σ(x-1) + 1").SmallestNetwork().Network));
        Assert.True(compiled.IsPrecompiled);
        Assert.StartsWith("// no IL", compiled.IlListing, StringComparison.Ordinal);
        Assert.Equal(2.0, compiled.Invoke(2.0));
        Assert.False(Relu.Compile("σ(x-1) + 1").IsPrecompiled);
    }

    [Fact]
    public void PrecompiledNetworkRefusesDelegateTypesThatNeedIlWithAClearMessage()
    {
        var compiled = CompiledNetwork.Precompiled(EvaluationPlan.For(Relu.Parse("σ(x-1) + 1").SmallestNetwork().Network));
        var error = Assert.Throws<NotSupportedException>(() => compiled.As<Converter<double, double>>());
        Assert.Equal(
            "Converter`2 needs code generated at run time, which this runtime does not support (NativeAOT); use Func<double, double>, Func<double, double, double> or SpanEvaluator, or [ReluFunction] at build time.",
            error.Message);
        Assert.Throws<InputCountException>(() => compiled.As<Func<double, double, double>>());
        Assert.Throws<InputCountException>(() => compiled.Span([1.0, 2.0]));
    }
}
