using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

internal sealed partial class FunctionBuilder
{
    // ---------------------------------------------------------------- lvalues

    /// <summary>Where an assignment writes (go/ssa's lvalue): a variable, an address, a map
    /// element, or a variable declared by the assignment.</summary>
    private abstract class LValue
    {
        public abstract GoType Type { get; }
        public abstract Value Load(FunctionBuilder fb, Node source);
        public abstract void Store(FunctionBuilder fb, Value v, Node source);
    }

    private sealed class VarLValue(Var v) : LValue
    {
        public override GoType Type => v.Type!;
        public override Value Load(FunctionBuilder fb, Node source) => fb.ReadVar(v, source);
        public override void Store(FunctionBuilder fb, Value val, Node source) => fb.AssignVar(v, val, source);
    }

    private sealed class DeclareLValue(Var v) : LValue
    {
        public override GoType Type => v.Type!;
        public override Value Load(FunctionBuilder fb, Node source) => fb.ReadVar(v, source);
        public override void Store(FunctionBuilder fb, Value val, Node source) => fb.DeclareVar(v, val, source);
    }

    private sealed class AddrLValue(Value addr, GoType type, bool indirect = false) : LValue
    {
        public override GoType Type => type;
        public override Value Load(FunctionBuilder fb, Node source) => fb.Emit(new UnOp(Operator.Mul, addr, type), source);
        public override void Store(FunctionBuilder fb, Value val, Node source) => fb.Emit(new Ssa.Store(addr, val) { Indirect = indirect }, source);
    }

    private sealed class MapLValue(Value map, Value key, GoType type) : LValue
    {
        public override GoType Type => type;
        public override Value Load(FunctionBuilder fb, Node source) => fb.Emit(new Lookup(map, key, type, false), source);
        public override void Store(FunctionBuilder fb, Value val, Node source) => fb.Emit(new MapUpdate(map, key, val), source);
    }

    private LValue LValueOf(Expr e)
    {
        e = Unparen(e);
        if (e is Name n && _info.ObjectOf(n) is Var v)
            return v.Kind == VarKind.Package || InMemory(v) ? new AddrLValue(VarAddr(v), v.Type!) : new VarLValue(v);
        if (e is IndexExpr ix && _info.TypeOf(ix.X)!.Underlying is Map m)
        {
            var map = Expr_(ix.X);
            return new MapLValue(map, Conv(Expr_(ix.Index), m.Key, ix), m.Elem);
        }
        return new AddrLValue(Addr(e), _info.TypeOf(e)!, WritesThroughPointer(e));
    }

    /// <summary>
    /// Whether writing to e goes through a pointer (Go's escape addr(): only a variable, a field
    /// of an addressable struct and an element of an addressable array are direct).
    /// </summary>
    private bool WritesThroughPointer(Expr e)
    {
        e = Unparen(e);
        return e switch
        {
            Name => false,
            SelectorExpr s when _info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal =>
                sel.Indirect || WritesThroughPointer(s.X),
            IndexExpr ix when _info.TypeOf(ix.X)!.Underlying is Types.Array => WritesThroughPointer(ix.X),
            _ => true,
        };
    }

    private bool IsAddressable(Expr e)
    {
        e = Unparen(e);
        return e switch
        {
            Name n => _info.ObjectOf(n) is Var v && (v.Kind == VarKind.Package || InMemory(v)),
            SelectorExpr s when _info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal =>
                sel.Indirect || IsAddressable(s.X),
            IndexExpr ix => _info.TypeOf(ix.X)!.Underlying switch
            {
                Types.Slice or Pointer => true,
                Types.Array => IsAddressable(ix.X),
                _ => false,
            },
            UnaryExpr { Op: Operator.Mul } => true,
            _ => false,
        };
    }

