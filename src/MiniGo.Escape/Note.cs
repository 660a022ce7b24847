using MiniGo.Syntax;

namespace MiniGo.Escape;

/// <summary>graph.go's note: one step of a -m=2 explanation, printed as
/// <c>from WHERE (WHY) at POS</c>. <see cref="Where"/> is the source expression or statement
/// spelled as Go prints it; <see cref="Next"/> is the step recorded before this one (notes
/// are a stack: the outermost context is printed last).</summary>
internal sealed record Note(string Where, string Why, Pos Pos, Note? Next = null);
