using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;
using GoType = MiniGo.Types.Type;
using SsaValue = MiniGo.Ssa.Value;
using SsaConst = MiniGo.Ssa.Const;
using Convert = MiniGo.Ssa.Convert;
using static MiniGo.Escape.EscapeAnalysis;

namespace MiniGo.Escape;

internal sealed partial class Analyzer
{
    private void WalkAll()
    {
        var todo = new List<Loc>();
        void Enqueue(Loc l) { if (!l.Queued) { todo.Add(l); l.Queued = true; } }
        foreach (var l in _allLocs) Enqueue(l);
        Enqueue(_mutator); Enqueue(_callee); Enqueue(_heap);
        int walkgen = 0;
        while (todo.Count > 0)
        {
            var root = todo[^1];
            todo.RemoveAt(todo.Count - 1);
            root.Queued = false;
            walkgen++;
            WalkOne(root, walkgen, Enqueue);
        }
    }

    private void WalkOne(Loc root, int walkgen, Action<Loc> enqueue)
    {
        root.Walkgen = walkgen;
        root.Derefs = 0;
        root.Dst = null;
        if (root.Has(Attr.Calls) && root.Closure != null && _batchIndex.ContainsKey(root.Closure) && !_resultsLost.Contains(root.Closure))
        {
            _resultsLost.Add(root.Closure);
            foreach (var r in _results[root.Closure]) enqueue(r);
        }
        var todo = new List<Loc> { root };
        while (todo.Count > 0)
        {
            var l = todo[^1];
            todo.RemoveAt(todo.Count - 1);
            int derefs = l.Derefs;
            Attr newAttrs = Attr.None;
            if (derefs < 0)
            {
                derefs = 0;
                if (Outlives(root, l))
                {
                    if (_explain && !l.Has(Attr.Escapes) && !IsStaticData(l))
                    {
                        BeginPath(l, root, $"{LocNodeText(l)} escapes to heap");
                        ExplainPath(root, l);
                        _recording = null;
                    }
                    newAttrs |= Attr.All;
                }
                else if (root.Has(Attr.Persists)) newAttrs |= Attr.Persists;
            }
            if (derefs == 0) newAttrs |= root.Attrs & (Attr.Mutates | Attr.Calls);
            if (l.IsParam && l.Kind == LocKind.Var)
            {
                if (Outlives(root, l))
                {
                    if (_explain && !l.Has(Attr.Escapes))
                    {
                        BeginPath(l, root, $"parameter {l.Var!.Name} leaks to {ExplainLoc(root)} with derefs={derefs}");
                        ExplainPath(root, l);
                        _recording = null;
                    }
                    LeakTo(l, root, derefs);
                }
                if (root.Has(Attr.Mutates)) l.ParamEsc.AddMutator(derefs);
                if (root.Has(Attr.Calls)) l.ParamEsc.AddCallee(derefs);
            }
            if ((newAttrs & ~l.Attrs) != 0)
            {
                l.Attrs |= newAttrs;
                enqueue(l);
                if (l.Has(Attr.Escapes)) continue;
            }
            if (derefs == 0 && l != root && !_explain && Covers(l, root)) continue;
            for (int i = 0; i < l.Edges.Count; i++)
            {
                var (src, ed, _) = l.Edges[i];
                if (src.Has(Attr.Escapes)) continue;
                int d = derefs + ed;
                if (src.Walkgen != walkgen || src.Derefs > d)
                {
                    src.Walkgen = walkgen;
                    src.Derefs = d;
                    src.Dst = l;
                    src.DstEdgeIdx = i;
                    todo.Add(src);
                }
            }
        }
    }

