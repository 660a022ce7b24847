using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

/// <summary><c>[N]T</c>, or <c>[...]T</c> in a composite literal (Len is null), positioned at '['.</summary>
public sealed class ArrayType(Pos pos, Expr? len, Expr elem) : Expr(pos)
{
    public Expr? Len { get; } = len;
    public Expr Elem { get; } = elem;
    public override Node[] Children => Of(Len, Elem);
}

/// <summary><c>[]T</c>, positioned at '['.</summary>
public sealed class SliceType(Pos pos, Expr elem) : Expr(pos)
{
    public Expr Elem { get; } = elem;
    public override Node[] Children => Of(Elem);
}

/// <summary><c>...T</c>, the type of a final variadic parameter, positioned at '...' (Go's
/// syntax.DotsType). The parameter's type is <c>[]T</c>.</summary>
public sealed class DotsType(Pos pos, Expr elem) : Expr(pos)
{
    public Expr Elem { get; } = elem;
    public override Node[] Children => Of(Elem);
}

/// <summary><c>map[K]V</c>, positioned at 'map'.</summary>
public sealed class MapType(Pos pos, Expr key, Expr value) : Expr(pos)
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
    public override Node[] Children => Of(Key, Value);
}

public enum ChanDir { Both, Send, Recv }

/// <summary><c>chan T</c>, <c>chan&lt;- T</c>, <c>&lt;-chan T</c>.</summary>
public sealed class ChanType(Pos pos, ChanDir dir, Expr elem) : Expr(pos)
{
    public ChanDir Dir { get; } = dir;
    public Expr Elem { get; } = elem;
    public override Node[] Children => Of(Elem);
    public override string Describe() => $"ChanType {Dir}";
}

/// <summary>A parameter, result, struct field or interface method. <c>a, b int</c> gives two
/// Fields sharing one Type node, as in Go's parser. A struct field may have a tag.</summary>
public sealed class Field(Pos pos, Name? name, Expr type, BasicLit? tag = null) : Node(pos)
{
    public Name? Name { get; } = name;
    public Expr Type { get; } = type;
    public BasicLit? Tag { get; } = tag;
    public override Node[] Children => Of(Name, Type);
}

/// <summary><c>func(params) results</c>, positioned at the '(' of its parameters, as in Go's parser.</summary>
public sealed class FuncType(Pos pos, ImmutableArray<Field> @params, ImmutableArray<Field> results) : Expr(pos)
{
    public ImmutableArray<Field> Params { get; } = @params;
    public ImmutableArray<Field> Results { get; } = results;
    public override Node[] Children => Of(Params, Results);
}

/// <summary><c>struct { x, y int }</c>, positioned at 'struct'.</summary>
public sealed class StructType(Pos pos, ImmutableArray<Field> fields) : Expr(pos)
{
    public ImmutableArray<Field> Fields { get; } = fields;
    public override Node[] Children => Of(Fields);
}

/// <summary><c>interface { M(x int) string }</c>, positioned at 'interface'. Each method is
/// a Field whose Type is a FuncType.</summary>
public sealed class InterfaceType(Pos pos, ImmutableArray<Field> methods) : Expr(pos)
{
    public ImmutableArray<Field> Methods { get; } = methods;
    public override Node[] Children => Of(Methods);
}
