using MiniGo.Syntax;
using System.Text;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>The builtin functions: len, cap, append, make, new, delete, copy, panic, print,
/// println, recover, min, max, clear (types2 builtins.go).</summary>
internal static class Builtins
{
    public static void Call(Checker c, Operand x, CallExpr call) => c.BuiltinCall(x, call);
}

public sealed partial class Checker
{
    private static readonly Dictionary<BuiltinId, (int NArgs, bool Variadic)> BuiltinArity = new()
    {
        [BuiltinId.Append] = (1, true), [BuiltinId.Cap] = (1, false), [BuiltinId.Clear] = (1, false), [BuiltinId.Close] = (1, false),
        [BuiltinId.Copy] = (2, false), [BuiltinId.Delete] = (2, false), [BuiltinId.Len] = (1, false),
        [BuiltinId.Make] = (1, true), [BuiltinId.Max] = (1, true), [BuiltinId.Min] = (1, true),
        [BuiltinId.New] = (1, false), [BuiltinId.Panic] = (1, false), [BuiltinId.Print] = (0, true),
        [BuiltinId.Println] = (0, true), [BuiltinId.Recover] = (0, false),
    };

    /// <summary>A call of a builtin, following types2's builtin: ordinary arguments are
    /// evaluated first (a multi-valued call spreads), then the count is checked, then each
    /// builtin's own rules apply.</summary>
    internal void BuiltinCall(Operand x, CallExpr call)
    {
        var id = x.Builtin;
        string name = id.ToString().ToLowerInvariant();
        var argList = call.Args;
        x.Expr = call;
        void Fail() => x.Mode = OperandMode.Invalid;

        if (call.HasDots && id != BuiltinId.Append)
        {
            Error(AstStart(call), $"{InvalidOp}invalid use of ... with built-in {name}");
            Use(argList.ToArray());
            Fail();
            return;
        }

        List<Operand> args = new();
        int nargs;
        if (id is BuiltinId.Make or BuiltinId.New)
        {
            nargs = argList.Length;
        }
        else
        {
            args = argList.IsEmpty ? new() : Arguments(argList);
            nargs = args.Count;
            if (args.Any(a => a.IsInvalid)) { Fail(); return; }
            if (nargs > 0)
            {
                x.Mode = args[0].Mode; x.Type = args[0].Type; x.Value = args[0].Value; x.Expr = args[0].Expr;
            }
        }

        var (want, variadic) = BuiltinArity[id];
        string? count = nargs < want ? "not enough" : !variadic && nargs > want ? "too many" : null;
        if (count != null)
        {
            Error(AstStart(call), $"{InvalidOp}{count} arguments for {ExprString.Format(call)} (expected {want}, found {nargs})");
            Fail();
            return;
        }

        switch (id)
        {
            case BuiltinId.Append:
                {
                    if (x.Type.Underlying is not Slice sl)
                    {
                        string cause = x.IsNil ? "have untyped nil" : $"have {x}";
                        Error(AstStart(x.Expr!), $"first argument to append must be a slice; {cause}");
                        Fail(); return;
                    }
                    var S = x.Type;
                    if (nargs == 2 && call.HasDots && Predicates.AssignableTo(S, new Slice(Universe.Byte), out _) && Predicates.IsString(args[1].Type))
                    {
                        x.Mode = OperandMode.Value; x.Type = S; x.Expr = call;
                        return;
                    }
                    if (call.HasDots)
                    {
                        if (nargs != 2)
                        {
                            // As types2 does, check against the signature func(S, ...T) S.
                            string qualifier = nargs > 2 ? "too many" : "not enough";
                            var at = nargs > 2 ? args[2].Expr! : args[nargs - 1].Expr!;
                            Error(AstStart(at), $"{qualifier} arguments in call to append\n\thave {TypesSummary(args.Select(a => a.Type), false)}\n\twant ({TypeString.Format(S)}, ...{TypeString.Format(sl.Elem)})");
                        }
                        else Assignment(args[1], S, "argument to append");
                    }
                    else
                    {
                        for (int i = 1; i < nargs; i++) Assignment(args[i], sl.Elem, "argument to append");
                    }
                    x.Mode = OperandMode.Value; x.Type = S; x.Expr = call;
                    return;
                }
            case BuiltinId.Len:
            case BuiltinId.Cap:
                {
                    var mode = OperandMode.Invalid;
                    ConstValue? val = null;
                    var u = x.Type.Underlying is Pointer { Elem.Underlying: Array pa } ? pa : x.Type.Underlying;
                    switch (u)
                    {
                        case Basic b when b.IsString && id == BuiltinId.Len:
                            if (x.Mode == OperandMode.Constant) { mode = OperandMode.Constant; val = ConstValue.Of(Encoding.UTF8.GetByteCount(x.Value!.Str)); }
                            else mode = OperandMode.Value;
                            break;
                        case Array arr:
                            mode = OperandMode.Value;
                            if (!ContainsCallOrReceive(argList[0])) { mode = OperandMode.Constant; val = ConstValue.Of(arr.Len); }
                            break;
                        case Slice or Chan:
                            mode = OperandMode.Value;
                            break;
                        case Map when id == BuiltinId.Len:
                            mode = OperandMode.Value;
                            break;
                    }
                    if (mode == OperandMode.Invalid)
                    {
                        if (x.Type.Underlying != Universe.Invalid) Error(AstStart(x.Expr!), $"invalid argument: {x} for {name}");
                        Fail(); return;
                    }
                    x.Mode = mode; x.Type = Universe.Int; x.Value = val; x.Expr = call;
                    return;
                }
            case BuiltinId.Clear:
                if (x.Type.Underlying is not (Map or Slice))
                {
                    Error(AstStart(x.Expr!), $"invalid argument: cannot clear {x}: argument must be (or constrained by) map or slice");
                    Fail(); return;
                }
                x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; x.Expr = call;
                return;
            case BuiltinId.Close:
                if (x.Type.Underlying is not Chan ch)
                {
                    Error(AstStart(x.Expr!), $"{InvalidOp}cannot close non-channel {x}");
                    Fail(); return;
                }
                if (ch.Dir == ChanDir.RecvOnly)
                {
                    Error(AstStart(x.Expr!), $"{InvalidOp}cannot close receive-only channel {x}");
                    Fail(); return;
                }
                x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; x.Expr = call;
                return;
            case BuiltinId.Copy:
                {
                    var y = args[1];
                    var dst = x.Type.Underlying as Slice;
                    var src = Predicates.IsString(y.Type) ? new Slice(Universe.Byte) : y.Type.Underlying as Slice;
                    if (dst == null || src == null)
                    {
                        Error(AstStart(x.Expr!), $"invalid argument: copy expects slice arguments; found {x} and {y}");
                        Fail(); return;
                    }
                    if (!Predicates.Identical(dst.Elem, src.Elem))
                    {
                        Error(AstStart(x.Expr!), $"invalid argument: arguments to copy {x} and {y} have different element types {TypeString.Format(dst.Elem)} and {TypeString.Format(src.Elem)}");
                        Fail(); return;
                    }
                    x.Mode = OperandMode.Value; x.Type = Universe.Int; x.Expr = call;
                    return;
                }
            case BuiltinId.Delete:
                {
                    if (x.Type.Underlying is not Map m)
                    {
                        Error(AstStart(x.Expr!), $"invalid argument: {x} is not a map");
                        Fail(); return;
                    }
                    Assignment(args[1], m.Key, "argument to delete");
                    if (args[1].IsInvalid) { Fail(); return; }
                    x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; x.Expr = call;
                    return;
                }
            case BuiltinId.Make:
                {
                    var arg0 = argList[0];
                    var T = TypExpr(arg0);
                    if (T == Universe.Invalid) { Fail(); return; }
                    int min = T.Underlying switch { Slice => 2, Map or Chan => 1, _ => -1 };
                    if (min < 0)
                    {
                        Error(AstStart(arg0), $"invalid argument: cannot make {ExprString.Format(arg0)}; type must be slice, map, or channel");
                        Fail(); return;
                    }
                    if (nargs < min || min + 1 < nargs)
                    {
                        Error(AstStart(call), $"{InvalidOp}{ExprString.Format(call)} expects {min} or {min + 1} arguments; found {nargs}");
                        Fail(); return;
                    }
                    var sizes = new List<long>();
                    foreach (var a in argList.Skip(1))
                    {
                        long v = SizeArg(a);
                        if (v >= 0) sizes.Add(v);
                    }
                    if (sizes.Count == 2 && sizes[0] > sizes[1])
                        Error(AstStart(argList[1]), "invalid argument: length and capacity swapped");
                    x.Mode = OperandMode.Value; x.Type = T; x.Expr = call;
                    return;
                }
            case BuiltinId.New:
                {
                    var T = TypExpr(argList[0]);
                    if (T == Universe.Invalid) { Fail(); return; }
                    x.Mode = OperandMode.Value; x.Type = new Pointer(T); x.Expr = call;
                    return;
                }
            case BuiltinId.Panic:
                Assignment(x, Universe.EmptyInterface, "argument to panic");
                if (x.IsInvalid) return;
                x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; x.Expr = call;
                return;
            case BuiltinId.Print:
            case BuiltinId.Println:
                foreach (var a in args)
                {
                    Assignment(a, null, "argument to " + name);
                    if (a.IsInvalid) { Fail(); return; }
                }
                x.Mode = OperandMode.NoValue; x.Type = Tuple.Empty; x.Expr = call;
                return;
            case BuiltinId.Recover:
                x.Mode = OperandMode.Value; x.Type = Universe.EmptyInterface; x.Expr = call;
                return;
            case BuiltinId.Min:
            case BuiltinId.Max:
                {
                    var op = id == BuiltinId.Min ? Syntax.Ast.Operator.Lss : Syntax.Ast.Operator.Gtr;
                    for (int i = 0; i < args.Count; i++)
                    {
                        var a = args[i];
                        if (!Predicates.IsBasic(a.Type, b => b.IsOrdered))
                        {
                            Error(AstStart(a.Expr!), $"invalid argument: {a} cannot be ordered");
                            Fail(); return;
                        }
                        if (i > 0)
                        {
                            MatchTypes(x, a);
                            if (x.IsInvalid) return;
                            if (!Predicates.Identical(x.Type, a.Type))
                            {
                                Error(AstStart(a.Expr!), $"invalid argument: mismatched types {TypeString.Format(x.Type)} (previous argument) and {TypeString.Format(a.Type)} (type of {ExprString.Format(a.Expr!)})");
                                Fail(); return;
                            }
                            if (x.Mode == OperandMode.Constant && a.Mode == OperandMode.Constant)
                            {
                                if (ConstOps.Compare(a.Value!, op, x.Value!)) { x.Mode = a.Mode; x.Type = a.Type; x.Value = a.Value; }
                            }
                            else x.Mode = OperandMode.Value;
                        }
                    }
                    if (x.Mode != OperandMode.Constant)
                    {
                        x.Mode = OperandMode.Value;
                        Assignment(x, Universe.EmptyInterface, "argument to " + name);
                        if (x.IsInvalid) return;
                    }
                    x.Expr = call;
                    return;
                }
        }
        Fail();
    }

