using MiniGo.Ssa;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using SsaValue = MiniGo.Ssa.Value;
using SsaConst = MiniGo.Ssa.Const;
using Convert = MiniGo.Ssa.Convert;
using static MiniGo.Escape.EscapeAnalysis;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Escape;

internal sealed partial class Analyzer
{
    /// <summary>Allocation sites assigned to a promoted variable (<c>c := &amp;T{...}</c>): SSA
    /// uses the value where Go's tree reads the variable, so a use reads the variable.</summary>
    private readonly Dictionary<SsaValue, Var> _siteVar = new(ReferenceEqualityComparer.Instance);

    private static bool IsSiteValue(SsaValue v) => v is Alloc { IsVariableAddress: false } or MakeClosure or MakeSlice or MakeMap or MakeInterface or Convert or BinOp or Function { Syntax: FuncLit };

    private void WalkFunc(Function fn)
    {
        foreach (var d in fn.VarDefs.OrderBy(d => d.Pos, Comparer<Pos>.Create(Pos.Compare)))
            if (d.Value.Variable == null && IsSiteValue(d.Value) && d.Target.Kind != VarKind.Package && !_prog.Variables.InMemory(d.Target) && d.Source is AssignStmt or DeclStmt or VarDecl)
                _siteVar.TryAdd(d.Value, d.Target);

        // Varargs arrays of append are Go's individual append arguments, not a "... argument".
        foreach (var b in fn.Blocks)
            foreach (var ins in b.Instrs)
                if (ins is Call { Call.Mode: CallMode.Builtin } c && c.Call.Callee.Name == "append" && c.Operands.Count > 2
                    && c.Operands[2] is Ssa.Slice { X: Alloc { Comment: "varargs" } va })
                    _appendVarargs.Add(va);

        foreach (var b in fn.Blocks)
            foreach (var ins in b.Instrs)
            {
                CurDepth = ins.LoopDepth;
                _curIns = ins;
                _curStmt = null;
                Instr(ins);
            }
        // Assignments between promoted variables (y := x has no instruction).
        foreach (var d in fn.VarDefs)
        {
            _curIns = d.Value as Instruction;
            _curStmt = d.Source;
            if (d.Source is CaseClause cc && TypeSwitchOf(cc) is { } tsw)
            {
                // The clause's variable gets its value through the switch's tee (stmt.go).
                TypeSwitch(tsw, d.Value is Extract { Tuple: TypeAssert ta0 } ? ta0.X : d.Value);
                continue;
            }
            if (d.Target.Kind == VarKind.Package || _prog.Variables.InMemory(d.Target)) continue;
            if (d.Source is RangeStmt { Define: false })
            {
                ExprIntrinsicAnyType(VarLoc(d.Target).H.Note(At(d.Source, "range")), d.Value);
                continue;
            }
            if (!HasPointers(d.Target.Type!)) continue;
            // f := func() {...} without free variables has no instruction; when the inliner has
            // replaced every call of f, this assignment is the literal's only use.
            if (d.Value is Function { Syntax: FuncLit } lit0 && !_siteLocs.ContainsKey(lit0)) ClosureSite(d.Value, lit0);
            var k = VarLoc(d.Target).H.Note(AssignNote(d.Source));
            if (ReferenceEquals(d.Value.Variable, d.Target))
            {
                if (d.Value is Phi or Parameter or FreeVar) continue;
                var seen = RentSeen();
                ExprIntrinsic(k, d.Value, seen);
                ReturnSeen(seen);
            }
            else ExprOperand(k, d.Value, d.Source is AssignStmt { Lhs.Length: 1, Rhs.Length: 1 } a1 ? a1.Rhs[0] : null);
        }
    }

