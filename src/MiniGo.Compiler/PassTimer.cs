using System.Diagnostics;

namespace MiniGo.Compiler;

/// <summary>
/// Per-pass timing for performance work: when the environment variable
/// <c>MINIGO_TIMINGS=1</c> is set, every pass prints one line to standard error with its wall
/// time, the CPU time of the whole process during it (all threads, the garbage collector's
/// too: steadier than wall time on a busy machine), the time the garbage collector paused the
/// program and its collections (generation 0/1/2), the bytes it allocated, and the managed heap size and process working set after it.
/// Off by default, so that no output changes. <c>MINIGO_TIMINGS=2</c> also reports the live
/// heap after each pass (a full, blocking collection first, which costs time itself).
/// </summary>
public static class PassTimer
{
    private static readonly string? Setting = Environment.GetEnvironmentVariable("MINIGO_TIMINGS");
    public static readonly bool Enabled = Setting is "1" or "2";

    /// <summary>Runs <paramref name="work"/> and, when enabled, reports it as pass <paramref name="name"/>.</summary>
    public static T Time<T>(string name, Func<T> work)
    {
        if (!Enabled) return work();
        long allocated = GC.GetTotalAllocatedBytes(precise: false);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        T result = work();
        watch.Stop();
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double pausedSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
        string collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
        long allocatedMiB = (GC.GetTotalAllocatedBytes(precise: false) - allocated) >> 20;
        long heapMiB = GC.GetTotalMemory(forceFullCollection: false) >> 20;
        long workingSetMiB = Environment.WorkingSet >> 20;
        long peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 >> 20;
        string live = Setting == "2" ? $"  live {GC.GetTotalMemory(forceFullCollection: true) >> 20,5} MiB" : "";
        Console.Error.WriteLine($"minigo-timing {name,-10} {watch.Elapsed.TotalSeconds,7:F3} s  cpu {cpuSeconds,7:F3} s  gc pause {pausedSeconds,6:F3} s ({collections,-8})  alloc {allocatedMiB,6} MiB  heap {heapMiB,5} MiB  ws {workingSetMiB,5} MiB  peak {peakMiB,5} MiB{live}");
        return result;
    }
}
