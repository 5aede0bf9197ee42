using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReluCompiler.Benchmarks.Suites;

namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>Adds MB/s (UTF-8 text per second) and B/term (allocated bytes per term) to the parsing table.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ParsingColumnsAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(
        new DerivedColumn("MB/s", "Megabytes (10^6 B of UTF-8 text) parsed per second", (terms, nanoseconds, _) =>
            ParsingBenchmarks.BytesOf(terms) * 1e3 / nanoseconds),
        new DerivedColumn("B/term", "Bytes allocated per term", (terms, _, allocated) =>
            allocated is { } bytes ? (double)bytes / terms : double.NaN));

    /// <summary>A number computed from the case's Terms, its mean (ns) and its allocated bytes per operation.</summary>
    private sealed class DerivedColumn(string name, string legend, Func<int, double, long?, double> value) : IColumn
    {
        public string Id => "Parsing." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["Terms"] is not int terms)
            {
                return "-";
            }

            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return value(terms, statistics.Mean, allocated).ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
