using System.Collections.Immutable;
using MiniGo.Syntax;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>Calls, conversions, builtins and composite literals (types2 call.go,
/// builtins.go, conversions.go, literals.go).</summary>
public sealed partial class Checker
{
    private void Call(Operand x, CallExpr call)
    {
        ExprOrTypeOrBuiltin(x, call.Fun);
        switch (x.Mode)
        {
            case OperandMode.Invalid:
                Use(call.Args.ToArray());
                x.Expr = call;
                return;
            case OperandMode.TypeExpr:
                Conversion(x, call);
                return;
            case OperandMode.Builtin:
                Builtins.Call(this, x, call);
                x.Expr = call;
                return;
        }
        if (x.Type.Underlying is not Signature sig)
        {
            Error(AstStart(call), $"{InvalidOp}cannot call non-function {x}");
            Use(call.Args.ToArray());
            x.Mode = OperandMode.Invalid;
            return;
        }
        var args = Arguments(call.Args);
        CheckArguments(call, sig, args);
        x.Expr = call;
        switch (sig.Results.Length)
        {
            case 0: x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; break;
            case 1: x.Mode = OperandMode.Value; x.Type = sig.Results[0]; break;
            default: x.Mode = OperandMode.Value; x.Type = sig.Results; break;
        }
    }

    private void ExprOrTypeOrBuiltin(Operand x, Expr e)
    {
        RawExpr(x, e, null, false);
        SingleValue(x);
        Exclude(x, noValue: true, builtin: false, typeExpr: false);
    }

    /// <summary>Evaluates call arguments; a single call returning several values spreads them.</summary>
    private List<Operand> Arguments(ImmutableArray<Expr> args)
    {
        var list = new List<Operand>();
        if (args.Length == 1)
        {
            var x = new Operand();
            RawExpr(x, args[0], null, false);
            Exclude(x, noValue: true, builtin: true, typeExpr: true);
            if (x.Mode == OperandMode.Value && x.Type is Tuple t && t.Length > 1)
            {
                foreach (var v in t.Vars) list.Add(new Operand { Mode = OperandMode.Value, Expr = args[0], Type = v.Type! });
                return list;
            }
            if (x.Mode == OperandMode.CommaOk) x.Mode = OperandMode.Value;
            list.Add(x);
            return list;
        }
        foreach (var a in args)
        {
            var x = new Operand();
            Expr(x, a);
            list.Add(x);
        }
        return list;
    }

    private void CheckArguments(CallExpr call, Signature sig, List<Operand> args)
    {
        if (args.Any(a => a.IsInvalid)) return;
        bool variadic = StdPackages.IsVariadicSig(sig);
        int nargs = args.Count, npars = sig.Params.Length;
        if (call.HasDots)
        {
            if (!variadic)
            {
                Error(call.Args.Length > 0 ? AstStart(call.Args[^1]) : call.Pos, $"have (...) but function is not variadic: {ExprString.Format(call.Fun)}");
                return;
            }
        }
        else if (variadic && nargs >= npars - 1)
        {
            // Spread ...T: every extra argument is checked against T.
            var elem = ((Slice)sig.Params[npars - 1]).Elem;
            for (int i = 0; i < nargs; i++)
                Assignment(args[i], i < npars - 1 ? sig.Params[i] : elem, $"argument to {ExprString.Format(call.Fun)}");
            return;
        }
        if (nargs != npars)
        {
            Pos at;
            string qualifier;
            if (nargs > npars) { at = AstStart(args[npars].Expr!); qualifier = "too many"; }
            else
            {
                qualifier = "not enough";
                at = nargs > 0 ? AstStart(args[nargs - 1].Expr!) : AstStart(call);
            }
            Error(at, $"{qualifier} arguments in call to {ExprString.Format(call.Fun)}\n\thave {TypesSummary(args.Select(a => a.Type), false)}\n\twant {TypesSummary(sig.Params.Vars.Select(v => v.Type!), variadic)}");
            return;
        }
        for (int i = 0; i < nargs; i++)
            Assignment(args[i], sig.Params[i], $"argument to {ExprString.Format(call.Fun)}");
    }

    internal static string TypesSummary(IEnumerable<Type> list, bool variadic)
    {
        var types = list.ToList();
        var parts = new List<string>();
        for (int i = 0; i < types.Count; i++)
        {
            var t = types[i];
            string s;
            if (t == Universe.Invalid) s = "unknown type";
            else if (Predicates.IsUntyped(t)) s = Predicates.IsNumeric(t) ? "number" : ((Basic)t).Name.Replace("untyped ", "");
            else if (variadic && i == types.Count - 1) s = "..." + TypeString.Format(((Slice)t).Elem);
            else s = TypeString.Format(t);
            parts.Add(s);
        }
        return "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>Checks that x can be assigned to type t (types2 assignment); context names the place.</summary>
    internal void Assignment(Operand x, Type? t, string context)
    {
        if (x.IsInvalid) return;
        if (x.Mode == OperandMode.CommaOk) x.Mode = OperandMode.Value;
        if (Predicates.IsUntyped(x.Type))
        {
            var target = t;
            if (t == null || Predicates.IsInterface(t))
            {
                if (t == null && x.IsNil)
                {
                    Error(AstStart(x.Expr!), $"use of untyped nil in {context}");
                    x.Mode = OperandMode.Invalid;
                    return;
                }
                target = Universe.DefaultType(x.Type);
                if (t != null && x.IsNil) target = t;
            }
            var code = ImplicitType(x, target!, out var newType);
            if (code != null)
            {
                string msg = $"cannot use {x} as {TypeString.Format(target!)} value in {context}";
                if (code is "overflows" or "truncated") msg += $" ({code})";
                Error(AstStart(x.Expr!), msg);
                x.Mode = OperandMode.Invalid;
                return;
            }
            if (x.Mode == OperandMode.Constant && newType is Basic nb && !nb.IsUntyped) x.Value = RoundTo(x.Value!, nb);
            if (newType != Universe.UntypedNil || t == null) x.Type = newType;
            if (x.Expr != null) Record(x.Expr, x);
        }
        if (t == null || t == Universe.Invalid || x.Type == Universe.Invalid) return;
        if (!Predicates.AssignableTo(x.Type, t, out var cause))
        {
            string msg = $"cannot use {x} as {TypeString.Format(t)} value in {context}";
            if (cause != "") msg += ": " + cause;
            Error(AstStart(x.Expr!), msg);
            x.Mode = OperandMode.Invalid;
        }
    }

    private void Conversion(Operand x, CallExpr call)
    {
        var t = x.Type;
        if (call.Args.Length != 1 || call.HasDots)
        {
            Use(call.Args.ToArray());
            Error(call.Args.Length == 0 ? call.Rparen : AstStart(call.Args[^1]),
                call.Args.Length == 0 ? $"missing argument in conversion to {TypeString.Format(t)}" : $"too many arguments in conversion to {TypeString.Format(t)}");
            x.Mode = OperandMode.Invalid;
            x.Expr = call;
            return;
        }
        var arg = new Operand();
        Expr(arg, call.Args[0]);
        x.Expr = call;
        if (arg.IsInvalid) { x.Mode = OperandMode.Invalid; return; }

        bool constArg = arg.Mode == OperandMode.Constant;
        if (constArg && t.Underlying is Basic tb && tb.IsConstType)
        {
            // Constant conversion: the value must be representable (integers may become strings).
            var v = arg.Value!;
            if (tb.IsString && Predicates.IsInteger(arg.Type))
            {
                var cp = v.AsBigInteger;
                v = ConstValue.Of(cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp < 0xE000) ? char.ConvertFromUtf32((int)cp) : "\uFFFD");
            }
            else if (Representable(v, tb) is { } ovf && Predicates.IsInteger(arg.Type) && tb.IsInteger)
            {
                // An integer constant converted to an integer type can only overflow (go.dev/issue/63563).
                Error(AstStart(call.Args[0]), $"constant {v} overflows {TypeString.Format(t)}");
                x.Mode = OperandMode.Invalid;
                return;
            }
            else if (Representable(v, tb) is { } code && !(tb.IsFloat && v.IsNumeric))
            {
                Error(AstStart(call.Args[0]), code == "mismatch"
                    ? $"cannot convert {arg} to type {TypeString.Format(t)}"
                    : code == "truncated" ? $"cannot convert {arg} to type {TypeString.Format(t)} (truncated)" : $"cannot convert {arg} to type {TypeString.Format(t)} (overflows)");
                x.Mode = OperandMode.Invalid;
                return;
            }
            x.Mode = OperandMode.Constant;
            x.Value = RoundTo(v, tb);
            x.Type = t;
            return;
        }
        if (Predicates.IsUntyped(arg.Type))
        {
            var target = Predicates.IsInterface(t) || (constArg && !(t.Underlying is Basic)) ? Universe.DefaultType(arg.Type) : t;
            if (arg.IsNil) target = t;
            if (!(t.Underlying is Basic { IsString: true } && Predicates.IsInteger(arg.Type)))
            {
                var code = ImplicitType(arg, target, out var nt);
                if (code == null) { arg.Type = nt == Universe.UntypedNil ? t : nt; Record(arg.Expr!, arg); }
            }
            else arg.Type = Universe.DefaultType(arg.Type);
        }
        if (!Predicates.ConvertibleTo(arg.Type, t))
        {
            Error(AstStart(call.Args[0]), $"cannot convert {arg} to type {TypeString.Format(t)}");
            x.Mode = OperandMode.Invalid;
            return;
        }
        x.Mode = OperandMode.Value;
        x.Type = t;
    }

    // ---- composite literals -------------------------------------------------------------

    private void CompositeLitValue(Operand x, CompositeLit e, Type? hint)
    {
        Type typ;
        if (e.Type != null)
        {
            if (e.Type is ArrayType { Len: null } open)
            {
                var elem = TypExpr(open.Elem);
                long n = ElementsOf(e, elem, -1, "array or slice literal");
                typ = new Array(n, elem);
                _info.Types[e.Type] = new TypeAndValue(OperandMode.TypeExpr, typ, null);
                x.Mode = OperandMode.Value;
                x.Type = typ;
                return;
            }
            typ = TypExpr(e.Type);
        }
        else if (hint != null)
        {
            typ = hint;
            // An elided &T in []*T{{...}} means T.
            if (typ.Underlying is Pointer p) typ = p.Elem;
        }
        else
        {
            Error(e.Pos, "missing type in composite literal");
            Use(e.Elems.Select(el => el is KeyValueExpr kv ? kv.Value : el).ToArray());
            return;
        }

        switch (typ.Underlying)
        {
            case Struct st:
                StructLit(e, st, typ);
                break;
            case Array a:
                ElementsOf(e, a.Elem, a.Len, "array or slice literal");
                break;
            case Slice s:
                ElementsOf(e, s.Elem, -1, "array or slice literal");
                break;
            case Map m:
                {
                    var seen = new HashSet<string>();
                    foreach (var el in e.Elems)
                    {
                        if (el is not KeyValueExpr kv)
                        {
                            Error(AstStart(el), "missing key in map literal");
                            Use(el);
                            continue;
                        }
                        var k = new Operand();
                        ElemExpr(k, kv.Key, m.Key);
                        Assignment(k, m.Key, "map literal");
                        if (k.Mode == OperandMode.Constant && !Predicates.IsInterface(m.Key) && !seen.Add(k.Value!.ToString()))
                            Error(AstStart(kv.Key), $"duplicate key {ExprString.Format(kv.Key)} in map literal");
                        var v = new Operand();
                        ElemExpr(v, kv.Value, m.Elem);
                        Assignment(v, m.Elem, "map literal");
                    }
                    break;
                }
            default:
                if (typ != Universe.Invalid)
                    Error(AstStart(e), $"invalid composite literal type {TypeString.Format(typ)}");
                Use(e.Elems.Select(el => el is KeyValueExpr kv ? kv.Value : el).ToArray());
                x.Mode = OperandMode.Invalid;
                return;
        }
        x.Mode = OperandMode.Value;
        x.Type = typ;
    }

    /// <summary>An element of a composite literal; an elided literal <c>{...}</c> takes the element type.</summary>
    private void ElemExpr(Operand x, Expr e, Type elemType)
    {
        if (e is CompositeLit { Type: null } cl)
        {
            RawExpr(x, cl, elemType, false);
            if (elemType.Underlying is Pointer && !x.IsInvalid)
            {
                x.Type = elemType;
                Record(e, x);
            }
            return;
        }
        Expr(x, e, elemType);
    }

    private void StructLit(CompositeLit e, Struct st, Type typ)
    {
        if (e.Elems.IsEmpty) return;
        if (e.Elems[0] is KeyValueExpr)
        {
            var seen = new HashSet<string>();
            foreach (var el in e.Elems)
            {
                if (el is not KeyValueExpr kv)
                {
                    Error(AstStart(el), "mixture of field:value and value elements in struct literal");
                    Use(el);
                    continue;
                }
                if (kv.Key is not Name key)
                {
                    Error(AstStart(kv.Key), $"invalid field name {ExprString.Format(kv.Key)} in struct literal");
                    Use(kv.Value);
                    continue;
                }
                int i = st.Fields.IndexOf(st.Fields.FirstOrDefault(f => f.Name == key.Value)!);
                if (i < 0)
                {
                    Error(key.Pos, $"unknown field {key.Value} in struct literal of type {TypeString.Format(typ)}");
                    Use(kv.Value);
                    continue;
                }
                _info.Uses[key] = st.Fields[i];
                var fieldType = st.Fields[i].Type!;
                var v = new Operand();
                Expr(v, kv.Value);
                Assignment(v, fieldType, "struct literal");
                if (!seen.Add(key.Value))
                    Error(key.Pos, $"duplicate field name {key.Value} in struct literal");
            }
            return;
        }
        for (int i = 0; i < e.Elems.Count(); i++)
        {
            var el = e.Elems[i];
            if (el is KeyValueExpr kv)
            {
                Error(kv.Pos, "mixture of field:value and value elements in struct literal");
                Use(kv.Value);
                continue;
            }
            var v = new Operand();
            if (i >= st.Fields.Length)
            {
                Expr(v, el);
                Error(AstStart(el), $"too many values in struct literal of type {TypeString.Format(typ)}");
                break;
            }
            Expr(v, el);
            Assignment(v, st.Fields[i].Type!, "struct literal");
        }
        if (e.Elems.Length < st.Fields.Length && e.Elems.All(el => el is not KeyValueExpr))
            Error(e.Rbrace, $"too few values in struct literal of type {TypeString.Format(typ)}");
    }

    /// <summary>Elements of an array or slice literal; returns the literal's length (types2 indexedElts).</summary>
    private long ElementsOf(CompositeLit e, Type elem, long length, string context)
    {
        long index = 0, max = 0;
        var seen = new HashSet<long>();
        foreach (var el in e.Elems)
        {
            var value = el;
            bool validIndex = false;
            if (el is KeyValueExpr kv)
            {
                var k = new Operand();
                Expr(k, kv.Key);
                if (IsValidIndex(k, "index"))
                {
                    if (k.Mode != OperandMode.Constant)
                        Error(AstStart(el), $"index {ExprString.Format(kv.Key)} must be integer constant");
                    else if (k.Value!.Kind != ConstKind.Unknown)
                    {
                        long key = (long)k.Value.AsBigInteger;
                        if (length >= 0 && key >= length)
                            Error(AstStart(kv.Key), $"invalid argument: index {k.Value} out of bounds [0:{length}]");
                        else { index = key; validIndex = true; }
                    }
                }
                value = kv.Value;
            }
            else if (length >= 0 && index >= length)
                Error(AstStart(el), $"index {index} is out of bounds (>= {length})");
            else validIndex = true;
            if (validIndex && !seen.Add(index))
                Error(AstStart(el), $"duplicate index {index} in array or slice literal");
            var v = new Operand();
            ElemExpr(v, value, elem);
            Assignment(v, elem, context);
            index++;
            max = Math.Max(max, index);
        }
        return max;
    }
}
