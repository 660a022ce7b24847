namespace MiniGo.Syntax;

/// <summary>
/// A source position exactly as Go's compiler reports it: the file as it was named on the
/// command line, a 1-based line, and a 1-based column counted in UTF-8 bytes (a tab is one
/// column). Plain data, so that later passes (an inlined body, an SSA instruction) can carry
/// it around unchanged.
/// </summary>
public readonly record struct Pos(string File, int Line, int Col)
{
    public static readonly Pos None = new("", 0, 0);

    public bool IsKnown => Line > 0;

    /// <summary>Go's spelling, e.g. <c>./f.go:13:4</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Col}";

    /// <summary>Orders positions the way Go sorts its error messages.</summary>
    public static int Compare(Pos a, Pos b)
    {
        int c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        return c != 0 ? c : a.Col.CompareTo(b.Col);
    }
}
