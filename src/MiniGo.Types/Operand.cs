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

/// <summary>Go's short expression printer for messages (cmd/compile/internal/syntax, ShortForm):
/// composite literals and function bodies shrink to <c>{…}</c>; parentheses are not kept,
/// since Go's parser drops them.</summary>
public static class ExprString
{
    public static string Format(Node e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Node n)
    {
        switch (n)
        {
            case Name x: sb.Append(x.Value); break;
            case BasicLit x: sb.Append(x.Value); break;
            case FuncLit x:
                Write(sb, x.Type);
                sb.Append(x.Body.List.IsEmpty ? " {}" : " {…}");
                break;
            case CompositeLit x:
                if (x.Type != null) Write(sb, x.Type);
                sb.Append(x.Elems.IsEmpty ? "{}" : "{…}");
                break;
            case ParenExpr x: Write(sb, x.X); break;
            case SelectorExpr x: Write(sb, x.X); sb.Append('.').Append(x.Sel.Value); break;
            case IndexExpr x: Write(sb, x.X); sb.Append('['); Write(sb, x.Index); sb.Append(']'); break;
            case SliceExpr x:
                Write(sb, x.X);
                sb.Append('[');
                if (x.Low != null) Write(sb, x.Low);
                sb.Append(':');
                if (x.High != null) Write(sb, x.High);
                if (x.Max != null) { sb.Append(':'); Write(sb, x.Max); }
                sb.Append(']');
                break;
            case AssertExpr x: Write(sb, x.X); sb.Append(".("); Write(sb, x.Type); sb.Append(')'); break;
            case TypeSwitchGuard x: Write(sb, x.X); sb.Append(".(type)"); break;
            case CallExpr x:
                Write(sb, x.Fun);
                sb.Append('(');
                for (int i = 0; i < x.Args.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, x.Args[i]);
                }
                if (x.HasDots) sb.Append("...");
                sb.Append(')');
                break;
            case UnaryExpr x: sb.Append(x.Op.Symbol()); Write(sb, x.X); break;
            case BinaryExpr x: Write(sb, x.X); sb.Append(' ').Append(x.Op.Symbol()).Append(' '); Write(sb, x.Y); break;
            case KeyValueExpr x: Write(sb, x.Key); sb.Append(": "); Write(sb, x.Value); break;
            case ArrayType x:
                sb.Append('[');
                if (x.Len != null) Write(sb, x.Len); else sb.Append("...");
                sb.Append(']');
                Write(sb, x.Elem);
                break;
            case SliceType x: sb.Append("[]"); Write(sb, x.Elem); break;
            case MapType x: sb.Append("map["); Write(sb, x.Key); sb.Append(']'); Write(sb, x.Value); break;
            case ChanType x:
                sb.Append(x.Dir switch { Syntax.Ast.ChanDir.Recv => "<-chan ", Syntax.Ast.ChanDir.Send => "chan<- ", _ => "chan " });
                Write(sb, x.Elem);
                break;
            case FuncType x:
                sb.Append("func");
                WriteFields(sb, x.Params);
                if (x.Results.Length == 1 && x.Results[0].Name == null) { sb.Append(' '); Write(sb, x.Results[0].Type); }
                else if (x.Results.Length > 0) { sb.Append(' '); WriteFields(sb, x.Results); }
                break;
            case StructType x:
                sb.Append("struct{");
                for (int i = 0; i < x.Fields.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    if (x.Fields[i].Name is { } fn) sb.Append(fn.Value).Append(' ');
                    Write(sb, x.Fields[i].Type);
                }
                sb.Append('}');
                break;
            case InterfaceType x:
                sb.Append("interface{");
                for (int i = 0; i < x.Methods.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    sb.Append(x.Methods[i].Name?.Value);
                    var ft = (FuncType)x.Methods[i].Type;
                    WriteFields(sb, ft.Params);
                    if (ft.Results.Length > 0) { sb.Append(' '); WriteFields(sb, ft.Results); }
                }
                sb.Append('}');
                break;
            default: sb.Append(n.GetType().Name); break;
        }
    }

    private static void WriteFields(StringBuilder sb, System.Collections.Immutable.ImmutableArray<Field> fields)
    {
        sb.Append('(');
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (fields[i].Name is { } n) sb.Append(n.Value).Append(' ');
            Write(sb, fields[i].Type);
        }
        sb.Append(')');
    }
}
