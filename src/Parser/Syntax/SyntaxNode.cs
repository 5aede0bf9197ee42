namespace ReluCompiler.Parser.Syntax;

/// <summary>
/// A node of the syntax tree: what was written, before any mathematics. Sums and products are flat
/// lists (never left-deep chains), so only real nesting deepens the tree. <see cref="object.ToString"/>
/// prints a fully parenthesised form that tests use to pin the tree's shape.
/// </summary>
/// <param name="Position">Where the node starts in the text.</param>
internal abstract record SyntaxNode(SourcePosition Position);
