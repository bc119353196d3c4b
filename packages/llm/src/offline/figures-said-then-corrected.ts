/**
 * An amount the writer says they gave before and then names the right one: "I said $120M, the correct figure is
 * $135M", "Earlier I sent FCCR 1.5x and $100M; the right numbers are FCCR 1.7x and $112M"; an amount mistyped and
 * owned as such ("USD 1.25bn - sorry, fat finger, USD 125m"); and an amount in a chat taken back on the next line by
 * "wait no" ("lets do $100M" then "wait no, the revolver only needs $85M"); and an amount amended in a bracket after it
 * ("$80M. [AMENDED in meeting: $88M]"). The amount given before is read as
 * nothing, so the right one is the ask. Read by `supersededSpans` in `superseded-figures.ts`.
 */
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** An amount of money with its currency mark or its scale: "$120M", "usd 1.25bn", "125m". */
const MONEY = String.raw`(?<![\w.])(?:(?:us\$|usd|\$)[^\S\n]*\d[\d.,]*(?:[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}|b))?|\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}|b))(?![a-z\d])`;
/** The same, to find each amount inside a span. */
const MONEY_FIGURE = new RegExp(MONEY, 'g');

/**
 * The writer's earlier word, up to the right figures named: "I said $120M, the correct figure is", "earlier I sent
 * FCCR 1.5x and $100M; the right numbers are". Group `earlier` is what was said before; the right figure follows
 * (only looked ahead at).
 */
const SAID_THEN_RIGHT_FIGURE = new RegExp(
  String.raw`\b(?:i|we)\s+(?:said|sent|wrote|gave|quoted|put|had)\b(?<earlier>(?:[^.;!?\n]|\.(?=\d)){0,60}?)[^\S\n]*[,;.:\u2013\u2014-]+[^\S\n]*(?:but\s+|and\s+)?the\s+(?:correct|right|actual|real|proper)\s+(?:figures?|numbers?|amounts?|target|ask)\s+(?:is|are|should\s+be|would\s+be)\b(?=(?:[^.;!?\n]|\.(?=\d)){0,40}?${MONEY})`,
  'g',
);

/**
 * An amount owned as mistyped, then the right one: "USD 1.25bn - sorry, fat finger, USD 125m", "$1,200M (typo) -
 * should read $120M". Group `earlier` is the mistyped amount.
 */
const MISTYPED_FIGURE = new RegExp(
  String.raw`(?<earlier>${MONEY})[^\S\n]*[-\u2013\u2014,;:.(]*[^\S\n]*(?:(?:sorry|oops|whoops|my\s+bad)[,.!]?[^\S\n]*)?(?:fat[-\s]?finger(?:ed)?|mis-?typed|mis-?keyed)[^\S\n]*[),;:.!\u2013\u2014-]*[^\S\n]*(?:(?:it\s+)?should\s+(?:be|read|have\s+been)\s+|i\s+meant\s+|meant\s+)?(?=${MONEY})`,
  'g',
);

/**
 * A chat line's amount, taken back on the next line by the same or another speaker opening with "wait no" or "actually
 * no" and giving another amount on that line: "Sam: lets do $100M" then "Sam: wait no, the revolver only needs $85M".
 * Group `earlier` is the line's amount.
 */
const TAKEN_BACK_ON_NEXT_LINE = new RegExp(
  String.raw`(?<earlier>${MONEY})[^\n]{0,40}\n[^\S\n]*(?:[a-z][a-z .'-]{0,30}:[^\S\n]*)?(?:wait|actually|hang\s+on|hold\s+on)[,.]?[^\S\n]+no\b(?=[^\n]{0,60}?${MONEY})`,
  'g',
);

/**
 * An amount amended in a bracket right after it, a minute's or a memo's note: "Size SLB at $80M. [AMENDED in meeting:
 * $88M]", "$95M (revised by the board: $105M)". Group `earlier` is the amount amended.
 */
const AMENDED_IN_BRACKETS = new RegExp(
  String.raw`(?<earlier>${MONEY})[^\S
]*[.,;]?[^\S
]*[[(][^\S
]*(?:amended|revised|changed|updated|corrected)(?:[^\S
]+(?:in|at|by|on|during)[^\S
]+[a-z .'-]{1,30}?)?[^\S
]*[:–—-][^\S
]*(?=${MONEY}[^\S
]*[\])])`,
  'g',
);

/** The cheap test: one of the forms' words. */
const SAID_OR_MISTYPED_WORD =
  /\b(?:correct|right|actual|real|proper)\s+(?:figure|number|amount|target|ask)|finger|mis-?typed|mis-?keyed|(?:wait|actually|hang on|hold on),? no\b|[[(]\s*(?:amended|revised|changed|updated|corrected)/;

/**
 * The spans of the amounts taken back by the forms above: each amount said before the right one, and only those, so
 * that a ratio said beside them ("FCCR 1.5x") is left to its own readers.
 */
export function figuresSaidThenCorrectedSpans(lower: string): { start: number; end: number }[] {
  if (!SAID_OR_MISTYPED_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  for (const match of matchesIn(SAID_THEN_RIGHT_FIGURE, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    const offset = match.index + match[0].indexOf(earlier);
    for (const figure of earlier.matchAll(MONEY_FIGURE)) {
      spans.push({ start: offset + figure.index, end: offset + figure.index + figure[0].length });
    }
  }
  for (const pattern of [MISTYPED_FIGURE, TAKEN_BACK_ON_NEXT_LINE, AMENDED_IN_BRACKETS]) {
    for (const match of matchesIn(pattern, lower)) {
      const earlier = match.groups?.['earlier'] ?? '';
      spans.push({ start: match.index, end: match.index + earlier.length });
    }
  }
  return spans;
}
