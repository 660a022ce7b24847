using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

internal sealed partial class FunctionBuilder
{
    /// <summary>Builds a statement list. As Go does before escape analysis, statements after
    /// a terminating statement are dropped: they never run, up to the next label (a goto may
    /// reach it). The loop depth a looping label adds ends with the list, except for a plain
    /// block (<paramref name="restoreDepth"/> false), as in Go's escape analysis.</summary>
    private void StmtList(IEnumerable<Stmt> list, bool restoreDepth = true)
    {
        int depth = _loopDepth;
        bool dead = false;
        foreach (var s in list)
        {
            if (dead && s is not LabeledStmt) continue;
            Stmt_(s);
            dead = IsTerminating(s);
        }
        if (restoreDepth) _loopDepth = depth;
    }

    private bool IsTerminating(Stmt s) => s switch
    {
        ReturnStmt or BranchStmt => true,
        ExprStmt { X: CallExpr c } => _info.ObjectOf(Unparen(c.Fun) as Name ?? new Name(default, "")) is Builtin { Id: BuiltinId.Panic },
        BlockStmt b => b.List.Length > 0 && IsTerminating(b.List[^1]),
        // writer.go terminates: with a constant condition only the branch that runs counts.
        IfStmt i => (StaticBool(i.Cond) < 0 || IsTerminating(i.Then)) && (StaticBool(i.Cond) > 0 || (i.Else != null && IsTerminating(i.Else))),
        ForStmt f => f.Cond == null && !HasBreak(f.Body),
        _ => false,
    };

    private int StaticBool(Expr e) => StaticConditions.StaticBool(e, _info);

    private static bool HasBreak(Node n) => n switch
    {
        BranchStmt { Kind: BranchKind.Break } => true,
        ForStmt or RangeStmt or SwitchStmt or TypeSwitchStmt or SelectStmt or FuncLit => false,
        _ => n.Children.Any(HasBreak),
    };


    private void Stmt_(Stmt s)
    {
        switch (s)
        {
            case EmptyStmt: break;
            case ExprStmt es: Expr_(es.X); break;
            case BlockStmt b: StmtList(b.List, restoreDepth: false); break;
            case LabeledStmt ls: Labeled(ls); break;
            case SelectStmt sel: Select_(sel); break;
            case DeclStmt ds:
                foreach (var d in ds.Decls) if (d is VarDecl vd) VarDeclStmt(vd);
                break;
            case AssignStmt a: Assign(a); break;
            case IncDecStmt inc:
                {
                    var lv = LValueOf(inc.X);
                    var old = lv.Load(this, inc);
                    var one = new Const(ConstValue.Of(1), old.Type);
                    var nv = Emit(new BinOp(inc.Inc ? Operator.Add : Operator.Sub, old, one, old.Type), inc);
                    lv.Store(this, nv, inc);
                    break;
                }
            case ReturnStmt r: Return_(r); break;
            case IfStmt i: If_(i); break;
            case ForStmt f: For_(f); break;
            case RangeStmt r: Range_(r); break;
            case SwitchStmt sw: Switch_(sw); break;
            case TypeSwitchStmt ts: TypeSwitch_(ts); break;
            case GoStmt g: Emit(new Go(CallCommonOf(g.Call)), g); break;
            case DeferStmt d: Emit(new Defer(CallCommonOf(d.Call)), d); break;
            case SendStmt snd:
                {
                    var ch = Expr_(snd.Chan);
                    var v = Conv(Expr_(snd.Value), ((Chan)ch.Type.Underlying).Elem, snd);
                    Emit(new Send(ch, v), snd);
                    break;
                }
            case BranchStmt { Label: not null } lbr: Branch(lbr); break;
            case BranchStmt br:
                {
                    if (br.Kind == BranchKind.Fallthrough) { JumpTo(_fallthroughTarget!, br); break; }
                    var t = _targets[^1];
                    if (br.Kind == BranchKind.Break) JumpTo(t.Break, br);
                    else JumpTo(_targets.Last(x => x.Continue != null).Continue!, br);
                    break;
                }
            default:
                throw new NotSupportedException($"SSA: statement {s.GetType().Name} at {s.Pos}");
        }
    }

    private BasicBlock? _fallthroughTarget;

