using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using SsaValue = MiniGo.Ssa.Value;
using SsaConst = MiniGo.Ssa.Const;
using Convert = MiniGo.Ssa.Convert;

namespace MiniGo.Escape;

internal sealed partial class Analyzer
{
    // ---- batch state
    private Loc _heap = null!, _mutator = null!, _callee = null!, _blank = null!;
    private List<Loc> _allLocs = new();
    private Dictionary<Var, Loc> _varLocs = new(ReferenceEqualityComparer.Instance);
    private Dictionary<object, Loc> _siteLocs = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Function, Loc[]> _results = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Function, int> _batchIndex = new(ReferenceEqualityComparer.Instance);
    private HashSet<Function> _resultsLost = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Var, Function> _owner = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Var, int> _defCount = new(ReferenceEqualityComparer.Instance);
    private HashSet<Alloc> _appendVarargs = new(ReferenceEqualityComparer.Instance);
    private Function _cur = null!;
    private int _curTop;
    private int _seq;

    private const long MaxStackVarSize = 10 * 1024 * 1024;
    private const long MaxImplicitStackVarSize = 64 * 1024;

    private void AnalyzeBatch(List<Function> tops)
    {
        NewBatch();
        AnalyzeBatchBody(tops);
    }

    /// <summary>Fresh pseudo-locations and per-batch tables (escape.go's batch).</summary>
    private void NewBatch()
    {
        _heap = new Loc { Kind = LocKind.Heap, Attrs = Attr.All };
        _mutator = new Loc { Kind = LocKind.Mutator, Attrs = Attr.Mutates };
        _callee = new Loc { Kind = LocKind.Callee, Attrs = Attr.Calls };
        _blank = new Loc { Kind = LocKind.Blank };
        _allLocs = new(); _varLocs = new(ReferenceEqualityComparer.Instance); _siteLocs = new(ReferenceEqualityComparer.Instance);
        _results = new(ReferenceEqualityComparer.Instance); _batchIndex = new(ReferenceEqualityComparer.Instance);
        _resultsLost = new(ReferenceEqualityComparer.Instance); _owner = new(ReferenceEqualityComparer.Instance);
        _defCount = new(ReferenceEqualityComparer.Instance); _appendVarargs = new(ReferenceEqualityComparer.Instance);
        _multiDefValues = null;
        _batchParents = null;
    }

    private void AnalyzeBatchBody(List<Function> tops)
    {
        var fns = new List<(Function Fn, int Top)>();
        for (int t = 0; t < tops.Count; t++)
            foreach (var f in WithClosures(tops[t])) fns.Add((f, t));
        for (int i = 0; i < fns.Count; i++) _batchIndex[fns[i].Fn] = i;

        // initFunc: locations of parameters, results and declared variables.
        foreach (var (fn, top) in fns) InitFunc(fn, top);
        // walkFunc: the flows of every instruction.
        foreach (var (fn, top) in fns) { _cur = fn; _curTop = top; WalkFunc(fn); }
        foreach (var flowClosure in _closures) flowClosure();
        _closures.Clear();

        foreach (var loc in _allLocs)
        {
            string? why = HeapAllocReason(loc);
            if (why != null) Flow(_heap.H.Addr(AtLoc(loc, why)), loc);
        }
        WalkAll();
        Finish(fns.Select(f => f.Fn).ToList());
        CollectReports();
    }

    private Loc NewLoc(LocKind kind, Function fn, int loopDepth, bool persists = false)
    {
        var loc = new Loc { Kind = kind, Fn = fn, LoopDepth = loopDepth, Seq = _seq++, SortFn = _batchIndex.GetValueOrDefault(fn) };
        if (persists) loc.Attrs |= Attr.Persists;
        _allLocs.Add(loc);
        return loc;
    }

    private Dictionary<Var, Pos>? _clauseVarPos;

    private Loc VarLoc(Var v)
    {
        if (_varLocs.TryGetValue(v, out var l)) return l;
        var fn = _owner.GetValueOrDefault(v) ?? _cur;
        l = NewLoc(LocKind.Var, fn, 0, persists: true);
        _clauseVarPos ??= ClauseVarPos.Of(_info);
        l.Var = v; l.Pos = _clauseVarPos.GetValueOrDefault(v, v.Pos);
        l.SortFn = _batchIndex.GetValueOrDefault(fn);
        _varLocs[v] = l;
        return l;
    }

