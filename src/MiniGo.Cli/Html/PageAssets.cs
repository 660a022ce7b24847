namespace MiniGo.Cli.Html;

/// <summary>The page's inline style sheet and script. The script holds no program data (all of
/// it is in the escaped HTML), so the page's Content Security Policy can allow exactly this
/// script by its hash and nothing else.</summary>
public static class PageAssets
{
    public const string Style = """

        :root { --hl: #ffe58a; --sel: #f0a500; --rng: #dbeafe; --heap: #c62828; --stack: #2e7d32; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1f2328; background: #f6f8fa; }
        header { padding: 8px 14px; background: #fff; border-bottom: 1px solid #d0d7de; }
        h1 { font-size: 18px; margin: 0 16px 0 0; display: inline-block; }
        .picker { font-weight: 600; }
        .picker select { font: inherit; font-family: ui-monospace, monospace; margin-left: 4px; }
        .help { margin: 6px 0 0; color: #57606a; font-size: 13px; }
        kbd { border: 1px solid #d0d7de; border-radius: 3px; padding: 0 3px; font-size: 12px; }
        h2.sig { font: 600 15px ui-monospace, monospace; margin: 10px 14px 6px; }
        .columns { display: flex; align-items: stretch; gap: 8px; padding: 0 14px 14px; overflow-x: auto; height: calc(100vh - 150px); min-height: 320px; }
        .col { flex: 0 0 auto; display: flex; flex-direction: column; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; min-width: 0; max-width: 900px; }
        .col[data-col=source] { width: 42ch; } .col[data-col=ast] { width: 44ch; }
        .col[data-col=naive], .col[data-col=ssa] { width: 88ch; } .col[data-col=escape] { width: 70ch; } .col[data-col=m2] { width: 80ch; }
        .col h3 { margin: 0; padding: 6px 8px; font-size: 13px; background: #eaeef2; border-bottom: 1px solid #d0d7de; cursor: pointer; user-select: none; white-space: nowrap; border-radius: 6px 6px 0 0; }
        .col h3 small { font-weight: normal; color: #57606a; margin-left: 4px; }
        .col .body { overflow: auto; flex: 1; padding: 6px 8px; }
        .col.folded { width: 2.2em !important; }
        .col.folded .body { display: none; }
        .col.folded h3 { writing-mode: vertical-rl; height: 100%; border-radius: 6px; border: 0; }
        pre { margin: 0; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; tab-size: 4; }
        pre .ln { display: inline-block; width: 3.2em; color: #8c959f; user-select: none; }
        .src .kw { color: #8250df; } .src .str { color: #0a3069; } .src .num { color: #0550ae; } .src .cm { color: #6e7781; font-style: italic; }
        .ast .tree { color: #8c959f; }
        .ssa .blk { color: #0550ae; font-weight: 600; } .ssa .hdr { color: #6e7781; }
        .ssa .v { text-decoration: underline dotted #8c959f; }
        [data-k] { cursor: pointer; border-radius: 2px; }
        [data-k]:hover { outline: 1px solid #afb8c1; }
        .hl { background: var(--hl) !important; }
        .sel { background: var(--hl) !important; outline: 2px solid var(--sel) !important; }
        .rng { background: var(--rng); }
        .rng.hl, .rng.sel { background: var(--hl) !important; }
        .badge { display: inline-block; font: 600 11px system-ui, sans-serif; padding: 0 5px; border-radius: 8px; color: #fff; vertical-align: 1px; }
        .badge.heap { background: var(--heap); } .badge.stack { background: var(--stack); }
        h4 { margin: 8px 0 4px; font-size: 13px; }
        .why { border: 1px solid #d0d7de; border-radius: 4px; margin: 4px 0; padding: 3px 6px; }
        .why .explain { display: none; white-space: pre-wrap; margin-top: 4px; }
        .why.sel .explain, .why.hl .explain { display: block; }
        .why small { color: #57606a; }
        .note { color: #57606a; font-size: 12px; margin: 4px 0; }
        .empty { color: #57606a; font-style: italic; }
        .graph svg { max-width: none; height: auto; }
        .graph g.node { cursor: pointer; }
        .graph g.node.hl polygon, .graph g.node.hl ellipse, .graph g.node.sel polygon, .graph g.node.sel ellipse { fill: var(--hl); stroke: var(--sel); stroke-width: 3px; }
        table { border-collapse: collapse; font: 12px ui-monospace, monospace; margin: 6px 0; }
        caption { text-align: left; font: 600 12px system-ui, sans-serif; padding: 2px 0; }
        th, td { border: 1px solid #d0d7de; padding: 1px 5px; text-align: left; }
        tr.esc td:nth-child(2) { color: var(--heap); font-weight: 600; }
        td.addr { color: var(--heap); }
                #info { position: fixed; right: 12px; bottom: 12px; width: min(640px, 60vw); max-height: 45vh; overflow: auto; background: #fff; border: 1px solid #8c959f; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px; z-index: 10; }
        #info pre { white-space: pre-wrap; }
        #info .title { font: 600 12px ui-monospace, monospace; margin-bottom: 4px; }
        #info { cursor: pointer; }

        """;

