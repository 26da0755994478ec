/**
 * The sidebar's setup (SPEC 10): which tab, how it was read, the identity columns in plain words, and
 * a card per item (skill(s), step, points, cut, included), every field labelled. Items the Skill Map
 * tab names are shown as text with a note: the tab wins for them. What the form sends back is only
 * what the teacher changed; the Save button (the form's submit, main.ts) sends it in one call.
 */
import type { ColumnRole } from '../../core/labels';
import type { SidebarState } from '../server';
import type { SetupItem } from '../setupView';
import { keepOperators } from '../../core/headerText';
import { readAsSentence } from '../../core/tierWords';
import { el, replace } from './dom';

/** Column roles as a teacher says them. */
export const ROLE_WORDS: [ColumnRole, string][] = [
  ['name', 'Student name'],
  ['last', 'Last name'],
  ['first', 'First name'],
  ['email', 'Email'],
  ['id', 'Student ID'],
  ['section', 'Section'],
  ['item', 'Scored item'],
  ['ignored', 'Not used'],
];

const percent = (cut: number) => String(Math.round(cut * 1000) / 10);

/** The setup's <details>: open first while nothing is saved, closed once the setup is saved. */
let placed = false;

function tabChoice(s: SidebarState): HTMLElement {
  const names = s.tabs.includes(s.gradebook) ? s.tabs : [s.gradebook].concat(s.tabs);
  const select = el(
    'select',
    { id: 'setup-tab' },
    names.map((n) => el('option', { value: n }, n)),
  );
  select.value = s.gradebook;
  return el('div', { class: 'field' }, el('label', { for: 'setup-tab' }, 'Gradebook tab'), select);
}

/** Columns that say who the student is (or are not used), each a select in plain words. */
function identityColumns(s: SidebarState): HTMLElement {
  const inTable = new Set(s.setup.items.map((i) => i.column));
  const box = el('fieldset', { class: 'setup-identity' }, el('legend', {}, 'Who the students are'));
  for (const c of s.columns) {
    if (c.role === 'item' || inTable.has(c.column) || (c.role === 'ignored' && c.header.trim() === ''))
      continue;
    const id = `role-${c.column}`;
    const select = el(
      'select',
      { id, 'data-column': String(c.column) },
      ROLE_WORDS.map(([role, words]) => el('option', { value: role }, words)),
    );
    select.value = c.role;
    box.append(el('div', { class: 'field' }, el('label', { for: id }, `${c.letter}: ${c.header}`), select));
  }
  return box;
}

function input(id: string, label: string, attrs: Record<string, string>, value: string): HTMLElement {
  const box = el('input', { id, ...attrs });
  box.value = value;
  return el('div', { class: 'field' }, el('label', { for: id }, label), box);
}

/** One item: a fieldset named by its column and header, so each field's label reads in context. */
function itemCard(item: SetupItem, i: number): HTMLElement {
  const legend = el('legend', {}, `${item.letter}: ${keepOperators(item.item)}`);
  const card = el('fieldset', { class: 'setup-item', 'data-item-index': String(i) }, legend);
  if (item.skillMap) {
    const points = item.points === null ? '' : ` · ${item.points} point${item.points === 1 ? '' : 's'}`;
    const step = item.step === null ? '' : ` · step ${item.step}`;
    card.append(
      el('p', {}, `${item.skills.join(', ')}${step}${points} · cut ${percent(item.cut)}%`),
      el('p', { class: 'setup-note' }, 'Set by the Skill Map tab.'),
    );
    return card;
  }
  if (item.note) card.append(el('p', { class: 'setup-note' }, `Not an item: ${item.note}.`));
  const id = (field: string) => `item-${field}-${i}`;
  const included = el('input', { id: id('included'), type: 'checkbox' });
  included.checked = item.included;
  card.append(
    input(id('skills'), 'Skill(s), comma between', { type: 'text' }, item.skills.join(', ')),
    el(
      'div',
      { class: 'setup-row' },
      input(id('step'), 'Step', { type: 'text', inputmode: 'numeric' }, item.step ?? ''),
      input(id('points'), 'Points', { type: 'number', min: '0', step: 'any' }, String(item.points ?? '')),
      input(id('cut'), 'Cut %', { type: 'number', min: '1', max: '100', step: 'any' }, percent(item.cut)),
      el('div', { class: 'tick' }, included, el('label', { for: id('included') }, 'Included')),
    ),
  );
  return card;
}

function itemsTable(s: SidebarState): HTMLElement {
  const box = el('fieldset', { class: 'setup-items' }, el('legend', {}, 'Items: skill, step, points, cut'));
  box.append(
    el(
      'p',
      { class: 'setup-hint' },
      'Give the items that test the same skill the same skill name: the class check then has one row ' +
        'per skill. Number the steps 1, 2, 3 from the most basic to get stations.',
    ),
  );
  if (s.setup.ungrouped)
    box.append(
      el('p', { class: 'setup-hint' }, 'Now each item is its own skill (no Skill row or Skill Map).'),
    );
  box.append(
    el(
      'p',
      { class: 'setup-hint' },
      s.setup.skillMapTab
        ? 'Your Skill Map tab sets the items it names; change them there.'
        : 'Or keep these in a tab named Skill Map (Item | Skill | Step | Points | Mastery cut): ' +
            'it wins for the items it names. Insert template adds one.',
    ),
  );
  s.setup.items.forEach((item, i) => box.append(itemCard(item, i)));
  return box;
}

