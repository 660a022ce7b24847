using System.Text;

namespace MiniGo.Cli;

/// <summary>
/// Standard output or standard error, written as a Go program writes it: when the reader has gone
/// away (a closed pipe) or the disk is full, the write fails and the program stops writing. A Go
/// program is then ended by SIGPIPE, which a shell reports as status 141; MiniGo exits with that
/// status (<see cref="BrokenPipeStatus"/>) after dropping the rest of its output, and never prints
/// the .NET exception.
/// </summary>
public sealed class OutputWriter(TextWriter inner) : TextWriter
{
    /// <summary>128 + SIGPIPE (13): what a shell reports for a Go program killed by a broken pipe.</summary>
    public const int BrokenPipeStatus = 141;

    /// <summary>True once a write has failed; later writes are dropped.</summary>
    public bool Failed { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.Write(value + "\n"));

    public override void WriteLine() => Guard(() => inner.Write('\n'));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Failed) return;
        try { write(); }
        catch (IOException) { Failed = true; }
    }
}