    /// <summary>
    /// True when the walk from <paramref name="root"/> need not go past <paramref name="l"/>,
    /// because l's own walk (every location is walked as a root, and walked again whenever
    /// its attributes change) does everything this walk would do beyond l. That holds when
    /// this walk reached l with no dereferences (so beyond l it would count the same
    /// dereferences as l's own walk), l has every attribute root has (so l passes on whatever
    /// root passes on), and l outlives whatever root outlives (so l's walk moves to the heap
    /// every location root's walk would, and leaks the same parameters to the heap).
    /// Go's solver walks on regardless; stopping gives the same attributes and leaks, and keeps
    /// the solver about linear on one large function (a slice appended to in a thousand places
    /// is otherwise walked back through every append once per append). Not used at -m=2,
    /// where the walk that first reaches a location prints the explanation.
    /// </summary>
    private bool Covers(Loc l, Loc root)
    {
        if ((root.Attrs & ~l.Attrs) != 0) return false;
        if (l.ResultIndex > 0 || root.ResultIndex > 0) return false;
        if (l.Kind is LocKind.Mutator or LocKind.Callee) return false;
        if (root.Kind is LocKind.Mutator or LocKind.Callee) return true;
        return ReferenceEquals(l.Fn, root.Fn) && l.LoopDepth <= root.LoopDepth;
    }

    private static void LeakTo(Loc l, Loc sink, int derefs)
    {
        if (!sink.Has(Attr.Escapes) && sink.ResultIndex > 0 && ReferenceEquals(sink.Fn, l.Fn) && sink.ResultIndex - 1 < Leaks.NumResults)
        {
            l.ParamEsc.AddResult(sink.ResultIndex - 1, derefs);
            return;
        }
        l.ParamEsc.AddHeap(derefs);
    }

    private bool Outlives(Loc l, Loc other)
    {
        if (l.Has(Attr.Escapes)) return true;
        if (l == _mutator || l == _callee) return false;
        if (l.ResultIndex > 0)
        {
            if (ContainsClosure(other.Fn, l.Fn) && !_resultsLost.Contains(l.Fn!)) return false;
            return true;
        }
        if (ReferenceEquals(l.Fn, other.Fn) && l.LoopDepth < other.LoopDepth) return true;
        if (ContainsClosure(l.Fn, other.Fn)) return true;
        return false;
    }

    private static bool ContainsClosure(Function? f, Function? c)
    {
        if (f == null || c == null || ReferenceEquals(f, c)) return false;
        for (var p = c.Parent; p != null; p = p.Parent)
            if (ReferenceEquals(p, f)) return true;
        return false;
    }

    private string? HeapAllocReason(Loc loc)
    {
        if (loc.Kind == LocKind.Var)
        {
            if (loc.IsParam || loc.ResultIndex > 0 || loc.Var == null) return null;
            if (!_prog.Variables.InMemory(loc.Var)) return null;
            return Sizes.Sizeof(loc.Var.Type!) > MaxStackVarSize ? "too large for stack" : null;
        }
        if (loc.Kind != LocKind.Alloc) return null;
        {
            switch (loc.Key)
            {
                case Alloc a when a.Comment is "new" or "complit":
                    return Sizes.Sizeof(a.Elem) > MaxImplicitStackVarSize ? "too large for stack" : null;
                case MakeSlice ms:
                    {
                        if (MakeSizeConstant(ms) is not { } size) return "non-constant size";
                        var elem = ((Types.Slice)ms.Type.Underlying).Elem;
                        return (double)size * Sizes.Sizeof(elem) > MaxImplicitStackVarSize ? "too large for stack" : null;
                    }
            }
            return null;
        }
    }

    /// <summary>
    /// The constant size (cap, else len) of <c>make([]T, len[, cap])</c> as Go's typed tree has
    /// it, or null. Go asks the syntax (ir.IsSmallIntConst), so <c>n := 32; make([]int, n)</c>
    /// is non-constant even though the SSA form knows n's value.
    /// </summary>
    private System.Numerics.BigInteger? MakeSizeConstant(MakeSlice ms)
    {
        if (ms.Source is CallExpr { Args.Length: >= 2 } call)
            return _info.Types.TryGetValue(call.Args[^1], out var tv) && tv.Value != null ? tv.Value.AsBigInteger : null;
        return ms.Cap is SsaConst { Value: not null } c ? c.Value.AsBigInteger : null;
    }

