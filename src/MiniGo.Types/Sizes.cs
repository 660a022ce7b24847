namespace MiniGo.Types;

/// <summary>
/// Sizes and alignments of types on linux/amd64 (types2's gcSizes with WordSize 8, MaxAlign 8).
/// Later passes need them: a variable captured by a closure is captured by value only when it
/// is at most 128 bytes, and Go's stack-size limits decide heap placement.
/// </summary>
public static class Sizes
{
    public const long WordSize = 8;

    public static long Alignof(Type t)
    {
        switch (t.Underlying)
        {
            case Array a: return Alignof(a.Elem);
            case Struct s:
                long max = 1;
                foreach (var f in s.Fields) max = Math.Max(max, Alignof(f.Type!));
                return max;
            case Basic b:
                long size = Sizeof(b);
                return b.Kind == BasicKind.String ? WordSize : Math.Clamp(size, 1, WordSize);
            default:
                return WordSize;
        }
    }

    public static long Sizeof(Type t)
    {
        switch (t.Underlying)
        {
            case Basic b:
                return b.Kind switch
                {
                    BasicKind.Bool or BasicKind.Int8 or BasicKind.Uint8 => 1,
                    BasicKind.Int16 or BasicKind.Uint16 => 2,
                    BasicKind.Int32 or BasicKind.Uint32 or BasicKind.Float32 => 4,
                    BasicKind.String => 2 * WordSize,
                    _ => WordSize,
                };
            case Array a:
                {
                    if (a.Len == 0) return 0;
                    long esize = Sizeof(a.Elem);
                    long ealign = Alignof(a.Elem);
                    return Align(esize, ealign) * (a.Len - 1) + esize;
                }
            case Slice: return 3 * WordSize;
            case Struct s:
                {
                    if (s.Fields.IsEmpty) return 0;
                    long offset = 0;
                    foreach (var f in s.Fields)
                    {
                        offset = Align(offset, Alignof(f.Type!));
                        offset += Sizeof(f.Type!);
                    }
                    // gc pads a struct ending in a zero-sized field so its address stays inside the object.
                    if (Sizeof(s.Fields[^1].Type!) == 0) offset++;
                    return Align(offset, Alignof(s));
                }
            case Interface: return 2 * WordSize;
            default: return WordSize; // pointers, maps, chans, funcs
        }
    }

    /// <summary>Byte offset of each field of a struct.</summary>
    public static long[] Offsetsof(Struct s)
    {
        var offsets = new long[s.Fields.Length];
        long offset = 0;
        for (int i = 0; i < s.Fields.Length; i++)
        {
            offset = Align(offset, Alignof(s.Fields[i].Type!));
            offsets[i] = offset;
            offset += Sizeof(s.Fields[i].Type!);
        }
        return offsets;
    }

    private static long Align(long x, long a) => (x + a - 1) / a * a;
}
