/**
 * The preview draws each chart the add-on inserted from what the add-on sent Sheets: its range and
 * its options (`seriesType`, `series`, `hAxis`, `vAxis`), as the tab holds them. Combo charts
 * (the only kind the add-on inserts): bars, each labelled with its row's first cell below it
 * (slanted when wider than its slot, as Sheets slants crowded labels), and lines for the series the
 * options mark so (all of them when `seriesType` is `line`); a line that holds one value throughout
 * over bars (the Class Check's 10% and 20% limits) is labelled with that value at its end. An axis
 * whose format is `percent` is labelled in percent, `0` in whole numbers, `0.00` to two places;
 * axis titles are drawn beside their axis. A cell that is not a number (a skill an assessment did
 * not have) draws no bar. `chartsOf` runs in the preview server; `CHART_SCRIPT` is the page's
 * drawing code (SVG, labels as text nodes).
 */
import { parseA1 } from '../core/a1';
import type { FakeSheet } from '../fake/spreadsheet';

export interface PreviewAxis {
  title: string;
  min: number | null;
  max: number | null;
  percent: boolean;
  /** Format `0`: whole numbers only (the department check's counts of classes). */
  whole: boolean;
  /** Format `0.00` (or another count of zeros): that many decimal places (the item shares). */
  decimals: number | null;
}

export interface PreviewChart {
  type: 'combo';
  title: string;
  /** Header row first: the label column, then one name per series. */
  rows: (string | number)[][];
  /** 0-based series drawn as lines. */
  lines: number[];
  h: PreviewAxis;
  v: PreviewAxis;
}

interface AxisOption {
  title?: string;
  format?: string;
  minValue?: number;
  maxValue?: number;
}

interface ChartOptions {
  title?: string;
  seriesType?: string;
  series?: Record<string, { type?: string }>;
  hAxis?: AxisOption;
  vAxis?: AxisOption;
}

