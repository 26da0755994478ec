/**
 * The sidebar: what was detected (correctable), the class check as a table and a bar chart
 * with the band lines, the stations, and the buttons. Names are always text nodes.
 */
import type { ItemView } from '../../core/itemView';
import { FIGURE_WORDS, groupLine } from '../../core/itemWords';
import type { PATTERN_WORDS as PATTERN } from '../../core/patterns';
import {
  effectivenessLine,
  hasSections,
  sectionPrefix,
  NOT_SAVED,
  nameList,
  percent as pct,
  skillGroupLine,
  stationLines,
  strugglingChange,
  LOW_DATA_ADVICE,
  LOW_DATA_WORD,
  TIER_ADVICE,
  TIER_WORD,
  UNGROUPED_CHECK,
  warningCount,
} from '../../core/tierWords';
import { keepOperators } from '../../core/headerText';
import type { Tier } from '../../core/types';
import type { ProgressView, SidebarState } from '../server';
import { departmentSection } from './department';
import { el, replace } from './dom';
import { call } from './rpc';
import { markShown, namedFields, renderSetup, restoreTyped, setupFromForm, typedFields } from './setup';

const $ = (id: string) => document.getElementById(id)!;
let state: SidebarState | null = null;
/** The button the teacher pressed: focus goes back to it, and its error shows beside it. */
let pressed: HTMLButtonElement | null = null;

/**
 * Marks the button a run starts from, and clears what the run before left: the message beside
 * its button and the fields its error marked.
 */
function press(button: HTMLButtonElement | null): void {
  pressed = button;
  for (const old of document.querySelectorAll('.button-error, .button-note')) old.remove();
  for (const field of document.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
  }
}

/** `words` beside the button pressed, where the teacher is looking (the status line is at the top). */
function beside(words: string, attrs: Record<string, string>): HTMLElement | null {
  if (!pressed) return null;
  const note = el('p', attrs, words);
  (pressed.closest('.buttons') ?? pressed).after(note);
  return note;
}

function setBusy(busy: boolean, message = ''): void {
  document.body.setAttribute('aria-busy', String(busy));
  for (const b of document.querySelectorAll('button')) (b as HTMLButtonElement).disabled = busy;
  // The status line (role=status) tells a screen reader; the same words show beside the button.
  $('status').textContent = busy ? 'Working…' : message;
  if (!busy && message) beside(message, { class: 'button-note' });
  // A disabled button drops the focus to <body>: give it back, so a keyboard user goes on from there.
  if (!busy && pressed?.isConnected) pressed.focus();
}

function showError(error: Error): void {
  setBusy(false);
  // A Save (or an action over unsaved edits) that did not save says so first, in the server's words.
  const notSaved = error.message.startsWith(NOT_SAVED.replace(/:$/, ''));
  const words = notSaved ? error.message : `Could not finish: ${error.message}`;
  const status = $('status');
  status.textContent = words;
  status.className = 'error';
  const note = beside(words, { class: 'button-error error', id: 'button-error' });
  // The fields the message names are marked, the message linked; the focus stays on the button.
  if (notSaved) {
    for (const field of namedFields(error.message, state)) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', note ? 'button-error' : 'status');
    }
  }
}

function chart(s: SidebarState): HTMLElement {
  const rows = s.classCheck.filter((r) => r.section === '(all)');
  const box = el('div', {
    class: 'chart',
    role: 'img',
    'aria-label':
      'Percent struggling per skill, ' +
      `with lines at ${pct(s.settings.lower)} and ${pct(s.settings.upper)}`,
  });
  // The band lines' labels, once above the bars: the lower one ends at its line, the upper one
  // starts at its own, so the two never overlap however close the limits are.
  const scale = el('div', { class: 'track scale', 'aria-hidden': 'true' });
  for (const [limit, side] of [
    [s.settings.lower, 'lower'],
    [s.settings.upper, 'upper'],
  ] as const) {
    const label = el('span', { class: `limit-label ${side}` }, pct(limit));
    label.style.left = `${limit * 100}%`;
    scale.append(label);
  }
  box.append(el('div', { class: 'chart-row' }, el('span', { class: 'label' }), scale, el('span')));
  for (const r of rows) {
    const bar = el('div', { class: `bar tier-${r.tier}` });
    bar.style.width = `${Math.min(100, (r.percentStruggling ?? 0) * 100)}%`;
    const track = el('div', { class: 'track' }, bar);
    for (const limit of [s.settings.lower, s.settings.upper]) {
      const line = el('div', { class: 'limit' });
      line.style.left = `${limit * 100}%`;
      track.append(line);
    }
    box.append(
      el(
        'div',
        { class: 'chart-row' },
        el('span', { class: 'label' }, r.skill),
        track,
        el('span', { class: 'value' }, pct(r.percentStruggling)),
      ),
    );
  }
  return box;
}

