import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import { ASK_WORDS } from './message-origin-places.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * Places that belong to the writer's introduction of themselves, which ask for no market and rule none out:
 * - a greeting that says who writes and where they sit: "Hey, it's Priya in FP&A Phoenix.", "Hi all, Omar here from
 *   controllership in Newark.", "Hi from Legal, Bea from the Chicago office.", "Hi team — Ravi, Tax Analyst, Dallas.";
 * - the area the writer looks after, in a bracket: "I run logistics for the region (Georgia).", "I manage finance for
 *   the region (Arizona, Ohio)";
 * - a region's team speaking: "The Ohio region here —", "Phoenix office here.";
 * - an opening that is only a function and its place: "Distribution, Chicago.", "Manufacturing, Newark.";
 * - a closing of thanks, then the writer's place and team: "Thanks — Atlanta retail finance";
 * - the operation the writer runs, as a sentence of its own: "I run the Newark operation.", "We manage the Dallas hub.".
 * A greeting that also asks ("only", "sell", "exclude"), holds a figure, or names no one stays with the readers of asks.
 */

/** A greeting that opens a line: "Hi all,", "Hey,", "Hello from", "Morning team —" (anchored at the start). */
const GREETING_OPENING =
  /^[^\S\n]*(?:hi|hello|hey|greetings|howdy|morning|good\s+(?:morning|afternoon|evening)|afternoon|evening)\b(?:[^\S\n]+(?:all|team|everyone|folks|there|guys|y['\u2019]all)\b)?/;
/**
 * Words of an introduction before the place: "it's", "here", "I", a preposition of where one sits. Not "this is" alone:
 * "Hi, this is the Dallas region." may address the region.
 */
const INTRODUCING = new RegExp(String.raw`\b(?:it['\u2019]s|here|i['\u2019]m|i\s+am|i|from|in|at|with)\b|${WRITER_ROLE}`);

/** "I run logistics for the region (": the writer's own area, its places in the bracket after (anchored at the end). */
const AREA_LOOKED_AFTER =
  /\b(?:i|we)\s+(?:run|manage|oversee|lead|head|cover|handle|look\s+after|support|coordinate|am\s+responsible)\b[^.!?\n;$\d]{0,40}?\bfor\s+(?:the|our|my)\s+(?:region|area|territory|division|district|network|patch)\s*\((?:[^()\n]*?(?:,|\band\b|&|\/)\s*)?$/;
/**
 * "I run the ", "we manage our ": the writer running an operation named by its place (anchored at the end); with
 * `OPERATION_AFTER`, "I run the Newark operation." says where the writer works, not where to sell.
 */
const WRITER_RUNS_BEFORE =
  /(?:^|[\n.!?;:]\s*|[\u2013\u2014-]\s+)(?:hi[,!]?\s+|hello[,!]?\s+)?(?:i|we)\s+(?:run|manage|oversee|lead|head(?:\s+up)?|look\s+after|supervise)\s+(?:the|our)\s+$/;
/** The operation after its place, ending its sentence: " operation.", " ops", " site", " hub" (anchored at the start). */
const OPERATION_AFTER =
  /^[^\S\n]+(?:operations?|ops|site|hub|facility|facilities|region|team|office|business|network|campus)[^\S\n]*(?:[.!;\n]|$)/;
/** The bracket's end after the area's last place, or another place of it. */
const AREA_BRACKET_GOES_ON = /^\s*(?:\)|,|&|\/|\band\b)/;

/** "The Ohio region here", "Phoenix office here": a region's or an office's team speaking (the words after the place). */
const PLACE_TEAM_HERE = /^[^\S\n]+(?:region|office|team|site|hub|campus|plant|group|side|desk)[^\S\n]+here\b/;
/** What may stand before such a place: the start of a sentence, a line or a dash, and "the" (anchored at the end). */
const SENTENCE_OPENING = /(?:^|[\n.!?;:]\s*|[\u2013\u2014-]\s+)(?:the\s+|our\s+)?$/;

/** A function of the business in the singular, as a team's name: "Manufacturing", "Distribution", "Supply chain". */
const FUNCTION_NAME = String.raw`(?:manufacturing|distribution|logistics|warehousing|retail|research|engineering|supply\s+chain|fleet|maintenance|production|sales)`;
/** An opening line that is only a function and a comma before the place: "Manufacturing, " (anchored at the end). */
const FUNCTION_THEN_PLACE = new RegExp(String.raw`(?:^|\n)[^\S\n]*${FUNCTION_NAME}[^\S\n]*,[^\S\n]*$`);
/** The end of such an opening: a full stop, a colon, an exclamation mark or the line's end. */
const OPENING_LINE_END = /^[^\S\n]*(?:[.:!\n]|$)/;

/** A closing of thanks and a dash or a comma, right before the place (anchored at the end). */
const THANKS_BEFORE = /\b(?:thanks|thx|thank\s+you|ty|cheers|regards|best)\b[!.,]?[^\S\n]*[-\u2013\u2014,][^\S\n]*$/;
/** The writer's team after the place, then the end of the text: " retail finance", " ops team." */
const TEAM_TO_THE_END = new RegExp(String.raw`^[^\S\n]+(?:${WRITER_ROLE})[.!]?\s*$`);

/** Whether the place at [start, end) is part of a greeting that introduces the writer and asks nothing. */
function isInGreeting(text: BriefText, start: number, end: number): boolean {
  const from = sentenceStartBefore(text, start);
  if (from > 0 && text.lower[from - 1] !== '\n') return false;
  const sentence = text.lower.slice(from, sentenceEndAfter(text, end));
  const greeting = GREETING_OPENING.exec(sentence);
  if (greeting === null || ASK_WORDS.test(sentence) || /\d/.test(sentence)) return false;
  return INTRODUCING.test(text.lower.slice(from + greeting[0].length, start));
}

/**
 * Claims the places of the writer's introduction — a greeting that says who writes and from where, the area they look
 * after, a region's team speaking, an opening of a function and its place, a closing of thanks with the writer's team,
 * the operation they run —
 * so that none of them is read as a market asked for.
 */
export function claimWriterIntroductionPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 120), place.start);
    const after = text.lower.slice(place.end, place.end + 80);
    const introduction =
      isInGreeting(text, place.start, place.end) ||
      (AREA_LOOKED_AFTER.test(before) && AREA_BRACKET_GOES_ON.test(after)) ||
      (SENTENCE_OPENING.test(before) && PLACE_TEAM_HERE.test(after)) ||
      (FUNCTION_THEN_PLACE.test(before) && OPENING_LINE_END.test(after)) ||
      (THANKS_BEFORE.test(before) && TEAM_TO_THE_END.test(after) && !ASK_WORDS.test(after)) ||
      (WRITER_RUNS_BEFORE.test(before) && OPERATION_AFTER.test(after));
    if (introduction) text.claim(place.start, place.end);
  }
}
