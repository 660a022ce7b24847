using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;

namespace MiniGo.Cli.Html;

/// <summary>
/// Turns a Graphviz graph into inline SVG with Graphviz's <c>dot</c>, when it is installed.
/// Without it (or with <c>--no-dot</c>) <see cref="Svg"/> returns null and the page shows the
/// graph as tables instead. Each node of the SVG gets the page's link keys (<c>data-k</c>), so
/// that clicking a location highlights its variable everywhere; its tooltip says why the
/// location ends up where it does.
/// </summary>
public sealed class GraphRenderer
{
    private readonly string? _dot;
    private const double Scale = 0.67;

    /// <summary>Why there is no SVG (no dot found, or switched off), or null when there is.</summary>
    public string? Unavailable { get; private set; }

    private GraphRenderer(string? dot, string? unavailable) { _dot = dot; Unavailable = unavailable; }

    public static GraphRenderer None(string reason) => new(null, reason);

    /// <summary>The <c>dot</c> on PATH, or one without it.</summary>
    public static GraphRenderer FromPath()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot");
            if (System.IO.File.Exists(candidate)) return new GraphRenderer(candidate, null);
        }
        return None("Graphviz dot is not installed (apt-get install graphviz)");
    }

    /// <summary>SVG already drawn by <see cref="Prepare"/>, by dot text.</summary>
    private readonly Dictionary<string, string> _drawn = new();

    /// <summary>Draws many graphs with one run of dot (which takes a good part of a second to
    /// start, and accepts several graphs in one input, writing one SVG document each), for the
    /// <see cref="Svg"/> calls that follow. If that fails, each graph is drawn on its own.</summary>
    public void Prepare(IEnumerable<string> dotTexts)
    {
        var todo = dotTexts.Distinct().Where(d => !_drawn.ContainsKey(d)).ToList();
        if (_dot == null || todo.Count < 2) return;
        string? all = Run(string.Concat(todo));
        if (all == null) return;
        var docs = all.Split("<?xml", StringSplitOptions.RemoveEmptyEntries).Where(d => d.Trim().Length > 0).Select(d => "<?xml" + d).ToList();
        if (docs.Count != todo.Count) return;
        for (int i = 0; i < todo.Count; i++) _drawn[todo[i]] = docs[i];
    }

    /// <param name="nodeInfo">for a node name of the dot text: its keys and tooltip, or null.</param>
    public string? Svg(string dotText, Func<string, (string Keys, string Title)?> nodeInfo)
    {
        if (_dot == null) return null;
        if (!_drawn.TryGetValue(dotText, out var svg))
        {
            svg = Run(dotText);
            if (svg == null) return null;
        }
        return Annotate(svg, nodeInfo);
    }

    /// <summary>dot's output for <paramref name="dotText"/>, or null (with <see cref="Unavailable"/> set).</summary>
    private string? Run(string dotText)
    {
        try
        {
            var psi = new ProcessStartInfo(_dot!, "-Tsvg")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var errors = p.StandardError.ReadToEndAsync();
            p.StandardInput.Write(dotText);
            p.StandardInput.Close();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                Unavailable = "Graphviz dot took longer than 60 s";
                return null;
            }
            if (p.ExitCode != 0)
            {
                Unavailable = $"Graphviz dot failed: {errors.Result.Trim()}";
                return null;
            }
            return output.Result;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            Unavailable = $"Graphviz dot could not run: {e.Message}";
            return null;
        }
    }

    /// <summary>Parses dot's SVG (never fetching its DTD), drops the XML prolog and element
    /// ids (several graphs share one page), and adds the link keys and tooltips to the nodes.
    /// Re-serialising through XML also guarantees the text in it is escaped.</summary>
    private static string Annotate(string svg, Func<string, (string Keys, string Title)?> nodeInfo)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        var root = XElement.Load(reader);
        XNamespace ns = "http://www.w3.org/2000/svg";
        foreach (var e in root.DescendantsAndSelf()) e.Attribute("id")?.Remove();
        foreach (var a in root.Descendants(ns + "a").ToList()) a.ReplaceWith(a.Nodes());
        foreach (var g in root.Descendants(ns + "g"))
        {
            if ((string?)g.Attribute("class") != "node") continue;
            var title = g.Element(ns + "title");
            if (title == null || nodeInfo(title.Value) is not { } info) continue;
            g.SetAttributeValue("data-k", info.Keys);
            title.Value = info.Title;
        }
        root.Element(ns + "title")?.Remove();
        // dot draws 14pt text: shown at two thirds of that the graph fits a column better.
        foreach (var dim in new[] { "width", "height" })
            if (root.Attribute(dim)?.Value is { } v && v.EndsWith("pt") && double.TryParse(v[..^2], System.Globalization.CultureInfo.InvariantCulture, out double pt))
                root.SetAttributeValue(dim, (pt * Scale).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "pt");
        return root.ToString(SaveOptions.DisableFormatting);
    }
}
