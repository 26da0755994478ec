/**
 * `npm start`: the real sidebar (dist/gas/Sidebar.html) beside an in-memory spreadsheet loaded with
 * the example pre-assessment and weekly quiz (or the CSV files given as arguments, one tab each).
 * dist/gas/Code.js runs in a vm with the fake services as its globals, exactly as in the tests; a
 * google.script.run shim calls it over HTTP.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { displayText } from '../fake/display';
import { evaluateFormula, paint } from '../fake/formulas';
import { FakeServices, type FakeSheet } from '../fake/spreadsheet';
import { CHART_SCRIPT, chartsOf } from './previewChart';
import { type SourceTab, sourceTabs } from './sourceTabs';

const gas = path.join(__dirname, '..', 'gas'); // this file is dist/node/preview.js
const examples = path.join(__dirname, '..', '..', '..', 'shared', 'examples');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files =
  given.length > 0 ? given : ['jit-pre-assessment.csv', 'weekly-quiz.csv'].map((f) => path.join(examples, f));
const port = Number(process.env.PORT ?? 8080);

const services = new FakeServices({ Sidebar: readFileSync(path.join(gas, 'Sidebar.html'), 'utf8') });
// Formula cells compute as in Sheets (HyperFormula stands in for Sheets' own engine).
services.ss._evaluate = evaluateFormula;
// Each CSV as Sheets imports it (File > Import, converting text to numbers, dates and formulas):
// typed, so `4/4` becomes a date and `80%` a percent there, as in a teacher's real sheet.
// A OneRoster export (folder or zip) opens as one tab per class (sourceTabs.ts).
for (const file of files) {
  let found: SourceTab[] = [];
  try {
    found = sourceTabs(file);
  } catch (e) {
    console.error(`jit-intervention preview: ${(e as Error).message}`);
    process.exit(1);
  }
  for (const { name, grid, warnings } of found) {
    for (const warning of warnings) console.error(`jit-intervention preview: warning: ${warning}`);
    services.ss._typeSheet(
      name,
      grid.map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
  }
}
const context = vm.createContext({ ...services.globals() });
vm.runInContext(readFileSync(path.join(gas, 'Code.js'), 'utf8'), context, { filename: 'Code.gs' });

/**
 * The background each cell's conditional-format rules give it, as Sheets would paint it: the
 * rules' formulas evaluated by a real formula engine (src/fake/formulas.ts), the first matching
 * rule winning — so the preview shows what the formulas say, not what the engine reads.
 */
/**
 * The tab's cells as a rectangle over its data (a row typed shorter than the others is padded, as
 * in Sheets).
 */
function rectangle<T>(sheet: FakeSheet, pick: (row: number, column: number) => T): T[][] {
  const [rows, columns] = sheet._extent();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (__, c) => pick(r + 1, c + 1)),
  );
}

function highlights(sheet: FakeSheet): (string | null)[][] {
  const rules = (
    sheet._rules as unknown as { _formula?: string | null; _ranges?: string[]; _background?: string | null }[]
  ).filter((rule) => rule._formula && rule._ranges && rule._ranges.length > 0);
  if (rules.length === 0) return [];
  const values = rectangle(sheet, (r, c) => sheet._value(r, c));
  const formats = rectangle(sheet, (r, c) => sheet._cell(r, c).numberFormat);
  const display = values.map((line, r) => line.map((v, c) => displayText(v, formats[r][c])));
  const painted = paint(
    { values, formats, display },
    rules.map((rule) => ({ formula: rule._formula!, ranges: rule._ranges! })),
  );
  return painted.map((line) =>
    line.map((index) => (index === -1 ? null : (rules[index]._background ?? null))),
  );
}

function tabs() {
  const active = services.ss._sheets[services.ss._active];
  return services.ss._sheets.map((sheet) => {
    const painted = highlights(sheet);
    return {
      name: sheet.getName(),
      active: sheet === active,
      charts: sheet._charts.length,
      chartData: chartsOf(sheet),
      rows: rectangle(sheet, (r, c) => {
        const cell = sheet._cell(r, c);
        return {
          text: displayText(sheet._value(r, c), cell.numberFormat),
          bold: cell.fontWeight === 'bold',
          background: painted[r - 1]?.[c - 1] ?? cell.background,
        };
      }),
    };
  });
}

