namespace ReluCompiler.Parser.Tokens;

/// <summary>
/// The characters read as a minus or plus sign. Text pasted from papers, slides and word processors
/// carries typographic dashes where a formula means minus, so those count as minus too.
/// </summary>
internal static class Signs
{
    /// <summary>
    /// <c>-</c> and the Unicode minus signs and dashes that stand for it: − (U+2212), ‐ (U+2010),
    /// ‑ (U+2011), ‒ (U+2012), – (U+2013, en dash), ˗ (U+02D7), ➖ (U+2796), ﹣ (U+FE63), － (U+FF0D).
    /// The em dash (U+2014) is punctuation, not a minus sign, and stays an error.
    /// </summary>
    public static bool IsMinus(char c) =>
        c is '-'
            or '\u2212' // − (minus sign)
            or '\u2010' // ‐ (hyphen)
            or '\u2011' // ‑ (non-breaking hyphen)
            or '\u2012' // ‒ (figure dash)
            or '\u2013' // – (en dash)
            or '\u02D7' // ˗ (modifier letter minus sign)
            or '\u2796' // ➖ (heavy minus sign)
            or '\uFE63' // ﹣ (small hyphen-minus)
            or '\uFF0D'; // － (full-width hyphen-minus)

    /// <summary><c>+</c> and its Unicode variants: ➕ (U+2795), ﹢ (U+FE62), ＋ (U+FF0B).</summary>
    public static bool IsPlus(char c) =>
        c is '+'
            or '\u2795' // ➕ (heavy plus sign)
            or '\uFE62' // ﹢ (small plus sign)
            or '\uFF0B'; // ＋ (full-width plus sign)
}
