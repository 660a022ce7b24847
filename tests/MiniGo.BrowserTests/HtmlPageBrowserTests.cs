using MiniGo.Cli;
using MiniGo.Cli.Html;
using MiniGo.Compiler;
using MiniGo.Syntax;
using Microsoft.Playwright;

namespace MiniGo.BrowserTests;

/// <summary>
/// Starts Playwright's driver (shipped in the NuGet package) and Debian's chromium once for
/// all tests of <see cref="HtmlPageBrowserTests"/>. No browser is ever downloaded: a missing
/// /usr/bin/chromium makes every test fail with the reason (`.ci/run` installs it).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string Dir { get; } = Directory.CreateTempSubdirectory("minigo-html-").FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} not found: the browser tests need Debian's chromium (apt-get install chromium; .ci/run installs it)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Directory.Delete(Dir, recursive: true);
    }
}

/// <summary>
/// <c>minigo html</c> pages in a real browser: every column renders, clicking a value
/// highlights it and its uses in every column, the function picker switches functions, the
/// page makes no request at all, and program text that looks like HTML stays text.
/// </summary>
public sealed class HtmlPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string[] Columns = ["source", "ast", "naive", "ssa", "inline", "escape", "m2"];

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MiniGo.sln"))) return dir.FullName;
        throw new InvalidOperationException("MiniGo.sln not found");
    }

    /// <summary>What happened while a page was open: requests, dialogs, script errors.</summary>
    private sealed class Watch
    {
        public readonly List<string> Requests = new();
        public readonly List<string> Dialogs = new();
        public readonly List<string> Errors = new();
    }

    /// <summary>Writes the page of <paramref name="goFile"/> (as `minigo html` does) and opens it.</summary>
    private async Task<(IPage Page, Watch Watch)> Open(string goFile, bool dot = true, string? func = null, int width = 2400)
    {
        string name = Path.GetFileNameWithoutExtension(goFile) + (dot ? "" : "-nodot") + (func ?? "") + ".html";
        string output = Path.Combine(chromium.Dir, name);
        var args = new List<string> { "html", goFile, "-o", output };
        if (!dot) args.Add("--no-dot");
        if (func != null) { args.Add("-func"); args.Add(func); }
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = CommandLine.Run(args.ToArray(), stdout, stderr, Path.GetDirectoryName(goFile)!);
        Assert.True(rc == 0, $"minigo html exit {rc}: {stdout}{stderr}");

        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
        page.SetDefaultTimeout(10_000);
        var watch = new Watch();
        page.Request += (_, r) => watch.Requests.Add(r.Url);
        page.Dialog += async (_, d) => { watch.Dialogs.Add(d.Message); await d.DismissAsync(); };
        page.PageError += (_, e) => watch.Errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") watch.Errors.Add(m.Text); };
        string url = new Uri(output).AbsoluteUri;
        await page.GotoAsync(url);
        Assert.Equal([url], watch.Requests); // the page itself, nothing else: no network at view time
        return (page, watch);
    }

    private static string Corpus(string name) => Path.Combine(RepoRoot(), "tests", "corpus", name);

    [Theory]
    [InlineData("examples/traps.go")]
    [InlineData("tests/corpus/closure_value_vs_ref.go")]
    [InlineData("tests/corpus/bank_accounts.go")]
    public async Task EveryColumnOfEveryFunctionRenders(string file)
    {
        var (page, watch) = await Open(Path.Combine(RepoRoot(), file));
        var options = await page.Locator("#fn-picker option").AllAsync();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            string id = (await option.GetAttributeAsync("value"))!;
            await page.Locator("#fn-picker").SelectOptionAsync(id);
            // One round trip per function: what the browser laid out, checked in the page.
            var problems = await page.EvaluateAsync<string[]>(@"([id, columns]) => {
                const shown = el => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
                const out = [];
                const sec = document.getElementById(id);
                if (!shown(sec)) out.push('section not shown after picking it');
                const visible = [...document.querySelectorAll('section.func')].filter(shown).length;
                if (visible !== 1) out.push(visible + ' sections shown');
                for (const col of columns) {
                    const c = sec.querySelector(`.col[data-col=${col}]`);
                    if (!shown(c)) { out.push('column ' + col + ' not shown'); continue; }
                    if (!c.querySelector('h3').innerText.trim()) out.push('column ' + col + ' has no title');
                    if (col === 'inline') continue; // folded: the inliner's place
                    const body = c.querySelector('.body');
                    if (!shown(body) || body.getBoundingClientRect().height < 20) out.push('column ' + col + ' has no visible body');
                    else if (!body.innerText.trim()) out.push('column ' + col + ' is empty');
                }
                if (sec.querySelectorAll('.col[data-col=escape] svg g.node[data-k]').length === 0) out.push('no SVG location graph');
                return out;
            }", new object[] { id, Columns });
            Assert.True(problems.Length == 0, $"{file} {id}: {string.Join("; ", problems)}");
        }
        Assert.Empty(watch.Errors);
        await page.CloseAsync();
    }

    /// <summary>Clicking an allocation on the heap in the SSA column lights its uses there, its
    /// variable in the source and the syntax tree, its decision (with the explanation shown in
    /// the info box) and Go's -m=2 lines for it.</summary>
    [Fact]
    public async Task ClickingAHeapValueHighlightsItAcrossColumns()
    {
        var (page, watch) = await Open(Path.Combine(RepoRoot(), "examples", "traps.go"));
        await page.Locator("#fn-picker").SelectOptionAsync(new SelectOptionValue { Label = "counter" });
        var section = page.Locator("section.func:visible");
        var alloc = section.Locator(".col[data-col=ssa] span.ins:has(.badge.heap)").First;
        string text = await alloc.InnerTextAsync();
        Assert.Contains("new int (n)", text);
        await alloc.Locator(".badge").ClickAsync();
        // For people to look at: MINIGO_SCREENSHOTS=DIR keeps a picture of the selection.
        if (Environment.GetEnvironmentVariable("MINIGO_SCREENSHOTS") is { Length: > 0 } shots)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "traps-counter.png") });

        async Task<int> Lit(string col) => await section.Locator($".col[data-col={col}] .hl, .col[data-col={col}] .sel").CountAsync();
        Assert.True(await Lit("ssa") >= 3, "the value and at least two of its uses (the closure binding, the closure's free variable)");
        Assert.True(await Lit("source") >= 2, "the declaration of n and its uses in the source");
        Assert.True(await Lit("ast") >= 2, "the Name nodes of n in the syntax tree");
        Assert.True(await Lit("naive") >= 1, "n's Alloc in the naive form");
        Assert.True(await Lit("escape") >= 1, "n's decision and graph node");
        Assert.True(await Lit("m2") >= 1, "Go's 'moved to heap: n' and its flow lines");
        var m2 = string.Join("\n", await section.Locator(".col[data-col=m2] .msg.hl").AllInnerTextsAsync());
        Assert.Contains("moved to heap: n", m2);
        // The highlighted source tokens say n, and nothing else.
        var tokens = await section.Locator(".col[data-col=source] .t.hl").AllInnerTextsAsync();
        Assert.All(tokens, t => Assert.Equal("n", t));

        // The info box tells why.
        var info = page.Locator("#info");
        Assert.True(await info.IsVisibleAsync());
        Assert.Contains("Decision: heap", await info.InnerTextAsync());

        // Clicking a use of the value (an operand) lights the same set.
        int before = await section.Locator(".hl").CountAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await page.Locator(".hl").CountAsync());
        var use = section.Locator(".col[data-col=ssa] span.ins:not(:has(.badge)) .v", new() { HasTextString = text.Trim().Split(' ')[0] }).First;
        await use.ClickAsync();
        Assert.Equal(before, await section.Locator(".hl").CountAsync());
        Assert.Empty(watch.Errors);
        await page.CloseAsync();
    }

    /// <summary>Clicking a syntax-tree node marks its whole source range; a source token lights
    /// the SSA values made there.</summary>
    [Fact]
    public async Task ClickingAnAstNodeMarksItsSourceRange()
    {
        var (page, watch) = await Open(Path.Combine(RepoRoot(), "examples", "traps.go"), func: "squares");
        var section = page.Locator("section.func:visible");
        var call = section.Locator(".col[data-col=ast] .node", new() { HasTextString = "CallExpr 53:15" });
        await call.ClickAsync();
        var range = string.Concat(await section.Locator(".col[data-col=source] .t.rng, .col[data-col=source] .t.sel, .col[data-col=source] .t.hl").AllInnerTextsAsync());
        Assert.Equal("append(out,i*i)", range);
        Assert.True(await section.Locator(".col[data-col=ssa] .ins.hl").CountAsync() >= 1, "the append call in SSA");

        // A variable in the source: its Name nodes, and the SSA values that stand for it.
        await section.Locator(".col[data-col=source] .t", new() { HasTextString = "out" }).First.ClickAsync();
        var names = await section.Locator(".col[data-col=ast] .node.hl").AllInnerTextsAsync();
        Assert.Equal(["Name out 51:2", "Name out 53:3", "Name out 53:16", "Name out 55:9"], names);
        Assert.True(await section.Locator(".col[data-col=naive] .ins.hl").CountAsync() >= 3, "out's Alloc, Loads and Stores");
        Assert.True(await section.Locator(".col[data-col=ssa] .ins.hl").CountAsync() >= 2, "out's values (make, phi, append)");
        Assert.Empty(watch.Errors);
        await page.CloseAsync();
    }

    /// <summary>Without Graphviz the graph is shown as tables, and its rows link like the rest.</summary>
    [Fact]
    public async Task WithoutDotTheGraphIsATable()
    {
        var (page, watch) = await Open(Path.Combine(RepoRoot(), "examples", "traps.go"), dot: false, func: "counter");
        var section = page.Locator("section.func:visible");
        Assert.Equal(0, await section.Locator("svg").CountAsync());
        var row = section.Locator(".col[data-col=escape] table.locs tr[data-k]", new() { HasTextString = "moved to heap" }).First;
        Assert.Contains("\tn\t", await row.InnerTextAsync());
        await row.ClickAsync();
        var tokens = await section.Locator(".col[data-col=source] .t.hl").AllInnerTextsAsync();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal("n", t));
        Assert.True(await section.Locator(".col[data-col=escape] table.edges tr.hl").CountAsync() >= 1, "the edges of n");
        Assert.Empty(watch.Errors);
        await page.CloseAsync();
    }

    /// <summary>A program whose strings and comments hold HTML and script: the page shows them
    /// as text, runs no script of theirs and opens no dialog, even when they are clicked.</summary>
    [Fact]
    public async Task ProgramTextThatLooksLikeHtmlStaysInert()
    {
        const string probe = "</script><script>alert(1)</script>";
        string go = $$"""
            package main

            // {{probe}} <img src=x onerror=alert(2)>
            /* {{probe}} */

            type T struct{ s string }

            func show(s string) *T {
            	t := &T{s: s + "{{probe}}"}
            	return t
            }

            func main() {
            	x := "<img src=x onerror=alert(3)>{{probe}}"
            	println(show(x).s, `{{probe}}`)
            }

            """;
        string file = Path.Combine(chromium.Dir, "xss_probe.go");
        File.WriteAllText(file, go);
        foreach (bool dot in new[] { true, false })
        {
            var (page, watch) = await Open(file, dot);
            foreach (var id in new[] { "f0", "f1" })
            {
                await page.Locator("#fn-picker").SelectOptionAsync(id);
                var section = page.Locator($"section#{id}");
                // Clicking copies explanations into the info box: the one place the script writes text.
                foreach (var t in await section.Locator(".t.str").AllAsync()) await t.ClickAsync();
                foreach (var w in await section.Locator(".why .head").AllAsync()) await w.ClickAsync();
                Assert.Equal(0, await page.Locator("#info *:not(div.title):not(pre)").CountAsync());
                Assert.Contains(probe, await section.Locator(".col[data-col=source]").InnerTextAsync());
            }
            await page.Locator("#fn-picker").SelectOptionAsync("f1");
            Assert.Contains("<img src=x onerror=alert(3)>", await page.Locator("section#f1 .col[data-col=source]").InnerTextAsync());
            Assert.Contains(probe, await page.Locator("section#f1 .col[data-col=ssa]").InnerTextAsync());
            Assert.Equal(1, await page.Locator("script").CountAsync());
            Assert.Equal(0, await page.Locator("img").CountAsync());
            Assert.Empty(watch.Dialogs);
            Assert.Empty(watch.Errors);
            await page.CloseAsync();
        }
    }
}