    private void Own(Var? v, Function fn, int depth)
    {
        if (v == null || v.Kind == VarKind.Package || _owner.ContainsKey(v)) return;
        if (DeclDepths().TryGetValue(v, out int dd)) depth = dd;
        _owner[v] = fn;
        var l = VarLoc(v);
        l.Fn = fn; l.LoopDepth = depth; l.SortFn = _batchIndex[fn];
    }

    private void InitFunc(Function fn, int top)
    {
        _cur = fn; _curTop = top;
        foreach (var p in fn.Params)
            if (p.Variable != null) { Own(p.Variable, fn, 0); VarLoc(p.Variable).IsParam = true; }
        var res = fn.Signature.Results;
        var locs = new Loc[res.Length];
        for (int i = 0; i < res.Length; i++)
        {
            var rv = res.Vars[i];
            if (rv.Name != "" && rv.Name != "_") { Own(rv, fn, 0); locs[i] = VarLoc(rv); }
            else { locs[i] = NewLoc(LocKind.Temp, fn, 0, persists: true); }
            locs[i].ResultIndex = i + 1;
        }
        _results[fn] = locs;
        // Declared variables, in declaration order.
        var decls = new List<(Var V, int Depth)>();
        foreach (var b in fn.Blocks)
            foreach (var ins in b.Instrs)
            {
                if (ins is Alloc { IsVariableAddress: true } a && a.Variable != null) decls.Add((a.Variable, a.LoopDepth));
                else if (ins.Variable != null && ins is not Phi && !ins.IsVariableAddress && !(ins is UnOp { IsLoad: true })) decls.Add((ins.Variable, ins.LoopDepth));
            }
        foreach (var d in fn.VarDefs) decls.Add((d.Target, d.Value.Variable == d.Target ? d.Value.LoopDepth : -1));
        foreach (var (v, depth) in decls.OrderBy(d => d.V.InlinedDcl).ThenBy(d => d.V.Pos, Comparer<Pos>.Create(Pos.Compare)))
        {
            if (v.Kind == VarKind.Package || fn.FreeVars.Any(f => ReferenceEquals(f.Variable, v))) continue;
            if (!_owner.ContainsKey(v)) Own(v, fn, Math.Max(depth, 0));
        }
        foreach (var d in fn.VarDefs)
            _defCount[d.Target] = _defCount.GetValueOrDefault(d.Target) + 1;
    }

    /// <summary>Go's loopDepth at a node (escape.go counts syntactic for/range nesting; a
    /// for's condition and post statement are inside, its init is not; a function literal
    /// starts again). Null when the node is not found in a function body.</summary>
    private int? SyntacticLoopDepth(Node node)
    {
        var parents = ParentsOf(node);
        int depth = 0;
        Node child = node;
        var stmts = new List<Stmt>();
        if (node is Stmt self) stmts.Add(self);
        for (var p = parents.GetValueOrDefault(node); p != null; child = p, p = parents.GetValueOrDefault(p))
        {
            if (p is Stmt ps) stmts.Add(ps);
            switch (p)
            {
                case FuncLit or FuncDecl:
                    // Plus what looping labels (goto back) add at the innermost statement.
                    var body = p is FuncLit fl ? fl.Body : ((FuncDecl)p).Body;
                    if (body != null)
                    {
                        var extras = LabelDepths(body);
                        foreach (var st in stmts)
                            if (extras.TryGetValue(st, out int extra)) return depth + extra;
                    }
                    return depth;
                case ForStmt fs when !ReferenceEquals(child, fs.Init): depth++; break;
                case RangeStmt rs when !ReferenceEquals(child, rs.X): depth++; break;
            }
        }
        return null;
    }

    private Dictionary<Var, int>? _declDepths;
    private readonly Dictionary<BlockStmt, Dictionary<Stmt, int>> _labelDepths = new(ReferenceEqualityComparer.Instance);

    /// <summary>The loop depth looping labels add at each statement of a function body (LoopingLabels).</summary>
    private Dictionary<Stmt, int> LabelDepths(BlockStmt body)
    {
        if (!_labelDepths.TryGetValue(body, out var d)) _labelDepths[body] = d = LoopingLabels.ExtraDepths(body);
        return d;
    }

