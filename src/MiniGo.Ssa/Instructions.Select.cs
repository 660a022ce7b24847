using MiniGo.Types;

namespace MiniGo.Ssa;

/// <summary>One case of a Select: a send <c>Chan &lt;- Send</c> or a receive <c>&lt;-Chan</c>.</summary>
public sealed record SelectState(bool IsSend, Syntax.Ast.Stmt Comm);

/// <summary>
/// <c>t3 = select blocking [&lt;-t0, t1&lt;-t2] (index int, recvOk bool, r_0 T)</c> (go/ssa's
/// Select): waits until one of the cases can run and runs it. Its value is a tuple: the index
/// of the chosen case (-1 for default when not Blocking), whether the receive got a value, and
/// one received value per receive case, in order. Operands: each case's channel, then the value
/// of each send, case by case.
/// </summary>
public sealed class Select : Instruction
{
    public Select(IReadOnlyList<(SelectState State, Value Chan, Value? Send)> cases, bool blocking)
    {
        States = cases.Select(c => c.State).ToList();
        foreach (var c in cases)
        {
            AddOp(c.Chan);
            if (c.Send != null) AddOp(c.Send);
        }
        Blocking = blocking;
        var vars = new List<Var>
        {
            new(Syntax.Pos.None, null, "index", Universe.Int, VarKind.Result),
            new(Syntax.Pos.None, null, "recvOk", Universe.Bool, VarKind.Result),
        };
        int r = 0;
        foreach (var c in cases)
            if (!c.State.IsSend)
                vars.Add(new Var(Syntax.Pos.None, null, $"r_{r++}", ((Chan)c.Chan.Type.Underlying).Elem, VarKind.Result));
        Type = new Tuple([.. vars]);
    }

    public IReadOnlyList<SelectState> States { get; }
    public bool Blocking { get; }

    /// <summary>The cases with their operands: (state, channel, value sent or null).</summary>
    public IEnumerable<(SelectState State, Value Chan, Value? Send)> Cases()
    {
        int op = 0;
        foreach (var s in States)
        {
            var ch = Op(op++);
            yield return (s, ch, s.IsSend ? Op(op++) : null);
        }
    }

    public override string Render() =>
        $"select {(Blocking ? "blocking" : "nonblocking")} [{string.Join(", ", Cases().Select(c => c.Send != null ? $"{Rel(c.Chan)}<-{Rel(c.Send)}" : $"<-{Rel(c.Chan)}"))}]";
}
