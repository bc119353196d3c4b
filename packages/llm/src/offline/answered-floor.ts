import { SPEAKER_ROLE } from './chat-speakers.js';

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
 * it may write after them ("Diane (Treasurer) 9:42: $105M").
 */
const QUESTION_BEFORE_ANSWER = new RegExp(
  String.raw`(?:^|[\n.!;]|\bq\s*[:.)-])(?<question>[^\n.!?;]{0,80})\?[^\S\n]*(?:\n[^\S\n]*(?:\[\d{1,2}:\d{2}\][^\S\n]*)?[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20}(?:[^\S\n]+[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20})?(?:${SPEAKER_ROLE})?(?:${TIME_AFTER_SPEAKER})?[^\S\n]*:[^\S\n]*|\n?\s*(?:(?:a|answer)\s*[:.)-]\s*)?)(?:(?:yes|yep|sure|ok(?:ay)?)\s*[,:;.-]\s*)?$`,
);
/** Words that make a question one about the floor. */
const FLOOR_QUESTION_WORDS =
  /\b(?:floor|minimum|min|least|lowest|accept(?:able)?|low(?:est)?\s+end|worst\s+case|walk[-\s]?away|fall[-\s]?back|bottom[-\s]line|go\s+(?:below|under|lower))\b/;
/** Words that make it about another figure: the ask itself, or a limit ("minimum coverage?", "min rent?"). */
const OTHER_FIGURE_WORDS =
  /\b(?:target|ask|goal|ideal(?:ly)?|how\s+much|rent|leverage|coverage|fccr|criticality|leaseability|term|escalat\w*|tax|share|market|ebitda|debt)\b/;
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
  if (!FLOOR_QUESTION_WORDS.test(question) || OTHER_FIGURE_WORDS.test(question)) return null;
  return from + found.index;
}