/** What to do for each tier the table shows (SPEC 4), in the order of the table, then the low-data flag. */
function tierAdvice(s: SidebarState): HTMLElement {
  const tiers = [...new Set(s.classCheck.map((r) => r.tier))] as Tier[];
  const terms = tiers.flatMap((t) => [
    el('dt', { class: `tier-${t}` }, TIER_WORD[t]),
    el('dd', {}, TIER_ADVICE[t]),
  ]);
  if (s.classCheck.some((r) => r.flags.length > 0))
    terms.push(el('dt', {}, LOW_DATA_WORD), el('dd', {}, LOW_DATA_ADVICE));
  return el('dl', { class: 'advice' }, terms);
}

function checkTable(s: SidebarState): HTMLElement {
  // Without sections every row is "(all)": the column would take a sixth of the 300 px to say nothing.
  const sectioned = hasSections(s);
  const body = s.classCheck.flatMap((r, k) => {
    const row = el(
      'tr',
      {},
      sectioned ? [el('td', {}, r.section)] : [],
      el('td', {}, r.skill),
      el('td', {}, `${r.struggling}/${r.withData}`),
      el('td', {}, pct(r.percentStruggling)),
      el(
        'td',
        { class: `tier-${r.tier}` },
        TIER_WORD[r.tier] + (r.flags.length ? ` · ${LOW_DATA_WORD.toLowerCase()}` : ''),
      ),
    );
    // Whom the tier's advice is about ("the listed students"), on a line of its own under the row.
    const who = s.who[k];
    if (!who) return [row];
    return [row, el('tr', { class: 'who' }, el('td', { colspan: sectioned ? '5' : '4' }, `Who: ${who}`))];
  });
  return el(
    'table',
    sectioned ? {} : { class: 'unsectioned' },
    el('caption', {}, 'Class check'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Section', 'Skill', 'Count', '%', 'Tier']
          .slice(sectioned ? 0 : 1)
          .map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el('tbody', {}, body),
  );
}

function stations(s: SidebarState): HTMLElement {
  const box = el('div', {});
  const sectioned = hasSections(s);
  const slip = (m: { pattern: keyof typeof PATTERN; students: string[] }) => groupLine(m.pattern, m.students);
  for (const st of s.stations) {
    const list = el('ul', {});
    // The slips its students showed on a step's items (SPEC 6b) sit under its teacher table.
    for (const line of stationLines(st, s.steps, slip))
      list.append(el('li', line.slip ? { class: 'slip' } : {}, line.text));
    // Without sections every station is "(all)": the heading would say nothing.
    if (sectioned) box.append(el('h3', {}, st.section));
    box.append(list);
  }
  for (const g of s.skillGroups) box.append(el('p', {}, skillGroupLine(g, sectioned)));
  return box;
}

function progressTabs(s: SidebarState): HTMLElement {
  const ticked = new Set(s.saved.assessments ?? []);
  return el(
    'div',
    {},
    s.tabs.map((name, i) => {
      const box = el('input', { type: 'checkbox', id: `tab-${i}`, value: name });
      box.checked = ticked.has(name);
      return el('div', { class: 'tick' }, box, el('label', { for: `tab-${i}` }, name));
    }),
  );
}

function progressView(p: ProgressView): HTMLElement[] {
  const first = p.assessments[0];
  const latest = p.assessments[p.assessments.length - 1];
  const share = (c: { withData: number; struggling: number }) =>
    c.withData > 0 ? pct(c.struggling / c.withData) : '–';
  const rows = p.progress
    .filter((r) => r.section === '(all)')
    .map((r) =>
      el(
        'tr',
        {},
        el('td', {}, r.skill),
        el('td', {}, share(r.counts[0])),
        el('td', {}, share(r.counts[r.counts.length - 1])),
        el('td', {}, strugglingChange(r.counts[0], r.counts[r.counts.length - 1])),
      ),
    );
  const out: HTMLElement[] = [
    el(
      'table',
      { class: 'progress' },
      el('caption', {}, `% struggling: ${first} → ${latest}`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['Skill', 'First', 'Latest', 'Change'].map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      el('tbody', {}, rows),
    ),
  ];
  if (p.effectiveness.length > 0) {
    out.push(
      el('h3', {}, 'Did the groups work?'),
      el(
        'ul',
        {},
        p.effectiveness.map((e) => el('li', {}, effectivenessLine(e))),
      ),
    );
  }
  if (p.unmatched.length > 0) {
    out.push(
      el('h3', {}, 'In only one tab'),
      el(
        'ul',
        {},
        p.unmatched.map((u) => el('li', {}, `${u.name}: only in ${u.assessment}`)),
      ),
    );
  }
  // The report's own sentences, as on the Progress tab and in the CLI (e.g. two unrelated classes).
  if (p.warnings.length > 0) {
    out.push(
      el('h3', {}, 'Warnings'),
      el(
        'ul',
        {},
        p.warnings.map((w) => el('li', {}, w)),
      ),
    );
  }
  return out;
}

/** Which tab the results are of, in sight at the top (the active tab when the last action ran). */
function analysedTab(s: SidebarState): string {
  return `Tab analysed: ${s.gradebook}`;
}

/** Shows `s`; what the teacher typed and has not saved is kept unless `keepTyped` is false (just saved). */
function render(s: SidebarState, keepTyped = true): void {
  const form = $('settings');
  const unsaved = keepTyped && state?.gradebook === s.gradebook ? typedFields(form) : new Map();
  state = s;
  $('analysed-tab').textContent = analysedTab(s);
  replace($('items'), itemsView(s.itemAnalysis));
  renderSetup($('detected'), $('setup') as HTMLDetailsElement, s);
  // Before any setup each item is its own skill: the check says so above its rows.
  const first =
    s.setup.ungrouped && !s.setup.saved ? [el('p', { class: 'setup-first' }, UNGROUPED_CHECK)] : [];
  replace($('check'), first, chart(s), checkTable(s), tierAdvice(s));
  replace($('stations'), stations(s));
  replace($('progress-tabs'), progressTabs(s));
  replace(
    $('warnings'),
    s.warnings.map((w) => el('li', {}, w)),
  );
  // The count at the top, the list one click away (SPEC 10).
  $('warnings-count').textContent = warningCount(s.warnings.length);
  $('warnings-box').hidden = s.warnings.length === 0;
  // In percent as typed: 0.07 × 100 is 7.000000000000001 in floats, shown as 7.
  const typed = (fraction: number) => String(Number((fraction * 100).toPrecision(12)));
  ($('cut') as HTMLInputElement).value = typed(s.settings.masteryCut);
  ($('lower') as HTMLInputElement).value = typed(s.settings.lower);
  ($('upper') as HTMLInputElement).value = typed(s.settings.upper);
  ($('header-row') as HTMLInputElement).value = String(s.headerRow + 1);
  ($('answer-key') as HTMLInputElement).value = s.saved.correction?.answerKey ?? '';
  markShown(form);
  restoreTyped(unsaved);
}

/** A parent with its children appended one by one (a roster can be long: no spread into a call). */
function holding<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  children: (Node | string)[],
): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs);
  for (const child of children) node.append(child);
  return node;
}

