namespace MiniGo.Syntax;

/// <summary>
/// One compile error, printed as Go prints it: <c>./f.go:8:10: message</c>. Some Go messages
/// have tab-indented continuation lines (<c>\thave (number)</c>); they are part of the message.
/// </summary>
public sealed record Diagnostic(Pos Pos, string Message)
{
    /// <summary>A message without a position (the linker's) prints alone.</summary>
    public override string ToString() => Pos.IsKnown ? $"{Pos}: {Message}" : Message;
}

/// <summary>Collects diagnostics in the order a pass reports them.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;
    public int Count => _items.Count;

    public void Report(Pos pos, string message) => _items.Add(new Diagnostic(pos, message));

    public void AddRange(IEnumerable<Diagnostic> ds) => _items.AddRange(ds);
}
