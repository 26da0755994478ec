/** What the sidebar shows of the item analysis: the tab's figures and words, common wrong answers first. */
import type { Analysis } from './analyse';
import { isCommonWrong } from './answers';
import { answerLine, flagSentences, groupLine, reliabilityWords, smallSampleNote } from './itemWords';
import { flagWords } from './renderItems';

export interface ItemView {
  reliability: string;
  /** The small-sample hint, once for the assessment (null when every item has 30 students or more). */
  smallSample: string | null;
  /** Common wrong answers over all items, each with its slip in words and its students. */
  common: { item: string; line: string; students: string[] }[];
  rows: {
    item: string;
    n: number;
    difficulty: number | null;
    discrimination: number | null;
    pointBiserial: number | null;
    flags: string;
    says: string[];
  }[];
  misconceptions: { section: string; item: string; line: string }[];
}

export function itemView(analysis: Analysis): ItemView {
  const { itemAnalysis, reliability, misconceptions } = analysis.itemReport;
  const common: ItemView['common'] = [];
  for (const row of itemAnalysis) {
    const answering = row.answers.reduce((t, a) => t + a.count, 0);
    for (const a of row.answers) {
      if (isCommonWrong(a, answering))
        common.push({ item: row.item, line: answerLine(a), students: a.students });
    }
  }
  return {
    reliability: reliabilityWords(reliability),
    smallSample: smallSampleNote(itemAnalysis),
    common,
    rows: itemAnalysis.map((r) => ({
      item: r.item,
      n: r.n,
      difficulty: r.difficulty,
      discrimination: r.discrimination,
      pointBiserial: r.pointBiserial,
      flags: flagWords(r),
      says: flagSentences(r),
    })),
    misconceptions: misconceptions.map((m) => ({
      section: m.section,
      item: m.item,
      line: groupLine(m.pattern, m.students),
    })),
  };
}
