import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A place described or measured, not asked for: the reason given after an order ("Leave the Groveport Warehouse
 * alone, Columbus is our growth market"), and a place's share as it stands ("current market share from Dallas in the
 * draft is 52% - too high"), and a place's row in a table of share caps ("Market | Max share of proceeds" over "Dallas
 * | 25%"). The first says why, the others what is or what is capped; none names where to sell.
 */

/**
 * A place called the company's own market, region or base, ending its sentence or clause (anchored at the start of
 * the words after the place): " is our growth market.", " is our home region;".
 */
const CALLED_OURS_AFTER =
  /^[^\S\n]+is[^\S\n]+(?:our|the\s+company['\u2019]s)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}(?:market|region|hub|base|home|heartland|territory)[^\S\n]*(?:[.!;\n]|$)/;

/** A share named right before the place (anchored at the end): "market share from ", "exposure to ", "concentration in ". */
const SHARE_OF_BEFORE = /\b(?:share|exposure|concentration|weight(?:ing)?)[^\S\n]+(?:from|of|in|to)[^\S\n]+(?:the[^\S\n]+)?$/;
/** The share's level as it stands, after the place: " in the draft is 52%", " is 48% today", " sits at 40%". */
const LEVEL_AFTER =
  /^[^\S\n]+(?:(?:in|under)[^\S\n]+the[^\S\n]+(?:draft|model|plan|current\s+[a-z]+|last\s+run)[^\S\n]+)?(?:is|was|sits|stands|runs|came\s+in)[^\S\n]+(?:at[^\S\n]+)?(?:about[^\S\n]+|around[^\S\n]+|roughly[^\S\n]+)?\d/;

/**
 * A table row of a place and a share (anchored at the start of the words after the place): " | 25%", " | 30 % |". The
 * reading copy writes a table's borders as colons, so either stands between the cells.
 */
const SHARE_CELL_AFTER = /^[^\S\n]*[|:][^\S\n]*\d{1,2}(?:\.\d+)?[^\S\n]*%[^\S\n]*[|:]?[^\S\n]*(?:\n|$)/;
/** A table's header naming a share or its cap in a column: "Market | Max share of proceeds". */
const SHARE_HEADER = /[|:][^\n|:]*\b(?:share|cap|limit|concentration|exposure)\b/;

/** Claims places said to be the company's market after an order, and places whose share is only measured. */
export function claimPlacesDescribedOrMeasured(text: BriefText, vocabulary: PlaceVocabulary): void {
  // Cheap guard: every such place is followed by a form of "is", "was", "sits", "stands", "runs" or "came", or a share.
  if (!/\b(?:is|was|sits|stands|runs|came)\b|%/.test(text.lower)) return;
  for (const place of freePlacesIn(text, vocabulary)) {
    const after = text.lower.slice(place.end, place.end + 80);
    const before = text.lower.slice(Math.max(0, place.start - 40), place.start);
    // A reason after an order names no place to sell: only after a comma or a dash that follows the order.
    const reason = CALLED_OURS_AFTER.test(after) && /[,\u2013\u2014-][^\S\n]*$/.test(before);
    // "Market | Max share of proceeds" over "Dallas | 25%": the place's row gives its share cap, no filter.
    const lineStart = text.lower.lastIndexOf('\n', place.start - 1) + 1;
    const shareRow =
      /^[^\S\n|:]*[|:]?[^\S\n]*$/.test(text.lower.slice(lineStart, place.start)) &&
      SHARE_CELL_AFTER.test(after) &&
      SHARE_HEADER.test(headerAbove(text.lower, lineStart));
    if (reason || shareRow || (SHARE_OF_BEFORE.test(before) && LEVEL_AFTER.test(after))) text.claim(place.start, place.end);
  }
}

/** The line above the rows of shares that end at `lineStart`: the table's header, past the rows of other places. */
function headerAbove(lower: string, lineStart: number): string {
  let end = lineStart;
  for (let rows = 0; rows < 12 && end > 0; rows += 1) {
    const start = lower.lastIndexOf('\n', end - 2) + 1;
    const line = lower.slice(start, end);
    if (!/[|:][^\S\n]*\d{1,2}(?:\.\d+)?[^\S\n]*%[^\S\n]*[|:]?[^\S\n]*\n?$/.test(line)) return line;
    end = start;
  }
  return '';
}
