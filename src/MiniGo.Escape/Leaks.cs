namespace MiniGo.Escape;

/// <summary>A parameter's leak summary (cmd/compile's leaks.go): the smallest deref count with
/// which the parameter reaches the heap, the mutator, the callee, and each of the first results;
/// -1 when it does not.</summary>
public struct Leaks
{
    public const int NumResults = 5;
    private int[]? _d; // derefs+1, 0 = none; indices: 0 heap, 1 mutator, 2 callee, 3.. results

    private int Get(int i) => _d == null ? -1 : _d[i] - 1;
    private void Add(int i, int derefs)
    {
        _d ??= new int[3 + NumResults];
        int cur = _d[i] - 1;
        if (cur < 0 || derefs < cur) _d[i] = Math.Min(derefs, 254) + 1;
    }

    public readonly int Heap => _d == null ? -1 : _d[0] - 1;
    public readonly int Mutator => _d == null ? -1 : _d[1] - 1;
    public readonly int Callee => _d == null ? -1 : _d[2] - 1;
    public readonly int Result(int i) => _d == null ? -1 : _d[3 + i] - 1;
    public void AddHeap(int d) => Add(0, d);
    public void AddMutator(int d) => Add(1, d);
    public void AddCallee(int d) => Add(2, d);
    public void AddResult(int i, int d) { if (i < NumResults) Add(3 + i, d); }

    /// <summary>Drops every entry not smaller than the heap leak (leaks.Optimize).</summary>
    public void Optimize()
    {
        int x = Heap;
        if (x < 0 || _d == null) return;
        for (int i = 1; i < _d.Length; i++)
            if (_d[i] - 1 >= x) _d[i] = 0;
    }

    public readonly Leaks Clone() { var l = new Leaks(); if (_d != null) l._d = (int[])_d.Clone(); return l; }
}