    private void Instr(Instruction ins)
    {
        if (ins is TypeAssert { Source: MiniGo.Syntax.Ast.Expr } tai && EnclosingStmt(tai.Source) is TypeSwitchStmt tsi) TypeSwitch(tsi, tai.X);
        if (ins.Source is RangeStmt rs0) RangeTemp(rs0);
        // Function literals without free variables are plain Function operands.
        foreach (var op in ins.Operands)
            if (op is Function { Syntax: FuncLit } lit && !_siteLocs.ContainsKey(lit)) ClosureSite(ins, lit);
        switch (ins)
        {
            case Alloc a:
                if (a.IsVariableAddress && a.Variable != null) { VarLoc(a.Variable); break; }
                AllocSite(a);
                break;
            case Store s:
                if (IgnoredSelfAssign(s, s.Addr)) break;
                if (s.Source is RangeStmt { Define: false } && s.Addr is Alloc { IsVariableAddress: true, Variable: not null } va0)
                {
                    // for k, v = range X: Go flows *X into v whatever v's type.
                    ExprIntrinsicAnyType(VarLoc(va0.Variable!).H, s.Val);
                    break;
                }
                if (PlainStore(s) && _preFlowed.Contains(s.Val)) break;
                ExprOperand(StoreHole(s), s.Val, StoredExpr(s));
                break;
            case MapUpdate mu:
                Expr(_heap.H.Note(MapKeyNote(mu)), mu.Key);
                Expr(_heap.H.Note(MapValueNote(mu)), mu.Val);
                break;
            case Send sd:
                {
                    var sendStmt = sd.Source as SendStmt ?? EnclosingStmt(sd.Source) as SendStmt;
                    // c <- p reads the variable p (a promoted p is the value of &x itself).
                    ExprOperand(_heap.H.Note(At(sendStmt, "send")), sd.X, sendStmt?.Value);
                    break;
                }
            case Ssa.Select sel:
                SelectSends(sel);
                break;
            case Panic p:
                Expr(_heap.H.Note(At(p.Source as CallExpr, "call parameter")), p.X);
                break;
            case Return r:
                {
                    var res = _results[_cur];
                    var note = At(r.Source as ReturnStmt, "return");
                    for (int i = 0; i < r.Results.Count && i < res.Length; i++)
                    {
                        // A bare return: the named results are the locations, already assigned.
                        if (r.Source is ReturnStmt { Results.Length: 0 } && res[i].Kind == LocKind.Var) continue;
                        if (_preFlowed.Contains(r.Results[i])) continue;
                        var ast = r.Source is ReturnStmt rst && rst.Results.Length == r.Results.Count ? rst.Results[i] : null;
                        ExprOperand(res[i].H.Note(note), r.Results[i], ast);
                    }
                    break;
                }
            case MakeClosure mc:
                {
                    var loc = ClosureSite(mc, mc.Fn);
                    bool bound = mc.Fn.Synthetic.StartsWith("bound method wrapper", StringComparison.Ordinal);
                    if (bound && mc.Bindings.Count == 1)
                    {
                        // Method value x.M: the receiver also flows as the method's receiver
                        // argument, with the results going to the heap (expr.go OMETHVALUE).
                        var m = WrappedMethod(mc.Fn);
                        var nres = mc.Fn.Signature.Results.Length;
                        var ks = Enumerable.Repeat(_heap.H, nres).ToArray();
                        // One walk of the receiver into a tee of both holes (teeHole: {temp}).
                        Expr(TeeHole(m == null ? _heap.H : ParamHole(m, 0, ks), loc.H), mc.Bindings[0]);
                        break;
                    }
                    // Captured variables flow once every body of the batch has been walked
                    // (escape.go's b.closures, flowClosure).
                    _closures.Add(() => { _cur = loc.Fn!; FlowClosure(loc, mc); });
                    break;
                }
            case MakeInterface mi:
                if (!IsInterface(mi.X.Type) && !IsDirectIface(mi.X.Type))
                {
                    if (TempConversion(mi) is { } temp)
                    {
                        // The value boxed is one of Go's temporaries for a multi-value call or a
                        // comma-ok form (f(g()), a, b := x.(T) with interface targets).
                        var tloc = Site(mi, mi, mi.Source);
                        (tloc.Text, tloc.Pos, tloc.SortPos) = temp;
                        Expr(tloc.H.Note(AtLoc(tloc, "interface-converted")), mi.X);
                        break;
                    }
                    var node = ConvertedExpr(mi);
                    var loc = Site(mi, mi, node);
                    if (node != null) loc.Pos = node.Pos;
                    // An explicit conversion T(x) is positioned at x, as Go's OCONVIFACE.
                    if (node is CallExpr { Args.Length: 1 } conv && _info.Types.TryGetValue(conv.Fun, out var ftv) && ftv.IsType && ftv.Type is { } ct && IsInterface(ct))
                        loc.Pos = conv.Args[0].Pos;
                    Expr(loc.H.Note(AtLoc(loc, "interface-converted")), mi.X);
                }
                break;
            case MakeSlice or MakeMap:
                Site(ins, ins, ins.Source);
                break;
            case Convert cv:
                if (IsStringConversion(cv))
                {
                    var loc = Site(cv, cv, cv.Source);
                    if (cv.Source is CallExpr { Args.Length: 1 } ce) loc.Pos = ce.Args[0].Pos;
                    loc.Str2Bytes = cv.Type.Underlying is Types.Slice { Elem.Underlying: Basic { Kind: BasicKind.Uint8 } } && cv.X.Type.Underlying is Basic { IsString: true };
                }
                break;
            case BinOp bo:
                if (IsConcatRoot(bo)) Site(bo, bo, ConcatNode(bo));
                break;
            case Call c:
                CallInstr(c, c);
                break;
            case Go or Defer:
                GoDefer((CallInstruction)ins);
                break;
        }
    }

    private Instruction? _curIns;
    /// <summary>The statement being walked when it is not the instruction's (a VarDef's assignment).</summary>
    private Node? _curStmt;

    /// <summary>Expr for an operand whose source expression is known: a plain name of a local
    /// variable is a read of that variable's location (Go's tree reads <c>y</c> in
    /// <c>y := x; return y</c>, where SSA has only x's value).</summary>
    /// <summary>The right-hand expression a store writes (<c>sink = p2</c>: p2), when the
    /// statement says which one; a use spelled as a variable then reads that variable.</summary>
    private Expr? StoredExpr(Store s)
    {
        if (s.Source is not AssignStmt { Op: null } a || a.Lhs.Length != a.Rhs.Length) return null;
        if (a.Lhs.Length == 1) return a.Rhs[0];
        for (int i = 0; i < a.Lhs.Length; i++)
            if (ReferenceEquals(Unparen(a.Lhs[i]), s.Addr.Source) || ReferenceEquals(a.Lhs[i], s.Addr.Source)) return a.Rhs[i];
        return null;
    }

    private void ExprOperand(Hole k, SsaValue v, Expr? ast)
    {
        while (ast is ParenExpr pe) ast = pe.X;
        if (ast is Name nm && _info.Uses.GetValueOrDefault(nm) is Var var && var.Kind != VarKind.Package
            && !ReferenceEquals(var, v.Variable) && _varLocs.ContainsKey(var) && !_prog.Variables.InMemory(var)
            && var.Type is { } vt && Predicates.Identical(vt, v.Type) // no implicit conversion or deref in between
            && (k.Derefs < 0 || HasPointers(v.Type)))
        {
            Flow(k, VarLoc(var));
            return;
        }
        Expr(k, v);
    }

