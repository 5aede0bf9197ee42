using System;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;
using ReluCompiler.Emit.Tiers;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Emit;
using Xunit;

namespace ReluCompiler.Tests.Tiers;

/// <summary>
/// The tier contract: the first tier and the IL it promotes to give the same bits for the same plan (NaN
/// payloads aside), and every delegate handed out before promotion keeps giving them after.
/// </summary>
public sealed class PromotionTests
{
    private static readonly EvaluationStrategy[] OneInputStrategies =
        [EvaluationStrategy.StraightLine, EvaluationStrategy.SumLoop, EvaluationStrategy.PieceTable];

    [Fact]
    public void PromotionKeepsTheBitsOfEveryOneInputFormOnRandomAndSpecialPoints() =>
        RandomNetworks.OneInputAndPoints.Sample(
            (network, points) =>
            {
                var xs = points.Concat(RandomNetworks.SpecialPoints).Concat([1e308, -1e308, 1e-300, -5e-324, 4.9e-324]).ToArray();
                foreach (var strategy in OneInputStrategies)
                {
                    var compiled = CompiledNetwork.Compile(EvaluationPlan.For(network, strategy), ReluTier.Auto, promotionThreshold: int.MaxValue);
                    var held = compiled.Unary;
                    var heldSpan = compiled.Span;
                    Assert.Equal(ReluTier.Interpreted, compiled.Tier);
                    var before = xs.Select(x => held(x)).ToArray();
                    var beforeSpan = xs.Select(x => heldSpan([x])).ToArray();

                    Assert.True(compiled.Promote());

                    Assert.Equal(ReluTier.Compiled, compiled.Tier);
                    var il = compiled.Unary;
                    Assert.IsType<IlClosure>(il.Target);
                    for (var i = 0; i < xs.Length; i++)
                    {
                        var context = $"{strategy} at {Doubles.Show(xs[i])}";
                        Doubles.AssertSame(before[i], il(xs[i]), context + ", IL after promotion");
                        Doubles.AssertSame(before[i], held(xs[i]), context + ", first-tier delegate forwarding");
                        Doubles.AssertSame(before[i], beforeSpan[i], context + ", first-tier span delegate");
                        Doubles.AssertSame(before[i], heldSpan([xs[i]]), context + ", span delegate forwarding");
                    }
                }
            },
            iter: 150);

    [Fact]
    public void PromotionKeepsTheBitsOfSumsInSeveralInputs() =>
        RandomNetworks.NetworkAndPoints.Sample(
            (network, points) =>
            {
                foreach (var strategy in new[] { EvaluationStrategy.StraightLine, EvaluationStrategy.SumLoop })
                {
                    var compiled = CompiledNetwork.Compile(EvaluationPlan.For(network, strategy), ReluTier.Auto, promotionThreshold: int.MaxValue);
                    var held = compiled.Span;
                    var before = points.Select(p => held(p)).ToArray();
                    Assert.True(compiled.Promote());
                    for (var i = 0; i < points.Length; i++)
                    {
                        var context = $"{strategy} at ({string.Join(", ", points[i].Select(Doubles.Show))})";
                        Doubles.AssertSame(before[i], compiled.Span(points[i]), context + ", IL");
                        Doubles.AssertSame(before[i], held(points[i]), context + ", forwarding");
                        Doubles.AssertSame(network.Evaluate(points[i]), before[i], context + ", interpreter");
                    }
                }
            },
            iter: 150);

    [Fact]
    public async Task AutoPromotesItselfInTheBackgroundAfterTheThresholdOfCalls()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.Staircase), ReluTier.Auto, promotionThreshold: 5);
        var f = compiled.Unary;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(0.5, f(0.5));
        }

        Assert.False(compiled.Promotion.IsCompleted);
        Assert.Equal(ReluTier.Interpreted, compiled.Tier);
        Assert.Equal(0.5, f(0.5));

        // A generous guard against a hang, not a timing claim.
        Assert.True(await compiled.Promotion.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(ReluTier.Compiled, compiled.Tier);
        Assert.IsType<IlClosure>(compiled.Unary.Target);
        Assert.Equal(1.5, f(2.5));
        Assert.Contains("emitted IL, promoted from the first tier", compiled.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThresholdOfZeroPromotesAtOnceWithoutACall()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.ThreeInputs), ReluTier.Auto, promotionThreshold: 0);
        Assert.True(await compiled.Promotion.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(ReluTier.Compiled, compiled.Tier);
        Assert.Equal(3.2, compiled.Invoke([1, 2, 0]), 12);
    }

    [Fact]
    public void DelegatesHandedOutBeforePromotionForwardToTheIlAfterIt()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.TwoInputs), ReluTier.Auto, promotionThreshold: int.MaxValue);
        var binary = compiled.Binary;
        Assert.IsAssignableFrom<FirstTier>(binary.Target);
        compiled.Promote();

        Assert.IsAssignableFrom<FirstTier>(binary.Target);
        Assert.Equal(2.5, binary(1, 2));
        Assert.IsType<IlClosure>(compiled.Binary.Target);
        Assert.NotSame(binary, compiled.Binary);
    }
}
