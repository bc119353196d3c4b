import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { restOfSentenceAndNext } from './sentence-start.js';

/**
 * Net leverage limits given with no name after the level the company is at today: "net debt is $1.26B, so we're at
 * 3.0x today. Board wants us under 2.75x after the SLB", "We're at about 3.0x today; lenders cap us at 3.75x but the
 * board wants no more than 3.5x after the deal", "Our net leverage is 3.0x today and the facility allows 4.0x, but
 * the board wants us at or under 3.6x after the sale", and in a chat, "EBITDA 420, net debt 1,260 - so 3.0x today" then
 * "cap post-deal at 3.4x". Today's level says which ratio the limits after it are of: net leverage, where its own
 * sentence speaks of leverage, net debt or EBITDA, or where the brief names no ratio at all (a ratio that lenders cap
 * is leverage). Every limit is read; the caller keeps the tightest.
 *
 * Only limits follow: a comparison that caps the ratio ("under", "no more than", "at or under", "cap ... at",
 * "allows") before a multiple written with its "x". A floor ("keep it above 1.8x") is coverage's, a level in the past
 * ("we were under 2.5x in 2022") is history, and another ratio named in between ("FCCR is 2.4x today") ends the
 * limits of this one.
 */

/** Today's level: "3.0x today", "3.1x currently", "3.2x right now", "3.0x pre-deal". */
const TODAYS_LEVEL =
  /\b\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)[^\S\n]+(?:today|currently|right\s+now|at\s+present|now|as\s+of\s+today|pre[-\s](?:deal|sale|close|closing))\b/g;

/** The words that make today's level a net leverage: leverage, net debt or earnings before rent is added back. */
const NET_LEVERAGE_WORDS = /\b(?:net\s+)?lev[ae]?rage\b|\bnet\s+debt\b|\bebitda(?!r)|\blev\b|\bgearing\b/;

/** Another ratio named in today's sentence after the leverage words: the level is that ratio's. */
const OTHER_RATIO_WORDS = /\b(?:coverage|fccr|fcc|cov|lease[-\s]?adj\w*|ebitdar|lal|rent\w*)\b/;

/** Any ratio's name: a brief with none leaves an unnamed level to the ratio lenders cap, leverage. */
const ANY_RATIO_NAMED = /leverage|coverage|fccr|\bfcc\b|ebitda|lease[-\s]adj|\bnet\b|gearing|\blev\b|\bcov\b|\blal\b/;

/** Where the limits of today's ratio end: another ratio or filter named. */
const OTHER_METRIC =
  /\b(?:coverage|fccr|fcc|cov|lease[-\s]?adj\w*|ebitdar|lal|rent\w*|market\w*|share|criticality|leaseability|interest\s+cover\w*)\b/;

/**
 * A cap before a multiple: "under 2.75x", "no more than 3.5x", "at or under 3.6x", "lenders cap us at 3.75x", "cap
 * post-deal at 3.4x", "the facility allows 4.0x", "a ceiling of 3.5x".
 */
const LIMIT =
  /\b(?:under|below|no\s+(?:more|higher|greater)\s+than|not\s+(?:above|over|more\s+than|higher\s+than)|(?:at|to)\s*(?:or\s+|\/\s*)(?:under|below)|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|caps?(?:\s+(?:us|it|that|leverage|(?:post|after)[-\s]?(?:deal|sale|close|closing|slb)))?\s+at|capped\s+at|allows?|permits?|ceiling\s+(?:of|at|is)|limit\s+(?:of|at|is))\s*(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z\d])|(?:<=?|\u2264)\s*(?<sign>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z\d])/g;

/** Words after a level that put it in the past, or make it today's again: no limit to run with. */
const NOT_A_LIMIT_AFTER =
  /^[^\S\n]*(?:today|currently|now\b|in\s+(?:19|20)\d\d|last\s+(?:year|quarter|time)|ago\b|before\s+the\s+pandemic)/;

/** Words before a limit in its clause that put it in the past: "we were under 2.5x". */
const PAST_BEFORE = /\b(?:were|was|used\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,2}$/;

/**
 * The text after today's level where its limits stand: the rest of its sentence and the next one (a chat's line
 * counts as one), at most 240 characters, cut where another ratio or filter is named.
 */
function limitsWindow(lower: string, from: number): string {
  const window = restOfSentenceAndNext(lower, from, 240);
  const other = OTHER_METRIC.exec(window);
  return other === null ? window : window.slice(0, other.index);
}

/** Whether today's level at `start` is net leverage's: by the words of its own sentence, or by no ratio named at all. */
function isNetLeverageToday(lower: string, start: number): boolean {
  const sentenceStart = Math.max(
    lower.lastIndexOf('\n', start - 1),
    lower.lastIndexOf('. ', start - 1),
    lower.lastIndexOf('; ', start - 1),
  );
  const before = lower.slice(sentenceStart + 1, start);
  const named = [...before.matchAll(new RegExp(NET_LEVERAGE_WORDS.source, 'g'))].at(-1);
  if (named !== undefined) return !OTHER_RATIO_WORDS.test(before.slice(named.index));
  return !ANY_RATIO_NAMED.test(lower);
}

/** The net leverage limits given with no name after today's level (see the file's head), in text order. Claims them. */
export function readLeverageLimitsAfterTodaysLevel(text: BriefText): FoundBound[] {
  if (!/\b(?:today|currently|now|at\s+present|pre[-\s](?:deal|sale|close|closing))\b/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const today of text.lower.matchAll(TODAYS_LEVEL)) {
    if (!isNetLeverageToday(text.lower, today.index)) continue;
    const from = today.index + today[0].length;
    const window = limitsWindow(text.lower, from);
    for (const limit of window.matchAll(LIMIT)) {
      const value = Number(limit.groups?.['value'] ?? limit.groups?.['sign']);
      const start = from + limit.index;
      const end = start + limit[0].length;
      if (NOT_A_LIMIT_AFTER.test(window.slice(limit.index + limit[0].length))) continue;
      if (PAST_BEFORE.test(window.slice(0, limit.index))) continue;
      if (!(value >= 1 && value < 10) || !text.isFree(start, end)) continue;
      found.push({ value, start, end });
      text.claim(start, end);
    }
  }
  return found;
}