    /// <summary>Call results already wired to their consumer (see <see cref="ConsumerHole"/>).</summary>
    private readonly HashSet<SsaValue> _preFlowed = new(ReferenceEqualityComparer.Instance);

    /// <summary>A store that is a plain assignment (not a range, not a self-assignment, not
    /// through new(T)/&amp;T{...}): its hole is AddrHole plus the assignment's note.</summary>
    private bool PlainStore(Store s)
    {
        if (s.Source is RangeStmt) return false;
        if (s.Source is AssignStmt { Op: null, Define: false } a && a.Lhs.Length == a.Rhs.Length)
            for (int i = 0; i < a.Lhs.Length; i++)
                if ((ReferenceEquals(Unparen(a.Lhs[i]), s.Addr.Source) || ReferenceEquals(a.Lhs[i], s.Addr.Source)) && IsSelfAssign(Unparen(a.Lhs[i]), Unparen(a.Rhs[i]))) return false;
        return true;
    }

    /// <summary>Where a store's value goes. *p = v, p.f = v, s[i] = v: Go's addr() gives the heap
    /// hole and mutates p, even when SSA knows p = &amp;x (y := &amp;p; *y = &amp;i moves i to the heap).</summary>
    private Hole StoreHole(Store s)
    {
        if (!s.Indirect) return AddrHole(s.Addr).Note(StoreNote(s));
        Mutate(s.Addr);
        return _heap.H.Note(StoreNote(s));
    }

    /// <summary>Go evaluates <c>x.f = g(...)</c> and <c>return g(...)</c> with the hole of the
    /// destination already made, so the destination's edges come before the call's. MiniGo
    /// walks the call first: when its only use is such a store or return, the hole is made
    /// here, and the later store or return skips it.</summary>
    private Hole? ConsumerHole(CallInstruction c)
    {
        if (c.Referrers.Count != 1) return null;
        var saved = _curIns;
        try
        {
            switch (c.Referrers[0])
            {
                case Store st when ReferenceEquals(st.Val, c) && PlainStore(st):
                    _curIns = st;
                    _preFlowed.Add(c);
                    return StoreHole(st);
                case Return r when r.Results.Count(x => ReferenceEquals(x, c)) == 1 && _results.TryGetValue(_cur, out var res):
                    int i = r.Results.ToList().FindIndex(x => ReferenceEquals(x, c));
                    if (i >= res.Length || r.Source is ReturnStmt { Results.Length: 0 } && res[i].Kind == LocKind.Var) return null;
                    _preFlowed.Add(c);
                    return res[i].H.Note(At(r.Source as ReturnStmt, "return"));
            }
            return null;
        }
        finally { _curIns = saved; }
    }
    private readonly Dictionary<Node, Loc> _rangeTemps = new(ReferenceEqualityComparer.Instance);

    /// <summary>stmt.go's ORANGE: X is evaluated once into a temporary that lives until the
    /// loop ends; the value variable gets *tmp ("range-deref"), or tmp itself for an array
    /// ("range").</summary>
    private void RangeValue(Hole k, SsaValue at, SsaValue x, bool slice)
    {
        var rs = at.Source as RangeStmt;
        if (rs == null) { Expr(slice ? k.Deref() : k, x); return; }
        var tmp = RangeTemp(rs);
        // An array is ranged over by value: tmp holds the array (*(&arr)).
        if (_rangeTempFilled.Add(tmp)) Expr(slice ? tmp.H : tmp.H.Deref(), x);
        var note = _explain ? new Note("for loop", slice ? "range-deref" : "range", rs.RangePos) : null;
        Flow(slice ? k.Deref(note) : k.Note(note), tmp);
    }

    private readonly HashSet<TypeSwitchStmt> _typeSwitches = new(ReferenceEqualityComparer.Instance);

    private TypeSwitchStmt? TypeSwitchOf(CaseClause c)
    {
        return ParentsOf(c).GetValueOrDefault(c) as TypeSwitchStmt;
    }

    /// <summary>stmt.go's type switch: x flows once, through a tee of every clause variable
    /// that holds pointers (dotType: a non-interface, non-pointer-shaped type is one deref
    /// away), each hole noted "switch case" at its clause.</summary>
    private void TypeSwitch(TypeSwitchStmt ts, SsaValue x)
    {
        if (!_typeSwitches.Add(ts)) return;
        var holes = new List<Hole>();
        foreach (var c in ts.Clauses)
        {
            if (_info.Implicits.GetValueOrDefault(c) is not Var cv || cv.Type is not { } t || !HasPointers(t)) continue;
            var k = VarLoc(cv).H;
            if (!IsInterface(t) && !IsDirectIface(t)) k = k.Shift(1);
            holes.Add(k.Note(_explain ? new Note(GoExprPrinter.PrintCase(c, _info), "switch case", c.Pos) : null));
        }
        if (holes.Count == 0) return;
        Expr(TeeHole(holes.ToArray()), x);
    }

    private readonly HashSet<Loc> _rangeTempFilled = new(ReferenceEqualityComparer.Instance);

    /// <summary>The range statement's temporary, made when the walk reaches the statement
    /// (its place in the solver's LIFO queue is Go's); X flows into it at once when X is a
    /// local variable, else when the loop's value is first used.</summary>
    private Loc RangeTemp(RangeStmt rs)
    {
        if (_rangeTemps.TryGetValue(rs, out var tmp)) return tmp;
        tmp = NewLoc(LocKind.Temp, _cur, SyntacticLoopDepth(rs) ?? 0, persists: true);
        _rangeTemps[rs] = tmp;
        var x = rs.X;
        x = Unparen(x);
        if (x is Name nm && _info.Uses.GetValueOrDefault(nm) is Var v && v.Kind != VarKind.Package && _varLocs.ContainsKey(v) && HasPointers(v.Type!))
        {
            Flow(tmp.H, VarLoc(v));
            _rangeTempFilled.Add(tmp);
        }
        return tmp;
    }

