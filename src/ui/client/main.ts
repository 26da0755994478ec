/**
 * The sidebar: what was detected (correctable), the class check as a table and a bar chart
 * with the band lines, the stations, and the buttons. Names are always text nodes.
 */
import type { ItemView } from '../../core/itemView';
import { PATTERN_WORDS as PATTERN } from '../../core/patterns';
import { wholeClassSentence } from '../../core/tierWords';
import type { ProgressView, SidebarState } from '../server';
import { departmentSection } from './department';
import { el, replace } from './dom';
import { call } from './rpc';

const TIER: Record<string, string> = {
  'no-data': 'No data',
  none: 'None',
  classroom: 'Classroom',
  student: 'Student',
  borderline: 'Borderline',
};
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10}%`);
const $ = (id: string) => document.getElementById(id)!;
let state: SidebarState | null = null;

function setBusy(busy: boolean, message = ''): void {
  document.body.setAttribute('aria-busy', String(busy));
  for (const b of document.querySelectorAll('button')) (b as HTMLButtonElement).disabled = busy;
  $('status').textContent = busy ? 'Working…' : message;
}

function showError(error: Error): void {
  setBusy(false);
  const status = $('status');
  status.textContent = `Could not finish: ${error.message}`;
  status.className = 'error';
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

function checkTable(s: SidebarState): HTMLElement {
  const body = s.classCheck.map((r) =>
    el(
      'tr',
      {},
      el('td', {}, r.section),
      el('td', {}, r.skill),
      el('td', {}, `${r.struggling}/${r.withData}`),
      el('td', {}, pct(r.percentStruggling)),
      el('td', { class: `tier-${r.tier}` }, TIER[r.tier] + (r.flags.length ? ' · low data' : '')),
    ),
  );
  return el(
    'table',
    {},
    el('caption', {}, 'Class check'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Section', 'Skill', 'Count', '%', 'Tier'].map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el('tbody', {}, body),
  );
}

function stations(s: SidebarState): HTMLElement {
  const box = el('div', {});
  for (const st of s.stations) {
    const list = el('ul', {});
    if (st.wholeClass) list.append(el('li', {}, wholeClassSentence(st.wholeClass)));
    for (const g of st.teacherTable) {
      list.append(el('li', {}, `Teacher table, step ${g.step}: ${g.students.join(', ')}`));
      // The slips its students showed on the step's items (SPEC 6b), in the pattern's words.
      for (const m of g.misconceptions ?? []) {
        const line = `Start here: ${PATTERN[m.pattern]}: ${m.students.join(', ')}`;
        list.append(el('li', { class: 'slip' }, line));
      }
    }
    for (const p of st.peerCoaching) list.append(el('li', {}, `Peer coaching: ${p.learner} with ${p.coach}`));
    list.append(el('li', {}, `Ready: ${st.ready.join(', ') || 'nobody yet'}`));
    box.append(el('h3', {}, st.section), list);
  }
  for (const g of s.skillGroups)
    box.append(
      el(
        'p',
        {},
        `${g.section} · ${g.skill}: ` +
          (g.tier === 'classroom' ? 'whole-class reteach' : g.students.join(', ')),
      ),
    );
  return box;
}

function detected(s: SidebarState): HTMLElement {
  const roles = ['item', 'name', 'last', 'first', 'email', 'id', 'section', 'ignored'];
  const list = el('div', { class: 'columns' });
  for (const c of s.columns) {
    const id = `role-${c.column}`;
    const select = el(
      'select',
      { id, 'data-column': String(c.column) },
      roles.map((r) => el('option', { value: r }, r)),
    );
    select.value = c.role;
    list.append(
      el(
        'div',
        { class: 'field' },
        el('label', { for: id }, `${c.letter}: ${c.header || '(blank)'}`),
        select,
      ),
    );
  }
  return el(
    'div',
    {},
    el(
      'p',
      {},
      `Tab "${s.gradebook}", read as ${s.kind}: header on row ${s.headerRow + 1}, ` +
        `${s.students} students, ${s.items} items.`,
    ),
    el(
      'ul',
      {},
      s.guesses.map((g) => el('li', {}, g)),
    ),
    list,
  );
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
          ['Skill', 'First', 'Latest'].map((h) => el('th', { scope: 'col' }, h)),
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
        p.effectiveness.map((e) =>
          el(
            'li',
            {},
            `${e.section} · step ${e.step}: ${e.nowMastered} of ${e.grouped} now master it` +
              (e.missing > 0 ? ` (${e.missing} without data)` : ''),
          ),
        ),
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
  return out;
}

/** Which tab the results are of, in sight at the top (the active tab when the last action ran). */
function analysedTab(s: SidebarState): string {
  return `Tab analysed: ${s.gradebook}`;
}

function render(s: SidebarState): void {
  state = s;
  $('analysed-tab').textContent = analysedTab(s);
  replace($('items'), itemsView(s.itemAnalysis));
  replace($('detected'), detected(s));
  replace($('check'), chart(s), checkTable(s));
  replace($('stations'), stations(s));
  replace($('progress-tabs'), progressTabs(s));
  replace(
    $('warnings'),
    s.warnings.map((w) => el('li', {}, w)),
  );
  ($('cut') as HTMLInputElement).value = String(s.settings.masteryCut * 100);
  ($('lower') as HTMLInputElement).value = String(s.settings.lower * 100);
  ($('upper') as HTMLInputElement).value = String(s.settings.upper * 100);
  ($('header-row') as HTMLInputElement).value = String(s.headerRow + 1);
  ($('answer-key') as HTMLInputElement).value = s.saved.correction?.answerKey ?? '';
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
    const lines = v.common.map((c) => `${c.item}: ${c.line}: ${c.students.join(', ')}`);
    box.append(el('h3', {}, 'Common wrong answers'), listOf(lines));
  }
  const cells = (r: ItemView['rows'][number]) =>
    [r.item, String(r.n), fig(r.difficulty), fig(r.discrimination), fig(r.pointBiserial), r.flags].map((t) =>
      el('td', {}, t),
    );
  const headers = ['Item', 'n', 'Diff.', 'Disc.', 'r', 'Flags'].map((h) => el('th', { scope: 'col' }, h));
  const body = holding(
    'tbody',
    {},
    v.rows.map((r) => holding('tr', {}, cells(r))),
  );
  const caption = el('caption', {}, 'Item statistics');
  box.append(el('table', { class: 'items' }, caption, el('thead', {}, holding('tr', {}, headers)), body));
  const says = v.rows.filter((r) => r.says.length > 0);
  if (says.length > 0) box.append(listOf(says.map((r) => `${r.item}: ${r.says.join(' ')}`)));
  box.append(el('p', {}, v.reliability));
  if (v.misconceptions.length > 0) {
    const lines = v.misconceptions.map((m) => `${m.section} · ${m.item}: ${m.line}`);
    box.append(el('h3', {}, 'Misconception groups'), listOf(lines));
  }
  return box;
}

async function run<T extends { message: string; state: SidebarState }>(
  work: () => Promise<T>,
  after?: (result: T) => void,
): Promise<void> {
  setBusy(true);
  $('status').className = '';
  try {
    const result = await work();
    render(result.state);
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
  };
}

function init(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    button.addEventListener('click', () => run(() => call('runSidebarAction', button.dataset.action!)));
  }
  $('progress-run').addEventListener('click', () => {
    const ticked = [...document.querySelectorAll<HTMLInputElement>('#progress-tabs input:checked')].map(
      (box) => box.value,
    );
    void run(
      () => call('runSidebarProgress', ticked),
      (result) => replace($('progress'), progressView(result.progress)),
    );
  });
  $('department-run').addEventListener('click', () => departmentSection($('department'), setBusy, showError));
  $('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    void run(() => call('saveSidebarSettings', savedFromForm()));
  });
  setBusy(true);
  call('sidebarState').then((s) => {
    render(s);
    setBusy(false, 'Ready.');
  }, showError);
}

init();