const SHIM = `<script>
window.google = { script: { run: (function make(ok, fail) {
  const target = {};
  return new Proxy(target, { get(_, name) {
    if (name === 'withSuccessHandler') return (f) => make(f, fail);
    if (name === 'withFailureHandler') return (f) => make(ok, f);
    return (...args) => fetch('/rpc/' + name, { method: 'POST', body: JSON.stringify(args) })
      .then((r) => r.json()).then((r) => {
        window.parent.postMessage('refresh', '*');
        r.error ? fail && fail(new Error(r.error)) : ok && ok(r.value);
      });
  } });
})() } };
</script>`;

const PAGE =
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>JIT Intervention — local preview</title>
<style>body{margin:0;display:flex;font:13px Arial,sans-serif;height:100vh}
iframe{width:300px;border:0;border-right:1px solid #ccc;height:100%;flex:none}
#sheet{flex:1;overflow:auto;padding:8px}nav button{margin:0 4px 6px 0}table{border-collapse:collapse}
td{border:1px solid #e0e0e0;padding:2px 6px;white-space:nowrap}</style></head>
<body><iframe id="sidebar" title="JIT Intervention sidebar" src="/sidebar"></iframe>` +
  '<div id="sheet"><nav id="tabs" aria-label="Tabs"></nav><div id="grid"></div></div>' +
  `
<script>
// The tab shown is the spreadsheet's active tab; clicking a tab activates it, as in Sheets, so the
// sidebar's next action reads it.
async function refresh() {
  const tabs = await (await fetch('/tabs')).json();
  const current = (tabs.find((t) => t.active) ?? tabs[0]).name;
  const nav = document.getElementById('tabs'); nav.replaceChildren();
  for (const t of tabs) {
    const b = document.createElement('button'); b.textContent = t.name; b.dataset.tab = t.name;
    b.setAttribute('aria-pressed', String(t.name === current));
    b.onclick = async () => {
      await fetch('/activate', { method: 'POST', body: JSON.stringify(t.name) });
      refresh();
    };
    nav.append(b);
  }
  const tab = tabs.find((t) => t.name === current);
  const table = document.createElement('table'); table.id = 'tab-' + tab.name.replace(/\\W+/g, '-');
  for (const row of tab.rows) {
    const tr = table.insertRow();
    for (const cell of row) {
      const td = tr.insertCell(); td.textContent = cell.text;
      if (cell.bold) td.style.fontWeight = 'bold';
      if (cell.background) td.style.background = cell.background;
    }
  }
  const grid = document.getElementById('grid'); grid.replaceChildren(table);
  if (tab.charts) {
    const p = document.createElement('p'); p.textContent = '(' + tab.charts + ' chart on this tab)';
    grid.append(p);
  }
  for (const c of tab.chartData) grid.append(drawChart(c));
}
${CHART_SCRIPT}
window.addEventListener('message', (e) => { if (e.data === 'refresh') refresh(); });
refresh();
</script></body></html>`;

const server = http.createServer((req, res) => {
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
    res.end(body);
  };
  if (req.method === 'GET' && req.url === '/') return send(200, 'text/html', PAGE);
  if (req.method === 'GET' && req.url === '/sidebar') {
    const html = readFileSync(path.join(gas, 'Sidebar.html'), 'utf8');
    return send(200, 'text/html', html.replace('<head>', `<head>${SHIM}`));
  }
  if (req.method === 'GET' && req.url === '/tabs')
    return send(200, 'application/json', JSON.stringify(tabs()));
  if (req.method === 'POST' && req.url === '/activate') {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      // The teacher clicked a tab: Sheets makes it the active sheet (what getActiveSheet returns next).
      let sheet = null;
      try {
        sheet = services.ss.getSheetByName(String(JSON.parse(body)));
      } catch {
        // not JSON: no such tab
      }
      if (sheet) services.ss.setActiveSheet(sheet);
      send(sheet ? 200 : 404, 'text/plain', sheet ? 'ok' : 'No such tab');
    });
    return undefined;
  }
  const rpc = /^\/rpc\/(\w+)$/.exec(req.url ?? '');
  if (req.method === 'POST' && rpc) {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      try {
        const fn = context[rpc[1]];
        if (typeof fn !== 'function') throw new Error(`No server function ${rpc[1]}.`);
        send(
          200,
          'application/json',
          JSON.stringify({
            value: fn.apply(context, JSON.parse(body || '[]')) /* google.script.run's few arguments */,
          }),
        );
      } catch (e) {
        send(200, 'application/json', JSON.stringify({ error: (e as Error).message }));
      }
    });
    return undefined;
  }
  return send(404, 'text/plain', 'Not found');
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(
    `JIT Intervention preview of ${files.map((f) => path.basename(f)).join(', ')}: ` +
      `http://127.0.0.1:${actual}/`,
  );
});
