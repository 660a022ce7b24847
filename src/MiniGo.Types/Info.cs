using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>What kind of thing an expression denotes (types2's operand modes).</summary>
public enum OperandMode
{
    Invalid,   // an error occurred
    NoValue,   // a call of a function without results
    Builtin,   // a builtin function such as len
    TypeExpr,  // the expression denotes a type
    Constant,  // a constant with a value
    Variable,  // an addressable variable
    MapIndex,  // m[k]: assignable but not addressable
    Value,     // any other value
    CommaOk,   // a value that may also be used as "v, ok" (map index, receive, type assertion)
}

/// <summary>The type (and constant value) the checker found for an expression.</summary>
public readonly record struct TypeAndValue(OperandMode Mode, Type Type, ConstValue? Value)
{
    public bool IsType => Mode == OperandMode.TypeExpr;
    public bool IsValue => Mode is OperandMode.Constant or OperandMode.Variable or OperandMode.MapIndex or OperandMode.Value or OperandMode.CommaOk;
}

public enum SelectionKind { FieldVal, MethodVal, MethodExpr }

/// <summary>
/// What <c>x.f</c> selects: a field (with the path of field indices, Go allows no embedding
/// in the subset so the path has one entry) or a method; Indirect says whether a pointer
/// was dereferenced on the way.
/// </summary>
public sealed record Selection(SelectionKind Kind, Type Recv, Object Obj, int Index, bool Indirect);

/// <summary>
/// Everything the checker learned, for later passes (SSA construction) and for students
/// (go/types' Info). Keys are AST nodes, compared by reference.
/// </summary>
public sealed class Info
{
    public Dictionary<Expr, TypeAndValue> Types { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Names that declare an object (null for the blank identifier and package clause).</summary>
    public Dictionary<Name, Object?> Defs { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Names that refer to an object.</summary>
    public Dictionary<Name, Object> Uses { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Objects declared implicitly: the per-clause variable of a type switch.</summary>
    public Dictionary<Node, Object> Implicits { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<SelectorExpr, Selection> Selections { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The object a name defines or uses, if any.</summary>
    public Object? ObjectOf(Name n) => Defs.TryGetValue(n, out var d) ? d : Uses.GetValueOrDefault(n);

    public Type? TypeOf(Expr e) => Types.TryGetValue(e, out var tv) ? tv.Type : null;
}
