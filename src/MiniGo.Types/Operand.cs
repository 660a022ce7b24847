using MiniGo.Syntax;
using System.Text;
using MiniGo.Syntax.Ast;

namespace MiniGo.Types;

/// <summary>
/// The result of evaluating an expression during checking (types2's operand): its mode,
/// type and constant value. Its string form is the one types2 uses in messages, e.g.
/// <c>"one" (untyped string constant)</c> or <c>total (variable of type int)</c>.
/// </summary>
public sealed class Operand
{
    public OperandMode Mode;
    public Expr? Expr;
    public Type Type = Universe.Invalid;
    public ConstValue? Value;
    public BuiltinId Builtin;

    public bool IsInvalid => Mode == OperandMode.Invalid;
    public bool IsNil => Type is Basic { Kind: BasicKind.UntypedNil };

    public static Operand Invalid(Expr? e) => new() { Mode = OperandMode.Invalid, Expr = e };

    public override string ToString()
    {
        if (IsNil && Mode != OperandMode.Invalid) return "nil";
        var sb = new StringBuilder();
        string expr = Expr != null ? ExprString.Format(Expr) : Mode switch
        {
            OperandMode.TypeExpr => TypeString.Format(Type),
            OperandMode.Constant => Value?.ToString() ?? "",
            _ => "",
        };
        if (expr != "") sb.Append(expr).Append(" (");

        bool hasType = false;
        if (Mode is not (OperandMode.Invalid or OperandMode.NoValue or OperandMode.Builtin or OperandMode.TypeExpr))
        {
            if (Type is Basic { IsUntyped: true } b)
                sb.Append(b.Name).Append(' ');
            else
                hasType = true;
        }
        sb.Append(Mode switch
        {
            OperandMode.Invalid => "invalid operand",
            OperandMode.NoValue => "no value",
            OperandMode.Builtin => "built-in",
            OperandMode.TypeExpr => "type",
            OperandMode.Constant => "constant",
            OperandMode.Variable => "variable",
            OperandMode.MapIndex => "map index expression",
            OperandMode.CommaOk => "comma, ok expression",
            _ => "value",
        });
        if (Mode == OperandMode.Constant && Value != null)
        {
            string v = Value.ToString();
            if (v != expr) sb.Append(' ').Append(v);
        }
        if (hasType)
        {
            if (Type != Universe.Invalid) sb.Append(" of type ").Append(TypeString.Format(Type));
            else sb.Append(" with invalid type");
        }
        if (expr != "") sb.Append(')');
        return sb.ToString();
    }
}