/** The item analysis: common wrong answers first, then each item's figures (as on the tab, to two places). */
function itemsView(v: ItemView): HTMLElement {
  const fig = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  const box = el('div', {});
  const listOf = (lines: string[]) =>
    holding(
      'ul',
      {},
      lines.map((line) => el('li', {}, line)),
    );
  if (v.common.length > 0) {
    const lines = v.common.map((c) => `${c.item}: ${c.line}: ${nameList(c.students)}`);
    box.append(el('h3', {}, 'Common wrong answers'), listOf(lines));
  }
  const cells = (r: ItemView['rows'][number]) =>
    [
      keepOperators(r.item),
      String(r.n),
      fig(r.difficulty),
      fig(r.discrimination),
      fig(r.pointBiserial),
      r.flags,
    ].map((t) => el('td', {}, t));
  // Plain words on the columns, each term of art in its tooltip and in the key under the table.
  const figures = [FIGURE_WORDS.difficulty, FIGURE_WORDS.discrimination, FIGURE_WORDS.pointBiserial];
  const headers = [
    el('th', { scope: 'col' }, 'Item'),
    el('th', { scope: 'col' }, 'Students'),
    ...figures.map((f) => el('th', { scope: 'col', title: `${f.term}: ${f.means}` }, f.words)),
    el('th', { scope: 'col' }, 'Flags'),
  ];
  const body = holding(
    'tbody',
    {},
    v.rows.map((r) => holding('tr', {}, cells(r))),
  );
  const caption = el('caption', {}, 'Item statistics');
  box.append(el('table', { class: 'items' }, caption, el('thead', {}, holding('tr', {}, headers)), body));
  box.append(
    el(
      'dl',
      { class: 'figure-key' },
      figures.flatMap((f) => [el('dt', {}, f.words), el('dd', {}, `${f.term}: ${f.means}.`)]),
    ),
  );
  const says = v.rows.filter((r) => r.says.length > 0);
  if (v.smallSample !== null) box.append(el('p', {}, v.smallSample));
  if (says.length > 0) box.append(listOf(says.map((r) => `${r.item}: ${r.says.join(' ')}`)));
  box.append(el('p', {}, v.reliability));
  if (v.misconceptions.length > 0) {
    const lines = v.misconceptions.map((m) => `${sectionPrefix(m.section)}${m.item}: ${m.line}`);
    box.append(el('h3', {}, 'Misconception groups'), listOf(lines));
  }
  return box;
}

