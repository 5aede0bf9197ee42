using System;
using System.Globalization;
using GeneratedFunctions;

// Prints, for each function, its expression and one `point<TAB>value` line per point (values round-trip),
// which check.sh compares with `relu eval` on the same expression and points.
double[] xs = [-1, 0, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 7, 1e16, 1.0 / 3, 0.1, 0.7071067811865476];
var ys = new double[xs.Length];

Print("staircase", Functions.StaircaseText, xs, Functions.Staircase);
Print("folded tents", Functions.FoldedTentsText, xs, Functions.FoldedTents);

// The forced table rounds differently from the sum form relu eval's IL uses for 4 units: printed, not compared.
Console.WriteLine("staircase through its piece table at 2.5: " + Text(Functions.StaircaseTable(2.5)));

Functions.ManyFoldedTents(xs, ys);
Console.WriteLine("# folded tents (batch): " + Functions.FoldedTentsText);
for (var i = 0; i < xs.Length; i++)
{
    Console.WriteLine(Text(xs[i]) + "\t" + Text(ys[i]));
}

Console.WriteLine("# ridge (y, x): " + Functions.RidgeText);
foreach (var (y, x) in new[] { (0.0, 0.0), (1, 0), (0, 1), (0.5, 0.75), (-2, 3), (1e10, -1e10) })
{
    Console.WriteLine(Text(y) + "," + Text(x) + "\t" + Text(Functions.Ridge(y, x)));
}

static void Print(string name, string expression, double[] points, Func<double, double> f)
{
    Console.WriteLine($"# {name}: {expression}");
    foreach (var x in points)
    {
        Console.WriteLine(Text(x) + "\t" + Text(f(x)));
    }
}

static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
