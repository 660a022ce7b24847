using System.Collections.Immutable;

namespace MiniGo.Syntax.Ast;

/// <summary>An expression. As in Go's parser, types are expressions too (see TypeExpressions.cs).</summary>
public abstract class Expr(Pos pos) : Node(pos);

/// <summary>An identifier: <c>x</c>, <c>int</c>, <c>fmt</c>.</summary>
public sealed class Name(Pos pos, string value) : Expr(pos)
{
    public string Value { get; } = value;
    public override Node[] Children => [];
    public override string Describe() => $"Name {Value}";
}

public enum LitKind { Int, Float, Imag, Rune, String }

/// <summary>A literal as written in the source: <c>42</c>, <c>0x1F</c>, <c>'a'</c>, <c>"hi"</c>, <c>`raw`</c>.</summary>
public sealed class BasicLit(Pos pos, LitKind kind, string value) : Expr(pos)
{
    public LitKind Kind { get; } = kind;
    /// <summary>The literal's source text, quotes included.</summary>
    public string Value { get; } = value;
    public override Node[] Children => [];
    public override string Describe() => $"BasicLit {Kind} {Value}";
}

/// <summary><c>T{a, b}</c> or <c>T{k: v}</c>, positioned at '{'. Type is null for an elided
/// inner literal (<c>[]point{{1, 2}}</c>).</summary>
public sealed class CompositeLit(Pos pos, Expr? type, ImmutableArray<Expr> elems, Pos rbrace) : Expr(pos)
{
    public Expr? Type { get; } = type;
    /// <summary>Elements; keyed ones are KeyValueExpr.</summary>
    public ImmutableArray<Expr> Elems { get; } = elems;
    public Pos Rbrace { get; } = rbrace;
    public override Node[] Children => Of(Type, Elems);
}

/// <summary><c>key: value</c> inside a composite literal, positioned at ':'.</summary>
public sealed class KeyValueExpr(Pos pos, Expr key, Expr value) : Expr(pos)
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
    public override Node[] Children => Of(Key, Value);
}

/// <summary><c>func(x int) int { ... }</c>, positioned at 'func'.</summary>
public sealed class FuncLit(Pos pos, FuncType type, BlockStmt body) : Expr(pos)
{
    public FuncType Type { get; } = type;
    public BlockStmt Body { get; } = body;
    public override Node[] Children => Of(Type, Body);
}

/// <summary><c>(x)</c>, positioned at '('.</summary>
public sealed class ParenExpr(Pos pos, Expr x) : Expr(pos)
{
    public Expr X { get; } = x;
    public override Node[] Children => Of(X);

    /// <summary>Go's syntax.Unparen: e without any parentheses around it. Passes use it
    /// through <c>using static MiniGo.Syntax.Ast.ParenExpr;</c>.</summary>
    public static Expr Unparen(Expr e)
    {
        while (e is ParenExpr p) e = p.X;
        return e;
    }
}

/// <summary><c>x.Sel</c>, positioned at '.'.</summary>
public sealed class SelectorExpr(Pos pos, Expr x, Name sel) : Expr(pos)
{
    public Expr X { get; } = x;
    public Name Sel { get; } = sel;
    public override Node[] Children => Of(X, Sel);
}

/// <summary><c>x[i]</c>, positioned at '['.</summary>
public sealed class IndexExpr(Pos pos, Expr x, Expr index) : Expr(pos)
{
    public Expr X { get; } = x;
    public Expr Index { get; } = index;
    public override Node[] Children => Of(X, Index);
}

/// <summary><c>x[lo:hi]</c> or <c>x[lo:hi:max]</c> (Full), positioned at '['.</summary>
public sealed class SliceExpr(Pos pos, Expr x, Expr? low, Expr? high, Expr? max, bool full) : Expr(pos)
{
    public Expr X { get; } = x;
    public Expr? Low { get; } = low;
    public Expr? High { get; } = high;
    public Expr? Max { get; } = max;
    public bool Full { get; } = full;
    public override Node[] Children => Of(X, Low, High, Max);
    public override string Describe() => Full ? "SliceExpr (3-index)" : "SliceExpr";
}

/// <summary><c>x.(T)</c>, positioned at '.'.</summary>
public sealed class AssertExpr(Pos pos, Expr x, Expr type) : Expr(pos)
{
    public Expr X { get; } = x;
    public Expr Type { get; } = type;
    public override Node[] Children => Of(X, Type);
}

/// <summary><c>-x</c>, <c>!b</c>, <c>*p</c>, <c>&amp;v</c>, <c>&lt;-ch</c>, positioned at the operator.
/// In a type context <c>*T</c> is a pointer type, as in Go's parser.</summary>
public sealed class UnaryExpr(Pos pos, Operator op, Expr x) : Expr(pos)
{
    public Operator Op { get; } = op;
    public Expr X { get; } = x;
    public override Node[] Children => Of(X);
    public override string Describe() => $"UnaryExpr {Op.Symbol()}";
}

/// <summary><c>x op y</c>, positioned at the operator.</summary>
public sealed class BinaryExpr(Pos pos, Operator op, Expr x, Expr y) : Expr(pos)
{
    public Operator Op { get; } = op;
    public Expr X { get; } = x;
    public Expr Y { get; } = y;
    public override Node[] Children => Of(X, Y);
    public override string Describe() => $"BinaryExpr {Op.Symbol()}";
}

/// <summary><c>f(a, b)</c> or <c>f(xs...)</c> (HasDots), positioned at '('. Conversions
/// (<c>T(x)</c>) and builtin calls are CallExprs too; the type checker tells them apart.</summary>
public sealed class CallExpr(Pos pos, Expr fun, ImmutableArray<Expr> args, bool hasDots, Pos rparen) : Expr(pos)
{
    public Expr Fun { get; } = fun;
    public ImmutableArray<Expr> Args { get; } = args;
    public bool HasDots { get; } = hasDots;
    public Pos Rparen { get; } = rparen;
    public override Node[] Children => Of(Fun, Args);
    public override string Describe() => HasDots ? "CallExpr (...)" : "CallExpr";
}

/// <summary><c>x.(type)</c> in the header of a type switch, positioned at '.'. The type switch
/// statement takes it apart; anywhere else it is an error.</summary>
public sealed class TypeSwitchGuard(Pos pos, Expr x) : Expr(pos)
{
    public Expr X { get; } = x;
    public override Node[] Children => Of(X);
}