    private void VarDeclStmt(VarDecl vd)
    {
        var vars = vd.Names.Select(n => _info.Defs.GetValueOrDefault(n) as Var).ToList();
        if (vd.Values.IsEmpty)
        {
            foreach (var v in vars) if (v != null) DeclareVar(v, null, vd);
            return;
        }
        var values = RhsValues(vd.Values, vars.Count, vd);
        for (int i = 0; i < vars.Count; i++)
        {
            var v = vars[i];
            if (v == null) continue;
            var val = Conv(values[i], v.Type!, vd);
            if (v.Kind == VarKind.Package) AssignVar(v, val, vd);
            else DeclareVar(v, val, vd);
        }
    }

    /// <summary>Evaluates right-hand sides: n values, or one multi-value expression split
    /// with Extract (calls, v, ok forms).</summary>
    private List<Value> RhsValues(IReadOnlyList<Expr> rhs, int n, Node source)
    {
        if (rhs.Count == n) return rhs.Select(e => Expr_(e)).ToList();
        return TupleValues(rhs[0], n, source);
    }

    private void Assign(AssignStmt a)
    {
        if (a.Op is { } op)
        {
            var lv = LValueOf(a.Lhs[0]);
            var old = lv.Load(this, a);
            var y = Expr_(a.Rhs[0]);
            if (op is not (Operator.Shl or Operator.Shr)) y = Conv(y, old.Type, a);
            var nv = Emit(new BinOp(op, old, y, old.Type), a);
            lv.Store(this, nv, a);
            return;
        }
        // Left-hand sides first (their index and pointer operands), then the right-hand
        // sides, then the assignments, as the spec orders a tuple assignment.
        var lvs = new List<LValue?>();
        foreach (var l in a.Lhs)
        {
            if (Unparen(l) is Name { Value: "_" }) { lvs.Add(null); continue; }
            if (a.Define && l is Name dn && _info.Defs.GetValueOrDefault(dn) is Var nv) { lvs.Add(new DeclareLValue(nv)); continue; }
            lvs.Add(LValueOf(l));
        }
        var values = RhsValues(a.Rhs, a.Lhs.Length, a);
        for (int i = 0; i < lvs.Count; i++)
        {
            if (lvs[i] is not { } lv) continue;
            lv.Store(this, Conv(values[i], lv.Type, a), a);
        }
    }

    private void Return_(ReturnStmt r)
    {
        if (_inlines.Count > 0) { InlinedReturn(r, _inlines[^1]); return; }
        var sig = _fn.Signature;
        List<Value> results;
        if (r.Results.IsEmpty) results = new();
        else
        {
            results = RhsValues(r.Results, sig.Results.Length, r);
            results = results.Select((v, i) => Conv(v, sig.Results[i], r)).ToList();
        }
        if (_hasDefer && _namedResults.Count > 0 && results.Count > 0)
        {
            // Deferred calls may change named results: store, run defers, reload.
            for (int i = 0; i < results.Count; i++)
                if (_namedResults[i].Name != "_") AssignVar(_namedResults[i], results[i], r);
            results.Clear();
        }
        if (r.Results.IsEmpty || results.Count == 0)
        {
            if (_hasDefer) Emit(new RunDefers(), r);
            results = _namedResults.Select(v => v.Name == "_" ? Zero(v.Type!) : ReadVar(v, r)).ToList();
        }
        else if (_hasDefer) Emit(new RunDefers(), r);
        Emit(new Return(results), r);
    }

    private void If_(IfStmt s)
    {
        if (s.Init != null) Stmt_(s.Init);
        int known = StaticBool(s.Cond); // a branch that cannot run stays empty, as in Go's tree
        var elseStmt = known > 0 ? null : s.Else;
        var then = _fn.NewBlock("if.then");
        var done = _fn.NewBlock("if.done");
        var els = elseStmt != null ? _fn.NewBlock("if.else") : done;
        Cond(s.Cond, then, els);
        SealBlock(then);
        StartBlock(then);
        if (known >= 0) StmtList(s.Then.List);
        JumpTo(done, s);
        if (elseStmt != null)
        {
            SealBlock(els);
            StartBlock(els);
            if (elseStmt is BlockStmt eb) StmtList(eb.List); else Stmt_(elseStmt);
            JumpTo(done, s);
        }
        SealBlock(done);
        _current = done.Preds.Count > 0 ? done : null;
        if (_current == null) _current = done; // an unreachable join; deleted at the end
    }

