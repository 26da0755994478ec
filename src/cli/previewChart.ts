/**
 * The preview draws each chart the add-on inserted, from the chart's own range and options as the
 * tab holds them (what Sheets would draw): bars, and lines for the series the options mark so.
 * `chartsOf` runs in the preview server; `CHART_SCRIPT` is the page's drawing code (SVG, labels
 * as text nodes).
 */
import { parseA1 } from '../core/a1';
import type { FakeSheet } from '../fake/spreadsheet';

export interface PreviewChart {
  title: string;
  /** Header row first: the label column, then one name per series. */
  rows: (string | number)[][];
  /** 0-based series drawn as lines. */
  lines: number[];
  percent: boolean;
}

export function chartsOf(sheet: FakeSheet): PreviewChart[] {
  return sheet._charts.flatMap((chart) => {
    const range = parseA1(chart._ranges[0] ?? '');
    if (!range) return [];
    const rows: (string | number)[][] = [];
    for (let r = 0; r < range.rows; r++) {
      const line: (string | number)[] = [];
      for (let c = 0; c < range.columns; c++) {
        const v = sheet._value(range.row + r, range.column + c);
        line.push(typeof v === 'number' ? v : String(v ?? ''));
      }
      rows.push(line);
    }
    const options = chart._options as {
      title?: string;
      series?: Record<string, { type?: string }>;
      vAxis?: { format?: string };
    };
    const lines = Object.entries(options.series ?? {})
      .filter(([, s]) => s.type === 'line')
      .map(([i]) => Number(i));
    return [{ title: options.title ?? '', rows, lines, percent: options.vAxis?.format === 'percent' }];
  });
}

/** Defines `drawChart(chart)` in the page: an SVG element for one PreviewChart. */
export const CHART_SCRIPT = `
function drawChart(chart) {
  const NS = 'http://www.w3.org/2000/svg';
  const make = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const k in attrs) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    return n;
  };
  const [header, ...data] = chart.rows;
  const series = header.slice(1).map((name, i) => ({
    name: String(name), line: chart.lines.includes(i), values: data.map((r) => Number(r[i + 1]) || 0),
  }));
  let top = 0;
  for (const s of series) for (const v of s.values) top = Math.max(top, v);
  top = top > 0 ? top * 1.1 : 1;
  const W = 560, H = 260, left = 50, bottom = 60, plotH = H - bottom - 30;
  const slot = (W - left - 10) / Math.max(1, data.length);
  const y = (v) => 30 + plotH - (v / top) * plotH;
  const label = (v) => (chart.percent ? Math.round(v * 100) + '%' : String(Math.round(v * 10) / 10));
  const height = H + 20 * series.length;
  const svg = make('svg', { width: W, height, role: 'img', 'aria-label': chart.title });
  svg.setAttribute('class', 'chart');
  svg.append(make('text', { x: left, y: 18, 'font-weight': 'bold' }, chart.title));
  svg.append(make('line', { x1: left, y1: y(0), x2: W - 10, y2: y(0), stroke: '#999' }));
  for (const tick of [0, top / 2, top]) {
    svg.append(make('text', { x: 4, y: y(tick) + 4, 'font-size': 10 }, label(tick)));
  }
  const colours = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc'];
  const bars = series.filter((s) => !s.line);
  const bw = (slot * 0.7) / Math.max(1, bars.length);
  data.forEach((row, i) => {
    bars.forEach((s, k) => {
      const x = left + i * slot + slot * 0.15 + k * bw;
      const fill = colours[series.indexOf(s) % 5];
      svg.append(make('rect', { x, y: y(s.values[i]), width: bw, height: y(0) - y(s.values[i]), fill }));
    });
    const middle = left + i * slot + slot / 2;
    const at = { x: middle, y: y(0) + 14, 'font-size': 10, 'text-anchor': 'middle' };
    svg.append(make('text', at, String(row[0])));
  });
  series.forEach((s, k) => {
    if (s.line) {
      const points = s.values.map((v, i) => left + i * slot + slot / 2 + ',' + y(v)).join(' ');
      svg.append(make('polyline', { points, fill: 'none', stroke: colours[k % 5], 'stroke-width': 2 }));
    }
    svg.append(make('rect', { x: left, y: H + 20 * k - 10, width: 12, height: 12, fill: colours[k % 5] }));
    const name = s.name + (s.line ? ' (line)' : '');
    svg.append(make('text', { x: left + 18, y: H + 20 * k, 'font-size': 11 }, name));
  });
  return svg;
}`;
