import type { BriefText } from './brief-text.js';
import { matchesIn } from './required-text.js';
import { sentenceStartIn } from './sentence-start.js';

/**
 * A level settled in a negotiation: "The buyer wanted 0.7 leaseability; we countered with 0.6 and they agreed", "the
 * lenders asked for 2.0x coverage, we came back with 1.75x". The level first asked for is only the other side's
 * opening; the one countered with, in the same sentence, is the limit. Unless the counter is refused after it ("and
 * they refused"), it stands. A score's choice may take its name from a topic sentence just before it ("The committee
 * discussed criticality thresholds. Dana suggested 0.7 but the committee went with 0.6").
 */

/** The metrics a counter may be about, each named as in a list of limits. */
export type CounteredMetric = 'criticality' | 'leaseability' | 'net' | 'lease_adjusted' | 'coverage';

/** The words of a counter-offer and its level: "we countered with 0.6", "we came back at 1.75x", "we settled on 3.5x". */
const COUNTERED =
  /\b(?:we|they|the\s+[a-z]+)\s+(?:countered|counter-offered|came\s+back|settled|compromised|landed)\s+(?:with|on|at)\s+(?:an?\s+)?(?<value>\d+(?:\.\d+)?|\.\d+)(?<unit>[^\S\n]*(?:x|\u00d7)(?![a-z]))?/g;
/**
 * The words of a choice made in place of a suggestion, and its level: "the committee went with 1.6x", "the board
 * settled on 0.7", "we chose 1.75x instead", "committee tightened to 2.2x", "we're going stricter at 0.65". Read as a counter only after a suggestion
 * in the same sentence (`SUGGESTED_BEFORE`): "went with" alone may tell a past run.
 */