    /// <summary>Branches on a boolean expression, with &amp;&amp; and || short-circuiting.</summary>
    private void Cond(Expr e, BasicBlock t, BasicBlock f)
    {
        e = Unparen(e);
        if (e is BinaryExpr { Op: Operator.LAnd or Operator.LOr } b)
        {
            var rhs = _fn.NewBlock("cond.true");
            if (b.Op == Operator.LAnd) Cond(b.X, rhs, f);
            else
            {
                rhs = _fn.NewBlock("cond.false");
                Cond(b.X, t, rhs);
            }
            SealBlock(rhs);
            StartBlock(rhs);
            Cond(b.Y, t, f);
            return;
        }
        if (e is UnaryExpr { Op: Operator.Not } u) { Cond(u.X, f, t); return; }
        EmitIf(Expr_(e), t, f, e);
    }

    private void For_(ForStmt s)
    {
        // Go 1.22: a variable declared in the init statement is per iteration. A promoted
        // variable needs nothing (each value is already distinct); one in memory is copied
        // into a fresh cell at the start of each post statement, as go/ssa does.
        var loopVars = new List<Var>();
        if (s.Init != null)
        {
            Stmt_(s.Init);
            if (s.Init is AssignStmt { Define: true } init)
                foreach (var l in init.Lhs)
                    if (l is Name n && _info.Defs.GetValueOrDefault(n) is Var v && InMemory(v)) loopVars.Add(v);
        }
        // for ...; false; ... { }: Go drops the body and the post statement (writer.go forStmt).
        bool neverRuns = s.Cond != null && StaticBool(s.Cond) < 0;
        var postStmt = neverRuns ? null : s.Post;
        if (neverRuns) loopVars.Clear();
        var loop = _fn.NewBlock("for.loop");
        var body = _fn.NewBlock("for.body");
        var post = postStmt != null || loopVars.Count > 0 ? _fn.NewBlock("for.post") : loop;
        var done = _fn.NewBlock("for.done");
        JumpTo(loop, s);
        StartBlock(loop);
        _loopDepth++;
        if (s.Cond != null) Cond(s.Cond, body, done);
        else JumpTo(body, s);
        SealBlock(body);
        StartBlock(body);
        PushTargets(done, post);
        if (!neverRuns) StmtList(s.Body.List);
        _targets.RemoveAt(_targets.Count - 1);
        JumpTo(post, s);
        if (post != loop)
        {
            SealBlock(post);
            StartBlock(post);
            foreach (var v in loopVars)
            {
                var val = Emit(new UnOp(Operator.Mul, ReadVariable(v, Current), v.Type!), s);
                var fresh = new Alloc(v.Type!, v.Name) { Variable = v, IsVariableAddress = true };
                Emit(fresh, s, v.Pos);
                fresh.LoopDepth = _declDepth.GetValueOrDefault(v);
                _fn.Locals.Add(fresh);
                Emit(new Store(fresh, val), s);
                WriteVariable(v, Current, fresh);
            }
            if (postStmt != null) Stmt_(postStmt);
            JumpTo(loop, s);
        }
        _loopDepth--;
        SealBlock(loop);
        SealBlock(done);
        _current = done;
    }

