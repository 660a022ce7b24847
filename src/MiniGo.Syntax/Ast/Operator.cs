namespace MiniGo.Syntax.Ast;

/// <summary>Go's operators, named as in go/token. Unary * and &amp; are Mul and And.</summary>
public enum Operator
{
    Add, Sub, Mul, Quo, Rem,
    And, Or, Xor, Shl, Shr, AndNot,
    LAnd, LOr,
    Eql, Neq, Lss, Leq, Gtr, Geq,
    Not, Arrow,
}

public static class OperatorFacts
{
    public static string Symbol(this Operator op) => op switch
    {
        Operator.Add => "+", Operator.Sub => "-", Operator.Mul => "*", Operator.Quo => "/", Operator.Rem => "%",
        Operator.And => "&", Operator.Or => "|", Operator.Xor => "^", Operator.Shl => "<<", Operator.Shr => ">>",
        Operator.AndNot => "&^", Operator.LAnd => "&&", Operator.LOr => "||",
        Operator.Eql => "==", Operator.Neq => "!=", Operator.Lss => "<", Operator.Leq => "<=",
        Operator.Gtr => ">", Operator.Geq => ">=", Operator.Not => "!", Operator.Arrow => "<-",
        _ => op.ToString(),
    };

    /// <summary>Binary precedence as in the spec (5 binds tightest).</summary>
    public static int Precedence(this Operator op) => op switch
    {
        Operator.Mul or Operator.Quo or Operator.Rem or Operator.Shl or Operator.Shr or Operator.And or Operator.AndNot => 5,
        Operator.Add or Operator.Sub or Operator.Or or Operator.Xor => 4,
        Operator.Eql or Operator.Neq or Operator.Lss or Operator.Leq or Operator.Gtr or Operator.Geq => 3,
        Operator.LAnd => 2,
        Operator.LOr => 1,
        _ => 0,
    };

    public static bool IsComparison(this Operator op) => op.Precedence() == 3;
}
