using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Escape;

// -m=2: solve.go's explainPath, explainFlow and explainLoc. The lines are added to Messages
// while the graph is built (a flow of an address into the heap) and while the solver walks,
// exactly where Go prints them, so they interleave with the -m lines the same way.

internal sealed partial class Analyzer
{
    /// <summary>True for -m=2: notes are recorded on holes and edges, paths are printed.</summary>
    private readonly bool _explain;

    /// <summary>What Go's <c>%v</c> prints for a location's node: a variable's name, an
    /// allocation's expression.</summary>
    private string LocNodeText(Loc l) => l.Kind switch
    {
        LocKind.Var => l.Var!.Name,
        _ when l.ResultIndex > 0 => ResultName(l),
        _ => l.Text ?? ExprText(l.Node),
    };

    /// <summary>solve.go's explainLoc: how a location is named inside a flow line.</summary>
    private string ExplainLoc(Loc l)
    {
        if (l == _heap) return "{heap}";
        if (l.Kind == LocKind.Var) return l.Var!.Name;
        if (l.ResultIndex > 0) return ResultName(l);
        if (l.Kind == LocKind.Alloc || l.Kind == LocKind.Temp && l.Node != null) return "{storage for " + LocNodeText(l) + "}";
        return "{temp}";
    }

    private void Explain(Pos pos, string text) => Messages.Add(new EscapeMessage(pos, text));

    /// <summary>A path as it was printed, kept for `minigo explain` (see LocationReport).</summary>
    private sealed record RecordedPath(string Headline, Loc Root, List<(Loc Dst, Loc Src, int Derefs, Note? Notes)> Steps);

    private readonly Dictionary<Loc, List<RecordedPath>> _paths = new(ReferenceEqualityComparer.Instance);
    private List<(Loc Dst, Loc Src, int Derefs, Note? Notes)>? _recording;

    /// <summary>Prints the headline of an explanation and starts recording its flows.</summary>
    private void BeginPath(Loc subject, Loc root, string headline)
    {
        Explain(subject.Pos, headline + ":");
        _recording = new();
        if (!_paths.TryGetValue(subject, out var list)) _paths[subject] = list = new();
        list.Add(new RecordedPath(headline, root, _recording));
    }

