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
        foreach (var part in parts)
            count += part switch { Node => 1, IReadOnlyCollection<Node> ns => ns.Count, _ => 0 };
        if (count == 0) return [];
        var kids = new Node[count];
        int i = 0;
        foreach (var part in parts)
        {
            switch (part)
            {
                case Node n: kids[i++] = n; break;
                case IReadOnlyCollection<Node> ns: foreach (var n in ns) kids[i++] = n; break;
            }
        }
        return kids;
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
