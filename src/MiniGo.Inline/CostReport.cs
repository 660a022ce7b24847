using MiniGo.Syntax;

namespace MiniGo.Inline;

/// <summary>The cost of one statement of a function's body (nested statements included).</summary>
public sealed record StatementCost(Pos Pos, int Cost);

/// <summary>
/// A charge worth telling a student about: a call (its callee's inline cost, or the 57 of a
/// call that stays a call, and why), a function literal (16), a panic, a refusal.
/// </summary>
public sealed record CostNote(Pos Pos, string Text, int Cost);

/// <summary>
/// The cost model's account of one function body: the total against the budget, the cost of
/// each top-level statement, and notes on calls and literals. Always the full cost (the walk
/// does not stop at the budget, as with Go's -m=2).
/// </summary>
public sealed record CostReport(int Cost, int Budget, IReadOnlyList<StatementCost> Statements, IReadOnlyList<CostNote> Notes, string? Refusal);
