import { SPEAKER_ROLE } from './chat-speakers.js';
import { FALLS_SHORT } from './fallback-floor-wording.js';

/**
 * A floor asked about and answered with the amount alone: "Minimum acceptable?" then "$80M" on the next line,
 * "Q: what's the floor? A: 60 million". The question names a floor and no other figure; the answer opens with
 * the amount.
 */

/**
 * The time a chat writes after the speaker's name and role rather than before it: "Diane (Treasurer) 9:42:",
 * "Owen 10:03 AM:".
 */
const TIME_AFTER_SPEAKER = String.raw`[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?`;

/**
 * The question and its answer's opening, right before the amount: "...floor?\nA: ", "...acceptable?\n", "...? Yes, ",
 * or a chat's next speaker ("Lee: floor?\nAmir: $75M", "[12:43] Neil Brennan: $135M"), whose name, full or first, and
 * the time of the line stand where "A:" would, with the role they answer in ("Victor (CFO): $45M"), and the time
 * it may write after them ("Diane (Treasurer) 9:42: $105M"), or a transcript's numbered speaker ("Speaker 1: $60M").
 */
const QUESTION_BEFORE_ANSWER = new RegExp(
  String.raw`(?:^|[\n.!;]|\bq\s*[:.)-])(?<question>[^\n.!?;]{0,80})\?[^\S\n]*(?:\n[^\S\n]*(?:\[\d{1,2}:\d{2}\][^\S\n]*)?[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20}(?:[^\S\n]+[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20})?(?:[^\S\n]+\d{1,2})?(?:${SPEAKER_ROLE})?(?:${TIME_AFTER_SPEAKER})?[^\S\n]*:[^\S\n]*|\n?\s*(?:(?:a|answer)\s*[:.)-]\s*)?)(?:(?:yes|yep|sure|ok(?:ay)?)\s*[,:;.-]\s*)?(?:(?:then\s+)?(?:stop\s+at|settle\s+(?:at|for)|go\s+(?:down\s+)?to|not\s+below)[^\S\n]+)?$`,
);
/** Words that make a question one about the floor. */
const FLOOR_QUESTION_WORDS =
  /\b(?:floor|minimum|min|least|lowest|accept(?:able)?|low(?:est)?\s+end|worst\s+case|walk[-\s]?away|fall[-\s]?back|bottom[-\s]line|go\s+(?:below|under|lower))\b/;
/** Words that make it about another figure: the ask itself, or a limit ("minimum coverage?", "min rent?"). */
const OTHER_FIGURE_WORDS =
  /\b(?:target|ask|goal|ideal(?:ly)?|how\s+much|rent|leverage|coverage|fccr|criticality|leaseability|term|escalat\w*|tax|share|market|ebitda|debt)\b/;
/** The condition after a floor question's floor word: "the floor if the market's soft", "minimum should bids come in light". */
const CONDITION_AFTER_FLOOR =
  /(?<=\b(?:floor|minimum|min|fall[-\s]?back|walk[-\s]?away|bottom[-\s]line)\b[^\n]*?)\s+(?:if|should|in\s+case|when)\s[^\n]*$/;
/**
 * A question that is only the ask falling short, after its speaker's label and the time it may carry: "Ana: and if we
 * can't get there?", "Lena (COO) 9:15 AM: and if we can't get there?".
 */
const FALLING_SHORT_QUESTION = new RegExp(
  String.raw`^(?:[^\n:]{1,40}(?:\d:\d\d[^\n:]{0,6})?:)?[^\S\n]*(?:(?:and|but|so|ok(?:ay)?)[,\s]+)?(?:what\s+)?${FALLS_SHORT}[^\S\n]*$`,
);
/** How far before the amount the question is looked for. */
const QUESTION_REACH = 120;

/**
 * Where the question a floor amount at `amountStart` answers begins, or null when the amount answers no floor
 * question. `lower` is the lower-cased brief.
 */
export function floorQuestionStart(lower: string, amountStart: number): number | null {
  const from = Math.max(0, amountStart - QUESTION_REACH);
  const found = QUESTION_BEFORE_ANSWER.exec(lower.slice(from, amountStart));
  const question = found?.groups?.['question'];
  if (found === null || question === undefined) return null;
  // "and if we can't get there?": the ask falling short, asked alone, asks what the floor is.
  if (FALLING_SHORT_QUESTION.test(question)) return from + found.index;
  // "the floor if the market's soft?": the condition after the floor word is why a floor is asked for, not another figure.
  const asked = question.replace(CONDITION_AFTER_FLOOR, '');
  if (!FLOOR_QUESTION_WORDS.test(asked) || OTHER_FIGURE_WORDS.test(asked)) return null;
  return from + found.index;
}