    private long SizeArg(Expr a)
    {
        var x = new Operand();
        Expr(x, a);
        if (x.IsInvalid) return -1;
        if (x.Mode == OperandMode.Constant && Predicates.IsUntyped(x.Type) && x.Value!.IsNumeric && !x.Value.IsIntegral)
        {
            Error(AstStart(a), $"{x} truncated to int");
            return -1;
        }
        ConvertUntyped(x, Universe.Int);
        if (x.IsInvalid) return -1;
        if (!Predicates.IsInteger(x.Type))
        {
            Error(AstStart(a), $"cannot convert {x} to type int");
            return -1;
        }
        if (x.Mode == OperandMode.Constant)
        {
            var v = x.Value!.AsBigInteger;
            if (v < 0) { Error(AstStart(a), $"invalid argument: index {x} must not be negative"); return -1; }
            return v > long.MaxValue ? long.MaxValue : (long)v;
        }
        return -1;
    }

    private static bool ContainsCallOrReceive(Node n)
    {
        var stack = new Stack<Node>();
        stack.Push(n);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x is CallExpr or UnaryExpr { Op: Syntax.Ast.Operator.Arrow }) return true;
            if (x is FuncLit) continue;
            foreach (var k in x.Children) stack.Push(k);
        }
        return false;
    }
}
