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
    private readonly Dictionary<CallExpr, GoType> _devirtCalls = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Instruction, Loc[]> _callResults = new(ReferenceEqualityComparer.Instance);

    private Hole[] ResultHoles(CallInstruction c, bool discard)
    {
        var res = c.Call.Signature.Results;
        var locs = new Loc[res.Length];
        var ks = new Hole[res.Length];
        var consumer = !discard && res.Length == 1 && !(c.Variable is { Kind: not VarKind.Package } && !c.IsVariableAddress) ? ConsumerHole(c) : null;
        for (int i = 0; i < res.Length; i++)
        {
            if (discard) { ks[i] = _blank.H; continue; }
            if (consumer is Hole h)
            {
                // The destination's hole itself, as Go passes ks: the consumer skips this result.
                locs[i] = _blank;
                ks[i] = h;
                continue;
            }
            // x := f(): the result flows straight into x's location (as Go's hole for x).
            if (res.Length == 1 && c.Variable is { Kind: not VarKind.Package } rv && !c.IsVariableAddress && !_prog.Variables.InMemory(rv))
                locs[i] = VarLoc(rv);
            else { locs[i] = NewLoc(LocKind.Temp, _cur, CurDepth); locs[i].Transparent = true; }
            ks[i] = locs[i].H;
        }
        if (!discard) _callResults[c] = locs;
        return ks;
    }

    private void CallInstr(CallInstruction c, Instruction at, bool discardResults = false)
    {
        var cc = c.Call;
        var args = c.Args.ToList();
        var callNode = c.Source as CallExpr ?? (c.Source as GoStmt)?.Call ?? (c.Source as DeferStmt)?.Call;
        var param = At(callNode, "call parameter");
        if (cc.Mode == CallMode.Builtin)
        {
            var ks0 = ResultHoles(c, discardResults);
            switch (cc.Callee.Name)
            {
                case "append":
                    {
                        var st = args[0].Type.Underlying as Types.Slice;
                        var hs = new List<Hole> { ks0.Length > 0 ? ks0[0] : _blank.H, _mutator.H };
                        var appendee = TeeHole(hs.ToArray());
                        if (st != null && HasPointers(st.Elem)) appendee = TeeHole(appendee, _heap.H.Deref(At(callNode, "appendee slice")));
                        Expr(appendee.Note(param), args[0]);
                        if (args.Count > 1)
                        {
                            if (args[1] is Ssa.Slice { X: Alloc va } && _appendVarargs.Contains(va))
                            {
                                // append(s, x, y): each appended value goes to the heap (call.go).
                                foreach (var r in va.Referrers)
                                    if (r is IndexAddr ia)
                                        foreach (var st2 in ia.Referrers)
                                            if (st2 is Store s2 && ReferenceEquals(s2.Addr, ia)) Expr(_heap.H.Note(param), s2.Val);
                                break;
                            }
                            var at1 = args[1].Type.Underlying as Types.Slice;
                            if (at1 != null && HasPointers(at1.Elem)) Expr(_heap.H.Deref(At(callNode, "appended slice...")).Note(param), args[1]);
                        }
                        break;
                    }
                case "copy":
                    Expr(_mutator.H.Note(param), args[0]);
                    if (args[1].Type.Underlying is Types.Slice s1 && HasPointers(s1.Elem)) Expr(_heap.H.Deref(At(callNode, "copied slice")).Note(param), args[1]);
                    break;
                case "clear":
                    Expr(_mutator.H.Note(param), args[0]);
                    break;
                case "panic": // go/defer panic(x)
                    foreach (var a in args) Expr(_heap.H.Note(param), a);
                    break;
                case "min" or "max":
                    foreach (var a in args) Expr((ks0.Length > 0 ? ks0[0] : _blank.H).Note(param), a);
                    break;
            }
            return;
        }

        var ks = ResultHoles(c, discardResults);
        Function? fn = null;
        SsaValue? devirtRecv = null;
        GoType? devirtType = null;
        if (cc.Mode == CallMode.Static)
        {
            if (cc.Callee is Function g) fn = g.Synthetic.StartsWith("thunk", StringComparison.Ordinal) ? WrappedMethod(g) : g;
        }
        else if (cc.Mode == CallMode.Closure)
        {
            fn = StaticCallee(c.CalleeValue);
            if (fn == null)
            {
                var calleeK = ks.Any(k => k.Dst != _blank) ? _callee.H : _blank.H;
                Expr(calleeK, c.CalleeValue);
            }
        }
        else if (cc.Mode == CallMode.Invoke)
        {
            (fn, devirtType) = Devirtualize(c);
            if (fn != null)
            {
                devirtRecv = c.CalleeValue;
                param = At(callNode, "call parameter"); // now printed as the devirtualised call
            }
        }

        if (fn != null && _batchIndex.ContainsKey(fn))
        {
            var res = _results[fn];
            for (int i = 0; i < ks.Length && i < res.Length; i++) Flow(ks[i], res[i]);
        }

        // Arguments, receiver first.
        var actuals = new List<SsaValue>();
        if (devirtRecv != null) actuals.Add(devirtRecv);
        else if (cc.Mode == CallMode.Invoke) actuals.Add(c.CalleeValue);
        actuals.AddRange(args);
        var argExprs = callNode != null && callNode.Fun is not FuncLit ? CallArgExprs(callNode) : null;
        if (argExprs != null && argExprs.Count != actuals.Count) argExprs = null;
        for (int i = 0; i < actuals.Count; i++)
        {
            var arg = actuals[i];
            Hole k;
            if (fn == null) k = _heap.H;
            else k = ParamHole(fn, i, ks);
            if (i == 0 && devirtRecv != null && devirtType != null)
            {
                // The receiver is Go's x.(T) (ODOTTYPE: "dot"), one deref away unless T is pointer-shaped.
                if (!IsDirectIface(devirtType)) k = k.Shift(1);
                if (_explain && callNode != null && Unparen(callNode.Fun) is SelectorExpr dsel)
                    k = k.Note(param).Note(new Note($"{ExprText(dsel.X)}.({TypeText(devirtType)})", "dot", dsel.Sel.Pos with { Col = dsel.Sel.Pos.Col - 1 }));
                else k = k.Note(param);
                ExprOperand(k, arg, argExprs?[i]);
                continue;
            }
            ExprOperand(k.Note(param), arg, argExprs?[i]);
        }
    }

    private Hole ParamHole(Function fn, int i, Hole[] ks)
    {
        if (_batchIndex.ContainsKey(fn))
        {
            if (i >= fn.Params.Count || fn.Params[i].Variable == null) return _blank.H;
            return VarLoc(fn.Params[i].Variable!).H;
        }
        Leaks esc;
        if (_tags.TryGetValue(fn, out var tags)) { if (i >= tags.Length) return _blank.H; esc = tags[i]; }
        else if (fn.IsExternal) esc = ExternalTag(fn, i);
        else return _heap.H; // synthetic wrappers: assume the worst
        return TagHole(esc, ks);
    }

    /// <summary>Where an argument goes according to the callee's parameter tag (call.go's
    /// tagHole): the heap, the mutator, the callee and the results, each with its derefs.</summary>
    private Hole TagHole(Leaks esc, Hole[] results)
    {
        var list = new List<Hole>();
        if (esc.Heap >= 0) list.Add(_heap.H.Shift(esc.Heap));
        if (esc.Mutator >= 0) list.Add(_mutator.H.Shift(esc.Mutator));
        if (esc.Callee >= 0) list.Add(_callee.H.Shift(esc.Callee));
        for (int r = 0; r < results.Length && r < Leaks.NumResults; r++)
            if (esc.Result(r) >= 0) list.Add(results[r].Shift(esc.Result(r)));
        return TeeHole(list.ToArray());
    }

    /// <summary>Tags of imported functions as Go's export data has them.</summary>
    private static Leaks ExternalTag(Function fn, int i)
    {
        var l = new Leaks();
        var ps = fn.Signature.Params;
        if (i >= ps.Length) return l;
        var p = ps.Vars[i];
        if (!HasPointers(p.Type!)) return l;
        if (fn.PackagePath == "fmt")
        {
            if (p.Type!.Underlying is Types.Slice) { l.AddHeap(1); return l; }
            l.AddMutator(0); l.AddCallee(0); // format strings do not escape
            return l;
        }
        l.AddHeap(0);
        return l;
    }

    private HashSet<SsaValue>? _multiDefValues;

    /// <summary>Values assigned to a variable of this batch that is assigned more than once
    /// (computed once per batch instead of scanning every VarDef per call).</summary>
    private HashSet<SsaValue> MultiDefValues()
    {
        if (_multiDefValues != null) return _multiDefValues;
        _multiDefValues = new(ReferenceEqualityComparer.Instance);
        foreach (var fn in _batchIndex.Keys)
            foreach (var d in fn.VarDefs)
                if (_defCount.GetValueOrDefault(d.Target) > 1) _multiDefValues.Add(d.Value);
        return _multiDefValues;
    }

    /// <summary>ir.StaticValue for a called function value: a literal or a function, directly or
    /// through a local variable assigned once.</summary>
    private Function? StaticCallee(SsaValue v)
    {
        if (v.Variable != null && (v.IsVariableAddress || v is Parameter or FreeVar or Phi or UnOp || _defCount.GetValueOrDefault(v.Variable) > 1)) return null;
        while (v is ChangeType ct) v = ct.X;
        if (v.Variable != null && !(v is MakeClosure || v is Function)) return null;
        if (MultiDefValues().Contains(v)) return null;
        return v switch
        {
            MakeClosure mc when mc.Fn.Syntax is FuncLit => mc.Fn,
            Function f when f.Syntax is FuncLit or FuncDecl => f,
            Function f when f.Synthetic.StartsWith("thunk", StringComparison.Ordinal) => WrappedMethod(f),
            _ => null,
        };
    }

    /// <summary>Go 1.22 devirtualizes a method call on an interface value that is statically a
    /// conversion from a concrete type.</summary>
    private (Function?, GoType?) Devirtualize(CallInstruction c)
    {
        var recv = c.CalleeValue;
        if (recv is not MakeInterface mi) return (null, null);
        if (MultiDefValues().Contains(mi)) return (null, null);
        var t = mi.X.Type;
        var m = MiniGo.Types.Lookup.FindMethod(t, c.Call.Method!.Name, out _);
        if (m == null || !_funcs.TryGetValue(m, out var target)) return (null, null);
        if (c.Source is CallExpr ce && ce.Fun is SelectorExpr se)
        {
            _devirt.Add(new EscapeMessage(ce.Pos, $"devirtualizing {ExprText(se)} to {TypeText(t)}"));
            _devirtCalls[ce] = t;
        }
        return (target, t);
    }

    /// <summary>
    /// go/defer i.M(): the wrapper Go builds calls the method on its copy of the receiver, the
    /// first temporary of the statement, and Go's devirtualizer (which also visits wrappers)
    /// says <c>devirtualizing .autotmp_N.M to T</c> when i is statically a conversion from T.
    /// </summary>
    private void DevirtualizeWrapped(CallInstruction c, CallExpr? call)
    {
        if (c.CalleeValue is not MakeInterface mi || MultiDefValues().Contains(mi)) return;
        if (call == null || Unparen(call.Fun) is not SelectorExpr se || c.Source is not Stmt stmt) return;
        var m = MiniGo.Types.Lookup.FindMethod(mi.X.Type, c.Call.Method!.Name, out _);
        if (m == null || !_funcs.ContainsKey(m) || TempsOf(_cur).First(stmt) is not int n) return;
        _devirt.Add(new EscapeMessage(call.Pos, $"devirtualizing .autotmp_{n}.{se.Sel.Value} to {TypeText(mi.X.Type)}"));
    }

    /// <summary>A site built inside a go/defer wrapper is walked after the statement's captures.</summary>
    private static void MarkLate(Loc l, CallExpr? call)
    {
        if (call != null) l.SortPos = call.Rparen;
    }

    private bool WrapperSafe(Expr e)
    {
        e = Unparen(e);
        if (_info.Types.TryGetValue(e, out var tv) && (tv.Value != null || tv.Type is Basic { Kind: BasicKind.UntypedNil })) return true;
        if (e is Name n && _info.ObjectOf(n) is Nil) return true;
        if (e is CallExpr { Fun: Name fn } && _info.ObjectOf(fn) is Builtin { Id: BuiltinId.New }) return true;
        if (e is CompositeLit cl && _info.TypeOf(cl)?.Underlying is not (Pointer or Map))
            return cl.Elems.All(el => WrapperSafe(el is KeyValueExpr kv ? kv.Value : el));
        return false;
    }

    private static string TypeText(GoType t) => GoExprPrinter.TypeString(t);

    private void GoDefer(CallInstruction c)
    {
        Hole k = _heap.H;
        if (c is Defer && CurDepth == 0) k = Later(_blank.H);
        var callee = c.CalleeValue;
        bool literal = callee is MakeClosure { Fn.Syntax: FuncLit } || callee is Function { Syntax: FuncLit };
        if (literal && !c.Args.Any())
        {
            if (callee is Function f) ClosureSite(c, f);
            Expr(k, callee);
            return;
        }
        // go/defer f(args): a hidden wrapper closure captures the callee and the arguments.
        // Constants, new(T) and composite literals are evaluated inside the wrapper
        // (typecheck's normalizeGoDeferCall) and are not captured.
        var args = c.Args.ToList();
        var call = c.Source is GoStmt gs ? gs.Call : c.Source is DeferStmt ds ? ds.Call : null;
        var captured = new List<(SsaValue Value, Expr? Ast)>();
        if (c.Call.Mode == CallMode.Invoke)
        {
            // An interface method's receiver is always the wrapper's first capture.
            DevirtualizeWrapped(c, call);
            captured.Add((callee, call != null && Unparen(call.Fun) is SelectorExpr rs ? rs.X : null));
        }
        else if (c.Call.Mode != CallMode.Static || callee is Function { Syntax: FuncLit }) Expr(k, callee);
        var astArgs = call != null ? CallArgExprs(call) : null;
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is Ssa.Slice { X: Alloc { Comment: "varargs" } va } && _siteLocs.TryGetValue(va, out var vl))
            {
                // The implicit ... slice is built inside the wrapper; its elements are captured.
                MarkLate(vl, call);
                int j = 0;
                foreach (var r in va.Referrers)
                    if (r is IndexAddr ia)
                        foreach (var st in ia.Referrers)
                            if (st is Store s && ReferenceEquals(s.Addr, ia))
                            {
                                var elemAst = astArgs != null && i + j < astArgs.Count ? astArgs[i + j++] : null;
                                // Like a slice literal's elements: constants and new(T) stay inside,
                                // unless converted to an interface (AutoTemps.Spills).
                                if (elemAst == null || !WrapperSafe(elemAst) || s.Val is MakeInterface) captured.Add((s.Val, elemAst));
                                else if (_siteLocs.TryGetValue(s.Val is UnOp { IsLoad: true } ld ? ld.X : s.Val, out var el)) MarkLate(el, call);
                            }
                continue;
            }
            var ast = astArgs != null && i < astArgs.Count ? astArgs[i] : null;
            if (ast != null && WrapperSafe(ast))
            {
                var site = a is Ssa.Slice sl ? sl.X : a is UnOp { IsLoad: true } ld ? ld.X : a;
                if (_siteLocs.TryGetValue(site, out var l)) MarkLate(l, call);
                continue;
            }
            captured.Add((a, ast));
        }
        if (_explain && c.Source is Stmt stmt) WrapperClosure(k, stmt, captured);
        else foreach (var (v, _) in captured) Expr(k, v);
        CallInstr(c, c, discardResults: true);
    }

    /// <summary>-m=2 only: Go's go/defer wrapper is a closure (a "func literal" whose spill
    /// flows to k, which prints its escape for go) capturing by value one .autotmp_N per
    /// evaluated argument (<c>.autotmp_3, .autotmp_4 = &amp;j, done</c>); N is the length of the
    /// function's Dcl list when the temporary is made.</summary>
    private void WrapperClosure(Hole k, Stmt stmt, List<(SsaValue Value, Expr? Ast)> captured)
    {
        var wrapper = NewLoc(LocKind.Alloc, _cur, CurDepth);
        wrapper.Text = "func literal"; wrapper.Pos = stmt.Pos;
        Spill(k, wrapper);
        var fn = _cur;
        // AutoTemps reads every statement the SSA builder keeps, so it has numbered this one.
        int n = TempsOf(fn).First(stmt) ?? 0;
        var temps = new List<Loc>();
        foreach (var (v, ast) in captured)
        {
            var pos = ast is null or Name ? stmt.Pos : ast.Pos;
            var tmp = NewLoc(LocKind.Var, fn, CurDepth, persists: true);
            tmp.Var = new Var(pos, null, $".autotmp_{n++}", v.Type, VarKind.Local);
            tmp.Pos = pos;
            temps.Add(tmp);
        }
        if (temps.Count == 0) return;
        var assign = new Note($"{string.Join(", ", temps.Select(t => t.Var!.Name))} = {string.Join(", ", captured.Select(c => c.Ast != null ? ExprText(c.Ast) : "?"))}", "assign-pair", stmt.Pos);
        for (int i = 0; i < temps.Count; i++) Expr(temps[i].H.Note(assign), captured[i].Value);
        string owner = GoFuncName(fn);
        _closures.Add(() =>
        {
            foreach (var t in temps)
            {
                Messages.Add(new EscapeMessage(t.Pos, $"{owner} capturing by value: {t.Var!.Name} (addr=false assign=false width={Sizes.Sizeof(t.Var.Type!)})"));
                Flow(wrapper.H.Note(new Note(t.Var.Name, "captured by a closure", t.Pos)), t);
            }
        });
    }
}