    /// <summary>escape.go's b.closures, in walk order: each entry runs flowClosure for one
    /// closure (a function literal, or the wrapper of a go/defer call).</summary>
    private readonly List<Action> _closures = new();

    /// <summary>escape.go's flowClosure: each captured variable flows into the closure, by
    /// value or (its address) by reference; -m=2 says which and why.</summary>
    private void FlowClosure(Loc loc, MakeClosure mc)
    {
        for (int i = 0; i < mc.Bindings.Count; i++)
        {
            var b = mc.Bindings[i];
            // A method value's receiver is an expression, not a captured variable: it flows
            // into the closure as is (expr.go OMETHVALUE teeHole).
            var fv = mc.Fn.Syntax is FuncLit && i < mc.Fn.FreeVars.Count ? mc.Fn.FreeVars[i] : null;
            var v = fv?.Variable;
            if (fv == null || v == null || v.Kind == VarKind.Package) { Expr(loc.H, b); continue; }
            bool byValue = !fv.ByRef || GoCapturesByValue(v);
            var use = FirstUse(mc.Fn, v);
            if (_explain && mc.Fn.Syntax is FuncLit)
            {
                bool addr = _prog.Variables.IsAddrTaken(v) || _capturedByRef.Contains(v);
                bool assign = GoReassigned(v);
                string owner = _owner.TryGetValue(v, out var of) ? GoFuncName(of) : GoFuncName(_cur);
                Messages.Add(new EscapeMessage(v.Pos, $"{owner} capturing by {(byValue ? "value" : "ref")}: {v.Name} (addr={Lower(addr)} assign={Lower(assign)} width={Sizes.Sizeof(v.Type!)})"));
            }
            var k = loc.H;
            if (!byValue) { k = k.Addr(At(use, "reference")); _capturedByRef.Add(v); }
            Flow(k.Note(At(use, "captured by a closure")), VarLoc(v));
        }
    }

    private readonly HashSet<Var> _capturedByRef = new(ReferenceEqualityComparer.Instance);

    private static string Lower(bool b) => b ? "true" : "false";

    /// <summary>First mention of each variable in each function literal, for the top-level
    /// functions indexed so far.</summary>
    private readonly Dictionary<(FuncLit, Var), Name> _firstUses = new();
    private readonly HashSet<Node> _firstUsesIndexed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where a closure first mentions v (the position Go gives its closure variable).
    /// One source-order walk of the top-level function finds it for all its literals: a use
    /// is the first in every enclosing literal that has none yet (once one has, so do the
    /// literals around it), so deeply nested closures cost their size, not its square.</summary>
    private Node? FirstUse(Function closure, Var v)
    {
        if (closure.Syntax is not FuncLit fl) return null;
        var top = closure;
        while (top.Parent != null) top = top.Parent;
        if (top.Syntax is { } root && _firstUsesIndexed.Add(root))
        {
            var lits = new List<FuncLit>();
            void Index(Node n)
            {
                if (n is Name nm && _info.Uses.GetValueOrDefault(nm) is Var uv)
                    for (int i = lits.Count - 1; i >= 0 && _firstUses.TryAdd((lits[i], uv), nm); i--) { }
                if (n is FuncLit inner) lits.Add(inner);
                foreach (var c in n.Children)
                    if (c != null) Index(c);
                if (n is FuncLit) lits.RemoveAt(lits.Count - 1);
            }
            Index(root);
        }
        return _firstUses.GetValueOrDefault((fl, v));
    }

    /// <summary>The name Go gives a function in messages: F, T.M, (*T).M, F.func1, F.func1.1.</summary>
    private string GoFuncName(Function f)
    {
        var top = f;
        while (top.Parent != null) top = top.Parent;
        if (top.Syntax is not FuncDecl fd) return top.Name;
        if (f.Syntax is FuncLit lit) return GoExprPrinter.ClosureName(lit, fd, _info);
        return GoExprPrinter.FuncName(fd, _info);
    }

    /// <summary>&amp;x.f or &amp;s[i]: the address-of around a field or element.</summary>
    private Note? AddressOfElem(Node? elem)
    {
        if (!_explain || elem == null) return null;
        return ParentsOf(elem).GetValueOrDefault(elem) is UnaryExpr { Op: Operator.And } u ? At(u, "address-of") : null;
    }

    private Loc ClosureSite(SsaValue at, Function fn)
    {
        if (_siteLocs.TryGetValue(fn.Syntax is FuncLit ? fn : at, out var l)) return l;
        l = NewLoc(LocKind.Alloc, _cur, at.LoopDepth);
        l.Reported = true; l.Closure = fn; l.SortFn = _curTop; l.Key = fn.Syntax is FuncLit ? fn : at;
        if (fn.Syntax is FuncLit fl) { l.Text = "func literal"; l.Node = fl; l.Pos = fl.Pos; }
        else { l.Node = at.Source; l.Pos = at.Pos; } // bound method value
        if (fn.Syntax is FuncLit) _siteLocs[fn] = l;
        if (at is MakeClosure) _siteLocs[at] = l;
        return l;
    }

