/**
 * A floor said, once the ask is written, as where the writer would stop or as the figure anything above works from,
 * beside `walk-away-floor-cues.ts` and `out-of-reach-floor-cues.ts` (which want a condition or a walk-away with it):
 * "target is $168M, we'd stop at $140M if needed", "we're targeting $77.7M; I'd stop at $70M", "$114M but will stop at
 * $98M if needed", "$113M target; can stop at $100M", and "aim for $100M; anything from $90M up works". Read by
 * `readAmounts` only for a figure below an ask already read, since a stop with no ask above it names no floor. A stop
 * said as an instruction is read with its condition: "and stop at $160M if that's the most you can do", "said stop at
 * $75M if the full amount isn't there", "stopping at $140M if the covenant tests bind", "If the warehouses can't get
 * there, stop at $38M".
 */

/**
 * The stop said before the figure by whoever writes ("we'd stop at", "I could stop at", "the board will stop at") or with
 * the subject left out after a break or a "but" ("; can stop at", "but will stop at"). A run or a pass that stops
 * ("the greedy pass would stop at $95M") is no floor: its subject is none of these.
 */
export const STOP_BESIDE_THE_ASK_BEFORE =
  /(?:\b(?:we|i|they|the\s+(?:board|committee|company|client|cfo|team))(?:'d|'ll|\s+would|\s+will|\s+can|\s+could)(?:\s+(?:happily|still|also))?|(?:^|[,;:\u2014\u2013]|\bbut|\band|\bor)\s*(?:would|will|can|could)(?:\s+(?:happily|still|also))?)\s+(?:stop|settle)\s+(?:at|for)\s*$/;

/** "anything from ", "any amount from ", "whatever lands from ": the bottom of what works, before the figure. */
const FROM_BEFORE = /\b(?:anything|any\s+(?:amount|figure|number|sale|total))\s+from\s*$/;
/** "up works", "upwards is fine", "and up will do", "or more works": after the figure, what makes it the bottom. */
const UP_WORKS_AFTER =
  /^[^\S\n]*(?:up(?:wards?)?|and\s+(?:up|above)|or\s+(?:more|above|higher))\s+(?:works|is\s+(?:fine|ok(?:ay)?|acceptable)|will\s+do|would\s+(?:work|do)|we'?d\s+(?:take|accept))(?![a-z])/;

/**
 * A stop said as an instruction, with no subject, after a break, an "and", a "said" or a "then": "and stop at",
 * "said stop at", ", stopping at". Read only with a condition after the figure (`CONDITION_AFTER`), since "stop at
 * Dallas" or a bare "stopping at $95M" tells of a run, not of the least taken.
 */
const BARE_STOP_BEFORE =
  /(?:^|[,;:(\u2014\u2013]|\band|\bsaid|\bthen|\bjust)\s*(?:to\s+)?(?:stop(?:ping)?|settl(?:e|ing))\s+(?:at|for)\s*$/;
/** "if that's the most you can do", "if the full amount isn't there", "should the tests bind", "in case": the condition. */
const CONDITION_AFTER = /^[^\S\n]*(?:if|unless|should|in\s+case|when|where)\b/;
/**
 * A stop as an instruction after a condition that the ask is not met: "If the warehouses can't get there, stop at",
 * "if the buyers don't bite, then stop at". The condition holds a denial ("can't", "isn't", "won't"), which a plain
 * "if you stop at $80M" or "if Dallas sells, stop at" lacks.
 */
const DENIED_CONDITION_THEN_STOP =
  /\bif\s+[^,.;:\n]{0,60}?\b(?:can'?t|cannot|can\s+not|isn'?t|aren'?t|won'?t|doesn'?t|don'?t|do\s+not|does\s+not|fail\s+to|falls?\s+short)\b[^,.;:\n]{0,50}[,;\u2014\u2013]\s*(?:then\s+)?(?:just\s+)?(?:stop|settle)\s+(?:at|for)\s*$/;

/** The denied condition and its stop in `lead`, re-indexed to `before` (which ends where `lead` ends). */
function deniedConditionThenStop(before: string, lead: string): RegExpExecArray | null {
  const cue = DENIED_CONDITION_THEN_STOP.exec(lead);
  if (cue === null) return null;
  const stop = /(?:stop|settle)\s+(?:at|for)\s*$/.exec(before);
  return stop !== null && lead.length - cue.index >= before.length - stop.index ? stop : null;
}

/**
 * The stop cue in `before` (the clause's words before a figure), or the "anything from" cue when `after` (its words
 * after the figure) says the figure up works; null when there is neither. `lead` (the words before the figure back
 * past the clause's start, to its sentence) holds a denied condition said in a clause of its own; a cue found there is
 * returned only when its stop lies inside `before`.
 */
export function stopBesideTheAsk(before: string, after: string, lead = before): RegExpExecArray | null {
  return (
    STOP_BESIDE_THE_ASK_BEFORE.exec(before) ??
    deniedConditionThenStop(before, lead) ??
    (CONDITION_AFTER.test(after) ? BARE_STOP_BEFORE.exec(before) : null) ??
    (UP_WORKS_AFTER.test(after) ? FROM_BEFORE.exec(before) : null)
  );
}

/**
 * The words of `lower` before `amountStart`, back to the start of their line or sentence (at most 200 characters):
 * the lead in which a condition said in a clause of its own stands before the stop.
 */
export function sentenceLead(lower: string, amountStart: number): string {
  const lineStart = lower.lastIndexOf('\n', amountStart - 1) + 1;
  const window = lower.slice(Math.max(lineStart, amountStart - 200), amountStart);
  const sentenceEnd = Math.max(...[...window.matchAll(/[.!?]\s/g)].map((end) => end.index + 1), 0);
  return window.slice(sentenceEnd);
}