    /// <summary>Loop depth of every local variable's declaration, from the syntax: for/range
    /// bodies (and range variables) count, a function literal starts again at 0.</summary>
    private Dictionary<Var, int> DeclDepths()
    {
        if (_declDepths != null) return _declDepths;
        _declDepths = new(ReferenceEqualityComparer.Instance);
        Dictionary<Stmt, int> extras = new();
        int extra = 0; // loop depth added by looping labels at the current statement
        void Walk(Node? n, int depth)
        {
            int savedExtra = extra;
            if (n is Stmt st && extras.TryGetValue(st, out int e)) extra = e;
            WalkNode(n, depth);
            extra = savedExtra;
        }
        void WalkNode(Node? n, int depth)
        {
            switch (n)
            {
                case null: return;
                case Name nm:
                    if (_info.Defs.GetValueOrDefault(nm) is Var v) _declDepths.TryAdd(v, depth + extra);
                    return;
                case FuncLit fl:
                    {
                        var (savedExtras, savedExtra) = (extras, extra);
                        (extras, extra) = (LabelDepths(fl.Body), 0);
                        Walk(fl.Type, 0); Walk(fl.Body, 0);
                        (extras, extra) = (savedExtras, savedExtra);
                        return;
                    }
                case ForStmt fs:
                    // Go 1.22 gives each iteration its own copy of a 3-clause loop variable
                    // whose address is taken or that a closure captures: declared in the body.
                    if (fs.Init is AssignStmt { Define: true } init)
                        foreach (var nm in init.Lhs.OfType<Name>())
                            if (_info.Defs.GetValueOrDefault(nm) is Var lv && (_prog.Variables.IsAddrTaken(lv) || _prog.Variables.IsCaptured(lv)))
                                _declDepths.TryAdd(lv, depth + 1 + extra);
                    Walk(fs.Init, depth); Walk(fs.Cond, depth); Walk(fs.Post, depth); Walk(fs.Body, depth + 1);
                    return;
                case RangeStmt rs: Walk(rs.Key, depth + 1); Walk(rs.Value, depth + 1); Walk(rs.X, depth); Walk(rs.Body, depth + 1); return;
            }
            foreach (var c in n.Children) Walk(c, depth);
        }
        foreach (var f in _prog.Functions)
            if (f.Syntax is FuncDecl fd)
            {
                extras = fd.Body != null ? LabelDepths(fd.Body) : new();
                extra = 0;
                Walk(fd, 0);
            }
        return _declDepths;
    }

    // ------------------------------------------------------------------ flows

    private void Flow(Hole k, Loc src)
    {
        var dst = k.Dst;
        if (dst == _blank) return;
        if (dst == src && k.Derefs >= 0) return;
        if (dst.Has(Attr.Escapes) && k.Derefs < 0)
        {
            if (_explain && !IsStaticData(src))
            {
                BeginPath(src, dst, $"{LocNodeText(src)} escapes to heap");
                ExplainFlow(src.Pos, dst, src, k.Derefs, k.Notes);
                _recording = null;
            }
            src.Attrs |= Attr.All;
            return;
        }
        dst.Edges.Add(new Edge(src, k.Derefs, _explain ? k.Notes : null));
    }

    private Hole TeeHole(params Hole[] ks)
    {
        if (ks.Length == 0) return _blank.H;
        if (ks.Length == 1) return ks[0];
        var loc = NewLoc(LocKind.Temp, _cur, CurDepth);
        foreach (var k in ks) Flow(k, loc);
        return loc.H;
    }

    private int CurDepth = 0;

    private Hole Later(Hole k)
    {
        var loc = NewLoc(LocKind.Temp, _cur, CurDepth, persists: true);
        Flow(k, loc);
        return loc.H;
    }

    /// <summary>The location of an allocation site (created once, at its instruction).</summary>
    private Loc Site(object key, SsaValue v, Node? node, string? text = null, bool reported = true)
    {
        if (_siteLocs.TryGetValue(key, out var l)) return l;
        // A value assigned to a promoted variable carries the variable's declaration depth;
        // the allocation happens where the expression is (r = r + p inside a loop).
        int depth = v.Variable != null && node != null ? SyntacticLoopDepth(node) ?? v.LoopDepth : v.LoopDepth;
        l = NewLoc(reported ? LocKind.Alloc : LocKind.Temp, _cur, depth);
        l.Node = node; l.Pos = v.Pos; l.Text = text; l.Reported = reported; l.Key = key;
        l.SortFn = _curTop;
        l.Transparent = !reported;
        _siteLocs[key] = l;
        return l;
    }
}
