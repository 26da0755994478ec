/** What `--help` prints: for the command line, and for each command what it does and its options. */
import { version } from '../../package.json';

export const VERSION = version;

const OPTIONS = `Options:
  --skill-map MAP.csv     each item's skill, step, points and cut (columns Item, Skill, Step, Points,
                          Mastery cut); it wins over the gradebook's labelled rows
  --answer-key ROW|EMAIL  the row number, or the respondent's email, holding the correct answers
  --mastery-cut 0.8       the share of an item's points that counts as mastered (0.8 or 80%)
  --lower 0.1             fewer struggling than this share: help those students (student tier)
  --upper 0.2             more than this share: reteach the whole class (classroom tier)
  --json                  print JSON instead of the text report
  -h, --help              print this help`;

export const COMMAND_HELP: Record<string, string> = {
  check: `Usage: jit-intervention check FILE.csv|ONEROSTER(.zip) [options]

The class check of one exported gradebook (a CSV file, or a OneRoster export as a folder or .zip:
one class each): each student's skill gaps, the percent struggling per skill and its tier
(classroom above the upper limit, student below the lower, borderline between), the whole-class
start, teacher-table and peer-coaching groups, and the item analysis with common wrong answers.

${OPTIONS}`,
  progress: `Usage: jit-intervention progress FIRST.csv [...] LATEST.csv [options]

Progress over two or more assessments of the same students, first to latest (students linked by
email, else by name): the percent struggling per skill on each, each student's first, latest and
change per skill, whether the first assessment's groups now master the step they were grouped for,
and who is in only one file.

${OPTIONS}`,
  department: `Usage: jit-intervention department A.csv B.csv … [options]

The department check: the class check of each gradebook (a class per file, or per section when a
file has two or more; the file name is the class) and, per skill, how many classes are at each tier:
"system" when most classes with data are at classroom level (a curriculum or instruction problem),
"system-data" when most lack data (collect it first), else each class's own tier stands. Two files
of the same students are one class, counted once from the later file (the report names the earlier).

${OPTIONS}`,
};

export const USAGE = `jit-intervention ${VERSION}: skill gaps, the class-percentage check and intervention
groups, from exported gradebooks.

Usage:
  jit-intervention check FILE.csv|ONEROSTER(.zip) [options]
  jit-intervention progress FIRST.csv [...] LATEST.csv [options]
  jit-intervention department A.csv B.csv … [options]

Commands:
  check        the class check of one gradebook: gaps, percent struggling per skill, groups
  progress     the same students over several assessments: change per skill, did the groups work
  department   several classes' gradebooks: which skills are a problem at system level

Options for every command: --skill-map, --answer-key, --mastery-cut, --lower, --upper, --json.
jit-intervention COMMAND --help says more; jit-intervention --version prints the version.`;