    private void Range_(RangeStmt s)
    {
        var xt = _info.TypeOf(s.X)!.Underlying;
        Value x;
        if (xt is Types.Array && IsAddressable(s.X)) x = Expr_(s.X); // a copy, as the spec says
        else x = Expr_(s.X);
        // Block comments name the kind of range, as go/ssa's do.
        string kind = xt switch
        {
            Basic b0 when b0.IsString => "rangeiter",
            Basic => "rangeint",
            Map => "rangeiter",
            Chan => "rangechan",
            _ => "rangeindex",
        };
        var loop = _fn.NewBlock(kind + ".loop");
        var body = _fn.NewBlock(kind + ".body");
        var done = _fn.NewBlock(kind + ".done");
        Value? key = null, val = null;
        BasicBlock cont;
        switch (xt)
        {
            case Basic b when !b.IsString:
                {
                    var n = x;
                    var idx = new Temp("rangeint.iter", n.Type);
                    WriteVariable(idx, Current, new Const(ConstValue.Of(0), n.Type));
                    JumpTo(loop, s);
                    StartBlock(loop);
                    var i = ReadVariable(idx, loop);
                    EmitIf(Emit(new BinOp(Operator.Lss, i, n, Universe.Bool), s), body, done, s);
                    cont = _fn.NewBlock("rangeint.post");
                    SealBlock(body); StartBlock(body);
                    key = i;
                    RangeBody(s, key, null, done, cont);
                    SealBlock(cont); StartBlock(cont);
                    if (cont.Preds.Count > 0)
                    {
                        var inc = Emit(new BinOp(Operator.Add, ReadVariable(idx, cont), new Const(ConstValue.Of(1), n.Type), n.Type), s);
                        WriteVariable(idx, cont, inc);
                        JumpTo(loop, s);
                    }
                    else _current = null;
                    break;
                }
            case Basic: // string
            case Map:
                {
                    bool isString = xt is Basic;
                    var iter = Emit(new Range(x), s);
                    GoType kt = isString ? Universe.Int : ((Map)xt).Key, vt = isString ? Universe.Rune : ((Map)xt).Elem;
                    JumpTo(loop, s);
                    StartBlock(loop);
                    var next = Emit(new Next(iter, kt, vt, isString), s);
                    var ok = Emit(new Extract(next, 0), s);
                    EmitIf(ok, body, done, s);
                    SealBlock(body); StartBlock(body);
                    key = !IsBlank(s.Key) ? Emit(new Extract(next, 1), s) : null;
                    val = !IsBlank(s.Value) ? Emit(new Extract(next, 2), s) : null;
                    RangeBody(s, key, val, done, loop);
                    JumpTo(loop, s);
                    break;
                }
            case Chan:
                {
                    JumpTo(loop, s);
                    StartBlock(loop);
                    var recv = Emit(new UnOp(Operator.Arrow, x, Builder.MakeTuple(((Chan)xt).Elem, Universe.Bool), commaOk: true), s);
                    var ok = Emit(new Extract(recv, 1), s);
                    EmitIf(ok, body, done, s);
                    SealBlock(body); StartBlock(body);
                    key = !IsBlank(s.Key) ? Emit(new Extract(recv, 0), s) : null;
                    RangeBody(s, key, null, done, loop);
                    JumpTo(loop, s);
                    break;
                }
            default: // slice, array, pointer to array
                {
                    GoType elem = xt switch { Types.Slice sl => sl.Elem, Types.Array a => a.Elem, Pointer p => ((Types.Array)p.Elem.Underlying).Elem, _ => Universe.Invalid };
                    Value len = xt is Types.Array arr ? new Const(ConstValue.Of(arr.Len), Universe.Int) : BuiltinCall(BuiltinId.Len, [x], Universe.Int, s);
                    var idx = new Temp("rangeindex.iter", Universe.Int);
                    WriteVariable(idx, Current, new Const(ConstValue.Of(0), Universe.Int));
                    JumpTo(loop, s);
                    StartBlock(loop);
                    var i = ReadVariable(idx, loop);
                    EmitIf(Emit(new BinOp(Operator.Lss, i, len, Universe.Bool), s), body, done, s);
                    cont = _fn.NewBlock("rangeindex.post");
                    SealBlock(body); StartBlock(body);
                    key = i;
                    if (!IsBlank(s.Value))
                        val = xt is Types.Array
                            ? Emit(new Index(x, i, elem), s)
                            : Emit(new UnOp(Operator.Mul, Emit(new IndexAddr(x, i, elem), s), elem), s);
                    RangeBody(s, key, val, done, cont);
                    SealBlock(cont); StartBlock(cont);
                    if (cont.Preds.Count > 0)
                    {
                        var inc = Emit(new BinOp(Operator.Add, ReadVariable(idx, cont), new Const(ConstValue.Of(1), Universe.Int), Universe.Int), s);
                        WriteVariable(idx, cont, inc);
                        JumpTo(loop, s);
                    }
                    else _current = null;
                    break;
                }
        }
        SealBlock(loop);
        SealBlock(done);
        _current = done;
    }

    private static bool IsBlank(Expr? e) => e == null || Unparen(e) is Name { Value: "_" };

    /// <summary>The body of a range loop: Go 1.22 declares the iteration variables afresh in
    /// each iteration, so they are declared inside the body.</summary>
    private void RangeBody(RangeStmt s, Value? key, Value? val, BasicBlock brk, BasicBlock cont)
    {
        _loopDepth++;
        void Bind(Expr? lhs, Value? v)
        {
            if (lhs == null || v == null || Unparen(lhs) is Name { Value: "_" }) return;
            if (s.Define && lhs is Name n && _info.Defs.GetValueOrDefault(n) is Var nv) DeclareVar(nv, Conv(v, nv.Type!, s), s);
            else { var lv = LValueOf(lhs); lv.Store(this, Conv(v, lv.Type, s), s); }
        }
        Bind(s.Key, key);
        Bind(s.Value, val);
        PushTargets(brk, cont);
        StmtList(s.Body.List);
        _targets.RemoveAt(_targets.Count - 1);
        JumpTo(cont, s);
        _loopDepth--;
    }