    private void Finish(List<Function> fns)
    {
        foreach (var fn in fns)
        {
            var tags = new Leaks[fn.Params.Count];
            for (int i = 0; i < fn.Params.Count; i++)
            {
                var p = fn.Params[i];
                if (!HasPointers(p.Type) || p.Variable == null) { tags[i] = new Leaks(); continue; }
                var loc = VarLoc(p.Variable);
                var esc = loc.ParamEsc.Clone();
                esc.Optimize();
                if (!loc.Has(Attr.Escapes)) ReportLeaks(p.Variable.Pos, p.Variable.Name, esc, fn);
                tags[i] = esc;
            }
            _tags[fn] = tags;
        }
        var ordered = _allLocs.Where(l => l.Kind == LocKind.Var).OrderBy(l => l.SortFn).ThenBy(l => l.Var!.InlinedDcl).ThenBy(l => l.Pos, Comparer<Pos>.Create(Pos.Compare))
            .Concat(_allLocs.Where(l => l.Kind == LocKind.Alloc && l.Reported).OrderBy(l => l.SortFn)
                .ThenBy(l => l.SortPos ?? Start(l.Node, l.Pos), Comparer<Pos>.Create(Pos.Compare))
                .ThenByDescending(l => l.Seq));
        foreach (var loc in ordered)
        {
            if (IsStaticData(loc))
                continue; // statically initialised data: no code, no message
            if (loc.Kind == LocKind.Var)
            {
                if (loc.Has(Attr.Escapes) && _prog.Variables.InMemory(loc.Var!) || loc.Has(Attr.Escapes) && loc.IsParam)
                    Messages.Add(new EscapeMessage(loc.Pos, $"moved to heap: {loc.Var!.Name}"));
                continue;
            }
            string text = loc.Text ?? ExprText(loc.Node);
            if (loc.Has(Attr.Escapes)) Messages.Add(new EscapeMessage(loc.Pos, $"{text} escapes to heap"));
            else
            {
                Messages.Add(new EscapeMessage(loc.Pos, $"{text} does not escape"));
                if (loc.Str2Bytes && !loc.Has(Attr.Mutates))
                    Messages.Add(new EscapeMessage(loc.Pos, "zero-copy string->[]byte conversion"));
            }
        }
        foreach (var (key, l) in _siteLocs)
            if (key is Alloc a) a.Heap = l.Has(Attr.Escapes);
        foreach (var fn in fns)
            foreach (var a in fn.Locals)
                if (a.IsVariableAddress && a.Variable != null && _varLocs.TryGetValue(a.Variable, out var vl)) a.Heap = vl.Has(Attr.Escapes);
    }

    private void ReportLeaks(Pos pos, string name, Leaks esc, Function fn)
    {
        bool warned = false;
        int x = esc.Heap;
        if (x >= 0)
        {
            Messages.Add(new EscapeMessage(pos, x == 0 ? $"leaking param: {name}" : $"leaking param content: {name}"));
            warned = true;
        }
        var res = fn.Signature.Results;
        for (int i = 0; i < Leaks.NumResults && i < res.Length; i++)
        {
            int r = esc.Result(i);
            if (r < 0) continue;
            string rn = res.Vars[i].Name is "" ? $"~r{i}" : res.Vars[i].Name;
            Messages.Add(new EscapeMessage(pos, $"leaking param: {name} to result {rn} level={r}"));
            warned = true;
        }
        if (!warned) Messages.Add(new EscapeMessage(pos, $"{name} does not escape"));
    }

    private HashSet<Node>? _staticInit;

    /// <summary>Parts of package-level initializers that cmd/compile's staticinit lays out as
    /// data (literals of constants, &amp;T{...}, function literals): escape analysis never sees them;
    /// map literals, calls and make are left as code.</summary>
    /// <summary>An allocation of a package-level initializer that Go lays out as data.</summary>
    private bool IsStaticData(Loc l) =>
        l.Kind == LocKind.Alloc && l.Node != null && l.Fn?.Synthetic == "package initializer" && StaticInit().Contains(l.Node);

