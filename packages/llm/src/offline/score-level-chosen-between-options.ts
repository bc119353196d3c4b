import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { CRITICALITY } from './criticality-above.js';
import { LEASEABILITY_NAME } from './leaseability-wording.js';

/**
 * A question weighing two levels of a score, and the level chosen in a line that answers it: "> Should the
 * leaseability cutoff be 0.7 or 0.8?" under a reply "Use 0.75 then.", "Criticality cap 0.5 or 0.6? / Go with 0.55".
 * Neither level of the question is set; the chosen one is the score's limit, so the question is claimed and read as
 * nothing, and the answer (a choosing verb and a bare level opening its sentence or line) is read. Without such an
 * answer the question is left to the other readers.
 */

/** The question: the score's name, its limit's noun, and two levels joined by "or", up to the question mark. */
const WEIGHED_LEVELS = new RegExp(
  String.raw`\b(?:(?<criticality>${CRITICALITY})|(?<leaseability>${LEASEABILITY_NAME}))(?:\s+(?:floor|min(?:imum)?|cap|max(?:imum)?|limit|ceiling|threshold|cut-?off|level|bar))?\s+(?:(?:be|at|is|of)\s+)?(?:0?\.\d+|1(?:\.0+)?)\s+or\s+(?:0?\.\d+|1(?:\.0+)?)[^\S\n]*\?`,
  'g',
);
/** The answer: "Use 0.75 then", "let's go with 0.55", "make it 0.65", opening its sentence or line (after any quote mark or speaker). */
const CHOSEN_LEVEL =
  /(?:^|[.!;]\s+|\n[^\S\n]*(?:>[^\S\n]*)?(?:[a-z]+:[^\S\n]*)?)(?:(?:ok(?:ay)?|fine|right)[,\s]+)?(?<choice>(?:let'?s\s+)?(?:use|go\s+with|take|make\s+it|pick|settle\s+on)\s+(?<value>0?\.\d+|1(?:\.0+)?)(?:\s+then)?)(?![\d%x]|\.\d)/g;

/** The levels chosen between a question's two, for each score. Claims the question and the answer. */
export function readScoreLevelsChosenBetweenOptions(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  const maxCriticality: FoundBound[] = [];
  const minLeaseability: FoundBound[] = [];
  if (!text.lower.includes('?')) return { maxCriticality, minLeaseability };
  for (const question of text.freeMatches(WEIGHED_LEVELS)) {
    const questionEnd = question.index + question[0].length;
    if (!text.isFree(question.index, questionEnd)) continue;
    const answers = [...text.lower.matchAll(CHOSEN_LEVEL)].filter((answer) => {
      const start = answer.index + answer[0].length - (answer.groups?.['choice'] ?? '').length;
      return (start < question.index || start >= questionEnd) && text.isFree(start, answer.index + answer[0].length);
    });
    const answer = answers.length === 1 ? answers[0] : undefined;
    if (answer === undefined) continue;
    const value = Number(answer.groups?.['value']);
    if (!(value > 0 && value <= 1)) continue;
    const end = answer.index + answer[0].length;
    const start = end - (answer.groups?.['choice'] ?? '').length;
    (question.groups?.['criticality'] === undefined ? minLeaseability : maxCriticality).push({ value, start, end });
    text.claim(question.index, questionEnd);
    text.claim(start, end);
  }
  return { maxCriticality, minLeaseability };
}
