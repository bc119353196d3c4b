import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';

/*
 * Two ways a type is named without being asked for.
 *
 * A past sale: "the last time we did this (2019) we raised $45M from two Chicago warehouses", "we sold a couple of
 * stores back in 2021", "previously we divested three plants". The sentence tells history; the type sold then is no
 * filter now.
 *
 * A question whether a type is in: "are we doing the data centers?", "can we do the labs?", "should we include the
 * plants?". The question asks for nothing; its answer ("no, only warehouses", "only if they pass the criticality
 * cap") says what is asked.
 */

/** A past sale told in the sentence: "we raised", "we sold", "we divested", "were sold". */
const PAST_SALE =
  /\b(?:we|they|the\s+company)\s+(?:(?:already|also)\s+)?(?:raised|sold|divested|offloaded|disposed\s+of)\b|\bwere\s+sold\b/i;

/** Words that set the sale in the past: a year, "last time", "previously", "back in". */
const PAST_TIME =
  /\b(?:(?:19|20)\d\d|last\s+time|the\s+time\s+before|previously|earlier\s+(?:this|last)\s+(?:year|decade)|back\s+in|years?\s+ago)\b/i;

/** A question whether we take a type: "are we doing", "can we do", "should we include", "do we sell". */
const TYPE_QUESTION =
  /^(?:[^:\n]{0,30}:\s*)?(?:are|can|could|should|do|shall|will|would)\s+we\s+(?:be\s+)?(?:do(?:ing)?|sell(?:ing)?|includ(?:e|ing)|touch(?:ing)?|tak(?:e|ing)|go(?:ing)?\s+after)\s+(?:the\s+|our\s+|any\s+)?$/i;

/** Words that turn from the past sale to this one: "but this time", "now", "however". */
const TURN_TO_NOW = /\b(?:but|this\s+time|now|however|whereas|while)\b|;/i;

/** True when the words before a type tell of a past sale and do not turn to this one after it. */
function toldOfPastSale(before: string): boolean {
  const sales = [...before.matchAll(new RegExp(PAST_SALE.source, 'gi'))];
  const last = sales[sales.length - 1];
  return last !== undefined && !TURN_TO_NOW.test(before.slice(last.index + last[0].length));
}

/** The words before `start` in its sentence, when the sentence ends with a question mark and holds no "only". */
function questionAround(text: BriefText, start: number): string | null {
  const from = sentenceStartBefore(text, start);
  const stop = text.source.slice(start).search(/[.!?\n]/);
  if (stop < 0 || text.source[start + stop] !== '?') return null;
  // "Can we do warehouses only?": a request put as a question still asks.
  if (/\b(?:only|just|solely|alone)\b/i.test(text.source.slice(from, start + stop))) return null;
  // "Should we include labs? Yes.": a question answered yes at once asks for what it names.
  if (/^\s*(?:yes|yeah|yep|sure|correct|definitely)\b/i.test(text.source.slice(start + stop + 1, start + stop + 14))) return null;
  return text.source.slice(from, start);
}

/**
 * Drops the types asked for in passing (from `bareFrom` on in the included list) that stand in a sentence telling of
 * a past sale ("we raised $45M from two warehouses in 2019") or in a question whether we take them ("are we doing the
 * data centers?").
 */
export function dropTypesOfPastSalesAndQuestions(text: BriefText, lists: PlaceLists, bareFrom: number): void {
  for (const item of lists.included.slice(bareFrom)) {
    if (item.match?.item.kind !== 'type') continue;
    const from = sentenceStartBefore(text, item.start);
    const stop = text.source.slice(item.end).search(/[.!?\n]/);
    const sentence = text.source.slice(from, stop < 0 ? text.source.length : item.end + stop);
    const before = text.source.slice(from, item.start);
    const pastSale = toldOfPastSale(before) && PAST_TIME.test(sentence);
    const question = questionAround(text, item.start);
    const asked = question !== null && TYPE_QUESTION.test(question.trimStart());
    if (pastSale || asked) lists.included.splice(lists.included.indexOf(item), 1);
  }
}
