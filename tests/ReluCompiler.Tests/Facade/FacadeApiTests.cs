using System;
using Fractions;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Facade;

/// <summary>The facade's calls as a user writes them.</summary>
public sealed class FacadeApiTests
{
    [Fact]
    public void IntegerPointsEvaluateWithoutAmbiguity()
    {
        Assert.Equal(0.0, Relu.Parse("\u03C3(x)").Evaluate(0)); // σ(x)
        Assert.Equal(new Fraction(1, 2), Relu.Parse("\u03C3(x)").EvaluateExact(new Fraction(1, 2)));
    }

    [Fact]
    public void TypedDelegatesTakeOneParameterPerInputInInputOrder()
    {
        Assert.Equal(2.0, Relu.Compile<Func<double, double>>("\u03C3(x-1) + 1")(2.0));
        Assert.Equal(-1.0, Relu.Compile<Func<double, double, double, double>>("x - y + 0z")(1, 2, 99));
        Assert.Equal(3.0, Relu.Compile<SpanEvaluator>("x + y")([1.0, 2.0]));
        Assert.Throws<InputCountException>(() => Relu.Compile<Func<double, double>>("x + y"));
    }

    [Fact]
    public void TwoSpellingsOfOneFunctionShareACompiledNetwork()
    {
        var cache = Relu.Cache;
        var first = Relu.Compile("\u03C3(x) - \u03C3(-x) + 7");
        var misses = cache.Misses;
        var hits = cache.Hits;
        var second = Relu.Compile("x + 7");
        Assert.Same(first, second);
        Assert.Equal(misses, cache.Misses);
        Assert.Equal(hits + 1, cache.Hits);
    }

    [Fact]
    public void ACacheDropsItsLeastRecentlyUsedEntryPastItsCapacity()
    {
        var cache = new CompileCache(2);
        var a = cache.GetOrCompile("a", () => Relu.Compile("x + 1"));
        cache.GetOrCompile("b", () => Relu.Compile("x + 2"));
        cache.GetOrCompile("a", () => throw new InvalidOperationException("a is cached"));
        cache.GetOrCompile("c", () => Relu.Compile("x + 3"));
        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.GetOrCompile("a", () => throw new InvalidOperationException("a is still cached")));
        Assert.Equal((2L, 3L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void TheSmallestNetworkIsComputedOnce()
    {
        var expression = Relu.Parse("\u03C3(x-1) + \u03C3(x-2)");
        Assert.Same(expression.SmallestNetwork(), expression.SmallestNetwork());
    }
}
