using MiniGo.Syntax.Ast;
using MiniGo.Types;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Ssa;

/// <summary>
/// The select statement, as go/ssa builds it (builder.go selectStmt): one Select instruction
/// for all cases, then a chain of <c>if index == i</c> tests leading to each case's body, where
/// a receive case assigns the received value (and ok) from the Select's tuple. A select with a
/// single case and no default is that send or receive followed by the body.
/// </summary>
internal sealed partial class FunctionBuilder
{
    private void Select_(SelectStmt s)
    {
        var done = _fn.NewBlock("select.done");
        if (s.Clauses.Length == 1 && s.Clauses[0].Comm is { } only)
        {
            Stmt_(only);
            PushTargets(done, null);
            StmtList(s.Clauses[0].Body);
            _targets.RemoveAt(_targets.Count - 1);
            JumpTo(done, s);
            SealBlock(done);
            _current = done;
            return;
        }

        var cases = new List<(SelectState, Value, Value?)>();
        foreach (var c in s.Clauses)
        {
            switch (c.Comm)
            {
                case null: break;
                case SendStmt send:
                    {
                        var ch = Expr_(send.Chan);
                        var v = Conv(Expr_(send.Value), ((Chan)ch.Type.Underlying).Elem, send);
                        cases.Add((new SelectState(true, send), ch, v));
                        break;
                    }
                default:
                    cases.Add((new SelectState(false, c.Comm), Expr_(ReceivedChan(c.Comm)), null));
                    break;
            }
        }
        bool blocking = s.Clauses.All(c => !c.IsDefault);
        var sel = Emit(new Select(cases, blocking), s);
        var index = Emit(new Extract(sel, 0), s);

        PushTargets(done, null);
        int state = 0, recv = 2;
        CommClause? deflt = null;
        foreach (var c in s.Clauses)
        {
            if (c.IsDefault) { deflt = c; continue; }
            var body = _fn.NewBlock("select.body");
            var next = _fn.NewBlock("select.next");
            var isCase = Emit(new BinOp(Operator.Eql, index, new Const(ConstValue.Of(state++), Universe.Int), Universe.Bool), c);
            EmitIf(isCase, body, next, c);
            SealBlock(body);
            StartBlock(body);
            if (c.Comm is not SendStmt)
            {
                if (c.Comm is AssignStmt a) AssignReceived(a, Emit(new Extract(sel, recv), a), a.Lhs.Length > 1 ? Emit(new Extract(sel, 1), a) : null);
                recv++;
            }
            StmtList(c.Body);
            JumpTo(done, s);
            SealBlock(next);
            StartBlock(next);
        }
        if (deflt != null) StmtList(deflt.Body);
        JumpTo(done, s); // a blocking select matched some case: go/ssa panics here; it never runs
        _targets.RemoveAt(_targets.Count - 1);
        SealBlock(done);
        _current = done;
    }

    /// <summary>The channel of a receive case: <c>&lt;-c</c>, <c>v := &lt;-c</c>, <c>v, ok = &lt;-c</c>.</summary>
    private static Expr ReceivedChan(Stmt comm)
    {
        var x = comm switch { ExprStmt e => e.X, AssignStmt a => a.Rhs[0], _ => throw new InvalidOperationException("select case") };
        return ((UnaryExpr)Unparen(x)).X;
    }

    /// <summary><c>v, ok := &lt;-c</c> in a case: declares or assigns the received value and ok.</summary>
    private void AssignReceived(AssignStmt a, Value value, Value? ok)
    {
        Value?[] values = [value, ok];
        for (int i = 0; i < a.Lhs.Length && i < 2; i++)
        {
            var l = a.Lhs[i];
            if (Unparen(l) is Name { Value: "_" } || values[i] is not { } v) continue;
            LValue lv = a.Define && l is Name dn && _info.Defs.GetValueOrDefault(dn) is Var nv ? new DeclareLValue(nv) : LValueOf(l);
            lv.Store(this, Conv(v, lv.Type, a), a);
        }
    }
}
