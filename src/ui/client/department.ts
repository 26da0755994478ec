/** The sidebar's department check: per skill the verdict and how many classes are at classroom level. */
import type { DepartmentView } from '../departmentView';
import { el } from './dom';
import { call } from './rpc';
import { percent as pct, plural } from '../../core/tierWords';

/** Verdicts in the tier colours they stand for: system as classroom, system-data as no data. */
const TONE: Record<string, string> = { system: 'tier-classroom', 'system-data': 'tier-no-data', classes: '' };

/** A parent with its children appended one by one (lists can be long: no spread into a call). */
function holding<T extends HTMLElement>(parent: T, children: Node[]): T {
  for (const child of children) parent.append(child);
  return parent;
}

const list = (lines: string[]) =>
  holding(
    el('ul', {}),
    lines.map((line) => el('li', {}, line)),
  );

function view(d: DepartmentView): HTMLElement[] {
  const head = holding(
    el('tr', {}),
    ['Skill', 'Verdict', 'Classroom', 'Low data'].map((h) => el('th', { scope: 'col' }, h)),
  );
  const body = d.skills.map((s) =>
    el(
      'tr',
      {},
      el('td', {}, s.skill),
      el('td', { class: TONE[s.verdict] ?? '', title: s.advice }, s.word),
      el('td', {}, `${s.classroom} of ${s.classes}`),
      el('td', {}, String(s.lowData)),
    ),
  );
  const table = el(
    'table',
    { class: 'department' },
    // The section's heading and button say "Department check" already: the caption says where it went.
    el('caption', {}, `Per skill, as on the tab "${d.tab}"`),
    el('thead', {}, head),
    holding(el('tbody', {}), body),
  );
  const advice = new Map(d.skills.map((s) => [s.word, `${s.word}: ${s.advice}`]));
  const out: HTMLElement[] = [table, el('p', {}, d.settings), list([...advice.values()])];
  out.push(el('h3', {}, 'Classes'));
  const also = (c: DepartmentView['classes'][number]) =>
    c.earlier.length > 0 ? ` (same students as ${c.earlier.join(', ')}: counted once)` : '';
  const line = (c: DepartmentView['classes'][number]) =>
    `${c.class}: ${plural(c.roster, 'student')}, ${pct(c.coverage)} with data${also(c)}`;
  out.push(list(d.classes.map(line)));
  if (d.single.length > 0) out.push(el('h3', {}, 'In only one class'), list(d.single));
  if (d.skipped.length > 0) {
    out.push(el('h3', {}, 'Tabs not read as classes'), list(d.skipped.map((s) => `${s.tab}: ${s.reason}`)));
  }
  return out;
}

/** Runs the check (one round trip) and shows it in `box`. */
export function departmentSection(
  box: HTMLElement,
  setBusy: (busy: boolean, message?: string) => void,
  fail: (e: Error) => void,
): void {
  setBusy(true);
  call('runSidebarDepartment').then((result) => {
    box.replaceChildren();
    holding(box, view(result.department));
    setBusy(false, result.message);
  }, fail);
}