const axis = (a: AxisOption | undefined): PreviewAxis => ({
  title: a?.title ?? '',
  min: typeof a?.minValue === 'number' ? a.minValue : null,
  max: typeof a?.maxValue === 'number' ? a.maxValue : null,
  percent: a?.format === 'percent',
  whole: a?.format === '0',
  decimals: /^0\.0+$/.test(a?.format ?? '') ? a!.format!.length - 2 : null,
});

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
    const options = chart._options as ChartOptions;
    const seriesCount = range.columns - 1;
    const lines =
      options.seriesType === 'line'
        ? Array.from({ length: seriesCount }, (_, i) => i)
        : Object.entries(options.series ?? {})
            .filter(([, s]) => s.type === 'line')
            .map(([i]) => Number(i));
    return [
      {
        type: 'combo',
        title: options.title ?? '',
        rows,
        lines,
        h: axis(options.hAxis),
        v: axis(options.vAxis),
      },
    ];
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
  // Ticks at a round step, at most 5 of them between the axis's ends (whole steps on a whole axis).
  const niceStep = (span, whole) => {
    const steps = whole ? [1, 2, 5] : [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5];
    for (let scale = 1; ; scale *= 10)
      for (const s of steps) if (span / (s * scale) <= 5) return s * scale;
  };
  const format = (ax, v) => {
    if (ax.percent) return Math.round(v * 100) + '%';
    if (ax.decimals !== null) return v.toFixed(ax.decimals);
    return String(Math.round(v * 100) / 100);
  };
  const [header, ...data] = chart.rows;
  const colours = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc'];
  const W = 600, H = 280, left = 56, right = 60, top = 30, bottom = 60;
  const plotW = W - left - right, plotH = H - top - bottom;
  const svg = make('svg', { role: 'img', 'aria-label': chart.title, 'data-type': chart.type });
  svg.setAttribute('class', 'chart');
  svg.append(make('text', { x: left, y: 18, 'font-weight': 'bold' }, chart.title));
  // The vertical range: the options' own ends, else 0 up to a round step above the data.
  const vRange = (values) => {
    let hi = chart.v.max, lo = chart.v.min ?? 0;
    if (hi === null) {
      let m = lo;
      for (const v of values) m = Math.max(m, v);
      const step = niceStep(m - lo || 1, chart.v.whole);
      hi = lo + Math.ceil((m - lo || 1) / step + 0.001) * step;
    }
    return [lo, hi];
  };
  const series = header.slice(1).map((name, i) => ({
    name: String(name), line: chart.lines.includes(i),
    values: data.map((r) => (typeof r[i + 1] === 'number' ? r[i + 1] : null)),
  }));
  const all = [];
  for (const s of series) for (const v of s.values) if (v !== null) all.push(v);
  const [vLo, vHi] = vRange(all);
  const y = (v) => top + plotH - ((v - vLo) / (vHi - vLo)) * plotH;
  const vStep = niceStep(vHi - vLo, chart.v.whole);
  for (let t = vLo; t <= vHi + 1e-9; t += vStep) {
    const tick = Math.round(t * 1e6) / 1e6;
    svg.append(make('line', { x1: left, y1: y(tick), x2: left + plotW, y2: y(tick), stroke: '#eee' }));
    svg.append(make('text', { x: left - 6, y: y(tick) + 4, 'font-size': 10, 'text-anchor': 'end' },
      format(chart.v, tick)));
  }
  if (chart.v.title) {
    const at = { x: 12, y: top + plotH / 2, 'font-size': 11, 'text-anchor': 'middle',
      transform: 'rotate(-90 12 ' + (top + plotH / 2) + ')' };
    svg.append(make('text', at, chart.v.title));
  }
  const slot = plotW / Math.max(1, data.length);
  // A category label about 6 px a character: slanted when wider than its slot (about half its
  // width deep then), and the chart grown to hold it and the axis title below.
  let longest = 0;
  for (const row of data) longest = Math.max(longest, String(row[0]).length * 6);
  const slant = longest > slot;
  const labelDepth = slant ? longest / 2 + 12 : 16;
  const legendTop = Math.max(H, top + plotH + labelDepth + (chart.h.title ? 24 : 0) + 20);
  svg.append(make('line', { x1: left, y1: y(vLo), x2: left + plotW, y2: y(vLo), stroke: '#999' }));
  const bars = series.filter((s) => !s.line);
  const bw = (slot * 0.7) / Math.max(1, bars.length);
  data.forEach((row, i) => {
    bars.forEach((s, k) => {
      if (s.values[i] === null) return;
      const bx = left + i * slot + slot * 0.15 + k * bw;
      const fill = colours[series.indexOf(s) % 5];
      const bar = make('rect', { x: bx, y: y(s.values[i]), width: bw, height: y(vLo) - y(s.values[i]), fill,
        class: 'bar' });
      bar.append(make('title', {}, String(row[0]) + ': ' + format(chart.v, s.values[i])));
      svg.append(bar);
    });
    const cx = left + i * slot + slot / 2;
    const at = slant
      ? { x: cx, y: y(vLo) + 12, 'font-size': 10, 'text-anchor': 'end',
          transform: 'rotate(-30 ' + cx + ' ' + (y(vLo) + 12) + ')', class: 'category' }
      : { x: cx, y: y(vLo) + 14, 'font-size': 10, 'text-anchor': 'middle', class: 'category' };
    svg.append(make('text', at, String(row[0])));
  });
  if (chart.h.title) {
    const below = { x: left + plotW / 2, y: y(vLo) + labelDepth + 14, 'font-size': 11,
      'text-anchor': 'middle' };
    svg.append(make('text', below, chart.h.title));
  }
  series.forEach((s, k) => {
    const colour = colours[k % 5];
    if (s.line) {
      // A limit (one value throughout) spans the whole plot, as a reference line labelled with it.
      // (Only beside bars: on a chart of lines alone, a flat line is a series that did not change.)
      const flat = bars.length > 0 && s.values.length > 0 && s.values.every((v) => v === s.values[0]);
      const at = flat
        ? [[left, s.values[0]], [left + plotW, s.values[0]]]
        : s.values.map((v, i) => [left + i * slot + slot / 2, v]);
      // One polyline per run of numbers: a gap stays a gap.
      const runs = [[]];
      for (const p of at) {
        if (p[1] === null) runs.push([]);
        else runs[runs.length - 1].push(p);
      }
      const stroke = { fill: 'none', stroke: colour, 'stroke-width': 2, class: 'line' };
      for (const run of runs) {
        const [px, v] = run[0] ?? [0, 0];
        if (run.length === 1) svg.append(make('circle', { cx: px, cy: y(v), r: 3, fill: colour }));
        if (run.length < 2) continue;
        const points = run.map(([px, v]) => px + ',' + y(v)).join(' ');
        svg.append(make('polyline', Object.assign({ points }, stroke)));
      }
      const shown = at.filter((p) => p[1] !== null);
      if (shown.length > 0) {
        const [endX, endV] = shown[shown.length - 1];
        const words = flat ? format(chart.v, s.values[0]) : s.name;
        const label = { x: endX + 4, y: y(endV) + 4, 'font-size': 11, fill: colour, class: 'line-label' };
        svg.append(make('text', label, words));
      }
    }
    svg.append(make('rect', { x: left, y: legendTop + 20 * k - 10, width: 12, height: 12, fill: colour }));
    // The series' name alone, as Sheets' legend shows it: its swatch and the chart say line or bar.
    const at = { x: left + 18, y: legendTop + 20 * k, 'font-size': 11, class: 'legend' };
    svg.append(make('text', at, s.name));
  });
  svg.setAttribute('width', W);
  svg.setAttribute('height', legendTop + 20 * series.length);
  return svg;
}`;
