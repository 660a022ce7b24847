using MiniGo.Syntax;

namespace MiniGo.Types;

/// <summary>
/// A type may not contain itself by value: <c>type T struct{ next T }</c> has no finite size
/// (types2 validtype.go). Pointers, slices, maps, channels and functions break the cycle;
/// struct fields and array elements do not.
/// </summary>
public sealed partial class Checker
{
    private readonly HashSet<Named> _validTypes = new(ReferenceEqualityComparer.Instance);

    private void ValidType(Named t) => ValidType0(t, new List<Named>());

    private bool ValidType0(Type typ, List<Named> path)
    {
        switch (typ)
        {
            case Array a:
                return ValidType0(a.Elem, path);
            case Struct s:
                foreach (var f in s.Fields)
                    if (f.Type != null && !ValidType0(f.Type, path)) return false;
                return true;
            case Named n:
                if (_validTypes.Contains(n) || n.Obj.Pkg != _pkg) return true;
                if (n.Underlying == Universe.Invalid) return false;
                int at = path.IndexOf(n);
                if (at >= 0)
                {
                    var cycle = path.Skip(at).ToList();
                    foreach (var c in cycle) c.SetUnderlying(Universe.Invalid);
                    CycleError(cycle.Select(c => (Object)c.Obj).ToList());
                    return false;
                }
                path.Add(n);
                bool ok = ValidType0(n.Underlying, path);
                path.RemoveAt(path.Count - 1);
                if (ok) _validTypes.Add(n);
                return ok;
            default:
                return true;
        }
    }

    /// <summary>types2 cycleError: reported at the cycle's first object in source order.</summary>
    private void CycleError(List<Object> cycle)
    {
        int i = 0;
        for (int k = 1; k < cycle.Count; k++)
            if (Pos.Compare(cycle[k].Pos, cycle[i].Pos) < 0) i = k;
        var obj = cycle[i];
        if (cycle.Count == 1)
        {
            Error(obj.Pos, $"invalid recursive type: {obj.Name} refers to itself");
            return;
        }
        var msg = new System.Text.StringBuilder($"invalid recursive type {obj.Name}");
        var first = obj;
        for (int k = 0; k < cycle.Count; k++)
        {
            msg.Append($"\n\t{obj.Pos}: {obj.Name} refers to");
            i = (i + 1) % cycle.Count;
            obj = cycle[i];
        }
        msg.Append($"\n\t{obj.Pos}: {obj.Name}");
        Error(first.Pos, msg.ToString());
    }
}