    private HashSet<Node> StaticInit()
    {
        if (_staticInit != null) return _staticInit;
        _staticInit = new(ReferenceEqualityComparer.Instance);
        Dictionary<Var, Expr>? args = null; // the arguments standing for an inlined body's parameters
        void Mark(Expr? e)
        {
            switch (e)
            {
                case null: return;
                case ParenExpr p: Mark(p.X); return;
                case Name n when args != null && _info.ObjectOf(n) is Var pv && args.TryGetValue(pv, out var arg):
                    Mark(arg);
                    return;
                case InlinedCallExpr ic when StaticInlinedCall(ic) is var (ret, bindings):
                    {
                        // staticinit's staticAssignInlinedCall: a one-return body with the
                        // arguments substituted for the parameters is static data if its result is.
                        var saved = args;
                        args = bindings;
                        Mark(ret);
                        args = saved;
                        return;
                    }
                case CallExpr { Args.Length: 1 } conv when _info.Types.TryGetValue(conv.Fun, out var ftv) && ftv.IsType
                                                          && _info.Types.TryGetValue(conv.Args[0], out var atv) && atv.Value != null
                                                          && ftv.Type.Underlying is Types.Slice:
                    _staticInit.Add(conv); // []byte("const") and []rune("const") are laid out as data
                    return;
                case UnaryExpr { Op: Operator.And, X: CompositeLit } u: _staticInit.Add(u); Mark(u.X); return;
                case CompositeLit cl when _info.TypeOf(cl)?.Underlying is not Map:
                    _staticInit.Add(cl);
                    foreach (var el in cl.Elems)
                    {
                        var value = el is KeyValueExpr kv ? kv.Value : el;
                        MarkConverted(value, ElemType(cl, el));
                        Mark(value);
                    }
                    return;
                case FuncLit fl: _staticInit.Add(fl); return;
            }
            if (_info.Types.TryGetValue(e, out var tv) && tv.Value != null) _staticInit.Add(e);
        }
        foreach (var f in _prog.Functions)
            if (f.Synthetic == "package initializer" && f.Blocks.Count > 0)
                foreach (var b in f.Blocks)
                    foreach (var ins in b.Instrs)
                        if (ins.Source is VarDecl vd)
                            for (int i = 0; i < vd.Values.Length; i++)
                            {
                                if (vd.Values.Length == vd.Names.Length && _info.Defs.GetValueOrDefault(vd.Names[i]) is Var gv)
                                    MarkConverted(vd.Values[i], gv.Type);
                                Mark(vd.Values[i]);
                            }
        return _staticInit;

        // staticinit's OCONVIFACE: the interface word is data, the value goes to a static temp,
        // so converting any value to an interface costs no allocation here (var x any = f()).
        void MarkConverted(Expr e, GoType? target)
        {
            e = Unparen(e);
            if (target != null && IsInterface(target) && _info.TypeOf(e) is { } t && !IsInterface(t)) _staticInit.Add(e);
        }
    }

    /// <summary>
    /// An inlined call staticinit can turn into data (staticAssignInlinedCall): the body is one
    /// <c>return x</c>, the arguments have no side effects, no parameter has its address taken,
    /// and a parameter used more than once has a repeatable (constant) argument. Returns the
    /// returned expression and the argument of each parameter.
    /// </summary>
    private (Expr Ret, Dictionary<Var, Expr> Args)? StaticInlinedCall(InlinedCallExpr ic)
    {
        if (!ic.DelayedResults || ic.Body.List is not [ReturnStmt { Results: [var ret] }]) return null;
        var bindings = new Dictionary<Var, Expr>(ReferenceEqualityComparer.Instance);
        foreach (var init in ic.Init)
        {
            if (init is not AssignStmt { Define: true } a || a.Lhs.Length != a.Rhs.Length) return null;
            for (int i = 0; i < a.Lhs.Length; i++)
            {
                if (_info.Defs.GetValueOrDefault((Name)a.Lhs[i]) is not Var pv) continue;
                if (_prog.Variables.IsAddrTaken(pv) || HasSideEffects(a.Rhs[i])) return null;
                bindings[pv] = a.Rhs[i];
            }
        }
        var uses = new Dictionary<Var, int>(ReferenceEqualityComparer.Instance);
        bool closure = false;
        void Count(Node n)
        {
            if (n is Name nm && _info.ObjectOf(nm) is Var v && bindings.ContainsKey(v)) uses[v] = uses.GetValueOrDefault(v) + 1;
            if (n is FuncLit) closure = true;
            foreach (var c in n.Children) Count(c);
        }
        Count(ret);
        if (closure) return null;
        foreach (var (v, n) in uses)
            if (n > 1 && !(_info.Types.TryGetValue(bindings[v], out var tv) && tv.Value != null)) return null;
        return (ret, bindings);
    }