    /// <summary>The address of an addressable expression (or of a composite literal after &amp;).</summary>
    private Value Addr(Expr e, Node? amp = null)
    {
        e = Unparen(e);
        switch (e)
        {
            case Name n when _info.ObjectOf(n) is Var v:
                return VarAddr(v);
            case CompositeLit lit:
                return CompositeAddr(lit, amp ?? lit);
            case SelectorExpr s when _info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.FieldVal:
                {
                    var ft = ((Var)sel.Obj).Type!;
                    Value baseAddr = sel.Indirect ? Expr_(s.X) : Addr(s.X);
                    return Emit(new FieldAddr(baseAddr, sel.Index, ft), s);
                }
            case IndexExpr ix:
                {
                    var xt = _info.TypeOf(ix.X)!.Underlying;
                    GoType elem = xt switch { Types.Slice sl => sl.Elem, Types.Array a => a.Elem, Pointer p => ((Types.Array)p.Elem.Underlying).Elem, _ => Universe.Invalid };
                    Value x = xt is Types.Array ? Addr(ix.X) : Expr_(ix.X);
                    var idx = Conv(Expr_(ix.Index), Universe.Int, ix);
                    return Emit(new IndexAddr(x, idx, elem), ix);
                }
            case UnaryExpr { Op: Operator.Mul } u:
                return Expr_(u.X);
        }
        throw new NotSupportedException($"SSA: cannot take the address of {e.GetType().Name} at {e.Pos}");
    }

    // ---------------------------------------------------------------- conversions and constants

    internal static Value Zero(GoType t) => new Const(null, t);

    private static bool IsInterface(GoType t) => t.Underlying is Interface;

    /// <summary>Converts a value for assignment to type t (go/ssa emitConv): boxing into an
    /// interface, changing between types with the same underlying type, typing a constant.</summary>
    private Value Conv(Value v, GoType t, Node source)
    {
        if (t is Tuple) return v;
        if (v is Const c && (c.Type is Basic { IsUntyped: true } || ReferenceEquals(v.Type, t) || Predicates.Identical(v.Type, t)))
        {
            if (IsInterface(t) && !IsInterface(c.Type) && c.Value != null)
                return Emit(new MakeInterface(t, new Const(c.Value, Universe.DefaultType(c.Type))), source);
            if (c.Value == null && c.Type is Basic { Kind: BasicKind.UntypedNil }) return new Const(null, t);
            if (c.Type is Basic { IsUntyped: true } && !IsInterface(t)) return new Const(c.Value, t);
        }
        if (Predicates.Identical(v.Type, t)) return v;
        if (IsInterface(t))
            return IsInterface(v.Type) ? Emit(new ChangeType(t, v), source) : Emit(new MakeInterface(t, v), source);
        if (Predicates.Identical(v.Type.Underlying, t.Underlying)) return Emit(new ChangeType(t, v), source);
        if (v.Type.Underlying is Pointer p1 && t.Underlying is Pointer p2 && Predicates.Identical(p1.Elem.Underlying, p2.Elem.Underlying))
            return Emit(new ChangeType(t, v), source);
        return Emit(new Convert(t, v), source);
    }

    private Value ConstOf(TypeAndValue tv, Expr e)
    {
        var t = tv.Type is Basic { IsUntyped: true, Kind: not BasicKind.UntypedNil } ? Universe.DefaultType(tv.Type) : tv.Type;
        return new Const(tv.Value, t) { Source = e, Pos = e.Pos };
    }

    // ---------------------------------------------------------------- expressions

    /// <summary>An expression that may have several values (a call, or the v, ok forms).</summary>
    private Value ExprTuple(Expr e)
    {
        e = Unparen(e);
        switch (e)
        {
            case IndexExpr ix when _info.TypeOf(ix.X)!.Underlying is Map m:
                {
                    var map = Expr_(ix.X);
                    return Emit(new Lookup(map, Conv(Expr_(ix.Index), m.Key, ix), Builder.MakeTuple(m.Elem, Universe.Bool), true), ix);
                }
            case AssertExpr a:
                return Emit(new TypeAssert(Expr_(a.X), _info.TypeOf(a.Type)!, commaOk: true), a);
            case UnaryExpr { Op: Operator.Arrow } u:
                {
                    var ch = Expr_(u.X);
                    return Emit(new UnOp(Operator.Arrow, ch, Builder.MakeTuple(((Chan)ch.Type.Underlying).Elem, Universe.Bool), commaOk: true), u);
                }
            default:
                return Expr_(e);
        }
    }

