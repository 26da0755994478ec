/** The CLI report's item section (SPEC 6b): figures, flags in words, answers, common wrong answers first. */
import type { ItemReport } from './answers';
import { isCommonWrong } from './answers';
import {
  answerLine,
  figure,
  figureHeader,
  flagSentences,
  groupLine,
  hint,
  reliabilityWords,
  smallSampleNote,
} from './itemWords';
import { plural, sectionPrefix } from './tierWords';

export function itemSection(report: ItemReport): string[] {
  const { itemAnalysis, reliability, misconceptions } = report;
  if (itemAnalysis.length === 0) return [];
  const out = ['', 'Item analysis', `  ${reliabilityWords(reliability)}`];
  // Once for the assessment; each item's line carries its short "(hint: only N students)".
  const small = smallSampleNote(itemAnalysis);
  if (small !== null) out.push(`  ${small}`);
  for (const row of itemAnalysis) {
    const small = row.n > 0 && row.flags.includes('small-sample') ? ` (${hint(row.n)})` : '';
    out.push(
      `  ${row.item}: ${plural(row.n, 'student')}, ` +
        `${figureHeader('difficulty').toLowerCase()} ${figure(row.difficulty)}, ` +
        `${figureHeader('discrimination').toLowerCase()} ${figure(row.discrimination)}, ` +
        `${figureHeader('pointBiserial').toLowerCase()} ${figure(row.pointBiserial)}${small}`,
    );
    for (const sentence of flagSentences(row)) out.push(`    ${sentence}`);
    const answering = row.answers.reduce((t, a) => t + a.count, 0);
    for (const answer of row.answers) {
      out.push(`    ${isCommonWrong(answer, answering) ? 'Common wrong answer: ' : ''}${answerLine(answer)}`);
    }
  }
  if (misconceptions.length > 0) {
    out.push('', 'Misconceptions');
    for (const m of misconceptions)
      out.push(`  ${sectionPrefix(m.section)}${m.item} · ${m.answer}: ${groupLine(m.pattern, m.students)}`);
  }
  return out;
}