    /// <summary>ir.AnySideEffects for the expressions MiniGo has: calls, receives and inlined calls have them.</summary>
    private bool HasSideEffects(Node n) =>
        n is CallExpr c && !(_info.Types.TryGetValue(c.Fun, out var ftv) && ftv.IsType) || n is InlinedCallExpr || n is UnaryExpr { Op: Operator.Arrow }
        || n.Children.Any(HasSideEffects);

    /// <summary>The type an element of a (non-map) composite literal is assigned to.</summary>
    private GoType? ElemType(CompositeLit cl, Expr el)
    {
        switch (_info.TypeOf(cl)?.Underlying)
        {
            case Types.Slice sl: return sl.Elem;
            case Types.Array a: return a.Elem;
            case Struct st:
                if (el is KeyValueExpr { Key: Name fname }) return st.Fields.FirstOrDefault(f => f.Name == fname.Value)?.Type;
                int i = cl.Elems.IndexOf(el);
                return i >= 0 && i < st.Fields.Length ? st.Fields[i].Type : null;
            default: return null;
        }
    }

    // ------------------------------------------------------------------ capture

    private Dictionary<Var, bool>? _reassignedCache;

    private Dictionary<Var, FuncDecl>? _declaringFuncDecl;

    /// <summary>The function declaration that declares v (null for a variable of a package-level
    /// initializer). A variable's owner is in the batch being analysed (closures are analysed
    /// with the function that contains them), so its outermost function is the answer;
    /// otherwise every declaration is searched once.</summary>
    private FuncDecl? DeclaringFuncDecl(Var v)
    {
        if (_owner.GetValueOrDefault(v) is { } owner)
        {
            while (owner.Parent != null) owner = owner.Parent;
            return owner.Syntax as FuncDecl;
        }
        if (_declaringFuncDecl == null)
        {
            // The first function declaration (in program order) that defines each variable.
            _declaringFuncDecl = new(ReferenceEqualityComparer.Instance);
            foreach (var f in _prog.Functions)
                if (f.Syntax is FuncDecl fd)
                    foreach (var n in Descendants(fd).OfType<Name>())
                        if (_info.Defs.GetValueOrDefault(n) is Var dv) _declaringFuncDecl.TryAdd(dv, fd);
        }
        return _declaringFuncDecl.GetValueOrDefault(v);
    }

