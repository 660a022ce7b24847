using MiniGo.Syntax;
using MiniGo.Syntax.Ast;
using MiniGo.Types;
using GoType = MiniGo.Types.Type;

namespace MiniGo.Ssa;

/// <summary>
/// Anything an instruction can use as an operand (go/ssa's Value interface). Instructions are
/// values too (<see cref="Instruction"/>), even those that produce nothing, as in go/ssa where
/// a call without results still has a name and the empty tuple as type.
/// </summary>
public abstract class Value
{
    /// <summary>Printed name: t3 for instructions, the source name for parameters and free
    /// variables, a rendering for constants and globals.</summary>
    public string Name { get; set; } = "";
    public GoType Type { get; set; } = Universe.Invalid;

    /// <summary>The Go variable this value stands for (escape analysis builds one location per
    /// variable, not per SSA value). Set on the Alloc that is a variable's cell, on the phis of
    /// a variable, on parameters and free variables, and on a value computed for an assignment
    /// to a promoted variable (<c>x := a + b</c>), except allocation sites (Alloc of a literal,
    /// MakeClosure, MakeSlice, MakeMap, MakeChan, MakeInterface), which keep their own identity.
    /// A Load from a variable's cell also carries the variable (it is the variable's value).
    /// Every assignment, whatever its value, is also listed in <see cref="Function.VarDefs"/>.</summary>
    public Var? Variable { get; set; }

    /// <summary>True when the value is the <i>address</i> of <see cref="Variable"/>'s cell (its
    /// Alloc, a free variable captured by reference, a phi of per-iteration cells, a Global)
    /// rather than the variable's value.</summary>
    public bool IsVariableAddress { get; set; }

    /// <summary>How many for/range bodies enclose the declaration of <see cref="Variable"/>
    /// (or, for a value without variable, the instruction itself); 0 outside loops.</summary>
    public int LoopDepth { get; set; }

    /// <summary>The AST node the value came from (for Go-style explanations) and its position.
    /// Positions are plain data, so an inlined body can carry its call site's.</summary>
    public Node? Source { get; set; }
    public Pos Pos { get; set; } = Pos.None;

    /// <summary>Instructions using this value; null for values that are not tracked
    /// (constants, globals, functions, builtins), as in go/ssa.</summary>
    public virtual List<Instruction>? Referrers => null;

    /// <summary>How the value is written as an operand (go/ssa relName).</summary>
    public virtual string RelName => Name;

    public override string ToString() => RelName;
}

/// <summary>A function parameter (the receiver of a method is parameter 0).</summary>
public sealed class Parameter : Value
{
    public Function Parent { get; }
    public override List<Instruction> Referrers { get; } = new();
    public Parameter(Function parent, string name, GoType type, Var? v)
    {
        Parent = parent; Name = name; Type = type; Variable = v; Pos = v?.Pos ?? Pos.None;
    }
}

/// <summary>A variable of an enclosing function captured by a closure. Captured by value, its
/// type is the variable's; captured by reference, it is a pointer to the variable's cell.</summary>
public sealed class FreeVar : Value
{
    public Function Parent { get; }
    public bool ByRef { get; }
    public override List<Instruction> Referrers { get; } = new();
    public FreeVar(Function parent, Var v, bool byRef)
    {
        Parent = parent; Name = v.Name; Variable = v; ByRef = byRef; Pos = v.Pos;
        Type = byRef ? new Pointer(v.Type!) : v.Type!;
        IsVariableAddress = byRef;
    }
}

/// <summary>A constant: <c>1:int</c>, <c>"s":string</c>, <c>nil:*T</c>. A null value is the
/// zero value of its type.</summary>
public sealed class Const : Value
{
    public ConstValue? Value { get; }
    public Const(ConstValue? value, GoType type) { Value = value; Type = type; }

    /// <summary>Whether two operands are the same value: the same object, or constants with
    /// the same value and type (each use of a constant is a fresh Const, as in go/ssa).</summary>
    public static bool Same(Value a, Value b) =>
        ReferenceEquals(a, b) || (a is Const ca && b is Const cb && ca.RelName == cb.RelName);

    public override string RelName
    {
        get
        {
            string v;
            if (Value != null) v = Value.Kind == ConstKind.String ? ConstValue.Quote(Value.Str) : Value.ToString();
            else v = Type.Underlying switch
            {
                Basic b when b.IsBoolean => "false",
                Basic b when b.IsString => "\"\"",
                Basic b when b.IsNumeric => "0",
                Struct or Types.Array => "{}",
                _ => "nil",
            };
            return $"{v}:{Type}";
        }
    }
}

/// <summary>The address of a package-level variable (its type is a pointer).</summary>
public sealed class Global : Value
{
    public Global(Var v) { Name = v.Name; Variable = v; Type = new Pointer(v.Type!); Pos = v.Pos; IsVariableAddress = true; }
}

/// <summary>A builtin function used as a callee (<c>len</c>, <c>append</c>, ...).</summary>
public sealed class BuiltinValue : Value
{
    public BuiltinId Id { get; }
    public BuiltinValue(Builtin b, GoType sigType) { Id = b.Id; Name = b.Name; Type = sigType; }
}