    /// <summary>Go rewrites <c>f(a, b, c)</c> of <c>func f(a int, xs ...T)</c> to
    /// <c>f(a, []T{b, c})</c> (typecheck.FixVariadicCall) and walks the arguments in order: the
    /// implicit slice is met after the fixed arguments, at its first element.</summary>
    private Pos? VarArgsWalkPos(Node? source)
    {
        if (source is not CallExpr { HasDots: false } c || _info.TypeOf(c.Fun)?.Underlying is not MiniGo.Types.Signature sig) return null;
        int fixedCount = sig.Params.Length - 1;
        return fixedCount >= 0 && fixedCount < c.Args.Length ? Start(c.Args[fixedCount], c.Args[fixedCount].Pos) : null;
    }

    private void AllocSite(Alloc a)
    {
        switch (a.Comment)
        {
            case "new": Site(a, a, a.Source); break;
            case "slicelit": Site(a, a, a.Source); break;
            case "varargs":
                if (_appendVarargs.Contains(a)) Site(a, a, a.Source, reported: false);
                else Site(a, a, a.Source, "... argument").SortPos = VarArgsWalkPos(a.Source);
                break;
            default: // complit
                bool ptr = a.Source is UnaryExpr || (a.Source is CompositeLit cl && _info.TypeOf(cl)?.Underlying is Pointer);
                Site(a, a, a.Source, reported: ptr);
                break;
        }
    }

    private static bool IsStringConversion(Convert cv)
    {
        var to = cv.Type.Underlying; var from = cv.X.Type.Underlying;
        bool toStr = to is Basic { IsString: true }, fromStr = from is Basic { IsString: true };
        if (toStr && from is Types.Slice) return true;
        if (toStr && from is Basic { IsInteger: true }) return true;
        if (fromStr && to is Types.Slice) return true;
        return false;
    }

    private static bool IsStringAdd(SsaValue v) => v is BinOp { OpKind: Operator.Add } b && b.Type.Underlying is Basic { IsString: true };

    /// <summary>A string concatenation that is not an operand of a bigger one: Go's typecheck
    /// makes <c>x + y + (w + v)</c> one OADDSTR of four strings, whichever side (and however
    /// parenthesised) the inner addition is on. Not through <c>r += x</c>, which stays OASOP.</summary>
    private static bool IsConcatRoot(BinOp b) =>
        IsStringAdd(b) && !IsAssignOp(b) && !(b.Referrers.Count == 1 && b.Referrers[0] is BinOp outer && IsStringAdd(outer)
            && outer.Source is BinaryExpr be
            && (ReferenceEquals(outer.X, b) && Unparen(be.X) == b.Source || ReferenceEquals(outer.Y, b) && Unparen(be.Y) == b.Source));

    /// <summary><c>r += p</c>: Go analyses OASOP as <c>r = p</c> (no allocation site).</summary>
    private static bool IsAssignOp(BinOp b) => b.Source is AssignStmt { Op: not null } or IncDecStmt;

    private static Node? ConcatNode(BinOp b) => b.Source is AssignStmt a && a.Lhs.Length == 1 && a.Rhs.Length == 1 ? b.Source : b.Source;

    /// <summary>
    /// A conversion of one result of a multi-value call or comma-ok form that Go has first put
    /// in a temporary (noder reader.multiExpr): <c>fmt.Println(g())</c> boxes .autotmp_N, .autotmp_N+1
    /// at the call, after everything inside g(...); <c>var a, b any = x.(bool)</c> at the
    /// statement. Null for any other conversion.
    /// </summary>
    private (string Text, Pos Pos, Pos? SortPos)? TempConversion(MakeInterface mi)
    {
        if (mi.X is not Extract ex) return null;
        var temps = TempsOf(_cur);
        if (mi.Source is CallExpr outer && outer.Args.Length == 1 && temps.First(outer) is int c)
            // After the arguments' own sites, in result order.
            return ($".autotmp_{c + ex.Index}", outer.Pos, outer.Rparen with { Col = outer.Rparen.Col + 1 + ex.Index });
        // An N:1 assignment or var declaration: at the statement (a var spec: its first name).
        Node? site = mi.Source is DeclStmt { Decls: [VarDecl only] } ? only : mi.Source;
        if (site is AssignStmt or VarDecl && temps.First(site) is int n)
        {
            var pos = site is VarDecl vd ? vd.Names[0].Pos : site.Pos;
            return ($".autotmp_{n + ex.Index}", pos, pos with { Col = pos.Col + ex.Index });
        }
        return null;
    }