/** One round trip; `saves` when the call carried the form's edits (then the fresh state replaces them). */
async function run<T extends { message: string; state: SidebarState }>(
  work: () => Promise<T>,
  after?: (result: T) => void,
  saves = false,
): Promise<void> {
  setBusy(true);
  $('status').className = '';
  try {
    const result = await work();
    render(result.state, !saves);
    after?.(result);
    setBusy(false, result.message);
  } catch (e) {
    showError(e as Error);
  }
}

function savedFromForm() {
  const num = (id: string) => Number(($(id) as HTMLInputElement).value) / 100;
  const columns: Record<number, string> = {};
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-column]')) {
    const original = state?.columns[Number(select.dataset.column)];
    if (original && original.role !== select.value) columns[original.column] = select.value;
  }
  const answerKey = ($('answer-key') as HTMLInputElement).value.trim();
  // Only what this form edits: the server merges it over the settings as saved now, inside the
  // document lock, so a choice saved meanwhile (Progress's tabs) is kept. An emptied answer-key
  // field goes back to automatic (undefined is dropped on the way).
  return {
    masteryCut: num('cut'),
    lower: num('lower'),
    upper: num('upper'),
    correction: {
      ...(state?.saved.correction ?? {}),
      headerRow: Number(($('header-row') as HTMLInputElement).value) - 1,
      columns: { ...(state?.saved.correction?.columns ?? {}), ...columns },
      answerKey: answerKey || undefined,
    },
    ...setupFromForm(state), // the items table's edits (or another tab)
  };
}

function init(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    button.addEventListener('click', () => {
      press(button);
      const action = button.dataset.action!;
      // What is on screen runs: unsaved setup edits go with the action, saved in the same call.
      const edits = typedFields($('settings')).size > 0 ? savedFromForm() : null;
      void run(
        () => (edits ? call('runSidebarAction', action, edits) : call('runSidebarAction', action)),
        undefined,
        edits !== null,
      );
    });
  }
  $('progress-run').addEventListener('click', () => {
    press($('progress-run') as HTMLButtonElement);
    const ticked = [...document.querySelectorAll<HTMLInputElement>('#progress-tabs input:checked')].map(
      (box) => box.value,
    );
    void run(
      () => call('runSidebarProgress', ticked),
      (result) => replace($('progress'), progressView(result.progress)),
    );
  });
  $('department-run').addEventListener('click', () => {
    press($('department-run') as HTMLButtonElement);
    departmentSection($('department'), setBusy, showError);
  });
  $('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    press((event as SubmitEvent).submitter as HTMLButtonElement | null);
    void run(() => call('saveSidebarSettings', savedFromForm()), undefined, true);
  });
  setBusy(true);
  call('sidebarState').then((s) => {
    render(s);
    setBusy(false, 'Ready.');
  }, showError);
}

init();