    /// <summary>solve.go's explainPath: the chain of edges the walk followed from src back to root.</summary>
    private void ExplainPath(Loc root, Loc src)
    {
        var visited = new HashSet<Loc>(ReferenceEqualityComparer.Instance);
        var pos = src.Pos;
        while (true)
        {
            if (!visited.Add(src))
            {
                Explain(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
                break;
            }
            var dst = src.Dst;
            if (dst == null) break;
            var edge = dst.Edges[src.DstEdgeIdx];
            int derefs = edge.Derefs;
            Note? notes = edge.Notes;
            // Go has no location for MiniGo's own temporaries: join the edges around them.
            while (dst.Transparent && dst != root && dst.Dst != null && visited.Add(dst))
            {
                var next = dst.Dst.Edges[dst.DstEdgeIdx];
                derefs += next.Derefs;
                notes = Append(notes, next.Notes);
                dst = dst.Dst;
            }
            ExplainFlow(pos, dst, src, derefs, notes);
            if (dst == root) break;
            src = dst;
        }
    }

    /// <summary>The notes of an inner edge followed by those of the outer one.</summary>
    private static Note? Append(Note? inner, Note? outer) =>
        inner == null ? outer : inner with { Next = Append(inner.Next, outer) };

    /// <summary>solve.go's explainFlow: <c>flow: DST = &amp;SRC:</c> and one <c>from</c> line per note.</summary>
    private void ExplainFlow(Pos pos, Loc dst, Loc src, int derefs, Note? notes)
    {
        _recording?.Add((dst, src, derefs, notes));
        string ops = derefs >= 0 ? new string('*', derefs) : "&";
        Explain(pos, $"  flow: {ExplainLoc(dst)} = {ops}{ExplainLoc(src)}:");
        for (var n = notes; n != null; n = n.Next)
            Explain(pos, $"    from {n.Where} ({n.Why}) at {EscapeMessage.Format(n.Pos)}");
    }

    // ------------------------------------------------------------------ notes

    /// <summary>hole.note's (where, why) when explaining: the node spelled as Go prints it, at
    /// the node's position. Null when not explaining or when MiniGo has no such node.</summary>
    private Note? At(Node? where, string why)
    {
        if (!_explain || where == null) return null;
        return new Note(WhereText(where), why, where.Pos);
    }

    /// <summary>A note whose node is a location's own expression (spill, heap-alloc reasons).</summary>
    private Note? AtLoc(Loc l, string why) => _explain ? new Note(LocNodeText(l), why, l.Pos) : null;

    private string WhereText(Node n) => n switch
    {
        VarDecl vd => GoExprPrinter.PrintVarDecl(vd, _info, packageLevel: _cur.Synthetic == "package initializer"),
        DeclStmt { Decls: [VarDecl vd1] } => GoExprPrinter.PrintVarDecl(vd1, _info, packageLevel: false),
        Stmt s => GoExprPrinter.PrintStmt(s, _info),
        _ => ExprText(n),
    };

    /// <summary>expr.go's spill: the address of an allocation site flows to k.</summary>
    private void Spill(Hole k, Loc site) => Flow(k.Addr(AtLoc(site, "spill")), site);

    /// <summary>Why an assignment statement moves a value (stmt.go: assign, assign-pair).</summary>
    private Note? AssignNote(Node? stmt)
    {
        if (!_explain) return null;
        return stmt switch
        {
            AssignStmt a => At(a, a.Lhs.Length > 1 && a.Rhs.Length > 1 ? "assign-pair" : "assign"),
            IncDecStmt i => At(i, "assign"),
            // var a, b = x, y is Go's OAS2 (assign-pair), like a, b := x, y.
            VarDecl { Names.Length: > 1, Values.Length: > 1 } or DeclStmt { Decls: [VarDecl { Names.Length: > 1, Values.Length: > 1 }] } => At(stmt, "assign-pair"),
            VarDecl or DeclStmt => At(stmt, "assign"),
            _ => null,
        };
    }

    private Dictionary<Node, Node>? _batchParents, _allParents;

    /// <summary>
    /// Parent links of the syntax that contains n: those of the batch's functions (nearly
    /// every question is about them), else those of the whole program. Built on first use;
    /// the batch's are dropped with the batch (one map for a 100,000-line program was tens
    /// of MiB kept to the end).
    /// </summary>
    private Dictionary<Node, Node> ParentsOf(Node n)
    {
        _batchParents ??= Parents(_batchIndex.Keys);
        if (_batchParents.ContainsKey(n)) return _batchParents;
        return _allParents ??= Parents(_prog.Functions);
    }

    private static Dictionary<Node, Node> Parents(IEnumerable<Function> fns)
    {
        var parents = new Dictionary<Node, Node>(ReferenceEqualityComparer.Instance);
        void Walk(Node p)
        {
            foreach (var c in p.Children)
                if (c != null) { parents[c] = p; Walk(c); }
        }
        var list = fns.ToList();
        foreach (var f in list)
            if (f.Syntax is FuncDecl fd) Walk(fd);
        foreach (var f in list)
            if (f.Synthetic == "package initializer")
                foreach (var b in f.Blocks)
                    foreach (var ins in b.Instrs)
                        if (ins.Source is VarDecl vd && !parents.ContainsKey(vd)) Walk(vd);
        return parents;
    }

    /// <summary>The statement (or package-level var spec) that contains node n.</summary>
    private Node? EnclosingStmt(Node? n)
    {
        if (n == null) return null;
        if (n is Stmt or VarDecl) return n;
        var parents = ParentsOf(n);
        for (var x = n; x != null; x = parents.GetValueOrDefault(x))
            if (x is Stmt or VarDecl) return x;
        return null;
    }

    /// <summary>The "address-of" note for variable v in the statement being walked: its
    /// <c>&amp;x</c>, or the implicit one of <c>a[:]</c> (spelled <c>a</c>, at the <c>[</c>).</summary>
    private Note? AddressOfNote(Var v)
    {
        if (!_explain) return null;
        var stmt = EnclosingStmt(_curStmt ?? _curIns?.Source);
        if (stmt == null) return null;
        foreach (var n in Descendants(stmt))
            if (n is UnaryExpr { Op: Operator.And } u && Unparen(u.X) is Name nm && ReferenceEquals(_info.ObjectOf(nm), v)) return At(u, "address-of");
        foreach (var n in Descendants(stmt))
            if (n is SliceExpr se && Unparen(se.X) is Name nm && ReferenceEquals(_info.ObjectOf(nm), v)) return new Note(nm.Value, "address-of", se.Pos);
        // x.M() with a pointer receiver: Go's implicit &x is the name itself.
        foreach (var n in Descendants(stmt))
            if (n is CallExpr { Fun: SelectorExpr sel } && Unparen(sel.X) is Name nm && ReferenceEquals(_info.ObjectOf(nm), v)
                && _info.Selections.TryGetValue(sel, out var selection) && selection.Obj is Func { Signature.Recv.Type: Pointer })
                return new Note(nm.Value, "address-of", sel.Pos);
        return null;
    }


    /// <summary>The allocation an address points into (through fields and array elements).</summary>
    private static MiniGo.Ssa.Value RootAlloc(MiniGo.Ssa.Value v) => v switch
    {
        FieldAddr fa => RootAlloc(fa.X),
        IndexAddr ia when ia.X.Type.Underlying is Pointer => RootAlloc(ia.X),
        _ => v,
    };

    /// <summary>The note of a store: the assignment statement, or the literal whose element it
    /// fills (expr.go: slice-literal-element, struct literal element, array literal element).</summary>
    private Note? StoreNote(Store s)
    {
        if (!_explain) return null;
        if (s.Source is Stmt or VarDecl) return AssignNote(s.Source);
        if (RootAlloc(s.Addr) is Alloc { Comment: "varargs" } va && _siteLocs.TryGetValue(va, out var vl) && vl.Reported)
            return AtLoc(vl, "slice-literal-element");
        if (RootAlloc(s.Addr) is Alloc { IsVariableAddress: false, Comment: "complit" } hdr && ReferenceEquals(hdr, s.Addr) && hdr.Elem.Underlying is Types.Slice or Map)
            return null; // &[]T{...}: the literal itself fills the cell (OPTRLIT), no element note
        if (RootAlloc(s.Addr) is Alloc { IsVariableAddress: false, Comment: "slicelit" or "complit" } la)
        {
            var lit = la.Source is UnaryExpr ue ? ue.X : la.Source;
            string why = la.Comment == "slicelit" ? "slice-literal-element"
                : la.Elem.Underlying is Types.Array ? "array literal element" : "struct literal element";
            return At(lit, why);
        }
        return AssignNote(EnclosingStmt(s.Source));
    }

    /// <summary>A load through a pointer: Go's ODOTPTR / OINDEX of a slice ("dot of pointer"),
    /// ODEREF ("indirection"), or a field / element of a variable ("dot", "fixed-array-index-of").
    /// A plain read of a variable has no note.</summary>
    private Note? LoadNote(UnOp u)
    {
        if (!_explain || u.X is Alloc or FreeVar or Global) return null;
        string why = u.X switch
        {
            FieldAddr fa => FieldWhy(fa),
            IndexAddr ia => ia.X.Type.Underlying is Pointer && KnownAddr(ia.X) ? "fixed-array-index-of" : "dot of pointer",
            _ => "indirection",
        };
        return At(u.Source as Expr, why);
    }

    /// <summary>Go's note for x.f: ODOT on a struct value ("dot"), ODOTPTR through a pointer
    /// ("dot of pointer"), decided by the selector's syntax, not by SSA's addresses.</summary>
    private string FieldWhy(FieldAddr fa) =>
        fa.Source is SelectorExpr sel && _info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal
            ? (s.Indirect ? "dot of pointer" : "dot")
            : KnownAddr(fa.X) ? "dot" : "dot of pointer";

    /// <summary>Go's notes for x[i]: an array is OINDEX ("fixed-array-index-of"); through a
    /// pointer to an array also the implicit ODEREF ("indirection" at x); a slice "dot of
    /// pointer".</summary>
    private Hole IndexNotes(Hole k, IndexAddr ia)
    {
        if (ia.Source is IndexExpr ix && _info.TypeOf(ix.X)?.Underlying is { } xt)
            return xt switch
            {
                Types.Array => k.Note(At(ix, "fixed-array-index-of")),
                // The implicit dereference is positioned at the index expression.
                Pointer => k.Note(At(ix, "fixed-array-index-of")).Note(_explain ? new Note(ExprText(ix.X), "indirection", ix.Pos) : null),
                _ => k.Note(At(ix, "dot of pointer")),
            };
        return k.Note(At(ia.Source as Expr, ia.X.Type.Underlying is Pointer && KnownAddr(ia.X) ? "fixed-array-index-of" : "dot of pointer"));
    }

    /// <summary>m[k] = v: the key goes to the heap as "key of map put" (a map literal: "map
    /// literal key").</summary>
    private Note? MapKeyNote(MapUpdate mu)
    {
        if (!_explain) return null;
        if (mu.Source is CompositeLit or KeyValueExpr) return At(MapLit(mu.Source), "map literal key");
        var stmt = mu.Source as AssignStmt ?? EnclosingStmt(mu.Source) as AssignStmt;
        return stmt is { Lhs: [IndexExpr ix] } ? At(ix, "key of map put") : null;
    }

    private Note? MapValueNote(MapUpdate mu)
    {
        if (!_explain) return null;
        if (mu.Source is CompositeLit or KeyValueExpr) return At(MapLit(mu.Source), "map literal value");
        return AssignNote(mu.Source as AssignStmt ?? EnclosingStmt(mu.Source));
    }

    private Node? MapLit(Node? n)
    {
        if (n is CompositeLit) return n;
        if (n == null) return null;
        var parents = ParentsOf(n);
        for (var x = n; x != null; x = parents.GetValueOrDefault(x))
            if (x is CompositeLit) return x;
        return null;
    }
}