    /// <summary>The source expression converted to an interface: an argument of a call, or the
    /// instruction's own node.</summary>
    private Node? ConvertedExpr(MakeInterface mi)
    {
        // The converted value is the expression itself (a call's result as a literal element).
        if (mi.Source is CallExpr self && mi.X is CallInstruction xc && ReferenceEquals(xc.Source, self)) return self;
        if (mi.Source is CallExpr c)
        {
            foreach (var r in mi.Referrers)
            {
                if (r is CallInstruction ci && ReferenceEquals(ci.Source, c))
                {
                    int idx = ci.Operands.ToList().FindIndex(o => ReferenceEquals(o, mi)) - 1;
                    var args = CallArgExprs(c);
                    if (idx >= 0 && idx < args.Count) return args[idx];
                }
                if (r is Store st && st.Addr is IndexAddr { X: Alloc { Comment: "varargs" } va, Index: SsaConst ic } && ic.Value != null)
                {
                    int i = (int)ic.Value.AsBigInteger;
                    int nfixed = (_info.TypeOf(c.Fun)?.Underlying as Signature)?.Params.Length - 1 ?? 0;
                    if (_info.ObjectOf(c.Fun as Name ?? new Name(Pos.None, "")) is Builtin) nfixed = 1;
                    if (nfixed + i < c.Args.Length) return c.Args[nfixed + i];
                }
            }
            if (_info.Types.TryGetValue(c.Fun, out var tv) && tv.IsType) return c;
            return c.Args.Length == 1 ? c.Args[0] : c;
        }
        if (mi.Source is IndexExpr ix && _info.TypeOf(ix.X)?.Underlying is Map) return ix.Index; // an interface map key
        if (mi.Source is ReturnStmt rs) return rs.Results.Length == 1 ? rs.Results[0] : TupleOperand(mi, rs) ?? NthOfType(mi, rs.Results);
        if (mi.Source is AssignStmt asg) return asg.Rhs.Length == 1 ? asg.Rhs[0] : TupleOperand(mi, asg) ?? NthOfType(mi, asg.Rhs);
        if (mi.Source is SendStmt ss) return ss.Value;
        if (mi.Source is BinaryExpr be) return NthOfType(mi, [be.X, be.Y]) ?? be;
        if (mi.Source is KeyValueExpr kv)
            return _info.TypeOf(kv.Key) is { } kt && Predicates.Identical(kt, mi.X.Type) && !(_info.TypeOf(kv.Value) is { } vt && Predicates.Identical(vt, mi.X.Type)) ? kv.Key : kv.Value;
        if (mi.Source is DeclStmt ds && ds.Decls.Length == 1 && ds.Decls[0] is VarDecl vd && vd.Values.Length == 1) return vd.Values[0];
        if (mi.Source is VarDecl vd2 && vd2.Values.Length == 1) return vd2.Values[0];
        if ((mi.Source as DeclStmt)?.Decls is [VarDecl vd3] && TupleOperand(mi, vd3) is { } e3) return e3;
        if (mi.Source is VarDecl vd4 && TupleOperand(mi, vd4) is { } e4) return e4;
        return mi.Source;
    }

    /// <summary>Among several expressions of one statement, the one this conversion boxes: the
    /// k-th expression of the converted type, k counting earlier conversions of the statement.</summary>
    /// <summary>In a tuple return or assignment (`return p, &amp;x`, `a, b = p, &amp;x`), the
    /// expression an implicit conversion belongs to, found by the place of the converted value
    /// (the result or the assigned variable), not by its type: both results may have one type.</summary>
    private Expr? TupleOperand(MakeInterface mi, Node stmt)
    {
        List<Var> Targets()
        {
            var targets = new List<Var>();
            foreach (var r in mi.Referrers)
                if (r is Store { Addr: Alloc { Variable: { } sv } } st && ReferenceEquals(st.Val, mi)) targets.Add(sv);
            foreach (var d in _cur.VarDefs)
                if (ReferenceEquals(d.Value, mi)) targets.Add(d.Target);
            return targets;
        }
        switch (stmt)
        {
            case ReturnStmt rs:
                foreach (var r in mi.Referrers)
                    if (r is Return ret && ret.Results.Count == rs.Results.Length)
                        for (int i = 0; i < ret.Results.Count; i++)
                            if (ReferenceEquals(ret.Results[i], mi)) return rs.Results[i];
                break;
            case VarDecl vd when vd.Names.Length == vd.Values.Length:
                var vars = Targets();
                for (int i = 0; i < vd.Names.Length; i++)
                    if (_info.Defs.GetValueOrDefault(vd.Names[i]) is Var dv && vars.Any(t => ReferenceEquals(t, dv))) return vd.Values[i];
                break;
            case AssignStmt asg when asg.Lhs.Length == asg.Rhs.Length:
                var targets = Targets();
                for (int i = 0; i < asg.Lhs.Length; i++)
                    if (asg.Lhs[i] is Name ln && _info.ObjectOf(ln) is Var lv && targets.Any(t => ReferenceEquals(t, lv))) return asg.Rhs[i];
                break;
        }
        return null;
    }

    private Expr? NthOfType(MakeInterface mi, IReadOnlyList<Expr> exprs)
    {
        int k = 0;
        if (mi.Block != null)
            foreach (var ins in mi.Block.Instrs)
            {
                if (ReferenceEquals(ins, mi)) break;
                if (ins is MakeInterface o && ReferenceEquals(o.Source, mi.Source) && Predicates.Identical(o.X.Type, mi.X.Type)) k++;
            }
        foreach (var e in exprs)
            if (_info.TypeOf(e) is { } t && (Predicates.Identical(t, mi.X.Type) || (t is Basic { IsUntyped: true } && _info.Types[e].Value != null && Predicates.Identical(Universe.DefaultType(t), mi.X.Type))) && k-- == 0)
                return e;
        return null;
    }

    /// <summary>The argument expressions of a call, receiver first for a method call.</summary>
    private List<Expr> CallArgExprs(CallExpr c)
    {
        var list = new List<Expr>();
        var fun = c.Fun;
        fun = Unparen(fun);
        if (fun is SelectorExpr se && _info.Selections.TryGetValue(se, out var sel) && sel.Obj is Func { Signature.Recv: not null })
        {
            if (!(_info.TypeOf(se.X)?.Underlying is Interface)) list.Add(se.X);
        }
        list.AddRange(c.Args);
        return list;
    }

    // ------------------------------------------------------------------ addresses and values

