using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Ssa;

/// <summary><c>t1 = *t0</c> (load), <c>t1 = &lt;-t0</c> (receive, <c>,ok</c> for the two-value form),
/// <c>-t0</c>, <c>!t0</c>, <c>^t0</c>.</summary>
public sealed class UnOp : Instruction
{
    public UnOp(Operator op, Value x, GoType type, bool commaOk = false) { OpKind = op; AddOp(x); Type = type; CommaOk = commaOk; }
    public Operator OpKind { get; }
    public Value X => Op(0);
    public bool CommaOk { get; }
    public bool IsLoad => OpKind == Operator.Mul;
    public override string Render() => OpKind.Symbol() + Rel(X) + (CommaOk ? ",ok" : "");
}

/// <summary><c>t2 = t0 + t1</c>.</summary>
public sealed class BinOp : Instruction
{
    public BinOp(Operator op, Value x, Value y, GoType type) { OpKind = op; AddOp(x); AddOp(y); Type = type; }
    public Operator OpKind { get; }
    public Value X => Op(0);
    public Value Y => Op(1);
    public override string Render() => $"{Rel(X)} {OpKind.Symbol()} {Rel(Y)}";
}

/// <summary><c>t1 = make closure f$1 [t0, x]</c>: a function literal (or a bound method
/// wrapper) with its captured variables. A binding captured by reference is an address.</summary>
public sealed class MakeClosure : Instruction
{
    public MakeClosure(Function fn, IEnumerable<Value> bindings) { Fn = fn; Type = fn.Signature; foreach (var b in bindings) AddOp(b); }
    public Function Fn { get; }
    public IReadOnlyList<Value> Bindings => Operands;
    public override string Render() => $"make closure {Fn.RelName} [{List(Bindings)}]";
}

/// <summary><c>t2 = make []int t0 t1</c>.</summary>
public sealed class MakeSlice : Instruction
{
    public MakeSlice(GoType type, Value len, Value cap) { Type = type; AddOp(len); AddOp(cap); }
    public Value Len => Op(0);
    public Value Cap => Op(1);
    public override string Render() => $"make {Type} {Rel(Len)} {Rel(Cap)}";
}

/// <summary><c>t1 = make map[string]int t0</c> (no size: <c>make map[string]int</c>).</summary>
public sealed class MakeMap : Instruction
{
    public MakeMap(GoType type, Value? reserve) { Type = type; if (reserve != null) AddOp(reserve); }
    public Value? Reserve => Operands.Count > 0 ? Op(0) : null;
    public override string Render() => $"make {Type}" + (Reserve != null ? " " + Rel(Reserve) : "");
}

/// <summary><c>t1 = make chan int t0</c>.</summary>
public sealed class MakeChan : Instruction
{
    public MakeChan(GoType type, Value size) { Type = type; AddOp(size); }
    public Value Size => Op(0);
    public override string Render() => $"make {Type} {Rel(Size)}";
}

/// <summary><c>t1 = make any &lt;- int (t0)</c>: boxing a concrete value in an interface.</summary>
public sealed class MakeInterface : Instruction
{
    public MakeInterface(GoType iface, Value x) { Type = iface; AddOp(x); }
    public Value X => Op(0);
    public override string Render() => $"make {Type} <- {X.Type} ({Rel(X)})";
}

/// <summary><c>t1 = changetype T &lt;- U (t0)</c>: same underlying type, or interface to interface.</summary>
public sealed class ChangeType : Instruction
{
    public ChangeType(GoType type, Value x) { Type = type; AddOp(x); }
    public Value X => Op(0);
    public override string Render() => $"changetype {Type} <- {X.Type} ({Rel(X)})";
}

/// <summary><c>t1 = convert float64 &lt;- int (t0)</c>: numeric and string conversions.</summary>
public sealed class Convert : Instruction
{
    public Convert(GoType type, Value x) { Type = type; AddOp(x); }
    public Value X => Op(0);
    public override string Render() => $"convert {Type} <- {X.Type} ({Rel(X)})";
}

/// <summary><c>t1 = slice t0[t2:t3]</c> of a slice, a string or a pointer to an array.</summary>
public sealed class Slice : Instruction
{
    public Slice(Value x, Value? low, Value? high, Value? max, GoType type)
    {
        Type = type; AddOp(x);
        Low = low; High = high; Max = max;
        if (low != null) AddOp(low);
        if (high != null) AddOp(high);
        if (max != null) AddOp(max);
    }
    public Value X => Op(0);
    public Value? Low { get; }
    public Value? High { get; }
    public Value? Max { get; }
    public override string Render()
    {
        string s = $"slice {Rel(X)}[{(Low != null ? Rel(Low) : "")}:{(High != null ? Rel(High) : "")}";
        if (Max != null) s += ":" + Rel(Max);
        return s + "]";
    }
}

/// <summary><c>t1 = typeassert t0.(T)</c> or <c>typeassert,ok</c> (a (T, bool) tuple).</summary>
public sealed class TypeAssert : Instruction
{
    public TypeAssert(Value x, GoType asserted, bool commaOk)
    {
        AddOp(x); AssertedType = asserted; CommaOk = commaOk;
        Type = commaOk ? Builder.MakeTuple(asserted, Universe.Bool) : asserted;
    }
    public Value X => Op(0);
    public GoType AssertedType { get; }
    public bool CommaOk { get; }
    public override string Render() => $"typeassert{(CommaOk ? ",ok" : "")} {Rel(X)}.({AssertedType})";
}

/// <summary><c>t2 = extract t1 #0</c>: one component of a tuple-valued instruction.</summary>
public sealed class Extract : Instruction
{
    public Extract(Value tuple, int index) { AddOp(tuple); Index = index; Type = ((Tuple)tuple.Type)[index]; }
    public Value Tuple => Op(0);
    public int Index { get; }
    public override string Render() => $"extract {Rel(Tuple)} #{Index}";
}

/// <summary><c>t1 = range t0</c>: an iterator over a map or string, advanced by Next.</summary>
public sealed class Range : Instruction
{
    public Range(Value x) { AddOp(x); Type = IteratorType.Instance; }
    public Value X => Op(0);
    public override string Render() => $"range {Rel(X)}";
}

/// <summary><c>t2 = next t1</c>: (ok bool, k K, v V) from a Range iterator.</summary>
public sealed class Next : Instruction
{
    public Next(Value iter, GoType key, GoType val, bool isString) { AddOp(iter); IsString = isString; Type = Builder.MakeTuple(Universe.Bool, key, val); }
    public Value Iter => Op(0);
    public bool IsString { get; }
    public override string Render() => $"next {Rel(Iter)}";
}

/// <summary>The type of a Range iterator, which Go has no name for; printed "iter" as in go/ssa.</summary>
public sealed class IteratorType : GoType
{
    public static readonly IteratorType Instance = new();
    private IteratorType() { }
    public override string ToString() => "iter";
}