    /// <summary>Click handling: every element with <c>data-k</c> is indexed by its keys; a click
    /// highlights the elements sharing a key with the clicked one (in the same function), marks
    /// the source range in <c>data-r</c>, and shows the escape decisions it lit in the info box.</summary>
    public const string Script = """

        (function () {
          'use strict';
          var picker = document.getElementById('fn-picker');
          var info = document.getElementById('info');
          var sections = Array.prototype.slice.call(document.querySelectorAll('section.func'));
          var indexes = {};
          function index(sec) {
            if (indexes[sec.id]) return indexes[sec.id];
            var m = new Map();
            sec.querySelectorAll('[data-k]').forEach(function (el) {
              el.getAttribute('data-k').split(' ').forEach(function (k) {
                if (!k) return;
                if (!m.has(k)) m.set(k, []);
                m.get(k).push(el);
              });
            });
            return (indexes[sec.id] = m);
          }
          function clear() {
            document.querySelectorAll('.hl, .sel, .rng').forEach(function (el) { el.classList.remove('hl', 'sel', 'rng'); });
            info.hidden = true;
            info.textContent = '';
          }
          function select(el) {
            clear();
            var sec = el.closest('section.func');
            var m = index(sec);
            var lit = [];
            el.getAttribute('data-k').split(' ').forEach(function (k) {
              (m.get(k) || []).forEach(function (x) { if (!x.classList.contains('hl')) { x.classList.add('hl'); lit.push(x); } });
            });
            el.classList.add('sel');
            var r = el.getAttribute('data-r');
            if (r) {
              var ab = r.split('-'), a = +ab[0], b = +ab[1];
              sec.querySelectorAll('.src [data-o]').forEach(function (t) {
                var o = +t.getAttribute('data-o');
                if (o >= a && o <= b) t.classList.add('rng');
              });
            }
            var whys = lit.filter(function (x) { return x.classList.contains('why'); });
            if (el.classList.contains('why') && whys.indexOf(el) < 0) whys.push(el);
            var first = lit.filter(function (x) { return x !== el && !x.classList.contains('why'); })[0];
            if (first) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            var title = document.createElement('div');
            title.className = 'title';
            title.textContent = (el.textContent || '').trim().slice(0, 200) + '  (' + lit.length + ' highlighted)';
            info.appendChild(title);
            whys.forEach(function (w) {
              var pre = document.createElement('pre');
              pre.textContent = w.querySelector('.explain').textContent;
              info.appendChild(pre);
            });
            info.hidden = false;
          }
          function show(id) {
            clear();
            sections.forEach(function (s) { s.hidden = s.id !== id; });
            if (picker) picker.value = id;
          }
          if (picker) picker.addEventListener('change', function () { show(picker.value); history.replaceState(null, '', '#' + picker.value); });
          var wanted = location.hash.slice(1);
          if (wanted && document.getElementById(wanted)) show(wanted);
          document.addEventListener('click', function (e) {
            if (e.target.closest('#info')) { info.hidden = true; return; }
            var h = e.target.closest('.col > h3');
            if (h) {
              var col = h.parentElement.getAttribute('data-col');
              var fold = !h.parentElement.classList.contains('folded');
              document.querySelectorAll('.col[data-col="' + col + '"]').forEach(function (c) { c.classList.toggle('folded', fold); });
              return;
            }
            var el = e.target.closest('[data-k]');
            if (!el || !el.closest('section.func')) return;
            if (el.classList.contains('sel')) { clear(); return; }
            select(el);
          });
          document.addEventListener('keydown', function (e) { if (e.key === 'Escape') clear(); });
        })();

        """;
}