    /// <summary>The hole for a store through <paramref name="addr"/> (assign.go's addr): the
    /// variable or allocation it points into, else the heap.</summary>
    private Hole AddrHole(SsaValue addr)
    {
        switch (addr)
        {
            case Alloc a when a.IsVariableAddress && a.Variable != null: return VarLoc(a.Variable).H;
            case Alloc a: return _siteLocs.TryGetValue(a, out var l) ? l.H : _heap.H;
            case Global: return _heap.H;
            case FreeVar fv when fv.ByRef && fv.Variable != null: return VarLoc(fv.Variable).H;
            case Phi p when p.IsVariableAddress && p.Variable != null: return VarLoc(p.Variable).H;
            case FieldAddr fa: if (KnownAddr(fa.X)) return AddrHole(fa.X); Mutate(fa.X); return _heap.H;
            case IndexAddr ia when ia.X.Type.Underlying is Pointer: if (KnownAddr(ia.X)) return AddrHole(ia.X); Mutate(ia.X); return _heap.H;
            case IndexAddr ia: Mutate(ia.X); return _heap.H;
            default: Mutate(addr); return _heap.H;
        }
    }

    /// <summary>assign.go's mutate: the pointed-to memory is written.</summary>
    private void Mutate(SsaValue p) => Expr(_mutator.H, p);

    private bool KnownAddr(SsaValue v) => v switch
    {
        Alloc => true,
        FreeVar fv => fv.ByRef && fv.Variable != null,
        Phi p => p.IsVariableAddress && p.Variable != null,
        FieldAddr fa => KnownAddr(fa.X),
        IndexAddr ia => ia.X.Type.Underlying is Pointer && KnownAddr(ia.X),
        _ => false,
    };

    private void Expr(Hole k, SsaValue v)
    {
        var seen = RentSeen();
        Expr(k, v, seen);
        ReturnSeen(seen);
    }

    // The values one Expr walk has visited (through phis a value can be met twice). The sets
    // are reused: a new one per walk was the escape pass's largest allocation. Walks nest
    // (a call's arguments are walked while its result is), hence a pool, not one set.
    private readonly Stack<HashSet<SsaValue>> _seenPool = new();

    private HashSet<SsaValue> RentSeen() =>
        _seenPool.Count > 0 ? _seenPool.Pop() : new HashSet<SsaValue>(ReferenceEqualityComparer.Instance);

    private void ReturnSeen(HashSet<SsaValue> seen)
    {
        seen.Clear();
        _seenPool.Push(seen);
    }

    private void Expr(Hole k, SsaValue v, HashSet<SsaValue> seen)
    {
        if (k.Derefs >= 0 && !HasPointers(v.Type)) return;
        if (k.Dst == _blank) return;
        if (_siteVar.TryGetValue(v, out var sv))
        {
            // c := &T{...} kept in a register: a use of the value is a read of c.
            if (ReferenceEquals(k.Dst.Var, sv)) ExprIntrinsic(k, v, seen);
            else Flow(k, VarLoc(sv));
            return;
        }
        if (v.Variable != null && v.Variable.Kind != VarKind.Package && v is not Alloc)
        {
            var vl = VarLoc(v.Variable);
            if (v.IsVariableAddress) Flow(k.Addr(AddressOfNote(v.Variable)), vl);
            else if (v is UnOp { IsLoad: true }) Flow(k, vl);
            else Flow(k, vl);
            return;
        }
        ExprIntrinsic(k, v, seen);
    }

    /// <summary>for _, v := range X: the element load flows from the range temporary, v = *tmp
    /// with tmp = X (tmp = arr for an array; a pointer to an array is ranged like a slice).
    /// False if u is not such a load.</summary>
    private bool RangeElementLoad(Hole k, UnOp u)
    {
        if (!u.IsLoad || u.Source is not RangeStmt rs || u.X is not IndexAddr ia) return false;
        RangeValue(k, u, ia.X, slice: ia.X.Type.Underlying is not Pointer || _info.TypeOf(rs.X)?.Underlying is Pointer);
        return true;
    }

    private void ExprIntrinsicAnyType(Hole k, SsaValue v)
    {
        if (v.Variable != null && v.Variable.Kind != VarKind.Package && v is not Alloc && !ReferenceEquals(v.Variable, k.Dst.Var)) { Flow(k, VarLoc(v.Variable)); return; }
        if (v is UnOp ru && RangeElementLoad(k, ru)) return;
        var seen = RentSeen();
        if (v is UnOp { IsLoad: true } u) Expr(k.Deref(), u.X, seen);
        else if (v is Extract { Tuple: Next { Iter: Ssa.Range rg } } ex && ex.Index == 2) RangeValue(k, rg, rg.X, slice: true);
        else ExprIntrinsic(k, v, seen);
        ReturnSeen(seen);
    }

