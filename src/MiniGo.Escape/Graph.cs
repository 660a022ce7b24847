using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;

namespace MiniGo.Escape;

[Flags]
internal enum Attr { None = 0, Escapes = 1, Persists = 2, Mutates = 4, Calls = 8, All = 15 }

internal enum LocKind { Var, Alloc, Temp, Heap, Mutator, Callee, Blank }

/// <summary>A location of the escape graph (graph.go's location): a Go variable, an
/// allocation site, a temporary, or one of the pseudo-locations. Edges are incoming.</summary>
internal sealed class Loc
{
    public LocKind Kind;
    public Var? Var;
    public Node? Node;          // allocation site's AST (for the message text)
    public Pos Pos;             // where the message is printed
    public Function? Fn;        // owning function (Go's curfn)
    public int LoopDepth;
    public readonly List<Edge> Edges = new();
    public Attr Attrs;
    public Leaks ParamEsc;
    public bool IsParam;
    public int ResultIndex;     // 1-based; 0 when not a result
    public Function? Closure;   // func literal allocation: the literal's function
    public object? Key;         // the SSA value (or function) of an allocation site
    public bool Str2Bytes;      // ([]byte)(s): reported as zero-copy when never mutated
    public bool Reported;       // allocation site that gets a message
    public string? Text;        // fixed message text (... argument, func literal)
    public int SortFn, Seq;     // report order
    public Pos? SortPos;        // walk position when it differs from Pos (go/defer wrappers)
    /// <summary>A temporary MiniGo's SSA needs but Go's tree does not have (a call's result,
    /// a value struct literal): -m=2 explains a path through it as one flow, the way Go's
    /// hole passes straight through.</summary>
    public bool Transparent;
    // walk scratch
    public int Derefs, Walkgen;
    public bool Queued;
    public Loc? Dst;            // solve.go's dst/dstEdgeIdx: the edge the walk came through
    public int DstEdgeIdx;

    public bool Has(Attr a) => (Attrs & a) != 0;
    public Hole H => new(this, 0);
    public override string ToString() => Kind == LocKind.Var ? Var!.Name : $"{Kind}@{Pos}";
}

/// <summary>graph.go's edge: the value of Src flows into the owning location with Derefs
/// dereferences; Notes say why (printed by -m=2, innermost step first).</summary>
internal readonly record struct Edge(Loc Src, int Derefs, Note? Notes);

/// <summary>graph.go's hole: where an expression's value goes (Dst, with Derefs
/// dereferences), and the notes gathered on the way there.</summary>
internal readonly record struct Hole(Loc Dst, int Derefs, Note? Notes = null)
{
    public Hole Shift(int d) => this with { Derefs = Derefs + d };
    public Hole Deref() => Shift(1);
    public Hole Addr() => Shift(-1);

    /// <summary>hole.note: one more step of the explanation. Recorded only when
    /// <paramref name="where"/> is known (MiniGo's SSA does not always have Go's node).</summary>
    public Hole Note(Note? where) => where == null ? this : this with { Notes = where with { Next = Notes } };
    public Hole Deref(Note? where) => Shift(1).Note(where);
    public Hole Addr(Note? where) => Shift(-1).Note(where);
}
