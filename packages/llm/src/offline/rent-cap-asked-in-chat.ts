import type { BriefText } from './brief-text.js';
import { findAmounts } from './read-amounts.js';

/**
 * A cap on new rent asked about in a chat and answered a line or more below: "Sue: rent ceiling?" then "Sue: (for new
 * leases)" then "Will: $7M/yr"; "Gia: rent ceiling" then "Tom: 6.5M new rent per year"; "Felix: rent cap? Jim suggested
 * 4M" then "Grace: Jim's 4M is too tight - we went with 8M of new rent per year". The question names the cap itself, so
 * the answer is an amount alone on its line, or an amount called new rent; lines between them hold no figure (a
 * clarification of the question). A figure someone only suggests ("Jim suggested 4M") or turns down is no answer.
 * A chat pasted from a messaging app puts the speaker's name and the time on lines of their own, with blank lines
 * between messages ("New rent ceiling?" then "", "Helena Ross", "9:34 AM", "$4.5M a year"): blank and time-stamp lines
 * are no message, so they neither count nor hold a figure. The question may put the limit before the rent ("any
 * ceiling on new rent?") or "added" after it ("max rent added?"), or ask for the room left ("what's the rent
 * headroom?"), and the answer may end on "tops". The answer may hold the rent to its amount with a pronoun ("cap it at
 * 7.5m a year", "keep it under $6M") or say what the company can add ("We can add up to $11.5M a year"), and go on
 * to another sentence that names no rent ("$6M a year. Target is $90M").
 */

/**
 * A line that asks for the cap on new rent, with or without its question mark: "rent ceiling?", "new rent cap", and
 * the most rent the company can add asked outright ("max rent we can add?", "how much new rent can we take on?"),
 * the limit before the rent ("any ceiling on new rent?") and the most rent added ("max rent added?"), the rent added
 * asked alone as a chat's question ("Chair: Rent added?"), and the new rent the deal signs the company up for ("How
 * much new rent are we signing up for?").
 */
const CAP_ASKED =
  /\b(?:cap|ceiling|limit|max(?:imum)?)\s+(?:on|for)\s+(?:the\s+)?(?:new|added|incremental|extra|additional)\s+rents?[^\S\n]*(?:\?|$)|\b(?:max(?:imum)?|most)\s+(?:new\s+)?rent\s+added[^\S\n]*(?:\?|$)|\b(?:(?:new|added|incremental|extra|additional)\s+)?rent\s+(?:cap|ceiling|limit|max(?:imum)?|budget)(?:\s+(?:for|on)\s+(?:the\s+)?(?:new\s+)?(?:leases?|leasebacks?))?[^\S\n]*(?:\?|$)|\b(?:max(?:imum)?|most)\s+(?:(?:new|added|incremental|extra|additional|annual)\s+)?rent\s+(?:(?:we|i)\s+)?(?:can|could|may|should|would|are\s+(?:we\s+)?(?:willing|able)\s+to)\s+(?:we\s+)?(?:add|take\s+on|afford|accept|carry)[^\S\n]*(?:\?|$)|\bhow\s+much\s+(?:(?:new|added|incremental|extra|additional|annual)\s+)?rent\s+(?:can|could|may|should|would)\s+(?:we|i)\s+(?:add|take\s+on|afford|accept|carry)[^\S\n]*(?:\?|$)|\b(?:(?:new|added|incremental|extra|additional)\s+)?rent\s+(?:headroom|room)[^\S\n]*(?:\?|$)|\b(?:headroom|room)\s+(?:on|for)\s+(?:the\s+)?(?:(?:new|added|incremental|extra|additional|more)\s+)?rents?[^\S\n]*(?:\?|$)|^(?:[^\n]{0,40}:[^\S\n]*)?(?:(?:new|added)\s+)?rent\s+added[^\S\n]*\?|\bhow\s+much\s+(?:new|added|incremental|extra|additional)\s+rent\s+(?:are|will|would)\s+we\s+(?:be\s+)?(?:signing\s+up\s+for|signing|taking\s+on|adding|committing\s+to)[^\S\n]*\?/m;

/**
 * A chat speaker opening a line: "Tom:", "Grace 4:12 PM:", "[10:02] Will:", with a role after the name: "Kate (COO):",
 * and a transcript's numbered voice: "Speaker 1:".
 */
const SPEAKER = String.raw`(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z][a-z.'-]{0,20}(?:[^\S\n]+\d{1,2}(?!\d|:\d))?(?:[^\S\n]*\([^()\n]{1,20}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*`;

/**
 * The line up to an amount that stands alone as the answer: the speaker, and perhaps a word of assent or a hold on the
 * rent asked about ("We'll hold it to fourteen million a year at most").
 */
