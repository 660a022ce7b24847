using MiniGo.Syntax;

namespace MiniGo.Escape;

// What `minigo explain` shows: for one variable, parameter or allocation, the decision of the
// escape analysis and the paths the solver printed for it with -m=2 (solve.go's explainPath),
// as data, so the CLI can say it in plain English or draw it.

/// <summary>One note of a flow (graph.go's note): the source expression, why the value moves
/// there, and where.</summary>
public sealed record FlowNote(string Where, string Why, Pos Pos);

/// <summary>One flow of a path: <see cref="Dst"/> receives <see cref="Src"/> with
/// <see cref="Derefs"/> dereferences (-1: its address, 0: a copy, 1: what it points to).
/// The ids are the nodes of <see cref="LocationReport.Dot"/>.</summary>
public sealed record FlowStep(string Dst, string Src, int Derefs, IReadOnlyList<FlowNote> Notes, int DstId, int SrcId);

/// <summary>One explanation as Go prints it: the headline (<c>x escapes to heap</c>,
/// <c>parameter p leaks to ~r0 with derefs=0</c>), the root it reached and the flows from the
/// subject to that root. When the root is a location that escapes for its own reasons,
/// <see cref="Then"/> is the root's own explanation.</summary>
public sealed record FlowPath(string Headline, string Root, RootKind RootKind, IReadOnlyList<FlowStep> Steps, FlowPath? Then = null);

/// <summary>What the root of a path is, which is why reaching it matters.</summary>
public enum RootKind { Heap, Result, OuterVariable, Other }

/// <summary>The escape analysis' verdict on one location. Kind: variable, parameter or
/// allocation. Messages: Go's -m lines for it (moved to heap: x, leaking param: p, ... escapes
/// to heap, ... does not escape). Dot: its batch's location graph with the paths highlighted.</summary>
public sealed record LocationReport(
    string Kind, string Name, Pos Pos, string Function, bool Heap, bool PointerFree,
    IReadOnlyList<string> Messages, IReadOnlyList<FlowPath> Paths, string Dot);
