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
    /// <summary><paramref name="fn"/> is a FuncDecl or a FuncLit of the checked tree. A copy Go
    /// makes of a literal while inlining its enclosing function (<c>main.byValue.func1</c>) is
    /// re-read from the same source, so it prints as the original literal does.</summary>
    public static string Print(Node fn, Info info)
    {
        var (sig, body) = Parts(fn, info);
        return TypeText(sig) + " { " + ReaderBody.Print(body, sig, info) + " }";
    }

    /// <summary>
    /// The text for the wrapper Go builds for a go/defer statement whose call has parameters
    /// or results (<c>F.deferwrap1</c>, <c>F.gowrap2</c>; typecheck.normalizeGoDeferCall):
    /// <c>func() { CALL }</c>, the operands evaluated at the statement replaced by the
    /// enclosing function's temporaries (<c>func() { (*logger).log(.autotmp_2, "done") }</c>).
    /// <paramref name="enclosingFn"/> is the FuncDecl or FuncLit whose body holds the statement
    /// (the innermost one).
    /// </summary>
    public static string PrintWrapper(Stmt goOrDefer, Node enclosingFn, Info info)
    {
        var (sig, body) = Parts(enclosingFn, info);
        string call = ReaderBody.PrintWrapperCall(body, sig, info, goOrDefer)
            ?? throw new ArgumentException("the statement needs no wrapper (or is not read): " + goOrDefer.Describe(), nameof(goOrDefer));
        return "func() { " + call + " }";
    }

    private static (Signature Sig, BlockStmt Body) Parts(Node fn, Info info) => fn switch
    {
        FuncDecl d when info.Defs.TryGetValue(d.Name, out var o) && o is Func { Type: Signature s } && d.Body != null => (s, d.Body),
        FuncLit l when info.TypeOf(l) is Signature s => (s, l.Body),
        _ => throw new ArgumentException("not a checked function with a body: " + fn.Describe(), nameof(fn)),
    };

    /// <summary>The function's type as cmd/compile's types printer writes it without parameter
    /// names: <c>func(string) error</c>; a method's type is <c>method(RECV) func(…)</c>.</summary>
    public static string TypeText(Signature sig)
    {
        string f = GoExprPrinter.TypeString(sig);
        return sig.Recv?.Type is { } recv ? "method(" + GoExprPrinter.TypeString(recv) + ") " + f : f;
    }
}
