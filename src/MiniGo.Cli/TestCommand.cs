using System.Text.Json;
using MiniGo.Cli.ErrorCheck;

namespace MiniGo.Cli;

/// <summary>
/// <c>minigo test [FILE|DIR]... [--json]</c>: runs errorcheck files (Go's test format: a recipe
/// line such as <c>// errorcheck -0 -m -l</c> and <c>// ERROR "regexp"</c> comments) through
/// MiniGo, with the semantics of Go 1.22's test harness. One PASS / FAIL / CANNOT RUN line per
/// file, then each missing expectation and unexpected message; exit status 0 only when every
/// file passes. <c>--json</c> prints the same as one JSON document, for grading scripts.
/// </summary>
public static class TestCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string wd)
    {
        bool json = false;
        var paths = new List<string>();
        foreach (var a in args)
        {
            if (a is "--json" or "-json") json = true;
            else if (a.StartsWith('-')) { stderr.WriteLine($"minigo test: unknown flag {a}"); return 2; }
            else paths.Add(a);
        }
        if (paths.Count == 0) paths.Add(".");

        var files = new List<(string Path, string Display)>();
        foreach (var p in paths)
        {
            string full = Path.GetFullPath(p, wd);
            if (Directory.Exists(full))
            {
                foreach (var f in Directory.GetFiles(full, "*.go").OrderBy(f => f, StringComparer.Ordinal))
                    files.Add((f, Path.Combine(p, Path.GetFileName(f))));
            }
            else if (File.Exists(full)) files.Add((full, p));
            else { stderr.WriteLine($"stat {p}: no such file or directory"); return 1; }
        }
        if (files.Count == 0) { stderr.WriteLine($"minigo test: no .go files in {string.Join(" ", paths)}"); return 1; }

        var results = files.Select(f => TestResult.Run(f.Path, f.Display)).ToList();
        if (json) WriteJson(results, stdout);
        else WriteText(results, stdout);
        return results.All(r => r.Status == TestStatus.Pass) ? 0 : 1;
    }

    private static void WriteText(List<TestResult> results, TextWriter w)
    {
        foreach (var r in results)
        {
            int n = r.Expectations.Count;
            switch (r.Status)
            {
                case TestStatus.Pass:
                    w.WriteLine($"PASS  {r.File} ({n} expectation{(n == 1 ? "" : "s")})");
                    break;
                case TestStatus.CannotRun:
                    w.WriteLine($"CANNOT RUN  {r.File}: {string.Join("; ", r.Problems)}");
                    break;
                default:
                    w.WriteLine($"FAIL  {r.File} ({n} expectations: {r.Outcome.Matched.Count} matched, {r.Outcome.Missing.Count} missing, {r.Outcome.Unexpected.Count} unexpected messages)");
                    foreach (var p in r.Problems) w.WriteLine($"    {p}");
                    if (r.CompileFailedUnexpectedly)
                    {
                        // Every expectation is missing then; the errors are what matters.
                        const int shown = 10;
                        foreach (var u in r.Outcome.Unexpected.OrderBy(u => u.Line).Take(shown)) w.WriteLine($"    {u.Message}");
                        if (r.Outcome.Unexpected.Count > shown) w.WriteLine($"    ... and {r.Outcome.Unexpected.Count - shown} more (--json lists all)");
                        break;
                    }
                    foreach (var m in r.Outcome.Missing)
                    {
                        string where = $"{Path.GetFileName(r.File)}:{m.Expectation.Line}";
                        if (m.LineMessages.Count == 0)
                            w.WriteLine($"    {where}: missing: no message on this line, expected one matching \"{m.Expectation.Pattern}\"");
                        else
                        {
                            w.WriteLine($"    {where}: missing: no message on this line matches \"{m.Expectation.Pattern}\"; it has:");
                            foreach (var msg in m.LineMessages) w.WriteLine($"        {msg}");
                        }
                    }
                    foreach (var u in r.Outcome.Unexpected) w.WriteLine($"    unexpected: {u.Message}");
                    break;
            }
        }
        int pass = results.Count(r => r.Status == TestStatus.Pass);
        int fail = results.Count(r => r.Status == TestStatus.Fail);
        int cannot = results.Count(r => r.Status == TestStatus.CannotRun);
        w.WriteLine($"{pass} passed, {fail} failed, {cannot} cannot run");
    }

    /// <summary>The results as JSON, written field by field with <see cref="Utf8JsonWriter"/>:
    /// reflection-based serialization is not trim-safe, and the Native AOT build of minigo
    /// treats its warnings as errors.</summary>
    private static void WriteJson(List<TestResult> results, TextWriter w)
    {
        var buffer = new System.IO.MemoryStream();
        using (var j = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            j.WriteStartObject();
            j.WriteNumber("passed", results.Count(r => r.Status == TestStatus.Pass));
            j.WriteNumber("failed", results.Count(r => r.Status == TestStatus.Fail));
            j.WriteNumber("cannotRun", results.Count(r => r.Status == TestStatus.CannotRun));
            j.WriteStartArray("files");
            foreach (var r in results)
            {
                j.WriteStartObject();
                j.WriteString("file", r.File);
                j.WriteString("recipe", r.Recipe);
                j.WriteString("status", r.Status switch { TestStatus.Pass => "pass", TestStatus.Fail => "fail", _ => "cannot-run" });
                Strings(j, "problems", r.Problems);
                j.WriteStartArray("expectations");
                foreach (var e in r.Expectations)
                {
                    j.WriteStartObject();
                    j.WriteNumber("line", e.Line);
                    j.WriteString("regexp", e.Pattern);
                    j.WriteBoolean("auto", e.Auto);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteStartArray("matched");
                foreach (var m in r.Outcome.Matched)
                {
                    j.WriteStartObject();
                    j.WriteNumber("line", m.Expectation.Line);
                    j.WriteString("regexp", m.Expectation.Pattern);
                    Strings(j, "messages", m.Messages);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteStartArray("missing");
                foreach (var m in r.Outcome.Missing)
                {
                    j.WriteStartObject();
                    j.WriteNumber("line", m.Expectation.Line);
                    j.WriteString("regexp", m.Expectation.Pattern);
                    Strings(j, "messagesOnLine", m.LineMessages);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteStartArray("unexpected");
                foreach (var u in r.Outcome.Unexpected)
                {
                    j.WriteStartObject();
                    j.WriteNumber("line", u.Line);
                    j.WriteString("message", u.Message);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Strings(Utf8JsonWriter j, string name, IReadOnlyList<string> values)
    {
        j.WriteStartArray(name);
        foreach (var v in values) j.WriteStringValue(v);
        j.WriteEndArray();
    }
}