    private Value Expr_(Expr e)
    {
        if (_info.Types.TryGetValue(e, out var tv) && tv.Value != null) return ConstOf(tv, e);
        switch (e)
        {
            case ParenExpr p: return Expr_(p.X);
            case Name n:
                switch (_info.ObjectOf(n))
                {
                    case Var v: return ReadVar(v, n);
                    case Func f: return _b.FunctionOf(f);
                    case Nil: return new Const(null, (GoType?)tv.Type ?? Universe.UntypedNil); // tv is default when the checker recorded nothing
                }
                break;
            case BasicLit: return ConstOf(tv!, e);
            case FuncLit lit: return FuncLit_(lit);
            case CompositeLit lit:
                {
                    var t = _info.TypeOf(lit)!;
                    if (t.Underlying is Map mt)
                    {
                        var m = Emit(new MakeMap(t, new Const(ConstValue.Of(lit.Elems.Length), Universe.Int)), lit);
                        foreach (var el in lit.Elems)
                        {
                            var kv = (KeyValueExpr)el;
                            var k = Conv(ElemExpr(kv.Key, mt.Key), mt.Key, kv);
                            var v = Conv(ElemExpr(kv.Value, mt.Elem), mt.Elem, kv);
                            Emit(new MapUpdate(m, k, v), kv);
                        }
                        return m;
                    }
                    if (t.Underlying is Types.Slice) return SliceLit(lit, t);
                    // An elided &T inside []*T{{...}}: the value is the address itself.
                    if (t.Underlying is Pointer) return CompositeAddr(lit, lit);
                    var addr = CompositeAddr(lit, lit);
                    return Emit(new UnOp(Operator.Mul, addr, t), lit);
                }
            case SelectorExpr s:
                {
                    if (_info.Selections.TryGetValue(s, out var sel))
                    {
                        if (sel.Kind == SelectionKind.FieldVal)
                        {
                            var ft = ((Var)sel.Obj).Type!;
                            if (sel.Indirect || IsAddressable(s.X))
                                return Emit(new UnOp(Operator.Mul, Addr(s), ft), s);
                            return Emit(new Field(Expr_(s.X), sel.Index, ft), s);
                        }
                        if (sel.Kind == SelectionKind.MethodVal) return MethodValue(s, sel);
                        // A method expression T.M: go/ssa's thunk, a plain function value.
                        return _b.Thunk((Func)sel.Obj, _info.TypeOf(s.X)!, (Signature)_info.TypeOf(s)!);
                    }
                    // A qualified identifier: fmt.Println.
                    if (_info.ObjectOf(s.Sel) is Func qf) return _b.FunctionOf(qf);
                    break;
                }
            case IndexExpr ix:
                {
                    var xt = _info.TypeOf(ix.X)!.Underlying;
                    var et = _info.TypeOf(ix)!;
                    if (xt is Map m) return Emit(new Lookup(Expr_(ix.X), Conv(Expr_(ix.Index), m.Key, ix), m.Elem, false), ix);
                    if (xt is Basic) return Emit(new Index(Expr_(ix.X), Conv(Expr_(ix.Index), Universe.Int, ix), Universe.Byte), ix);
                    if (xt is Types.Array && !IsAddressable(ix.X))
                        return Emit(new Index(Expr_(ix.X), Conv(Expr_(ix.Index), Universe.Int, ix), et), ix);
                    return Emit(new UnOp(Operator.Mul, Addr(ix), et), ix);
                }
            case SliceExpr se:
                {
                    var xt = _info.TypeOf(se.X)!.Underlying;
                    Value x = xt is Types.Array ? Addr(se.X) : Expr_(se.X);
                    Value? Idx(Expr? i) => i == null ? null : Conv(Expr_(i), Universe.Int, se);
                    var lo = Idx(se.Low); var hi = Idx(se.High); var max = Idx(se.Max);
                    return Emit(new Slice(x, lo, hi, max, _info.TypeOf(se)!), se);
                }
            case AssertExpr a:
                return Emit(new TypeAssert(Expr_(a.X), _info.TypeOf(a.Type)!, commaOk: false), a);
            case UnaryExpr u:
                switch (u.Op)
                {
                    case Operator.And: return Addr(u.X, u);
                    case Operator.Mul: return Emit(new UnOp(Operator.Mul, Expr_(u.X), _info.TypeOf(u)!), u);
                    case Operator.Arrow:
                        {
                            var ch = Expr_(u.X);
                            return Emit(new UnOp(Operator.Arrow, ch, ((Chan)ch.Type.Underlying).Elem), u);
                        }
                    case Operator.Add: return Expr_(u.X);
                    default: return Emit(new UnOp(u.Op, Conv(Expr_(u.X), _info.TypeOf(u)!, u), _info.TypeOf(u)!), u);
                }
            case BinaryExpr b:
                {
                    var t = _info.TypeOf(b)!;
                    if (t is Basic { IsUntyped: true }) t = Universe.DefaultType(t);
                    if (b.Op is Operator.LAnd or Operator.LOr) return ShortCircuit(b, t);
                    var x = Expr_(b.X);
                    var y = Expr_(b.Y);
                    if (b.Op.IsComparison())
                    {
                        (x, y) = CompareOperands(x, y, b);
                        return Emit(new BinOp(b.Op, x, y, t), b);
                    }
                    x = Conv(x, t, b);
                    if (b.Op is not (Operator.Shl or Operator.Shr)) y = Conv(y, t, b);
                    return Emit(new BinOp(b.Op, x, y, t), b);
                }
            case CallExpr c:
                return Call_(c);
            case InlinedCallExpr ic:
                return InlinedCallValue(ic);
            case KeyValueExpr:
                break;
        }
        throw new NotSupportedException($"SSA: expression {e.GetType().Name} at {e.Pos}");
    }

