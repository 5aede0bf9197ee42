namespace ReluSamples; internal static class Program { private static void Main() { } }
