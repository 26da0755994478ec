/** The CLI's readable reports: the class check (stations or skill groups, warnings) and progress. */
import type { Analysis } from './analyse';
import {
  effectivenessLine,
  hasSections,
  percent,
  plural,
  readAsSentence,
  skillGroupLine,
  stationLines,
  stepSkills,
  strugglingChange,
  TIER_ADVICE,
  TIER_WORD,
  LOW_DATA_ADVICE,
} from './tierWords';
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
    out.push(readAsSentence(layout.kind, layout.headerRow, analysis.students.length, analysis.items.length));
    for (const g of layout.guesses) out.push(`  ${g}`);
    out.push('');
  }
  out.push(
    `Class check (mastery cut ${percent(settings.masteryCut)}, ` +
      `band ${percent(band.lower)}–${percent(band.upper)})`,
    '',
  );
  // Without sections every row is "(all)": the column would say nothing (SPEC 11's JSON keeps it).
  const sectioned = hasSections(analysis);
  const bySection = (cells: string[]) => (sectioned ? cells : cells.slice(1));
  pushAll(
    out,
    table([
      bySection(['Section', 'Skill', 'Roster', 'With data', 'Struggling', '% struggling', 'Tier', 'Flags']),
      ...analysis.classCheck.map((r) =>
        bySection([
          r.section,
          r.skill,
          String(r.roster),
          String(r.withData),
          String(r.struggling),
          percent(r.percentStruggling),
          TIER_WORD[r.tier],
          r.flags.join(' '),
        ]),
      ),
    ]),
  );
  // What each tier the table shows asks of the teacher, and the low-data flag, once each (SPEC 4).
  const tiers = [...new Set(analysis.classCheck.map((r) => r.tier))];
  const legend = tiers.map((t) => [TIER_WORD[t], TIER_ADVICE[t]]);
  if (analysis.classCheck.some((r) => r.flags.includes('low-data')))
    legend.push(['low-data', LOW_DATA_ADVICE]);
  if (legend.length > 0) out.push('');
  for (const line of legend.length > 0 ? table(legend) : []) out.push(`  ${line}`);
  const steps = stepSkills(analysis.steps, analysis.items);
  for (const station of analysis.stations) {
    out.push('', sectioned ? `Stations: ${station.section}` : 'Stations');
    for (const line of stationLines(station, steps, (m) => groupLine(m.pattern, m.students)))
      out.push(`${line.slip ? '    ' : '  '}${line.text}`);
  }
  if (analysis.skillGroups.length > 0) {
    out.push('', 'Groups by skill');
    for (const g of analysis.skillGroups) out.push(`  ${skillGroupLine(g, sectioned)}`);
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
    `${plural(report.students.length, 'student')} linked.`,
    '',
  ];
  out.push('Struggling per skill (struggling/with data)', '');
  pushAll(
    out,
    table([
      ['Section', 'Skill', ...assessments, 'Change in % struggling'],
      ...report.progress.map((r) => [
        r.section,
        r.skill,
        ...r.counts.map(share),
        strugglingChange(r.counts[0], r.counts[r.counts.length - 1]),
      ]),
    ]),
  );
  if (report.effectiveness.length > 0) {
    out.push(
      '',
      `Did the groups work? Students grouped at each step by ${assessments[0]}, ` +
        `checked in ${assessments[assessments.length - 1]}:`,
    );
    for (const e of report.effectiveness) out.push(`  ${effectivenessLine(e)}`);
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