    private void Switch_(SwitchStmt s)
    {
        if (s.Init != null) Stmt_(s.Init);
        Value? tag = s.Tag != null ? Expr_(s.Tag) : null;
        var done = _fn.NewBlock("switch.done");
        var bodies = s.Clauses.Select(c => _fn.NewBlock(c.IsDefault ? "switch.default" : "switch.body")).ToList();
        int def = s.Clauses.ToList().FindIndex(c => c.IsDefault);
        for (int i = 0; i < s.Clauses.Length; i++)
        {
            var c = s.Clauses[i];
            if (c.IsDefault) continue;
            foreach (var e in c.Cases)
            {
                var next = _fn.NewBlock("switch.next");
                if (tag == null) Cond(e, bodies[i], next);
                else
                {
                    var (x, y) = CompareOperands(tag, Expr_(e), e);
                    EmitIf(Emit(new BinOp(Operator.Eql, x, y, Universe.Bool), e), bodies[i], next, e);
                }
                SealBlock(next);
                StartBlock(next);
            }
        }
        JumpTo(def >= 0 ? bodies[def] : done, s);
        PushTargets(done, null);
        for (int i = 0; i < s.Clauses.Length; i++)
        {
            SealBlock(bodies[i]);
            StartBlock(bodies[i]);
            _fallthroughTarget = i + 1 < bodies.Count ? bodies[i + 1] : null;
            StmtList(s.Clauses[i].Body);
            JumpTo(done, s);
        }
        _targets.RemoveAt(_targets.Count - 1);
        SealBlock(done);
        _current = done;
    }

    private void TypeSwitch_(TypeSwitchStmt s)
    {
        if (s.Init != null) Stmt_(s.Init);
        var x = Expr_(s.X);
        var done = _fn.NewBlock("typeswitch.done");
        var bodies = s.Clauses.Select(c => _fn.NewBlock(c.IsDefault ? "typeswitch.default" : "typeswitch.body")).ToList();
        int def = s.Clauses.ToList().FindIndex(c => c.IsDefault);
        // Each clause body reads its value from a temporary written on every edge into it.
        var clauseTemps = s.Clauses.Select(c => new Temp("typeswitch.value", ClauseVarType(c) ?? x.Type)).ToList();
        for (int i = 0; i < s.Clauses.Length; i++)
        {
            var c = s.Clauses[i];
            if (c.IsDefault) continue;
            foreach (var e in c.Cases)
            {
                var next = _fn.NewBlock("typeswitch.next");
                // `case nil:` may have no recorded type (types2 records none for the nil case).
                bool isNil = _info.ObjectOf(Unparen(e) as Name ?? new Name(default, "")) is Nil
                    || _info.Types.TryGetValue(e, out var tvNil) && tvNil.Type is Basic { Kind: BasicKind.UntypedNil };
                if (isNil)
                {
                    var cmp = Emit(new BinOp(Operator.Eql, x, new Const(null, x.Type), Universe.Bool), e);
                    WriteVariable(clauseTemps[i], Current, c.Cases.Length == 1 ? new Const(null, clauseTemps[i].Type) : x);
                    EmitIf(cmp, bodies[i], next, e);
                }
                else
                {
                    var ta = Emit(new TypeAssert(x, _info.Types[e].Type, commaOk: true), e);
                    var ok = Emit(new Extract(ta, 1), e);
                    Value v = c.Cases.Length == 1 ? Emit(new Extract(ta, 0), e) : x;
                    WriteVariable(clauseTemps[i], Current, v);
                    EmitIf(ok, bodies[i], next, e);
                }
                SealBlock(next);
                StartBlock(next);
            }
        }
        if (def >= 0) WriteVariable(clauseTemps[def], Current, x);
        JumpTo(def >= 0 ? bodies[def] : done, s);
        PushTargets(done, null);
        for (int i = 0; i < s.Clauses.Length; i++)
        {
            var c = s.Clauses[i];
            SealBlock(bodies[i]);
            StartBlock(bodies[i]);
            if (_info.Implicits.GetValueOrDefault(c) is Var cv)
                DeclareVar(cv, ReadVariable(clauseTemps[i], Current), c);
            StmtList(c.Body);
            JumpTo(done, s);
        }
        _targets.RemoveAt(_targets.Count - 1);
        SealBlock(done);
        _current = done;
    }

    private GoType? ClauseVarType(CaseClause c) => (_info.Implicits.GetValueOrDefault(c) as Var)?.Type;
}
