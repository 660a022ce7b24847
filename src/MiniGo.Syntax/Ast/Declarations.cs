using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

public abstract class Decl(Pos pos) : Node(pos);

/// <summary><c>import "fmt"</c> or <c>import f "fmt"</c>, positioned at the start of the spec.</summary>
public sealed class ImportDecl(Pos pos, Name? localName, BasicLit path) : Decl(pos)
{
    public Name? LocalName { get; } = localName;
    public BasicLit Path { get; } = path;
    public override Node[] Children => Of(LocalName, Path);
}

/// <summary>One const spec: <c>a, b T = x, y</c>. In a group, a spec without values repeats
/// the previous spec's type and values (Inherited is true), as the spec requires; Iota is
/// the spec's index in its group.</summary>
public sealed class ConstDecl(Pos pos, ImmutableArray<Name> names, Expr? type, ImmutableArray<Expr> values, int iota, bool inherited) : Decl(pos)
{
    public ImmutableArray<Name> Names { get; } = names;
    public Expr? Type { get; } = type;
    public ImmutableArray<Expr> Values { get; } = values;
    public int Iota { get; } = iota;
    public bool Inherited { get; } = inherited;
    public override Node[] Children => Inherited ? Of(Names) : Of(Names, Type, Values);
    public override string Describe() => Inherited ? $"ConstDecl iota={Iota} (repeats previous values)" : $"ConstDecl iota={Iota}";
}

/// <summary>One var spec: <c>a, b T = x, y</c>.</summary>
public sealed class VarDecl(Pos pos, ImmutableArray<Name> names, Expr? type, ImmutableArray<Expr> values) : Decl(pos)
{
    public ImmutableArray<Name> Names { get; } = names;
    public Expr? Type { get; } = type;
    public ImmutableArray<Expr> Values { get; } = values;
    public override Node[] Children => Of(Names, Type, Values);
}

/// <summary><c>type Name T</c>.</summary>
public sealed class TypeDecl(Pos pos, Name name, Expr type) : Decl(pos)
{
    public Name Name { get; } = name;
    public Expr Type { get; } = type;
    public override Node[] Children => Of(Name, Type);
}

/// <summary><c>func (r T) Name(params) results { body }</c>, positioned as Go's parser does:
/// at the name of a function, at the '(' of a method's receiver.
/// Recv is null for a plain function; Body is null for a declaration without body.</summary>
public sealed class FuncDecl(Pos pos, Field? recv, Name name, FuncType type, BlockStmt? body) : Decl(pos)
{
    public Field? Recv { get; } = recv;
    public Name Name { get; } = name;
    public FuncType Type { get; } = type;
    public BlockStmt? Body { get; } = body;
    public override Node[] Children => Of(Recv, Name, Type, Body);
}
