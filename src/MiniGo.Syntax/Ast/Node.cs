using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

/// <summary>
/// The root of the abstract syntax tree. Nodes are immutable and compared by reference (later
/// passes key tables by node). Each node carries the position Go's compiler uses for it
/// (cmd/compile/internal/syntax): a call is at its '(', a binary operation at its operator,
/// an assignment at its '=' or ':=', a composite literal at its '{', a name at its first byte.
/// </summary>
public abstract class Node(Pos pos)
{
    public Pos Pos { get; } = pos;

    /// <summary>The children, in source order, for printers and tree walks. An array, so
    /// that the many walks of later passes are plain loops.</summary>
    public abstract Node[] Children { get; }

    /// <summary>A one-line description for the tree printer (without children).</summary>
    public virtual string Describe() => GetType().Name;

    /// <summary>The children among <paramref name="parts"/> (nodes, lists of nodes, or null),
    /// flattened into one array.</summary>
    protected static Node[] Of(params object?[] parts)
    {
        int count = 0;
        foreach (var part in parts) count += CountOf(part);
        if (count == 0) return [];
        var kids = new Node[count];
        int i = 0;
        foreach (var part in parts) Fill(kids, ref i, part);
        return kids;
    }

    // Of for one and two parts (most nodes), without the params array.
    protected static Node[] Of(object? a)
    {
        int count = CountOf(a);
        if (count == 0) return [];
        var kids = new Node[count];
        int i = 0;
        Fill(kids, ref i, a);
        return kids;
    }

    protected static Node[] Of(object? a, object? b)
    {
        int count = CountOf(a) + CountOf(b);
        if (count == 0) return [];
        var kids = new Node[count];
        int i = 0;
        Fill(kids, ref i, a);
        Fill(kids, ref i, b);
        return kids;
    }

    private static int CountOf(object? part) => part switch
    {
        Node => 1,
        IReadOnlyList<Node> list => list.Count,
        _ => 0,
    };

    // Lists by index: a boxed ImmutableArray's enumerator would be one more object per list.
    private static void Fill(Node[] kids, ref int i, object? part)
    {
        switch (part)
        {
            case Node n: kids[i++] = n; break;
            case IReadOnlyList<Node> list:
                for (int k = 0; k < list.Count; k++) kids[i++] = list[k];
                break;
        }
    }
}

/// <summary>One parsed .go file.</summary>
public sealed class File(Pos pos, Name packageName, ImmutableArray<ImportDecl> imports, ImmutableArray<Decl> decls, SourceFile source) : Node(pos)
{
    public Name PackageName { get; } = packageName;
    public ImmutableArray<ImportDecl> Imports { get; } = imports;
    public ImmutableArray<Decl> Decls { get; } = decls;
    public SourceFile Source { get; } = source;
    public override Node[] Children => Of(PackageName, Imports, Decls);
    public override string Describe() => $"File {Source.Name}";
}