const CHOSEN =
  /\b(?:(?:we|they|everyone(?:\s+else)?|the\s+[a-z]+|(?<![a-z]\s)(?:committee|board|lenders?|bank|treasury|credit))\s+(?:(?:finally|eventually|ultimately)\s+)?(?:went\s+with|chose|picked|opted\s+for|agreed\s+(?:on|to)|decided\s+on|adopted|preferred|settled\s+on|(?:tightened|loosened|raised|lowered|moved|changed)\s+(?:it\s+)?to)|we(?:\s+are|['\u2019]re)\s+going\s+(?:(?:stricter|tighter|firmer|looser|higher|lower)\s+)?(?:with|at))\s+(?:an?\s+)?(?<value>\d+(?:\.\d+)?|\.\d+)(?<unit>[^\S\n]*(?:x|\u00d7)(?![a-z]))?/g;
/** A suggestion before the choice in its sentence: "Dana suggested", "the CFO recommended", "ops proposed". */
const SUGGESTED_BEFORE = /\b(?:suggested|proposed|recommended|floated|pitched|mooted|pushed\s+for|argued\s+for|asked\s+for|wanted)\b/;
/**
 * A chat line before the choice's line that suggests a level: "Dana K: for the SLB I'd set FCCR at 1.8x" answered by
 * "Chris B: committee went with 1.6x in the end". The suggestion is only the opening, as in one sentence.
 */
const SUGGESTED_LINE =
  /(?:\b(?:i|we)(?:'d|\u2019d|\s+would)\s+(?:set|put|go\s+with|use|say|keep|cap|hold|want)\b|\b(?:suggest|propose|recommend)(?:ed|s)?\b)[^\n]*\d[^\n]*\n[^\S\n]*$/;
/** What may open a chat line before its words: a time in brackets and a speaker's name with its colon. */
const CHAT_LINE_LEAD =
  /(?:^|\n)[^\S\n]*(?:\[[^\]\n]{1,12}\][^\S\n]*)?(?:[a-z][a-z.'-]{0,20}(?:[^\S\n]+[a-z][a-z.'-]{0,20})?[^\S\n]*:[^\S\n]*)?$/;

/** Where the chat line before the one at `index` starts, when that line suggests a level and this one opens with the choice. */
function suggestedLineStart(reading: string, index: number): number | null {
  const lineStart = reading.lastIndexOf('\n', index - 1);
  if (lineStart < 0 || !CHAT_LINE_LEAD.test(reading.slice(lineStart, index))) return null;
  const previousStart = reading.lastIndexOf('\n', lineStart - 1) + 1;
  return SUGGESTED_LINE.test(reading.slice(previousStart, lineStart + 1)) ? previousStart : null;
}
/** The metric named before the counter in its sentence, its level asked for beside it. */
const ASKED_FOR: readonly { metric: CounteredMetric; pattern: RegExp }[] = [
  { metric: 'criticality', pattern: /\bcriticality\b/ },
  { metric: 'leaseability', pattern: /\b(?:re-?)?(?:lease['-]?ability|leas[ai]bility|lettability)\b/ },
  { metric: 'lease_adjusted', pattern: /\b(?:lease|rent)[-\s]adj(?:usted|\.)?/ },
  { metric: 'coverage', pattern: /\b(?:fixed[-\s]charge|fccr|coverage)\b/ },
  { metric: 'net', pattern: /\b(?:net\s+)?(?:leverage|debt\s*(?:\/|to)\s*ebitda)\b/ },
];
/** Every counter holds one of these words: a brief with none is not scanned. */
const COUNTER_WORD =
  /counter|came\s+back|going\s+|settled|compromised|landed|went\s+with|chose|picked|opted|agreed|decided|adopted|preferred|(?:tightened|loosened|raised|lowered|moved|changed)\s+(?:it\s+)?to/;
/** A counter turned down after it: "and they refused", "which was rejected". */
const REFUSED_AFTER = /^[^.;!?\n]{0,30}\b(?:refused|rejected|declined|said\s+no|turned\s+(?:it|us)\s+down)\b/;

/** A level countered with, for its metric. */
export interface CounteredLevel {
  readonly metric: CounteredMetric;
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Where the counter's sentence starts: a level of its metric asked for from there on is only the opening. */
  readonly sentenceStart: number;
}

/**
 * `bounds` without the levels asked for before the counter in its sentence ("the lenders asked for 2.0x coverage"),
 * which would otherwise be kept as the tighter limit. Changes `bounds` in place.
 */
export function dropOpeningLevels(bounds: { start: number; end: number }[], level: CounteredLevel): void {
  for (let index = bounds.length - 1; index >= 0; index -= 1) {
    const bound = bounds[index];
    if (bound !== undefined && bound.start >= level.sentenceStart && bound.end <= level.start) bounds.splice(index, 1);
  }
}

/**
 * The levels countered with for `metrics`, each for the one metric named before it in its sentence. Claims what it
 * reads, and only that: a counter for another metric is left to the reader of that metric.
 */
export function readCounteredLevels(text: BriefText, metrics: readonly CounteredMetric[]): CounteredLevel[] {
  const found: CounteredLevel[] = [];
  // A choice made in place of a suggestion is looked for in the words a correction reader set aside too: "Dana
  // suggested 1.8x for FCCR; however the committee went with 1.6x" has the suggestion and the choice's words read as
  // nothing, the name with them; the level chosen, still free, is the one that stands.
  const restored = withSetAsideWords(text);
  if (!COUNTER_WORD.test(restored)) return found;
  const countered = text.freeMatches(COUNTERED).map((match) => ({ match, reading: text.lower }));
  const chosen = matchesIn(CHOSEN, restored)
    .filter(
      (match) =>
        SUGGESTED_BEFORE.test(restored.slice(sentenceStartIn(restored, match.index), match.index)) ||
        suggestedLineStart(restored, match.index) !== null,
    )
    .map((match) => ({ match, reading: restored }));
  for (const { match, reading } of [...countered, ...chosen]) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end) || REFUSED_AFTER.test(reading.slice(end))) continue;
    // The level itself must be one no reader has set aside or read.
    const level = (match.groups?.['value'] ?? '').length + (match.groups?.['unit'] ?? '').length;
    if (Array.from({ length: level }, (_, offset) => end - level + offset).some((index) => text.isClaimed(index))) continue;
    // A choice answering the chat line before it: that line's level is the opening, and its metric the one meant.
    const opened = (reading === restored ? suggestedLineStart(reading, start) : null) ?? sentenceStartIn(reading, start);
    const before = reading.slice(opened, start);
    const named = ASKED_FOR.filter(({ pattern }) => pattern.test(before));
    // "The committee discussed criticality thresholds. Dana suggested 0.7 but the committee went with 0.6": a choice
    // whose sentence names no metric takes a score from the sentence before it, when that one only names the topic.
    if (named.length === 0 && reading === restored) named.push(...scoreTopicBefore(reading, opened));
    // "lease-adjusted leverage" names leverage too: the longer name is the one meant.
    const meant = named.some(({ metric }) => metric === 'lease_adjusted') ? named.filter(({ metric }) => metric !== 'net') : named;
    const only = meant.length === 1 ? meant[0]?.metric : undefined;
    if (only === undefined || !metrics.includes(only)) continue;
    const value = Number(match.groups?.['value']);
    const score = only === 'criticality' || only === 'leaseability';
    if (score ? !(value > 0 && value <= 1) || match.groups?.['unit'] !== undefined : !(value > 0 && value < 20)) continue;
    found.push({ metric: only, value, start, end, sentenceStart: opened });
    text.claim(start, end);
  }
  return found;
}

/**
 * The scores named as the topic of the sentence ending at `sentenceStart` ("The committee discussed criticality
 * thresholds."): a sentence with no figure of its own, so that a level it states is not the one its next sentence
 * settles. Only the scores, whose levels (fractions up to 1) cannot be taken for another figure.
 */
function scoreTopicBefore(reading: string, sentenceStart: number): { metric: CounteredMetric; pattern: RegExp }[] {
  if (sentenceStart < 2) return [];
  const previous = reading.slice(sentenceStartIn(reading, sentenceStart - 1), sentenceStart);
  if (/\d/.test(previous)) return [];
  return ASKED_FOR.filter(({ metric, pattern }) => (metric === 'criticality' || metric === 'leaseability') && pattern.test(previous));
}

/** The reading copy with the words a correction reader set aside (and no reader has read since) written back. */
function withSetAsideWords(text: BriefText): string {
  let restored = '';
  for (let index = 0; index < text.lower.length; index += 1) {
    const written = text.source[index]?.toLowerCase() ?? ' ';
    restored += text.isClaimed(index) && text.isFree(index, index + 1) && written.length === 1 ? written : text.lower[index];
  }
  return restored;
}
