using MiniGo.Syntax.Ast;

namespace MiniGo.Syntax;

/// <summary>
/// Prints an AST as an indented tree, one node per line with its position, for students
/// (<c>minigo ast f.go</c>):
/// <code>
/// FuncDecl 3:1
/// ├── Name main 3:6
/// └── BlockStmt 3:13
/// </code>
/// </summary>
public static class AstPrinter
{
    public static void Print(Node root, TextWriter writer)
    {
        writer.WriteLine(Line(root));
        PrintChildren(root, writer, "");
    }

    public static string ToText(Node root)
    {
        var sw = new StringWriter();
        Print(root, sw);
        return sw.ToString();
    }

    // Iterative, so that a deep tree cannot overflow the stack.
    private static void PrintChildren(Node root, TextWriter writer, string indent)
    {
        var stack = new Stack<(Node Node, string Indent, bool Last)>();
        Push(stack, root, indent);
        while (stack.Count > 0)
        {
            var (node, ind, last) = stack.Pop();
            writer.Write(ind);
            writer.Write(last ? "└── " : "├── ");
            writer.WriteLine(Line(node));
            Push(stack, node, ind + (last ? "    " : "│   "));
        }
    }

    private static void Push(Stack<(Node, string, bool)> stack, Node node, string indent)
    {
        var kids = node.Children.ToList();
        for (int i = kids.Count - 1; i >= 0; i--)
            stack.Push((kids[i], indent, i == kids.Count - 1));
    }

    private static string Line(Node n) => $"{n.Describe()} {n.Pos.Line}:{n.Pos.Col}";
}
