/** The CLI's readable reports: the class check (stations or skill groups, warnings) and progress. */
import type { Analysis } from './analyse';
import { TIER_WORD, percent, wholeClassSentence } from './tierWords';
import { itemSection } from './itemText';
import { groupLine } from './itemWords';
import type { Layout } from './layout';
import type { ProgressReport } from './progress';
import type { Settings } from './types';

/** Appends one by one: a spread into push overflows the stack past about 120k lines (SPEC 12). */
function pushAll(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

export function table(rows: string[][]): string[] {
  const widths = rows[0].map(() => 0);
  for (const r of rows) r.forEach((cell, c) => (widths[c] = Math.max(widths[c], cell.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
}

export function textReport(analysis: Analysis, settings: Settings, layout?: Layout): string {
  const { band } = settings;
  const out: string[] = [];
  if (layout) {
    out.push(
      `Read as a ${layout.kind} gradebook: header on row ${layout.headerRow + 1}, ` +
        `${analysis.students.length} students, ${analysis.items.length} items.`,
    );
    for (const g of layout.guesses) out.push(`  ${g}`);
    out.push('');
  }
  out.push(
    `Class check (mastery cut ${percent(settings.masteryCut)}, ` +
      `band ${percent(band.lower)}–${percent(band.upper)})`,
    '',
  );
  pushAll(
    out,
    table([
      ['Section', 'Skill', 'Roster', 'With data', 'Struggling', '% struggling', 'Tier', 'Flags'],
      ...analysis.classCheck.map((r) => [
        r.section,
        r.skill,
        String(r.roster),
        String(r.withData),
        String(r.struggling),
        percent(r.percentStruggling),
        TIER_WORD[r.tier],
        r.flags.join(' '),
      ]),
    ]),
  );
  for (const station of analysis.stations) {
    out.push('', `Stations: ${station.section}`);
    if (station.wholeClass) out.push(`  ${wholeClassSentence(station.wholeClass)}`);
    for (const group of station.teacherTable) {
      out.push(`  Teacher table, step ${group.step}: ${group.students.join(', ')}`);
      for (const m of group.misconceptions ?? []) out.push(`    ${groupLine(m.pattern, m.students)}`);
    }
    if (station.peerCoaching.length > 0) {
      out.push(
        `  Peer coaching: ${station.peerCoaching.map((p) => `${p.learner} with ${p.coach}`).join('; ')}`,
      );
    }
    out.push(`  Ready: ${station.ready.join(', ') || '(nobody yet)'}`);
  }
  if (analysis.skillGroups.length > 0) {
    out.push('', 'Groups by skill');
    for (const g of analysis.skillGroups) {
      const who = g.tier === 'classroom' ? 'whole class reteach' : g.students.join(', ');
      out.push(`  ${g.section} · ${g.skill} (${TIER_WORD[g.tier]}): ${who}`);
    }
  }
  for (const line of itemSection(analysis.itemReport)) out.push(line);
  if (analysis.warnings.length > 0) {
    out.push('', 'Warnings');
    for (const w of analysis.warnings) out.push(`  - ${w}`);
  }
  return out.join('\n');
}

const share = (c: { withData: number; struggling: number }) =>
  `${c.struggling}/${c.withData} (${percent(c.withData > 0 ? c.struggling / c.withData : null)})`;

/** `progress`'s readable report: the class over time, whether the groups worked, who is unlinked. */
export function progressTextReport(report: ProgressReport): string {
  const { assessments } = report;
  const out = [
    `Progress over ${assessments.length} assessments: ${assessments.join(' → ')}`,
    `${report.students.length} students linked.`,
    '',
  ];
  out.push('Struggling per skill (struggling/with data)', '');
  pushAll(
    out,
    table([
      ['Section', 'Skill', ...assessments],
      ...report.progress.map((r) => [r.section, r.skill, ...r.counts.map(share)]),
    ]),
  );
  if (report.effectiveness.length > 0) {
    out.push(
      '',
      `Did the groups work? Students grouped at each step by ${assessments[0]}, ` +
        `checked in ${assessments[assessments.length - 1]}:`,
    );
    for (const e of report.effectiveness) {
      const missing = e.missing > 0 ? ` (${e.missing} without data)` : '';
      out.push(
        `  ${e.section} · step ${e.step} (${e.skills.join(', ')}): ` +
          `${e.nowMastered} of ${e.grouped} now master it${missing}`,
      );
    }
  }
  if (report.unmatched.length > 0) {
    out.push('', 'In only one assessment (not linked)');
    for (const u of report.unmatched)
      out.push(`  ${u.name}${u.section ? ` (${u.section})` : ''}: only in ${u.assessment}`);
  }
  if (report.warnings.length > 0) {
    out.push('', 'Warnings');
    for (const w of report.warnings) out.push(`  - ${w}`);
  }
  return out.join('\n');
}
