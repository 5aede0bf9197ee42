using System.IO;

namespace ReluCompiler.Cli.Plotting;

/// <summary>The picture formats <c>relu plot</c> writes, chosen by the output file's extension.</summary>
internal enum PlotFormat
{
    /// <summary>A raster image (<c>.png</c>).</summary>
    Png,

    /// <summary>A vector image (<c>.svg</c>).</summary>
    Svg,
}

/// <summary>Maps file names to <see cref="PlotFormat"/>.</summary>
internal static class PlotFormats
{
    /// <summary>The format for <paramref name="path"/>'s extension (any case), or null when it is neither .png nor .svg.</summary>
    public static PlotFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => PlotFormat.Png,
        ".svg" => PlotFormat.Svg,
        _ => null,
    };
}