    private void ExprIntrinsic(Hole k, SsaValue v, HashSet<SsaValue> seen)
    {
        if (k.Derefs >= 0 && !HasPointers(v.Type)) return;
        if (!seen.Add(v)) return;
        switch (v)
        {
            case SsaConst or Global or BuiltinValue: return;
            case Function f:
                if (f.Syntax is FuncLit && _siteLocs.TryGetValue(f, out var fl)) Spill(k, fl);
                return;
            case Parameter p:
                if (p.Variable != null) Flow(k, VarLoc(p.Variable));
                return;
            case FreeVar fv:
                if (fv.Variable == null) return;
                if (fv.ByRef) Flow(k.Addr(), VarLoc(fv.Variable)); else Flow(k, VarLoc(fv.Variable));
                return;
            case Alloc a:
                if (a.IsVariableAddress && a.Variable != null) Flow(k.Addr(AddressOfNote(a.Variable)), VarLoc(a.Variable));
                else if (_siteLocs.TryGetValue(a, out var al)) { if (al.Transparent) Flow(k.Addr(), al); else Spill(k, al); }
                return;
            case Phi p:
                foreach (var e in p.Edges) Expr(k, e, seen);
                return;
            case UnOp u:
                if (!u.IsLoad) return;
                if (RangeElementLoad(k, u)) return;
                // x.f, s[i], *p: one Go node, one note, whatever SSA's address arithmetic.
                if (u.X is FieldAddr lfa) Expr(k.Deref(LoadNote(u)), lfa.X, seen);
                else if (u.X is IndexAddr lia) Expr(IndexNotes(k.Deref(), lia), lia.X, seen);
                else if (u.Source is UnaryExpr { Op: Operator.Mul } star) ExprOperand(k.Deref(LoadNote(u)), u.X, star.X); // *p2 reads p2
                else Expr(k.Deref(LoadNote(u)), u.X, seen);
                return;
            case FieldAddr fa: Expr(k.Note(AddressOfElem(fa.Source)).Note(At(fa.Source as Expr, FieldWhy(fa))), fa.X, seen); return;
            case IndexAddr ia:
                Expr(IndexNotes(k.Note(AddressOfElem(ia.Source)), ia), ia.X, seen);
                return;
            case Ssa.Field f: Expr(k.Note(At(f.Source as SelectorExpr, "dot")), f.X, seen); return;
            case Ssa.Index { Source: RangeStmt, X: UnOp { IsLoad: true } arrLoad } rix when rix.X.Type.Underlying is Types.Array:
                // for _, x := range arr (a copy of the array): x is the range temporary itself,
                // which holds *(&arr).
                RangeValue(k, rix, arrLoad.X, slice: false);
                return;
            case Ssa.Index ix: if (ix.X.Type.Underlying is Types.Array) Expr(k.Note(At(ix.Source as IndexExpr, "fixed-array-index-of")), ix.X, seen); return;
            case Ssa.Slice s: Expr(k.Note(At(s.Source as SliceExpr, "slice")), s.X, seen); return;
            case ChangeType ct:
                // error -> any: Go's OCONVIFACE between interfaces.
                if (_explain && IsInterface(ct.Type) && IsInterface(ct.X.Type) && !Predicates.Identical(ct.Type, ct.X.Type))
                    k = k.Note(At(ct.Source is CallExpr { Args.Length: 1 } cc && !(_info.Types.TryGetValue(cc.Fun, out var ctv) && ctv.IsType) ? cc.Args[0] : ct.Source, "interface-converted"));
                Expr(k, ct.X, seen);
                return;
            case Convert cv:
                if (_siteLocs.TryGetValue(cv, out var cl)) Spill(k, cl);
                else if (cv.X.Type.Underlying is Types.Slice && cv.Type.Underlying is Types.Array)
                    Expr(k.Deref(_explain && cv.Source is CallExpr { Args.Length: 1 } sc ? new Note(ExprText(sc), "slice-to-array", sc.Args[0].Pos) : At(cv.Source, "slice-to-array")), cv.X, seen); // OSLICE2ARR: a copy of the elements, effectively a deref
                else Expr(k, cv.X, seen); // OCONV, OSLICE2ARRPTR: the value flows through
                return;
            case MakeInterface mi:
                if (_siteLocs.TryGetValue(mi, out var ml)) Spill(k, ml);
                else { var cx = ConvertedExpr(mi); ExprOperand(k.Note(At(cx, "interface-converted")), mi.X, cx as Expr); }
                return;
            case MakeClosure mc:
                if (_siteLocs.TryGetValue(mc, out var mcl)) Spill(k, mcl);
                return;
            case MakeSlice or MakeMap:
                if (_siteLocs.TryGetValue(v, out var sl)) Spill(k, sl);
                return;
            case BinOp b:
                if (IsStringAdd(b) && IsAssignOp(b)) { Expr(k, b.Y, seen); return; }
                if (IsStringAdd(b))
                {
                    if (_siteLocs.TryGetValue(b, out var bl)) Spill(k, bl);
                    else Expr(_blank.H, b.X, seen);
                }
                return;
            case TypeAssert ta:
                {
                    var kk = k;
                    if (!IsInterface(ta.AssertedType) && !IsDirectIface(ta.AssertedType)) kk = kk.Shift(1);
                    Expr(kk, ta.X, seen);
                    return;
                }
            case Extract ex:
                switch (ex.Tuple)
                {
                    case TypeAssert ta when ex.Index == 0:
                        {
                            var kk = k;
                            if (!IsInterface(ta.AssertedType) && !IsDirectIface(ta.AssertedType)) kk = kk.Shift(1);
                            Expr(kk, ta.X, seen);
                            return;
                        }
                    case Call c:
                        if (_callResults.TryGetValue(c, out var rl) && ex.Index < rl.Length) Flow(k, rl[ex.Index]);
                        return;
                    case Next { Iter: Ssa.Range rg } when ex.Index == 2:
                        RangeValue(k, rg, rg.X, slice: true); // range-deref: the value is *X
                        return;
                    default: return;
                }
            case Call c:
                if (_callResults.TryGetValue(c, out var rs) && rs.Length > 0) Flow(k, rs[0]);
                return;
            default:
                return;
        }
    }

    /// <summary>escape.go's flowClosure: Go captures by value a variable of at most 128 bytes
    /// that is not address-taken and not reassigned (a field or element assignment counts; a
    /// Go 1.22 loop variable's per-iteration copy counts unless the first capture is at the
    /// loop's depth).</summary>
    private bool GoCapturesByValue(Var v)
    {
        if (_prog.Variables.IsAddrTaken(v)) return false;
        if (Sizes.Sizeof(v.Type!) > 128) return false;
        return !GoReassigned(v);
    }

    /// <summary>escape's loc.reassigned when the closures are flowed (see ReassignedAroundCapture).</summary>
    private bool GoReassigned(Var v) => _prog.Variables.IsAssigned(v) && ReassignedAroundCapture(v);
}