    /// <summary>Go's loc.reassigned at the end of the walk: reassignments before the first
    /// capture by a closure are forgotten when the capture happens at the variable's own loop
    /// depth (escape.go, OCLOSURE); those after it (including inside closures) count.</summary>
    private bool ReassignedAroundCapture(Var v)
    {
        _reassignedCache ??= new(ReferenceEqualityComparer.Instance);
        if (_reassignedCache.TryGetValue(v, out bool r)) return r;
        r = true;
        Node? decl = DeclaringFuncDecl(v);
        if (decl != null)
        {
            // The innermost function (declaration or literal) that declares v.
            Node owner = decl;
            if (_owner.GetValueOrDefault(v)?.Syntax is FuncLit or FuncDecl) owner = _owner[v].Syntax!;
            else
                foreach (var fl in Descendants(decl).OfType<FuncLit>())
                    if (Descendants(fl.Body).OfType<Name>().Any(n => ReferenceEquals(_info.Defs.GetValueOrDefault(n), v)) ||
                        Descendants(fl.Type).OfType<Name>().Any(n => ReferenceEquals(_info.Defs.GetValueOrDefault(n), v)))
                        owner = fl;
            Pos? capture = null; int captureDepth = 0;
            var assigns = new List<Pos>();
            void Walk(Node? n, int depth, bool inLit)
            {
                switch (n)
                {
                    case null: return;
                    case FuncLit fl when !ReferenceEquals(fl, owner):
                        if (!inLit && capture == null && Descendants(fl.Body).OfType<Name>().Any(x => ReferenceEquals(_info.Uses.GetValueOrDefault(x), v)))
                        { capture = fl.Pos; captureDepth = depth; }
                        Walk(fl.Body, 0, true);
                        return;
                    case AssignStmt a:
                        // Go's escape.addr: a field of a struct or an element of an array
                        // assigns the variable itself (t.x = n, a[0]++).
                        foreach (var l in a.Lhs)
                            if (ReferenceEquals(_prog.Variables.AssignedVar(l), v) && !(a.Define && l is Name nm && ReferenceEquals(_info.Defs.GetValueOrDefault(nm), v)))
                                // Go records the reassignment after walking the right-hand side.
                                assigns.Add(a.Rhs.Length > 0 ? a.Rhs.Select(x => x.Pos).Max(Comparer<Pos>.Create(Pos.Compare)) : a.Pos);
                        break;
                    case IncDecStmt id when ReferenceEquals(_prog.Variables.AssignedVar(id.X), v):
                        assigns.Add(id.Pos);
                        break;
                    case ReturnStmt ret when !inLit && IsNamedResultOf(owner, v):
                        // Every return assigns the named results, a bare one too (escape's
                        // assignList(results, n.Results, "return") marks them reassigned).
                        assigns.Add(ret.Results.Length > 0 ? ret.Results.Select(x => x.Pos).Max(Comparer<Pos>.Create(Pos.Compare)) : ret.Pos);
                        break;
                    case RangeStmt rs:
                        // A range assigns its variables each iteration; Go 1.22's per-iteration
                        // copy of a variable it declares is an assignment too.
                        foreach (var e in new[] { rs.Key, rs.Value })
                            if (e != null && ReferenceEquals(_prog.Variables.AssignedVar(e), v)) assigns.Add(rs.Pos);
                        Walk(rs.Key, depth + 1, inLit); Walk(rs.Value, depth + 1, inLit); Walk(rs.X, depth, inLit); Walk(rs.Body, depth + 1, inLit);
                        return;
                    case ForStmt fs:
                        // Go 1.22's per-iteration copy of a 3-clause loop variable (i := i' at
                        // the top of the body) assigns it.
                        if (fs.Init is AssignStmt { Define: true } fi && fi.Lhs.Any(l => l is Name ln && ReferenceEquals(_info.Defs.GetValueOrDefault(ln), v)))
                            assigns.Add(fs.Pos);
                        Walk(fs.Init, depth, inLit); Walk(fs.Cond, depth, inLit); Walk(fs.Post, depth, inLit); Walk(fs.Body, depth + 1, inLit);
                        return;
                }
                foreach (var c in n.Children) Walk(c, depth, inLit);
            }
            Walk(owner is FuncLit ofl ? ofl.Body : ((FuncDecl)owner).Body, 0, false);
            int vDepth = DeclDepths().GetValueOrDefault(v);
            if (capture is Pos cp)
                r = assigns.Any(a => Pos.Compare(a, cp) >= 0) || (captureDepth != vDepth && assigns.Any(a => Pos.Compare(a, cp) < 0));
        }
        _reassignedCache[v] = r;
        return r;
    }

    private bool IsNamedResultOf(Node owner, Var v)
    {
        var sig = owner switch { FuncDecl fd => fd.Type, FuncLit fl => fl.Type, _ => null };
        return sig != null && sig.Results.Any(f => f.Name != null && ReferenceEquals(_info.Defs.GetValueOrDefault(f.Name), v));
    }

