using MiniGo.Syntax.Ast;
using static MiniGo.Syntax.Ast.ParenExpr;

namespace MiniGo.Types;

/// <summary>The select statement (types2 stmt.go, case *syntax.SelectStmt).</summary>
public sealed partial class Checker
{
    private void Select(SelectStmt sel)
    {
        CommClause? firstDefault = null;
        foreach (var clause in sel.Clauses)
        {
            if (clause.IsDefault)
            {
                if (firstDefault != null) Error(clause.Pos, $"multiple defaults (first at {firstDefault.Pos})");
                else firstDefault = clause;
            }
            // A case is a send, a receive, or a receive assigned or declared (v, ok := <-c).
            bool valid = clause.Comm switch
            {
                null or SendStmt => true,
                ExprStmt e => IsReceive(e.X),
                AssignStmt { Op: null, Rhs.Length: 1 } a => IsReceive(a.Rhs[0]),
                _ => false,
            };
            if (!valid)
            {
                Error(clause.Comm!.Pos, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            OpenScope("case");
            if (clause.Comm != null) Stmt(clause.Comm);
            var saved = _inBreakable;
            _inBreakable = true;
            StmtList(clause.Body);
            _inBreakable = saved;
            CloseScope();
        }
    }

    private static bool IsReceive(Expr e) => Unparen(e) is UnaryExpr { Op: Operator.Arrow };
}
