using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

public abstract class Stmt(Pos pos) : Node(pos);

/// <summary>A lone ';'.</summary>
public sealed class EmptyStmt(Pos pos) : Stmt(pos)
{
    public override Node[] Children => [];
}

/// <summary>An expression used as a statement (a call or a receive).</summary>
public sealed class ExprStmt(Pos pos, Expr x) : Stmt(pos)
{
    public Expr X { get; } = x;
    public override Node[] Children => Of(X);
}

/// <summary><c>ch &lt;- v</c>, positioned at '&lt;-'.</summary>
public sealed class SendStmt(Pos pos, Expr chan, Expr value) : Stmt(pos)
{
    public Expr Chan { get; } = chan;
    public Expr Value { get; } = value;
    public override Node[] Children => Of(Chan, Value);
}

/// <summary><c>x++</c> or <c>x--</c>, positioned at the operator.</summary>
public sealed class IncDecStmt(Pos pos, Expr x, bool inc) : Stmt(pos)
{
    public Expr X { get; } = x;
    public bool Inc { get; } = inc;
    public override Node[] Children => Of(X);
    public override string Describe() => Inc ? "IncDecStmt ++" : "IncDecStmt --";
}

/// <summary><c>a, b = x, y</c>, <c>a := x</c> (Define) or <c>a += x</c> (Op set), positioned at the operator.</summary>
public sealed class AssignStmt(Pos pos, Operator? op, bool define, ImmutableArray<Expr> lhs, ImmutableArray<Expr> rhs) : Stmt(pos)
{
    public Operator? Op { get; } = op;
    public bool Define { get; } = define;
    public ImmutableArray<Expr> Lhs { get; } = lhs;
    public ImmutableArray<Expr> Rhs { get; } = rhs;
    public override Node[] Children => Of(Lhs, Rhs);
    public override string Describe() => $"AssignStmt {(Define ? ":=" : Op is { } o ? o.Symbol() + "=" : "=")}";
}

/// <summary><c>{ ... }</c>, positioned at '{'.</summary>
public sealed class BlockStmt(Pos pos, ImmutableArray<Stmt> list, Pos rbrace) : Stmt(pos)
{
    public ImmutableArray<Stmt> List { get; } = list;
    public Pos Rbrace { get; } = rbrace;
    public override Node[] Children => Of(List);
}

/// <summary>A local <c>var</c>, <c>const</c> or <c>type</c> declaration.</summary>
public sealed class DeclStmt(Pos pos, ImmutableArray<Decl> decls) : Stmt(pos)
{
    public ImmutableArray<Decl> Decls { get; } = decls;
    public override Node[] Children => Of(Decls);
}

/// <summary><c>return a, b</c>, positioned at 'return'.</summary>
public sealed class ReturnStmt(Pos pos, ImmutableArray<Expr> results) : Stmt(pos)
{
    public ImmutableArray<Expr> Results { get; } = results;
    public override Node[] Children => Of(Results);
}

public enum BranchKind { Break, Continue, Fallthrough, Goto }

/// <summary><c>break</c>, <c>continue</c>, <c>fallthrough</c>, <c>goto L</c>, <c>break L</c>,
/// <c>continue L</c>, positioned at the keyword; Label is the name after it, if any.</summary>
public sealed class BranchStmt(Pos pos, BranchKind kind, Name? label = null) : Stmt(pos)
{
    public BranchKind Kind { get; } = kind;
    public Name? Label { get; } = label;
    // The label is not an expression: it stays out of Children, so that passes looking for
    // names of variables never see it.
    public override Node[] Children => [];
    public override string Describe() => $"BranchStmt {Kind.ToString().ToLowerInvariant()}{(Label != null ? " " + Label.Value : "")}";
}

/// <summary><c>L: stmt</c>, positioned at the label (Go's syntax.LabeledStmt). A label before
/// '}' labels an EmptyStmt.</summary>
public sealed class LabeledStmt(Pos pos, Name label, Stmt stmt) : Stmt(pos)
{
    public Name Label { get; } = label;
    public Stmt Stmt { get; } = stmt;
    public override Node[] Children => Of(Stmt);
    public override string Describe() => $"LabeledStmt {Label.Value}";
}

/// <summary><c>go f(x)</c>, positioned at 'go'.</summary>
public sealed class GoStmt(Pos pos, CallExpr call) : Stmt(pos)
{
    public CallExpr Call { get; } = call;
    public override Node[] Children => Of(Call);
}

/// <summary><c>defer f(x)</c>, positioned at 'defer'.</summary>
public sealed class DeferStmt(Pos pos, CallExpr call) : Stmt(pos)
{
    public CallExpr Call { get; } = call;
    public override Node[] Children => Of(Call);
}