const ALONE_BEFORE = new RegExp(
  String.raw`^[^\S\n]*(?:${SPEAKER})?(?:(?:yes|yeah|yep|ok(?:ay)?|use|say|go\s+with)[,:]?[^\S\n]+|(?:(?:we|i)(?:'ll|\u2019ll|\s+will|\s+would|'d)?\s+|(?:let['\u2019]?s|please)\s+)?(?:hold|keep|cap|limit)\s+(?:it|that|them|new\s+rent)\s+(?:to|at|under|below)\s+(?:(?:no\s+more\s+than|at\s+most|max(?:imum)?)\s+)?|(?:we|you)\s+(?:can|could|may)\s+(?:add|take\s+on|afford|carry|absorb)\s+(?:up\s+to|at\s+most|no\s+more\s+than|max(?:imum)?|another|an\s+(?:extra|additional)|(?:up\s+to\s+)?an(?:other)?\s+(?:extra|additional))\s+)?$`,
);

/** Per year after the amount: "/yr", "a year", "per annum". */
const PER_YEAR = String.raw`(?:[^\S\n]*\/[^\S\n]*(?:yr|year)|[^\S\n]+(?:(?:a|per|each)[^\S\n]+year|per[^\S\n]+annum|annually|p\.?a\.?))`;

/** New rent named after the amount: "new rent per year", "of added rent a year". */
const NEW_RENT = String.raw`[^\S\n]+(?:of[^\S\n]+|in[^\S\n]+)?(?:new|added|additional|incremental|extra)[^\S\n]+(?:annual[^\S\n]+|yearly[^\S\n]+)?rents?`;

/**
 * What may end an answer after its amount: the line's end, or punctuation, perhaps after "tops", "max" or a limit's
 * noun ("Eleven million a year ceiling").
 */
const ALONE_AFTER = new RegExp(
  String.raw`^(?:${PER_YEAR})?(?:${NEW_RENT})?(?:${PER_YEAR})?(?:[^\S\n]*,?[^\S\n]*(?:tops|max(?:imum)?|at\s+most|ceiling|cap|limit))?[^\S\n]*[.!;]?(?<rest>[^\S\n]+(?<=[.!;][^\S\n]+)(?![^\n]*\b(?:rent|not|no)\b)[^\n]*)?[^\S\n]*$`,
);

/** A line that is no message: blank, or a time stamp alone ("9:34 AM", "[10:02]"). */
const NO_MESSAGE = /^[^\S\n]*(?:\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?[^\S\n]*)?$/;
/** An amount named as new rent, whatever else its line says: "we went with 8M of new rent per year". */
const CALLED_NEW_RENT = new RegExp(`^(?:${PER_YEAR})?${NEW_RENT}(?:${PER_YEAR})?`);

/** Words that only put a figure forward or turn it down: "suggested", "maybe", "too tight", "not". */
const NOT_SETTLED = /\b(?:suggest|propos|float|consider|maybe|perhaps|might|could|initially|originally|not|no)\b|\bwas\s*$/;

/** The lines a question may stand above its answer, the answer's own excluded. */
const LINES_BACK = 3;

/**
 * The caps on new rent answered in a chat to a question naming the cap: each amount's value, in text order. Claims
 * what it reads.
 */
export function readRentCapsAnsweredInChat(text: BriefText): number[] {
  const found: number[] = [];
  if (
    !/rent\s+(?:cap|ceiling|limit|max|budget)|(?:max(?:imum)?|most|how\s+much)\s+(?:\w+\s+)?rent\s|(?:cap|ceiling|limit)\s+(?:on|for)\s|rent\s+added\s*\?|rent\s+(?:headroom|room)|(?:headroom|room)\s+(?:on|for)\s/.test(
      text.lower,
    )
  )
    return found;
  for (const amount of findAmounts(text.source)) {
    if (!text.isFree(amount.start, amount.end)) continue;
    const lineStart = text.lower.lastIndexOf('\n', amount.start - 1) + 1;
    const lineEnd = text.lower.indexOf('\n', amount.end) < 0 ? text.lower.length : text.lower.indexOf('\n', amount.end);
    if (lineStart === 0) continue;
    const before = text.lower.slice(lineStart, amount.start);
    const after = text.lower.slice(amount.end, lineEnd);
    const aloneAfter = ALONE_AFTER.exec(after);
    const alone = ALONE_BEFORE.test(before) && aloneAfter !== null;
    const called = CALLED_NEW_RENT.exec(after);
    if (!alone && (called === null || NOT_SETTLED.test(before.slice(-40)))) continue;
    if (!askedAbove(text.lower, lineStart)) continue;
    // The answer ends with its sentence: another sentence after it on the line ("Target is $135M") is its own.
    const end = alone ? lineEnd - (aloneAfter?.groups?.['rest']?.length ?? 0) : amount.end + (called?.[0].length ?? 0);
    if (!text.isFree(amount.start, end)) continue;
    found.push(amount.value);
    text.claim(amount.start, end);
  }
  return found;
}

/** Whether a line within `LINES_BACK` above `lineStart` asks for the rent cap, with no figure on the lines between. */
function askedAbove(lower: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let back = 0; back < LINES_BACK && end > 0; back += 1) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (NO_MESSAGE.test(line)) {
      back -= 1;
      end = start - 1;
      continue;
    }
    if (CAP_ASKED.test(line)) return true;
    if (/\d/.test(line)) return false;
    end = start - 1;
  }
  return false;
}
