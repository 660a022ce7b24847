using MiniGo.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