    /// <summary>Operands of a comparison converted to a common type (an untyped constant or
    /// nil takes the other side's type; a concrete value compared with an interface is boxed).</summary>
    private (Value, Value) CompareOperands(Value x, Value y, Node source)
    {
        if (IsUntypedConst(x) && !IsUntypedConst(y)) x = Conv(x, y.Type, source);
        else if (IsUntypedConst(y)) y = Conv(y, x.Type, source);
        else if (IsInterface(x.Type) && !IsInterface(y.Type)) y = Conv(y, x.Type, source);
        else if (IsInterface(y.Type) && !IsInterface(x.Type)) x = Conv(x, y.Type, source);
        else if (!Predicates.Identical(x.Type, y.Type) && x is Const) x = Conv(x, y.Type, source);
        else if (!Predicates.Identical(x.Type, y.Type) && y is Const) y = Conv(y, x.Type, source);
        return (x, y);
    }

    private static bool IsUntypedConst(Value v) => v is Const { Type: Basic { IsUntyped: true } };

    /// <summary><c>x &amp;&amp; y</c> as a value: branches joined by a phi.</summary>
    private Value ShortCircuit(BinaryExpr b, GoType t)
    {
        var temp = new Temp(b.Op == Operator.LAnd ? "&&" : "||", t);
        var rhs = _fn.NewBlock("binop.rhs");
        var done = _fn.NewBlock("binop.done");
        var x = Expr_(b.X);
        WriteVariable(temp, Current, new Const(ConstValue.Of(b.Op == Operator.LOr), t));
        if (b.Op == Operator.LAnd) EmitIf(x, rhs, done, b); else EmitIf(x, done, rhs, b);
        SealBlock(rhs);
        StartBlock(rhs);
        var y = Conv(Expr_(b.Y), t, b);
        WriteVariable(temp, Current, y);
        JumpTo(done, b);
        SealBlock(done);
        StartBlock(done);
        return ReadVariable(temp, done);
    }

    private Value ElemExpr(Expr e, GoType t) =>
        e is CompositeLit { Type: null } inner && !_info.Types.ContainsKey(inner) ? throw new NotSupportedException("untyped inner literal") : Expr_(e);

    /// <summary>A composite literal in a fresh Alloc (at '{', or at '&amp;' for &amp;T{...}).</summary>
    private Value CompositeAddr(CompositeLit lit, Node source)
    {
        var t = _info.TypeOf(lit)!;
        if (t.Underlying is Pointer pt) t = pt.Elem; // an elided &T in []*T{{...}}
        var alloc = new Alloc(t, "complit") { Source = source, Pos = source.Pos };
        Emit(alloc, source);
        _fn.Locals.Add(alloc);
        if (t.Underlying is Types.Slice)
        {
            // An elided &S{...} of a slice type S (map[K]*S{"a": {...}}): the new variable holds
            // the slice the literal makes (filling it in place would come back here for ever).
            Emit(new Store(alloc, SliceLit(lit, t)), lit);
            return alloc;
        }
        Emit(new Store(alloc, Zero(t)), lit);
        FillComposite(alloc, t, lit);
        return alloc;
    }

