using MiniGo.Cli;

// Go's output streams: a write to a closed pipe (`minigo build ... 2>&1 | head -1`) or to a full
// disk stops the output quietly instead of ending in a .NET exception text.
var stdout = new OutputWriter(Console.Out);
var stderr = new OutputWriter(Console.Error);
int status = CommandLine.Run(args, stdout, stderr, Directory.GetCurrentDirectory());
return stdout.Failed || stderr.Failed ? OutputWriter.BrokenPipeStatus : status;
