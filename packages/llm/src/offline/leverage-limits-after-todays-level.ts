import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { restOfSentenceAndNext } from './sentence-start.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

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

/**
 * Today's level: "3.0x today", "3.1x currently", "3.2x right now", "3.0x pre-deal", with the ratio's "net" or "net
 * leverage" between ("we're at 3.0x net today"), or said in turns ("we're at three turns today"). A level the company
 * says it sits at, with no "today", is today's too: "so we're sitting at three turns", "we're at about 3.0x".
 */
const TODAYS_LEVEL = new RegExp(
  String.raw`(?:\b\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)|\b${WORD_MULTIPLE}[^\S\n]+(?:turns|times))(?:[^\S\n]+net(?:\s+leverage)?)?[^\S\n]+(?:today|currently|right\s+now|at\s+present|now|as\s+of\s+today|pre[-\s](?:deal|sale|close|closing))\b|\bwe(?:'re|\u2019re|\s+are)\s+(?:sitting\s+|running\s+)?at\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z\d])|${WORD_MULTIPLE}[^\S\n]+(?:turns|times)\b)(?:[^\S\n]+net(?:\s+leverage)?\b)?`,
  'g',
);

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
 * A rise refused before a level: "don't go above", "do not get over", "never let it go past", "don't let leverage
 * climb beyond". A regular expression source (lower case).
 */
const REFUSED_RISE = String.raw`(?:don't|don\u2019t|do\s+not|never|mustn't|must\s+not|shouldn't|should\s+not|can't|cannot|won't|will\s+not)\s+(?:let\s+(?:it|us|that|leverage|the\s+ratio)\s+)?(?:go|get|rise|climb|run|drift|creep|move|end\s+up|be)\s+(?:above|over|past|beyond|higher\s+than|more\s+than)`;

/**
 * A level wanted for after the deal, with no comparison: "I want to be at", "the board wants us at", "we need to be
 * at". It counts as a limit only where "after the deal" follows the level (checked where it is read), since the same
 * words before a bare level may state a hope for today.
 */
const WANTED_AFTER = String.raw`(?<wanted>(?:want|wants|need|needs)\s+(?:us\s+|to\s+be\s+|us\s+to\s+be\s+)at)`;

/**
 * A cap before a multiple: "under 2.75x", "no more than 3.5x", "at or under 3.6x", "lenders cap us at 3.75x", "cap
 * post-deal at 3.4x", "the facility allows 4.0x", "a ceiling of 3.5x"; a rise refused, "don't go above 3.2x", "don't
 * let it go past 3.3x", "never let leverage climb over 3.4x"; and a level wanted once the deal is done, "I want to be
 * at two and a half turns after the deal". The multiple may be written in words with its turns ("two and a half turns").
 */
const LIMIT = new RegExp(
  String.raw`\b(?:under|below|no\s+(?:more|higher|greater)\s+than|not\s+(?:above|over|more\s+than|higher\s+than)|(?:at|to)\s*(?:or\s+|\/\s*)(?:under|below)|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|caps?(?:\s+(?:us|it|that|leverage|(?:post|after)[-\s]?(?:deal|sale|close|closing|slb)))?\s+at|capped\s+at|allows?|permits?|ceiling\s+(?:of|at|is)|limit\s+(?:of|at|is)|${REFUSED_RISE}|${WANTED_AFTER})\s*(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z\d])|(?<words>${WORD_MULTIPLE})[^\S\n]+(?:turns|times)\b)(?<after>[^\S\n]+(?:after|post)[-\s](?:the\s+)?(?:deal|sale|slb|close|closing|transaction|leaseback))?|(?:<=?|\u2264)\s*(?<sign>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z\d])`,
  'g',
);

/** Words after a level that put it in the past, or make it today's again: no limit to run with. */
const NOT_A_LIMIT_AFTER =
  /^[^\S\n]*(?:today|currently|now\b|in\s+(?:19|20)\d\d|last\s+(?:year|quarter|time)|ago\b|before\s+the\s+pandemic)/;

/** Words before a limit in its clause that put it in the past: "we were under 2.5x". */
const PAST_BEFORE = /\b(?:were|was|used\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,2}$/;

/**
 * The text after today's level where its limits stand: the rest of its sentence and the next one (a chat's line
 * counts as one, and a line that ends with a stop ends one sentence), at most 240 characters, cut where another ratio
 * or filter is named.
 */
function limitsWindow(lower: string, from: number): string {
  let window = restOfSentenceAndNext(lower, from, 240);
  // "so we're at three turns today.\nCFO: And I want to be at ...": a stop and then a chat's new line end one sentence,
  // not two, so the next line is still the next sentence.
  const next = from + window.length + 1;
  if (/[.!?]$/.test(window) && lower[next - 1] === '\n') {
    const line = lower.slice(next, from + 240);
    const end = line.search(/[!?\n]|\.(?!\d)/);
    window = `${window}\n${end < 0 ? line : line.slice(0, end)}`;
  }
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
  if (
    !/\b(?:today|currently|now|at\s+present|pre[-\s](?:deal|sale|close|closing))\b|\bwe(?:'re|\u2019re|\s+are)\s+(?:sitting\s+|running\s+)?at\b/.test(
      text.lower,
    )
  )
    return [];
  const found: FoundBound[] = [];
  for (const today of text.lower.matchAll(TODAYS_LEVEL)) {
    // "we're at 3.0x net today": the level's own "net" names the ratio.
    if (!/\bnet\b/.test(today[0]) && !isNetLeverageToday(text.lower, today.index)) continue;
    const from = today.index + today[0].length;
    const window = limitsWindow(text.lower, from);
    for (const limit of window.matchAll(LIMIT)) {
      const groups = limit.groups ?? {};
      const words = groups['words'];
      const value = words === undefined ? Number(groups['value'] ?? groups['sign']) : numberValue(words);
      // "I want to be at two and a half turns" alone may be a hope; "... after the deal" is the limit to run with.
      if (groups['wanted'] !== undefined && groups['after'] === undefined) continue;
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
