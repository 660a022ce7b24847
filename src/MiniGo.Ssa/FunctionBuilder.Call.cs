using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

internal sealed partial class FunctionBuilder
{
    private Value Call_(CallExpr c)
    {
        var fun = Unparen(c.Fun);
        if (_info.Types.TryGetValue(c.Fun, out var ftv) && ftv.IsType)
        {
            var target = ftv.Type;
            var arg = Expr_(c.Args[0]);
            if (arg is Const k && k.Type is Basic { IsUntyped: true }) return new Const(k.Value, target);
            return ExplicitConv(arg, target, c);
        }
        if (fun is Name bn && _info.ObjectOf(bn) is Builtin b) return Builtin_(b, c);
        var cc = CallCommonOf(c);
        return Emit(new Call(cc, cc.ResultType), c);
    }

    /// <summary>A conversion T(x): MakeInterface, ChangeType or Convert.</summary>
    private Value ExplicitConv(Value v, GoType t, CallExpr c)
    {
        if (Predicates.Identical(v.Type, t)) return v;
        return Conv(v, t, c);
    }

    internal Value BuiltinCall(BuiltinId id, List<Value> args, GoType result, Node source, bool ellipsis = false)
    {
        var sig = new Signature(null, Builder.MakeTuple([.. args.Select(a => a.Type)]), result is Tuple t ? t : Builder.MakeTuple(result));
        var callee = new BuiltinValue((Builtin)Universe.Scope.Lookup(id.ToString().ToLowerInvariant())!, sig);
        var cc = new CallCommon { Mode = CallMode.Builtin, Callee = callee, Args = args, Signature = sig, HasEllipsis = ellipsis };
        return Emit(new Call(cc, result), source);
    }

    private Value Builtin_(Builtin b, CallExpr c)
    {
        var resultType = _info.TypeOf(c) ?? Tuple.Empty;
        if (b.Id is not (BuiltinId.New or BuiltinId.Make) && c.Args.Length == 1 && _info.TypeOf(c.Args[0]) is Tuple { Length: > 1 } tuple)
            return BuiltinOfTuple(b, c, tuple, resultType);
        switch (b.Id)
        {
            case BuiltinId.New:
                {
                    var t = _info.TypeOf(c.Args[0])!;
                    var alloc = new Alloc(t, "new") { Source = c, Pos = c.Pos };
                    Emit(alloc, c);
                    _fn.Locals.Add(alloc);
                    Emit(new Store(alloc, Zero(t)), c);
                    return alloc;
                }
            case BuiltinId.Make:
                {
                    var t = _info.TypeOf(c.Args[0])!;
                    Value? Arg(int i) => c.Args.Length > i ? Conv(Expr_(c.Args[i]), Universe.Int, c) : null;
                    switch (t.Underlying)
                    {
                        case Types.Slice:
                            {
                                var len = Arg(1)!;
                                var cap = Arg(2) ?? len;
                                return Emit(new MakeSlice(t, len, cap), c);
                            }
                        case Map: return Emit(new MakeMap(t, Arg(1)), c);
                        default: return Emit(new MakeChan(t, Arg(1) ?? new Const(ConstValue.Of(0), Universe.Int)), c);
                    }
                }
            case BuiltinId.Panic:
                {
                    var v = Conv(Expr_(c.Args[0]), Universe.AnyType, c);
                    Emit(new Panic(v), c);
                    return new Const(null, Tuple.Empty);
                }
            case BuiltinId.Append:
                {
                    var s = Expr_(c.Args[0]);
                    var st = s.Type is Basic { Kind: BasicKind.UntypedNil } ? resultType : s.Type;
                    s = Conv(s, st, c);
                    if (c.Args.Length == 1) return s;
                    Value rest;
                    if (c.HasDots) rest = Expr_(c.Args[1]);
                    else rest = VarArgs(c.Args.Skip(1).ToList(), ((Types.Slice)st.Underlying).Elem, new Types.Slice(((Types.Slice)st.Underlying).Elem), c);
                    return BuiltinCall(BuiltinId.Append, [s, rest], st, c, ellipsis: true);
                }
            default:
                return OtherBuiltin(b, c.Args.Select(a => Expr_(a)).ToList(), resultType, c);
        }
    }

    /// <summary>The builtins whose arguments are plain values (len, cap, copy, delete, print, min, …).</summary>
    private Value OtherBuiltin(Builtin b, List<Value> args, GoType resultType, CallExpr c)
    {
        if (b.Id is BuiltinId.Print or BuiltinId.Println)
            args = args.Select(a => a is Const { Type: Basic { IsUntyped: true } } k ? new Const(k.Value, Universe.DefaultType(k.Type)) : a).ToList();
        if (b.Id == BuiltinId.Delete)
            args[1] = Conv(args[1], ((Map)args[0].Type.Underlying).Key, c);
        if (b.Id is BuiltinId.Min or BuiltinId.Max)
            args = args.Select(a => Conv(a, resultType, c)).ToList();
        return BuiltinCall(b.Id, args, resultType, c);
    }

