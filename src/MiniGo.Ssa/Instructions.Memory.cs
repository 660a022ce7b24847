using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Ssa;

/// <summary>
/// <c>t0 = local int (x)</c> or <c>t0 = new int (x)</c>: the address of fresh memory for a
/// variable that stays in memory, a composite literal, new(T) or a varargs array. The builder
/// always leaves Heap false; escape analysis sets it.
/// </summary>
public sealed class Alloc : Instruction
{
    public Alloc(GoType elem, string comment) { Type = new Pointer(elem); Comment = comment; }
    public bool Heap { get; set; }
    public string Comment { get; }
    public GoType Elem => ((Pointer)Type).Elem;
    public override string Render() => $"{(Heap ? "new" : "local")} {Elem} ({Comment})";
}

/// <summary><c>t3 = phi [0: t1, 2: t2] #x</c>: edge i comes from Block.Preds[i].</summary>
public sealed class Phi : Instruction
{
    public Phi(GoType type, string comment) { Type = type; Comment = comment; }
    public string Comment { get; }
    /// <summary>Set when the phi was found trivial and removed: uses must follow it.</summary>
    public Value? ReplacedBy { get; set; }
    public IReadOnlyList<Value> Edges => Operands;
    public void AddEdge(Value v) => AddOp(v);
    public override string Render()
    {
        var parts = Edges.Select((v, i) => $"{(Block != null && i < Block.Preds.Count ? Block.Preds[i].Index : -1)}: {Rel(v)}");
        return $"phi [{string.Join(", ", parts)}]" + (Comment != "" ? " #" + Comment : "");
    }
}

/// <summary><c>*t0 = t1</c>.</summary>
public sealed class Store : Instruction
{
    public Store(Value addr, Value val) { AddOp(addr); AddOp(val); }
    public Value Addr => Op(0);
    public Value Val => Op(1);

    /// <summary>
    /// The assignment's left side goes through a pointer in the source (<c>*p = v</c>,
    /// <c>p.f = v</c> with p a pointer, <c>s[i] = v</c> with s a slice). Go's escape analysis
    /// sends such stores to the heap even where the SSA form knows which variable p points to.
    /// </summary>
    public bool Indirect { get; init; }
    public override bool IsValue => false;
    public override string Render() => $"*{Rel(Addr)} = {Rel(Val)}";
}

/// <summary><c>t1 = &amp;t0.name [#1]</c>: address of a field of the struct t0 points to.</summary>
public sealed class FieldAddr : Instruction
{
    public FieldAddr(Value x, int field, GoType fieldType) { AddOp(x); Field = field; Type = new Pointer(fieldType); }
    public Value X => Op(0);
    public int Field { get; }
    public override string Render() => $"&{Rel(X)}.{FieldName(X.Type, Field, true)} [#{Field}]";

    internal static string FieldName(GoType t, int i, bool pointer)
    {
        var u = pointer && t.Underlying is Pointer p ? p.Elem.Underlying : t.Underlying;
        return u is Struct s && i < s.Fields.Length ? s.Fields[i].Name : "?";
    }
}

/// <summary><c>t1 = t0.name [#1]</c>: a field of a struct value.</summary>
public sealed class Field : Instruction
{
    public Field(Value x, int field, GoType fieldType) { AddOp(x); FieldIndex = field; Type = fieldType; }
    public Value X => Op(0);
    public int FieldIndex { get; }
    public override string Render() => $"{Rel(X)}.{FieldAddr.FieldName(X.Type, FieldIndex, false)} [#{FieldIndex}]";
}

/// <summary><c>t2 = &amp;t0[t1]</c>: address of an element of a slice or of the array t0 points to.</summary>
public sealed class IndexAddr : Instruction
{
    public IndexAddr(Value x, Value index, GoType elem) { AddOp(x); AddOp(index); Type = new Pointer(elem); }
    public Value X => Op(0);
    public Value Index => Op(1);
    public override string Render() => $"&{Rel(X)}[{Rel(Index)}]";
}

/// <summary><c>t2 = t0[t1]</c>: an element of an array value or a byte of a string.</summary>
public sealed class Index : Instruction
{
    public Index(Value x, Value index, GoType elem) { AddOp(x); AddOp(index); Type = elem; }
    public Value X => Op(0);
    public Value IndexValue => Op(1);
    public override string Render() => $"{Rel(X)}[{Rel(IndexValue)}]";
}

/// <summary><c>t2 = t0[t1]</c> or <c>t2 = t0[t1],ok</c> on a map.</summary>
public sealed class Lookup : Instruction
{
    public Lookup(Value x, Value key, GoType type, bool commaOk) { AddOp(x); AddOp(key); Type = type; CommaOk = commaOk; }
    public Value X => Op(0);
    public Value Key => Op(1);
    public bool CommaOk { get; }
    public override string Render() => $"{Rel(X)}[{Rel(Key)}]" + (CommaOk ? ",ok" : "");
}

/// <summary><c>t0[t1] = t2</c> on a map.</summary>
public sealed class MapUpdate : Instruction
{
    public MapUpdate(Value map, Value key, Value val) { AddOp(map); AddOp(key); AddOp(val); }
    public Value Map => Op(0);
    public Value Key => Op(1);
    public Value Val => Op(2);
    public override bool IsValue => false;
    public override string Render() => $"{Rel(Map)}[{Rel(Key)}] = {Rel(Val)}";
}