    private void FillComposite(Value addr, GoType t, CompositeLit lit)
    {
        switch (t.Underlying)
        {
            case Struct st:
                for (int i = 0; i < lit.Elems.Length; i++)
                {
                    var el = lit.Elems[i];
                    int fi = i;
                    Expr ve = el;
                    if (el is KeyValueExpr kv)
                    {
                        var fname = ((Name)kv.Key).Value;
                        fi = st.Fields.ToList().FindIndex(f => f.Name == fname);
                        ve = kv.Value;
                    }
                    var ft = st.Fields[fi].Type!;
                    var fa = Emit(new FieldAddr(addr, fi, ft), el);
                    Emit(new Store(fa, Conv(Expr_(ve), ft, el)), el);
                }
                break;
            case Types.Array at:
                {
                    long idx = 0;
                    foreach (var el in lit.Elems)
                    {
                        Expr ve = el;
                        if (el is KeyValueExpr kv) { idx = (long)_info.Types[kv.Key].Value!.AsBigInteger; ve = kv.Value; }
                        var ia = Emit(new IndexAddr(addr, new Const(ConstValue.Of(idx), Universe.Int), at.Elem), el);
                        Emit(new Store(ia, Conv(Expr_(ve), at.Elem, el)), el);
                        idx++;
                    }
                    break;
                }
            case Types.Slice or Map:
                // &[]int{1, 2} or &M{...}: the cell holds a slice or map built as usual (Go's
                // OPTRLIT of an OSLICELIT/OMAPLIT: two allocations, the header and the data).
                Emit(new Store(addr, Expr_(lit)), lit);
                break;
        }
    }

    /// <summary><c>[]T{a, b}</c>: an array in an Alloc, then sliced (go/ssa's "slicelit").</summary>
    private Value SliceLit(CompositeLit lit, GoType t)
    {
        var elem = ((Types.Slice)t.Underlying).Elem;
        long n = 0, idx = 0;
        foreach (var el in lit.Elems)
        {
            if (el is KeyValueExpr kv) idx = (long)_info.Types[kv.Key].Value!.AsBigInteger;
            n = Math.Max(n, ++idx);
        }
        var arrType = new Types.Array(n, elem);
        var alloc = new Alloc(arrType, "slicelit") { Source = lit, Pos = lit.Pos };
        Emit(alloc, lit);
        _fn.Locals.Add(alloc);
        FillComposite(alloc, arrType, lit);
        return Emit(new Slice(alloc, null, null, null, t), lit);
    }

    private Value FuncLit_(FuncLit lit)
    {
        var sig = (Signature)_info.TypeOf(lit)!;
        var fn = new Function($"{_fn.Name}${_fn.AnonFuncs.Count + 1}", sig, null, lit, lit.Pos) { Parent = _fn };
        _fn.AnonFuncs.Add(fn);
        var free = _b.Vars.FreeVarsOf(lit);
        new FunctionBuilder(_b, fn).BuildFuncLit(lit, free);
        if (free.Count == 0) return fn;
        // Captured by reference: the cell's address; by value: the current value.
        var bindings = free.Select(v => _b.Vars.CapturedByRef(v) ? VarAddr(v) : ReadVar(v, lit)).ToList();
        return Emit(new MakeClosure(fn, bindings), lit);
    }

    /// <summary><c>x.M</c> not called: a closure of the bound method wrapper over the receiver.</summary>
    private Value MethodValue(SelectorExpr s, Selection sel)
    {
        var m = (Func)sel.Obj;
        var xt = _info.TypeOf(s.X)!;
        Value recv;
        GoType recvType;
        if (IsInterface(xt)) { recv = Expr_(s.X); recvType = xt; }
        else
        {
            recv = Receiver(s.X, m);
            recvType = recv.Type;
        }
        var w = _b.BoundWrapper(m, recvType);
        return Emit(new MakeClosure(w, [recv]), s);
    }

    /// <summary>The receiver argument of a concrete method call: the address for a pointer
    /// method on an addressable value, a load for a value method through a pointer.</summary>
    private Value Receiver(Expr x, Func m)
    {
        var xt = _info.TypeOf(x)!;
        if (m.HasPtrRecv)
            return xt.Underlying is Pointer ? Expr_(x) : Addr(x);
        var v = Expr_(x);
        if (xt.Underlying is Pointer p) v = Emit(new UnOp(Operator.Mul, v, p.Elem), x);
        return v;
    }
}