/// <summary><c>if init; cond { ... } else ...</c>, positioned at 'if'. Else is a BlockStmt or an IfStmt.</summary>
public sealed class IfStmt(Pos pos, Stmt? init, Expr cond, BlockStmt then, Stmt? @else) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr Cond { get; } = cond;
    public BlockStmt Then { get; } = then;
    public Stmt? Else { get; } = @else;
    public override Node[] Children => Of(Init, Cond, Then, Else);
}

/// <summary><c>for init; cond; post { ... }</c> (any part may be missing), positioned at 'for'.</summary>
public sealed class ForStmt(Pos pos, Stmt? init, Expr? cond, Stmt? post, BlockStmt body) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr? Cond { get; } = cond;
    public Stmt? Post { get; } = post;
    public BlockStmt Body { get; } = body;
    public override Node[] Children => Of(Init, Cond, Post, Body);
}

/// <summary><c>for k, v := range x { ... }</c>, positioned at 'for'; RangePos is at 'range'.
/// Extra holds a third iteration variable, which Go's parser accepts and its checker rejects.</summary>
public sealed class RangeStmt(Pos pos, Pos rangePos, Expr? key, Expr? value, bool define, Expr x, BlockStmt body, Expr? extra = null) : Stmt(pos)
{
    public Expr? Extra { get; } = extra;
    public Pos RangePos { get; } = rangePos;
    public Expr? Key { get; } = key;
    public Expr? Value { get; } = value;
    public bool Define { get; } = define;
    public Expr X { get; } = x;
    public BlockStmt Body { get; } = body;
    public override Node[] Children => Of(Key, Value, X, Body);
    public override string Describe() => Define ? "RangeStmt :=" : "RangeStmt";
}

/// <summary><c>case a, b:</c> or <c>default:</c> (Cases is empty and IsDefault), positioned at 'case'/'default'.
/// In a type switch the cases are types (or <c>nil</c>).</summary>
public sealed class CaseClause(Pos pos, bool isDefault, ImmutableArray<Expr> cases, Pos colon, ImmutableArray<Stmt> body) : Node(pos)
{
    public bool IsDefault { get; } = isDefault;
    public ImmutableArray<Expr> Cases { get; } = cases;
    public Pos Colon { get; } = colon;
    public ImmutableArray<Stmt> Body { get; } = body;
    public override Node[] Children => Of(Cases, Body);
    public override string Describe() => IsDefault ? "CaseClause default" : "CaseClause";
}

/// <summary><c>switch init; tag { case ... }</c>, positioned at 'switch'. Tag is null for <c>switch {</c>.</summary>
public sealed class SwitchStmt(Pos pos, Stmt? init, Expr? tag, ImmutableArray<CaseClause> clauses, Pos rbrace) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr? Tag { get; } = tag;
    public ImmutableArray<CaseClause> Clauses { get; } = clauses;
    public Pos Rbrace { get; } = rbrace;
    public override Node[] Children => Of(Init, Tag, Clauses);
}

/// <summary><c>switch v := x.(type) { case T: ... }</c>, positioned at 'switch'. Binding is the
/// optional <c>v</c>; GuardPos is the position of the '.' of <c>.(type)</c>.</summary>
public sealed class TypeSwitchStmt(Pos pos, Stmt? init, Name? binding, Expr x, Pos guardPos, ImmutableArray<CaseClause> clauses, Pos rbrace) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Name? Binding { get; } = binding;
    public Expr X { get; } = x;
    public Pos GuardPos { get; } = guardPos;
    public ImmutableArray<CaseClause> Clauses { get; } = clauses;
    public Pos Rbrace { get; } = rbrace;
    public override Node[] Children => Of(Init, Binding, X, Clauses);
}

/// <summary><c>case c &lt;- v:</c>, <c>case v, ok := &lt;-c:</c>, <c>case &lt;-c:</c> or <c>default:</c>
/// (Comm is null) of a select, positioned at 'case'/'default'. Comm is a SendStmt, an ExprStmt
/// or an AssignStmt (the checker rejects any other statement).</summary>
public sealed class CommClause(Pos pos, Stmt? comm, Pos colon, ImmutableArray<Stmt> body) : Node(pos)
{
    public Stmt? Comm { get; } = comm;
    public bool IsDefault => Comm == null;
    public Pos Colon { get; } = colon;
    public ImmutableArray<Stmt> Body { get; } = body;
    public override Node[] Children => Of(Comm, Body);
    public override string Describe() => IsDefault ? "CommClause default" : "CommClause";
}

/// <summary><c>select { case ... }</c>, positioned at 'select'.</summary>
public sealed class SelectStmt(Pos pos, ImmutableArray<CommClause> clauses, Pos rbrace) : Stmt(pos)
{
    public ImmutableArray<CommClause> Clauses { get; } = clauses;
    public Pos Rbrace { get; } = rbrace;
    public override Node[] Children => Of(Clauses);
}
