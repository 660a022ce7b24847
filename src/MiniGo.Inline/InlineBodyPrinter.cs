using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Inline;

/// <summary>
/// The text after <c>as:</c> in <c>-m=2</c>'s <c>can inline F with cost N as: TYPE { BODY }</c>:
/// Go prints <c>"%v { %v }"</c> of the function's type and its pre-inlining body
/// (inline/inl.go:340, ir/fmt.go stmtFmt and Nodes.Format).
/// </summary>
public static class InlineBodyPrinter
{
    /// <summary><paramref name="fn"/> is a FuncDecl or a FuncLit of the checked tree.</summary>
    public static string Print(Node fn, Info info) => throw new NotImplementedException("InlineBodyPrinter");
}
