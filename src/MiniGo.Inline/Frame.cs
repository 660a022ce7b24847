using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Inline;

/// <summary>
/// One body in the IR of the function being processed (Go's ir.CurFunc, <see cref="Root"/>):
/// the function's own body, or the copy of a callee's original body an inlined call
/// (OINLCALL) put there. The inliner never copies syntax: a frame is the callee's original
/// body seen through the call that inlined it, which binds the callee's parameters to the
/// call's arguments (Go's <c>params := args</c>) and gives every message inside it the
/// outermost call's position (base.Ctxt.OutermostPos).
/// </summary>
public sealed class Frame
{
    /// <summary>The function whose original body this is.</summary>
    public InlFunc Func { get; }
    /// <summary>The function whose IR holds this body (the owner of its variables).</summary>
    public InlFunc Root { get; }
    /// <summary>For an inlined body: the body holding the call (Go's InlTree parent).</summary>
    public Frame? Parent { get; }
    /// <summary>For an inlined body: the call of <see cref="Parent"/> it replaces.</summary>
    public CallExpr? Call { get; }
    /// <summary>For a body of a function literal: the body the literal sits in, where the
    /// variables it captures live.</summary>
    public Frame? Lexical { get; }
    /// <summary>The interface type the call converted the receiver from, when devirtualized.</summary>
    public GoType? Devirtualized { get; init; }

    /// <summary>What the walk did to each call of this body: the inlined body, or null when
    /// the call stays a call (Go would see it again as a call, and try again).</summary>
    internal readonly Dictionary<CallExpr, Frame?> Calls = new(ReferenceEqualityComparer.Instance);
    /// <summary>Interface calls of this body devirtualized to a concrete type.</summary>
    internal readonly Dictionary<CallExpr, GoType> Devirt = new(ReferenceEqualityComparer.Instance);
    /// <summary>The closures made for the literals of this body when it was copied (Go reads
    /// an inlined body afresh, so each literal becomes a new closure).</summary>
    internal readonly Dictionary<FuncLit, InlFunc> Copies = new(ReferenceEqualityComparer.Instance);

    public Frame(InlFunc func, InlFunc root, Frame? parent, CallExpr? call, Frame? lexical)
    {
        Func = func; Root = root; Parent = parent; Call = call; Lexical = lexical;
    }

    public bool IsInlined => Call != null;

    /// <summary>The position Go prints for a node of this body: the outermost call's '('.</summary>
    public Pos At(Pos own)
    {
        var f = this;
        Pos p = own;
        while (f.Call != null) { p = f.Call.Pos; f = f.Parent!; }
        return p;
    }

    /// <summary>True when <paramref name="callee"/> is already being inlined on the way to this body
    /// (Go's InlTree walk in canInlineCallExpr: a repeated recursive cycle).</summary>
    public bool OnInlinePath(InlFunc callee)
    {
        for (var f = this; f != null && f.Call != null; f = f.Parent)
            if (ReferenceEquals(f.Func, callee)) return true;
        return false;
    }

    /// <summary>The names of the inlined calls from the outermost to this body (ir closureName's InlTree.AllParents).</summary>
    public List<string> InlineChain()
    {
        var names = new List<string>();
        for (var f = this; f != null && f.Call != null; f = f.Parent) names.Add(f.Func.Name);
        names.Reverse();
        return names;
    }
}
