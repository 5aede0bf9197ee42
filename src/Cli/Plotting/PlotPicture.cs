namespace ReluCompiler.Cli.Plotting;

/// <summary>What surrounds the graphs: the title, the x-axis name and the image size in pixels.</summary>
/// <param name="Title">The heading above the plot.</param>
/// <param name="Variable">The name on the horizontal axis (the functions' variable).</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
internal sealed record PlotPicture(string Title, string Variable, int Width, int Height)
{
    /// <summary>The default size: wide enough for a legend beside a few kinks, small enough for a blog column.</summary>
    public const int DefaultWidth = 800;

    /// <summary>The default height.</summary>
    public const int DefaultHeight = 500;

    /// <summary>Smallest accepted side: below it the axes and legend no longer fit.</summary>
    public const int MinSide = 100;

    /// <summary>Largest accepted side: 8000² RGBA is 256 MB, about as much as one picture should take.</summary>
    public const int MaxSide = 8000;

    /// <summary>x-intervals to shade behind the graphs (<c>--diff</c>: where two functions differ).</summary>
    public System.Collections.Generic.IReadOnlyList<(double From, double To)> Shaded { get; init; } = [];
}
