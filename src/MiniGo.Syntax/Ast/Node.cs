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

    /// <summary>The children, in source order, for printers and tree walks.</summary>
    public abstract IEnumerable<Node> Children { get; }

    /// <summary>A one-line description for the tree printer (without children).</summary>
    public virtual string Describe() => GetType().Name;

    protected static IEnumerable<Node> Of(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case null: break;
                case Node n: yield return n; break;
                case IEnumerable<Node> ns: foreach (var n in ns) yield return n; break;
            }
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
    public override IEnumerable<Node> Children => Of(PackageName, Imports, Decls);
    public override string Describe() => $"File {Source.Name}";
}