    /// <summary>
    /// A builtin applied to one multi-value call, e.g. <c>copy(f())</c>, <c>delete(h())</c>,
    /// <c>append(g())</c>: the call's results are the arguments.
    /// </summary>
    private Value BuiltinOfTuple(Builtin b, CallExpr c, Tuple tuple, GoType resultType)
    {
        var parts = TupleValues(c.Args[0], tuple.Length, c);
        if (b.Id != BuiltinId.Append) return OtherBuiltin(b, parts, resultType, c);
        var st = parts[0].Type;
        var elem = ((Types.Slice)st.Underlying).Elem;
        var rest = VarArgValues(parts.Skip(1).Select(v => Conv(v, elem, c)).ToList(), elem, st, c);
        return BuiltinCall(BuiltinId.Append, [parts[0], rest], st, c, ellipsis: true);
    }

    /// <summary>go/ssa's varargs: <c>new [N]T (varargs)</c>, a Store into each element, then
    /// <c>slice t0[:]</c>. No arguments give a nil slice.</summary>
    private Value VarArgs(List<Expr> args, GoType elem, GoType sliceType, CallExpr c) =>
        VarArgValues(args.Select(a => Conv(Expr_(a), elem, c)).ToList(), elem, sliceType, c);

    /// <summary><see cref="VarArgs"/> for values already evaluated and converted to elem.</summary>
    private Value VarArgValues(List<Value> values, GoType elem, GoType sliceType, CallExpr c)
    {
        if (values.Count == 0) return new Const(null, sliceType);
        var arr = new Types.Array(values.Count, elem);
        var alloc = new Alloc(arr, "varargs") { Source = c, Pos = c.Pos };
        Emit(alloc, c);
        _fn.Locals.Add(alloc);
        for (int i = 0; i < values.Count; i++)
        {
            var ia = Emit(new IndexAddr(alloc, new Const(ConstValue.Of(i), Universe.Int), elem), c);
            Emit(new Store(ia, values[i]), c);
        }
        return Emit(new Slice(alloc, null, null, null, sliceType), c);
    }

    /// <summary>What a call calls, with its arguments converted to the parameter types.</summary>
    private CallCommon CallCommonOf(CallExpr c)
    {
        var fun = Unparen(c.Fun);
        if (fun is Name bn && _info.ObjectOf(bn) is Builtin b)
        {
            // go/defer of a builtin: defer close(ch), go println(x)
            var args = c.Args.Select(a => Expr_(a)).ToList();
            if (b.Id == BuiltinId.Panic) args = [Conv(args[0], Universe.AnyType, c)];
            var sig = new Signature(null, Builder.MakeTuple([.. args.Select(a => a.Type)]), Tuple.Empty);
            return new CallCommon { Mode = CallMode.Builtin, Callee = new BuiltinValue(b, sig), Args = args, Signature = sig };
        }
        if (fun is SelectorExpr s && _info.Selections.TryGetValue(s, out var sel) && sel.Kind == SelectionKind.MethodVal)
        {
            var m = (Func)sel.Obj;
            if (IsInterface(_info.TypeOf(s.X)!))
            {
                var recv = Expr_(s.X);
                return new CallCommon { Mode = CallMode.Invoke, Callee = recv, Method = m, Args = Args(c, m.Signature), Signature = m.Signature };
            }
            var r = Receiver(s.X, m);
            var margs = Args(c, m.Signature);
            margs.Insert(0, r);
            return new CallCommon { Mode = CallMode.Static, Callee = _b.FunctionOf(m), Args = margs, Signature = m.Signature };
        }
        Func? f = fun switch
        {
            Name n => _info.ObjectOf(n) as Func,
            SelectorExpr q when !_info.Selections.ContainsKey(q) => _info.ObjectOf(q.Sel) as Func,
            _ => null,
        };
        if (f != null)
            return new CallCommon { Mode = CallMode.Static, Callee = _b.FunctionOf(f), Args = Args(c, f.Signature), Signature = f.Signature, HasEllipsis = c.HasDots };
        var fv = Expr_(fun);
        var fsig = (Signature)fv.Type.Underlying;
        return new CallCommon { Mode = CallMode.Closure, Callee = fv, Args = Args(c, fsig), Signature = fsig, HasEllipsis = c.HasDots };
    }

    private List<Value> Args(CallExpr c, Signature sig)
    {
        var ps = sig.Params;
        bool variadic = StdPackages.IsVariadicSig(sig);
        int fixedCount = variadic ? ps.Length - 1 : ps.Length;
        // f(g()) with a multi-value g: spread the tuple over the parameters, the rest into the
        // variadic slice (fmt.Println(g()) boxes each result; Go: t1, t2 := g(); f(t1, t2)).
        if (c.Args.Length == 1 && _info.TypeOf(c.Args[0]) is Tuple { Length: > 1 } tuple)
        {
            var parts = TupleValues(c.Args[0], tuple.Length, c);
            var spread = parts.Take(fixedCount).Select((v, i) => Conv(v, ps[i], c)).ToList();
            if (variadic)
            {
                var st = ps[^1];
                var elem = ((Types.Slice)st.Underlying).Elem;
                spread.Add(VarArgValues(parts.Skip(fixedCount).Select(v => Conv(v, elem, c)).ToList(), elem, st, c));
            }
            return spread;
        }
        var result = new List<Value>();
        for (int i = 0; i < fixedCount && i < c.Args.Length; i++) result.Add(Conv(Expr_(c.Args[i]), ps[i], c));
        if (variadic)
        {
            var sliceType = ps[ps.Length - 1];
            if (c.HasDots) result.Add(Conv(Expr_(c.Args[^1]), sliceType, c));
            else result.Add(VarArgs(c.Args.Skip(fixedCount).ToList(), ((Types.Slice)sliceType.Underlying).Elem, sliceType, c));
        }
        return result;
    }
}
