import type { BriefText } from './brief-text.js';

/*
 * Type words that ask for no type, in wordings `type-words-in-remarks.ts` leaves unread: a mailing line's label
 * ("Distribution: treasury-all@"), the name of a thesis or story ("our West logistics thesis"), a suggestion someone
 * made and the brief turned down ("A colleague thinks we should include offices; we're not", "J. Ortiz asked about
 * including retail; not agreed"), an earlier ticket or plan with its types in brackets that was cancelled
 * ("SLB-PLAN-6 ($95M, warehouses) cancelled") and a fun fact ("Fun fact: our first warehouse rent was $90k").
 * Claimed before any list is read; a type asked for in words of its own is still read.
 */

/**
 * A mailing line: "Distribution: treasury-all@", "Distribution list: cfo@acme.com, treasury", "Dist. list - FP&A
 * team". Only where the value holds an address, a list or a team, so that "Distribution: excluded" and "Distribution
 * centers: yes" stay read.
 */
const MAILING_LINE =
  /^[^\S\n]*(?:distribution|dist\.?)(?:[^\S\n]+list)?[^\S\n]*(?::|[-\u2013\u2014](?=[^\S\n]))[^\n]*?(?:@|\b(?:all|team|group|list|mailing|cc)\b)[^\n]*/gm;

/** A type word in the singular or as an adjective, as a thesis or a story names it: "logistics", "warehouse", "office". */
const TYPE_ADJECTIVE = String.raw`(?:logistics|industrial|warehouse|distribution|office|retail|store|data[-\s]cent(?:er|re)|lab|manufacturing|plant)`;

/**
 * The name of a thesis or story with a type word in it: "(our West logistics thesis)", "the industrial story",
 * "this office narrative". A reason the writer gives, not a type to sell.
 */
const TYPE_THESIS = new RegExp(
  String.raw`\b(?:our|the|this|that|a)\s+(?:[a-z]+\s+){0,2}?${TYPE_ADJECTIVE}\s+(?:thesis|story|narrative|theme)\b`,
  'g',
);

/**
 * A suggestion by someone else, then turned down in the same sentence: "A colleague in Dallas thinks we should include
 * offices; we're not", "Member J. Ortiz asked about including retail; not agreed", "the broker floated the stores,
 * but that was rejected". Claimed from the sentence's start to the refusal. A suggestion of the writer's own ("we
 * think", "I suggested") is left to the other readers.
 */
const SUGGESTION_TURNED_DOWN =
  /[^.!?\n;]*?\b(?:thinks?|thought|suggest(?:s|ed)?|propos(?:es|ed)|asked\s+about|floated|wants?|wanted|argued\s+for|pushed\s+for|raised)\b[^.!?\n;]*[;,]\s*(?:but\s+)?(?:we['\u2019]re\s+not|we\s+are\s+not|we\s+aren['\u2019]t|we\s+won['\u2019]t|we\s+will\s+not|(?:that\s+(?:was|is)\s+)?not\s+(?:agreed|adopted|approved|accepted)|(?:that\s+was\s+|it\s+was\s+)?(?:rejected|declined|turned\s+down|voted\s+down))(?=\s*(?:[.!\n]|$))/g;

/** A writer's own suggestion: "we think", "I suggested". Its turn-down is left to the other readers. */
const OWN_SUGGESTION = /^\s*(?:(?:and|but|so)\s+)?(?:we|i)\s/;

/**
 * An earlier ticket or plan with its types in brackets, then cancelled: "Related: SLB-PLAN-6 ($95M, warehouses)
 * cancelled", "the 2025 plan (two stores) was dropped", "PLAN-12 (labs) withdrawn".
 */
const CANCELLED_WITH_TYPES =
  /\b(?:[a-z]{2,}(?:-[a-z]{2,})*-\d+|(?:the|our|an?|that)\s+(?:(?:19|20)\d\d|last|previous|prior|earlier|old|first)\s+(?:plan|round|program(?:me)?|deal|proposal|request|ticket))\s*\([^()\n]{1,80}\)\s+(?:(?:was|were|has\s+been|got|is)\s+)?(?:cancell?ed|dropped|abandoned|withdrawn|shelved|scrapped|superseded|killed)(?![a-z])/g;

/** "Fun fact: our first warehouse rent was $90k a year", "Trivia - ...": a fun fact, to the end of its sentence. */
const FUN_FACT = /\b(?:fun\s+fact|trivia|random\s+fact|for\s+fun)\s*(?::|[-\u2013\u2014](?=\s))[^.!?\n]*/g;

/** Claims type words that ask for no type (see above): mailing lines, thesis names, suggestions turned down, cancelled plans, fun facts. */
export function claimTypeWordsSetAside(text: BriefText): void {
  for (const pattern of [MAILING_LINE, TYPE_THESIS, FUN_FACT]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (text.isFree(match.index, end)) text.claim(match.index, end);
    }
  }
  for (const match of text.freeMatches(SUGGESTION_TURNED_DOWN)) {
    if (OWN_SUGGESTION.test(match[0])) continue;
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
  // The bracket may hold a figure read already ("$95M"): only the plan's name must be unread; the bracket and the
  // verdict are claimed whole.
  for (const match of text.freeMatches(CANCELLED_WITH_TYPES)) {
    const bracket = match[0].indexOf('(');
    if (text.isFree(match.index, match.index + bracket)) text.claim(match.index, match.index + match[0].length);
  }
}
