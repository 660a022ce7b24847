using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Inline;

/// <summary>What kind of function an <see cref="InlFunc"/> is.</summary>
public enum InlFuncKind
{
    /// <summary>A declared function or method (<c>func F</c>, <c>func (t T) M</c>).</summary>
    Declared,
    /// <summary>A function literal of the source (<c>F.func1</c>).</summary>
    Literal,
    /// <summary>A copy of a function literal made while inlining the function that contains it
    /// (<c>main.byValue.func1</c>, ir/func.go closureName).</summary>
    LiteralCopy,
    /// <summary>The closure typecheck's normalizeGoDeferCall wraps a <c>go</c> call in (<c>F.gowrap1</c>).</summary>
    GoWrap,
    /// <summary>The same for <c>defer</c> (<c>F.deferwrap1</c>).</summary>
    DeferWrap,
    /// <summary>The synthetic package initializer holding package-level variables' initialisers
    /// (noder/reader.go pkgInitOrder); never gets a <c>can inline</c> line.</summary>
    PackageInit,
    /// <summary>A function of <c>fmt</c> or <c>errors</c>, known from Go's export data.</summary>
    Imported,
}

/// <summary>
/// Go's <c>*ir.Func</c> as the inliner sees it: a name and position for messages, the body the
/// cost model and the driver walk, and <c>fn.Inl</c> (the inline cost, once checked). Mutable
/// only while <see cref="Inliner"/> runs, like Go's flags InlinabilityChecked and Inl.
/// </summary>
public sealed class InlFunc
{
    public InlFuncKind Kind { get; }
    /// <summary>The name Go prints (<c>(*T).M</c>, <c>F.func1</c>, <c>errors.New</c>).</summary>
    public string Name { get; }
    /// <summary>fn.Pos(): the name of a function, '(' of a method's receiver, 'func' of a
    /// literal, 'go'/'defer' of a wrapper.</summary>
    public Pos Pos { get; }
    public FuncDecl? Decl { get; init; }
    public FuncLit? Lit { get; init; }
    /// <summary>The go/defer statement of a wrapper.</summary>
    public Stmt? GoDefer { get; init; }
    /// <summary>The package-level var specs of the package initializer, in source order.</summary>
    public IReadOnlyList<VarDecl> InitDecls { get; init; } = [];
    public Types.Func? Object { get; init; }
    /// <summary>The function whose body holds this closure (null for top-level functions).</summary>
    public InlFunc? Outer { get; init; }
    /// <summary>For a copy: the inlined body (frame) the copied literal sits in.</summary>
    public Frame? Home { get; init; }
    /// <summary>For a copy: the literal function it copies.</summary>
    public InlFunc? CopyOf { get; init; }
    /// <summary>Closures (literals and go/defer wrappers) of this function's own body, all
    /// depths, in the pre-order ir.VisitFuncsBottomUp meets them.</summary>
    public List<InlFunc> Closures { get; } = new();

    /// <summary>fn.InlinabilityChecked().</summary>
    public bool Checked { get; set; }
    /// <summary>fn.Inl.Cost, or null when the function cannot be inlined (fn.Inl == nil).</summary>
    public int? InlCost { get; set; }
    /// <summary>Why it cannot be inlined (Go's reason text), once checked.</summary>
    public string? Reason { get; set; }
    /// <summary>The cost model's account of the body, for <c>minigo inline</c>.</summary>
    public CostReport? Report { get; set; }
    /// <summary>fn.funcLitGen / fn.goDeferGen: the counters closure names are numbered with.</summary>
    public int FuncLitGen { get; set; }
    public int GoDeferGen { get; set; }
    /// <summary>For imported functions: whether results can be delayed and the one returned
    /// value's concrete type behind its interface (errors.New returns *errors.errorString).</summary>
    public Types.Type? ImportedResultConcrete { get; init; }

    public InlFunc(InlFuncKind kind, string name, Pos pos)
    {
        Kind = kind; Name = name; Pos = pos;
    }

    public bool IsClosure => Kind is InlFuncKind.Literal or InlFuncKind.LiteralCopy or InlFuncKind.GoWrap or InlFuncKind.DeferWrap;

    /// <summary>The syntax node whose parameters and body this function has (FuncDecl, FuncLit,
    /// or the go/defer statement of a wrapper); the copy's is its original literal.</summary>
    public Node? Syntax => (Node?)Decl ?? (Node?)Lit ?? GoDefer;

    public override string ToString() => Name;
}