    /// <summary>n and every node below it, in source (pre-)order. An explicit stack: nested
    /// iterators would cost the depth of the tree for every node (deeply nested closures).</summary>
    private static IEnumerable<Node> Descendants(Node n)
    {
        var stack = new Stack<Node>();
        stack.Push(n);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            yield return x;
            var cs = x.Children;
            for (int i = cs.Length - 1; i >= 0; i--)
                if (cs[i] != null) stack.Push(cs[i]);
        }
    }

    /// <summary>Where Go's walk meets an expression: its leftmost position (SSA builds operands
    /// first, Go's walk visits the outer expression first; ties go to the later location).</summary>
    private static Pos Start(Node? n, Pos fallback)
    {
        var p = n switch
        {
            null => fallback,
            BinaryExpr b => Start(b.X, b.Pos),
            CallExpr c => Start(c.Fun, c.Pos),
            SelectorExpr se => Start(se.X, se.Pos),
            IndexExpr ix => Start(ix.X, ix.Pos),
            SliceExpr sl => Start(sl.X, sl.Pos),
            AssertExpr ae => Start(ae.X, ae.Pos),
            CompositeLit { Type: not null } cl => Start(cl.Type, cl.Pos),
            KeyValueExpr kv => Start(kv.Key, kv.Pos),
            _ => n.Pos,
        };
        // A type expression inside an inlined body is shared with the callee's source: it stands
        // where its copied parent stands.
        if (p.IsKnown && !p.IsInlined && fallback.IsInlined) p = p with { InlinedAt = fallback.InlinedAt };
        return p.IsKnown ? p : fallback;
    }

    // ------------------------------------------------------------------ expression text

    private Dictionary<Function, AutoTemps>? _autoTemps;
    private Dictionary<Expr, string>? _calleeTemps;
    private Dictionary<CallExpr, int>? _spreadTemps;

    /// <summary>Calls g(f()) in the whole program, with the first temporary of f's results.</summary>
    private Dictionary<CallExpr, int> SpreadTemps()
    {
        if (_spreadTemps != null) return _spreadTemps;
        _spreadTemps = new(ReferenceEqualityComparer.Instance);
        foreach (var f in _prog.Functions.SelectMany(WithClosures))
            if (f.Syntax is FuncDecl or FuncLit)
                foreach (var (call, n) in TempsOf(f).Spreads) _spreadTemps[call] = n;
        return _spreadTemps;
    }

    /// <summary>Go's numbering of the front end's temporaries in fn (see AutoTemps).</summary>
    private AutoTemps TempsOf(Function fn)
    {
        _autoTemps ??= new(ReferenceEqualityComparer.Instance);
        if (!_autoTemps.TryGetValue(fn, out var t)) _autoTemps[fn] = t = AutoTemps.Of(fn, _info);
        return t;
    }

    /// <summary>Callees of f()() calls in the whole program, with the temporary Go prints.</summary>
    private Dictionary<Expr, string> CalleeTemps()
    {
        if (_calleeTemps != null) return _calleeTemps;
        _calleeTemps = new(ReferenceEqualityComparer.Instance);
        foreach (var f in _prog.Functions.SelectMany(WithClosures))
            if (f.Syntax is FuncDecl or FuncLit)
                foreach (var (callee, n) in TempsOf(f).Callees) _calleeTemps[callee] = $".autotmp_{n}";
        return _calleeTemps;
    }

    private string ExprText(Node? n) => n switch
    {
        null => "?",
        CallExpr ce when _devirtCalls.TryGetValue(ce, out var t) => GoExprPrinter.PrintDevirtualizedCall(ce, t, _info),
        Expr e => GoExprPrinter.Print(e, _info, CalleeTemps(), SpreadTemps()),
        Stmt s => GoExprPrinter.PrintStmt(s, _info, _devirtCalls),
        _ => "?",
    };
}
