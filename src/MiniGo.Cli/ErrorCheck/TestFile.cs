namespace MiniGo.Cli.ErrorCheck;

/// <summary>How one test file ended.</summary>
public enum TestStatus { Pass, Fail, CannotRun }

/// <summary>
/// The result of one errorcheck file: its status, the reason when it is not a plain match
/// (MiniGo cannot run the recipe, compiling failed or succeeded against the recipe, an
/// invalid ERROR line), its expectations and how the output met them.
/// </summary>
public sealed record TestResult(
    string File,
    string? Recipe,
    TestStatus Status,
    IReadOnlyList<string> Problems,
    IReadOnlyList<Expectation> Expectations,
    Matcher.Outcome Outcome,
    bool CompileFailedUnexpectedly = false)
{
    /// <summary>
    /// Runs one file the way Go's harness runs an errorcheck test (<c>test.run</c>, action
    /// errorcheck): reads the recipe, compiles with its flags, checks that compiling failed
    /// exactly when the recipe wants it to (errorcheck without -0), and matches the output.
    /// </summary>
    /// <param name="path">the file to read.</param>
    /// <param name="display">the name to report it by.</param>
    public static TestResult Run(string path, string display)
    {
        byte[] bytes = System.IO.File.ReadAllBytes(path);
        string source = System.Text.Encoding.UTF8.GetString(bytes);
        string shortName = Path.GetFileName(path);
        var none = new Matcher.Outcome([], [], []);

        var recipe = ErrorCheck.Recipe.Parse(source);
        if (recipe == null)
            return new TestResult(display, null, TestStatus.CannotRun, ["no recipe: the first line should be e.g. `// errorcheck -0 -m -l`"], [], none);
        if (recipe.Action != "errorcheck")
            return new TestResult(display, recipe.Text, TestStatus.CannotRun, [$"recipe `{recipe.Text}`: minigo test runs errorcheck and errorcheckwithauto files only"], [], none);
        var flags = CompilerRun.ParseFlags(recipe.CompilerFlags, out string? why);
        if (flags == null)
            return new TestResult(display, recipe.Text, TestStatus.CannotRun, [$"recipe `{recipe.Text}`: {why}"], [], none);

        var expectations = Expectation.Parse(source, shortName, out var invalid);
        var problems = new List<string>(invalid);
        CompilerRun run;
        try
        {
            run = CompilerRun.Run(bytes, shortName, flags);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add($"internal compiler error: {e.GetType().Name}: {e.Message}");
            return new TestResult(display, recipe.Text, TestStatus.Fail, problems, expectations, none);
        }
        if (recipe.WantError && !run.Failed)
            problems.Add("compilation succeeded unexpectedly (the recipe has no -0, so errors are expected)");
        if (!recipe.WantError && run.Failed)
            problems.Add("compilation failed, but the recipe's -0 says it must succeed:");
        var outcome = Matcher.Match(expectations, run.Lines, shortName, recipe.WantAuto);
        bool pass = problems.Count == 0 && outcome.Missing.Count == 0 && outcome.Unexpected.Count == 0;
        return new TestResult(display, recipe.Text, pass ? TestStatus.Pass : TestStatus.Fail, problems, expectations, outcome, !recipe.WantError && run.Failed);
    }
}