/** Fills the setup (columns and items in `root`); opens `details` at first if nothing is saved. */
export function renderSetup(root: HTMLElement, details: HTMLDetailsElement, s: SidebarState): void {
  const read = `Tab "${s.gradebook}". ${readAsSentence(s.kind, s.headerRow, s.students, s.items)}`;
  const guesses = el(
    'ul',
    {},
    s.guesses.map((g) => el('li', {}, g)),
  );
  // Above the header row's field: the tab and how it was read; below it, the columns and items.
  replace(document.getElementById('setup-read')!, tabChoice(s), el('p', {}, read), guesses);
  replace(root, identityColumns(s), itemsTable(s));
  if (!placed) details.open = !s.setup.saved;
  placed = true;
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? '';

/** One item's changed fields (as typed: the server reads them as it reads stored ones), or null. */
function changed(item: SetupItem, i: number): Record<string, unknown> | null {
  const edit: Record<string, unknown> = { item: item.item };
  const skills = value(`item-skills-${i}`);
  if (skills !== item.skills.join(', ')) edit.skills = skills;
  const step = value(`item-step-${i}`);
  if (step !== (item.step ?? '')) edit.step = step === '' ? null : step;
  const points = value(`item-points-${i}`);
  if (points !== '' && points !== String(item.points ?? '')) edit.points = Number(points);
  const cut = value(`item-cut-${i}`);
  if (cut !== '' && cut !== percent(item.cut)) edit.cut = Number(cut) / 100;
  const box = document.getElementById(`item-included-${i}`) as HTMLInputElement | null;
  if (box && box.checked !== item.included) edit.included = box.checked;
  return Object.keys(edit).length > 1 ? edit : null;
}

/**
 * What the setup adds to the saved settings: the item edits the teacher made, or another tab
 * (then the corrections made for this one are dropped: they name this tab's rows and columns).
 */
export function setupFromForm(s: SidebarState | null): Record<string, unknown> {
  if (!s) return {};
  const tab = value('setup-tab');
  if (tab !== '' && tab !== s.gradebook) return { gradebook: tab, correction: {} };
  const items: Record<string, unknown>[] = [];
  s.setup.items.forEach((item, i) => {
    const edit = item.skillMap ? null : changed(item, i);
    if (edit) items.push(edit);
  });
  return items.length > 0 ? { items } : {};
}

/** The form's fields: inputs and selects, each with an id. */
const fieldsOf = (form: HTMLElement) =>
  form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[id], select[id]');

const current = (f: HTMLInputElement | HTMLSelectElement) =>
  f instanceof HTMLInputElement && f.type === 'checkbox' ? String(f.checked) : f.value;

/** Notes what each field shows as rendered, so what the teacher types over it is known. */
export function markShown(form: HTMLElement): void {
  for (const f of fieldsOf(form)) f.dataset.shown = current(f);
}

/** What the teacher typed and has not saved: per field id, what it showed and what it holds now. */
export function typedFields(form: HTMLElement): Map<string, { shown: string; now: string }> {
  const typed = new Map<string, { shown: string; now: string }>();
  for (const f of fieldsOf(form)) {
    if (f.dataset.shown !== undefined && current(f) !== f.dataset.shown)
      typed.set(f.id, { shown: f.dataset.shown, now: current(f) });
  }
  return typed;
}

/**
 * Puts back what the teacher typed after a re-render, in each field that still shows what it
 * showed before (a field the server changed, e.g. to the edit just saved, shows the new value).
 */
export function restoreTyped(typed: Map<string, { shown: string; now: string }>): void {
  for (const [id, { shown, now }] of typed) {
    const f = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (!f || f.dataset.shown !== shown) continue;
    if (f instanceof HTMLInputElement && f.type === 'checkbox') f.checked = now === 'true';
    else f.value = now;
  }
}

/**
 * The form's fields a "Not saved" message names, to mark invalid: a top-level field by its label
 * (without "(%)": the engine says "Lower limit"), an item card's points and cut by its quoted name.
 */
export function namedFields(message: string, s: SidebarState | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const label of document.querySelectorAll<HTMLLabelElement>('#settings > .field > label')) {
    const name = (label.textContent ?? '').replace(/\s*\(.*\)\s*$/, '').trim();
    const field = document.getElementById(label.htmlFor);
    // "Lower limit (10%) is above upper limit (5%)": both named, one mid-sentence in lower case.
    if (name && field && message.toLowerCase().includes(name.toLowerCase())) out.push(field);
  }
  s?.setup.items.forEach((item, i) => {
    if (!message.includes(`"${item.item}"`)) return;
    for (const part of ['points', 'cut']) {
      const field = document.getElementById(`item-${part}-${i}`);
      if (field) out.push(field);
    }
  });
  return out;
}
