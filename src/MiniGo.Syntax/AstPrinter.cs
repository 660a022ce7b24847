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
        foreach (var (text, _) in Lines(root)) writer.WriteLine(text);
    }

    public static string ToText(Node root)
    {
        var sw = new StringWriter();
        Print(root, sw);
        return sw.ToString();
    }

    /// <summary>The printed lines (without newlines), each with the node it shows, so that a
    /// viewer (<c>minigo html</c>) can link a line to its node. <see cref="Print"/> writes exactly
    /// these lines. Iterative, so that a deep tree cannot overflow the stack.</summary>
    public static IEnumerable<(string Text, Node Node)> Lines(Node root)
    {
        yield return (Line(root), root);
        var stack = new Stack<(Node Node, string Indent, bool Last)>();
        Push(stack, root, "");
        while (stack.Count > 0)
        {
            var (node, ind, last) = stack.Pop();
            yield return (ind + (last ? "└── " : "├── ") + Line(node), node);
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
