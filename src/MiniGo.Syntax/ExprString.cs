using System.Text;
using MiniGo.Syntax.Ast;

namespace MiniGo.Syntax;

/// <summary>Go's short expression printer for messages (cmd/compile/internal/syntax, ShortForm):
/// composite literals and function bodies shrink to <c>{…}</c>. Parentheses are printed as
/// written: Go's parser keeps them around the operand of a primary expression, which is
/// where they can appear in an expression.</summary>
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
            case ParenExpr x: sb.Append('('); Write(sb, x.X); sb.Append(')'); break;
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
            case DotsType x: sb.Append("..."); Write(sb, x.Elem); break;
            case MapType x: sb.Append("map["); Write(sb, x.Key); sb.Append(']'); Write(sb, x.Value); break;
            case ChanType x:
                sb.Append(x.Dir switch { ChanDir.Recv => "<-chan ", ChanDir.Send => "chan<- ", _ => "chan " });
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

    /// <summary>A simple statement as Go's parser prints it in "cannot use ... as value":
    /// an assignment is emphasised as <c>assignment (a + b) = c</c>.</summary>
    public static string FormatStmt(Stmt s)
    {
        switch (s)
        {
            case AssignStmt { Define: false, Op: null } a:
                return "assignment " + Emphasize(a.Lhs) + " = " + Emphasize(a.Rhs);
            case AssignStmt a:
                return $"{List(a.Lhs)} {(a.Define ? ":=" : a.Op!.Value.Symbol() + "=")} {List(a.Rhs)}";
            case IncDecStmt i:
                return Format(i.X) + (i.Inc ? "++" : "--");
            case SendStmt send:
                return $"{Format(send.Chan)} <- {Format(send.Value)}";
            case ExprStmt e:
                return Format(e.X);
            default:
                return s.GetType().Name;
        }
    }

    private static string List(System.Collections.Immutable.ImmutableArray<Expr> xs) => string.Join(", ", xs.Select(Format));

    private static string Emphasize(System.Collections.Immutable.ImmutableArray<Expr> xs)
    {
        string s = List(xs);
        return xs.Length == 1 && xs[0] is BinaryExpr ? "(" + s + ")" : s;
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
