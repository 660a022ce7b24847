namespace MiniGo.Syntax;

/// <summary>
/// A source position exactly as Go's compiler reports it: the file as it was named on the
/// command line, a 1-based line, and a 1-based column counted in UTF-8 bytes (a tab is one
/// column). Plain data, so that later passes (an inlined body, an SSA instruction) can carry
/// it around unchanged.
///
/// A node copied into a caller by the inliner keeps its own line and column and records the
/// call it was inlined at (<see cref="InlinedAt"/>), as Go's inlining position bases do
/// (cmd/internal/obj/inl.go). Go prints such a position as the outermost call
/// (<see cref="Outermost"/>, base.FmtPos), and orders it inside that call.
/// </summary>
public readonly record struct Pos(string File, int Line, int Col, InlinedAt? InlinedAt = null)
{
    public static readonly Pos None = new("", 0, 0);

    public bool IsKnown => Line > 0;

    /// <summary>The largest line Go's compact positions hold (cmd/internal/src: 20 bits, lineMax);
    /// a later line is reported as this one, without a column.</summary>
    public const int LineMax = (1 << 20) - 2;

    /// <summary>The largest column they hold (8 bits, colMax); a column this large or larger
    /// is not printed.</summary>
    public const int ColMax = 255;

    /// <summary>The line as Go stores it (clamped at <see cref="LineMax"/>).</summary>
    public int GoLine => Math.Min(Line, LineMax);

    /// <summary>The column as Go stores it: 0 (none) on a clamped line, at most <see cref="ColMax"/>.</summary>
    public int GoCol => Line >= LineMax ? 0 : Math.Min(Col, ColMax);

    /// <summary>Whether the position lies in a body the inliner copied into a caller.</summary>
    public bool IsInlined => InlinedAt != null;

    /// <summary>The position Go prints (Ctxt.OutermostPos): for a position inside an inlined body,
    /// the call in the function being compiled that the outermost inlining started from.</summary>
    public Pos Outermost
    {
        get
        {
            var p = this;
            while (p.InlinedAt is { PrintsCall: true } at) p = at.Call;
            return p;
        }
    }

    /// <summary>Go's spelling, e.g. <c>./f.go:13:4</c> (of the outermost position);
    /// <c>./f.go:13</c> when the column is too large for Go's positions
    /// (cmd/internal/src.Pos.Format prints no column then).</summary>
    public override string ToString()
    {
        var o = Outermost;
        return o.GoCol is > 0 and < ColMax ? $"{o.File}:{o.GoLine}:{o.GoCol}" : $"{o.File}:{o.GoLine}";
    }

    /// <summary>The position as Go prints it, without the inlining record.</summary>
    public Pos Printed => Outermost with { InlinedAt = null };

    /// <summary>
    /// Orders positions the way Go sorts its error messages; a position inside an inlined body
    /// sorts at its call, after the call itself, in the order of the callee's source.
    /// </summary>
    public static int Compare(Pos a, Pos b)
    {
        if (a.InlinedAt == null && b.InlinedAt == null) return CompareOwn(a, b);
        var ca = Chain(a);
        var cb = Chain(b);
        for (int i = 0; i < ca.Count && i < cb.Count; i++)
        {
            int c = CompareOwn(ca[i], cb[i]);
            if (c != 0) return c;
        }
        return ca.Count.CompareTo(cb.Count);
    }

    private static int CompareOwn(Pos a, Pos b)
    {
        int c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.GoLine.CompareTo(b.GoLine);
        return c != 0 ? c : a.GoCol.CompareTo(b.GoCol);
    }

    /// <summary>The calls from the outermost in (each at its closing parenthesis: Go walks an
    /// inlined body after the arguments), then the position itself.</summary>
    private static List<Pos> Chain(Pos p)
    {
        var chain = new List<Pos>();
        chain.Add(p with { InlinedAt = null });
        for (var at = p.InlinedAt; at != null; at = at.Order.InlinedAt) chain.Add(at.Order with { InlinedAt = null });
        chain.Reverse();
        return chain;
    }
}

/// <summary>The call a copied body was inlined at (Go's inlining tree node): its position (the
/// <c>(</c>, which Go prints), which may itself lie in an inlined body, and the position the body
/// is ordered at (the call's <c>)</c>: Go evaluates the arguments, then runs the body).</summary>
public sealed class InlinedAt(Pos call, Pos order, bool printsCall = true)
{
    public Pos Call { get; } = call;
    public Pos Order { get; } = order;
    /// <summary>False for the body of a function literal copied with an inlined body: Go reads it
    /// without inline context, so it prints its own positions, but it still stands, for
    /// ordering, where the copied literal stands.</summary>
    public bool PrintsCall { get; } = printsCall;
}
