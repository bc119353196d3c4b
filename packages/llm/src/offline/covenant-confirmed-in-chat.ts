import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import type { CovenantMetric } from './level-capped-there.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/**
 * A covenant asked about in a chat, a level put forward as a second question, and the answer that confirms it: "Ivy:
 * lease-adj leverage?" then "Ivy: still 4.8?" then "Ken: yes 4.8x" (or "Ken: yes, still"); and an answer opening with
 * a word of assent on the line right after the question ("Tom: FCCR floor?" then "Ana: yep, 1.7x"). An answer with
 * another level replaces the one put forward ("Ken: no, 5.2x"). A transcript gives the answer in words ("TREASURER: Net
 * leverage?" then "CFO: Three point six times, max."). The level is read in the metric's own direction. A
 * level someone only puts forward and nobody confirms is no limit.
 */

/** A chat speaker opening a line: "Ken:", "Grace 4:12 PM:", "[10:02] Will:". */
const SPEAKER = String.raw`(?:(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z][a-z.'-]{0,20}(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*)?`;

/** A level in figures, a ratio's: "4.8", "1.75x", "5 times". */
const LEVEL = String.raw`(?<value>\d{1,2}(?:\.\d+)?)(?![\d%])[^\S\n]*(?:x|\u00d7|times|turns)?(?![a-z])`;
/**
 * A level in figures or, as a transcript writes what was said, in words with its "times": "Three point six times",
 * "one and a half times". Words need the unit, so that "two" alone is never a ratio.
 */
const SAID_LEVEL = String.raw`(?:${LEVEL}|(?<words>${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)(?![a-z]))`;

/** A level put forward as a question: "still 4.8?", "same 1.75x?", "is it 3.5?", "4.8x again?". */
const PROPOSED = new RegExp(
  String.raw`^[^\S\n]*${SPEAKER}(?:(?:still|same(?:\s+as\s+before)?|is\s+it|at|keep(?:ing)?\s+(?:it\s+)?at|we\s+said)[^\S\n]+)?${LEVEL}(?:[^\S\n]+(?:again|as\s+before))?[^\S\n]*\?[^\S\n]*$`,
);

/** A word of assent opening an answer: "yes", "yep", "correct", "confirmed". */
const ASSENT = String.raw`(?:yes|yeah|yep|yup|correct|confirmed|right|agreed|that's\s+right)`;

/**
 * An answer that gives the level, confirming the one put forward or replacing it: "yes 4.8x", "yep, still 4.8",
 * "correct - 1.7x min.", "no, 5.2x", "5x".
 */
const CONFIRMED_LEVEL = new RegExp(
  String.raw`^[^\S\n]*${SPEAKER}(?:(?:${ASSENT}|no|nope|actually)[^\S\n]*[,.!:\u2013\u2014-]?[^\S\n]*)?(?:(?:still|keep\s+it\s+at|at)[^\S\n]+)?${SAID_LEVEL}[^\S\n]*(?:,?[^\S\n]*(?:max(?:imum)?|min(?:imum)?|cap|floor|limit|tops|at\s+(?:most|least)))?[^\S\n]*[.!]?[^\S\n]*$`,
);

/** An answer that confirms the level put forward without repeating it: "yes", "yes, still", "correct, same". */
const CONFIRMED_ALONE = new RegExp(
  String.raw`^[^\S\n]*${SPEAKER}${ASSENT}(?:[^\S\n]*[,.!]?[^\S\n]*(?:still|same|that|that\s+one))?[^\S\n]*[.!]?[^\S\n]*$`,
);

/** Words that may end a question about a covenant after its name: "cap", "floor", "after the deal". */
const ASKED_TAIL = String.raw`(?:[^\S\n]+(?:cap|limit|ceiling|floor|max(?:imum)?|min(?:imum)?|covenant|test|level))?(?:[^\S\n]+(?:for\s+this\s+(?:one|deal|run)|after\s+the\s+deal))?`;

/** The questions about each metric, compiled once for each list of names: the names are long patterns. */
const QUESTIONS = new WeakMap<object, { metric: CovenantMetric; question: RegExp }[]>();

function questionsFor(antecedents: readonly { metric: CovenantMetric; pattern: RegExp }[]): { metric: CovenantMetric; question: RegExp }[] {
  const known = QUESTIONS.get(antecedents);
  if (known !== undefined) return known;
  const questions = antecedents.map(({ metric, pattern }) => ({
    metric,
    question: new RegExp(
      String.raw`^[^\S\n]*${SPEAKER}(?:(?:and|so|what\s+about|how\s+about|the|our)[^\S\n]+)*(?:${pattern.source})${ASKED_TAIL}[^\S\n]*\?[^\S\n]*$`,
    ),
  }));
  QUESTIONS.set(antecedents, questions);
  return questions;
}

/**
 * The covenant levels confirmed in a chat, each with the metric asked about. `antecedents` are the metrics' names.
 * Claims each level it reads.
 */
export function readCovenantsConfirmedInChat(
  text: BriefText,
  antecedents: readonly { metric: CovenantMetric; pattern: RegExp }[],
): { metric: CovenantMetric; bound: FoundBound }[] {
  const found: { metric: CovenantMetric; bound: FoundBound }[] = [];
  if (!/\?[^\S\n]*\n/.test(text.lower)) return found;
  const asked = questionsFor(antecedents);
  const lines = text.lower.split('\n');
  const starts: number[] = [];
  let start = 0;
  for (const line of lines) {
    starts.push(start);
    start += line.length + 1;
  }
  lines.forEach((line, index) => {
    if (!/\?[^\S\n]*$/.test(line)) return;
    const metric = asked.find(({ question }) => question.test(line))?.metric;
    if (metric === undefined) return;
    // The level put forward on the next line, if any, then the answer on the line after the question or the proposal.
    const proposal = PROPOSED.exec(lines[index + 1] ?? '');
    const answerIndex = proposal === null ? index + 1 : index + 2;
    const answer = lines[answerIndex] ?? '';
    const withLevel = CONFIRMED_LEVEL.exec(answer);
    const lineStart = starts[answerIndex] ?? 0;
    let bound: FoundBound | null = null;
    const words = withLevel?.groups?.['words'];
    if (withLevel !== null && words !== undefined) {
      bound = { value: numberValue(words), start: lineStart + answer.indexOf(words), end: lineStart + answer.length };
    } else if (withLevel !== null) {
      const value = withLevel.groups?.['value'] ?? '';
      const at = lineStart + answer.lastIndexOf(value);
      bound = { value: Number(value), start: at, end: lineStart + answer.length };
    } else if (proposal !== null && CONFIRMED_ALONE.test(answer)) {
      const value = proposal.groups?.['value'] ?? '';
      const proposalStart = starts[index + 1] ?? 0;
      const at = proposalStart + (lines[index + 1] ?? '').lastIndexOf(value);
      bound = { value: Number(value), start: at, end: at + value.length };
    }
    if (bound === null || !(bound.value > 0 && bound.value < 20) || !text.isFree(bound.start, bound.end)) return;
    found.push({ metric, bound });
    text.claim(bound.start, bound.end);
  });
  return found;
}
