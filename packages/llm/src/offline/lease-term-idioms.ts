import { LEASE_TERM_AS_STAYING_ON } from './lease-term-as-staying-on.js';
import { WORD_NUMBER } from './written-numbers.js';

/** A count of years in digits or words: the years in the one group of each form below. */
const NUMBER = String.raw`(\d{1,2}|${WORD_NUMBER})`;

/**
 * A lease term in the idioms of English written as a second language, read where no other form of a term matched:
 * - the lease with a plain "is": "for this one the lease is 15 years", "our new lease standard is 10 years";
 * - the years "of term": "the new leases must have 15 years of term", "20 years of lease term";
 * - the years paired with the rise in rent that goes with them: "we want 15 years and 2 % escalation",
 *   "with 20 years and a 2,5 % indexation", "10 years with a 3 % escalator" (the years only: the rise is the
 *   escalator's, read by its own reader).
 * - the leases kept on the company's books for the years: "those leases will sit with us for 15 years";
 * - the lease said to run for the years, in the present: "the lease runs 12 years", "leases last 15 years".
 * - the leases wished to run for the years, in the past of a wish: "I'd rather the leases ran 10 years", "we'd prefer
 *   our leases ran 12 years" ("the leases ran 10 years" alone is history).
 * - the leases at the start of a clause with an approximate term: "Leases around 12 years", "new leases of about 15 yrs".
 * - the leases, or their documents, said with a few words on who signs or drafts them, to run or be the years: "whatever
 *   leases we sign should run 15 years", "the leases themselves should be 17 years", "the lease documents legal has
 *   drafted run 16 years". A word of an earlier lease among them ("the leases we signed last year run 10 years") is
 *   history, and is left unread.
 * "Make it 12 years and 3% bumps", with no term asked about before it, stays unread as a term (see `TERM_CORRECTION`).
 * The leases said as the company staying on, or the buildings leased back, for the years: see `LEASE_TERM_AS_STAYING_ON`.
 * A command line's "--lease-term 20" is the term in years.
 * Years "of lease" alone are left unread: "25 years of lease" is as often a past deal recalled as the term asked.
 */
export const LEASE_TERM_IDIOM = new RegExp(
  String.raw`\blease(?:back)?s?(?:\s+(?:standard|norm|duration|length|period))?\s+(?:is|are)\s+(?:now\s+)?${NUMBER}\s*(?:years?|yrs)(?![a-z])` +
    String.raw`|\b${NUMBER}\s*(?:years?|yrs)\s+of\s+(?:lease\s+)?(?:term|tenor|duration)(?![a-z])` +
    String.raw`|(?<!\bmake\s+it\s+)\b${NUMBER}\s*(?:years?|yrs)(?=\s+(?:and|with)\s+(?:an?\s+)?\d{1,2}(?:\.\d{1,2})?\s*(?:%|per\s*cent|percent)\s+(?:of\s+)?(?:annual\s+|yearly\s+)?(?:escalat(?:ion|ors?)|increases?|indexation|uplifts?|bumps?)(?![a-z]))` +
    String.raw`|\blease(?:back)?s?\s+(?:runs|run|lasts|last)\s+(?:for\s+)?${NUMBER}\s*(?:years?|yrs)(?![a-z])(?!\s+(?:ago|old)\b)` +
    String.raw`|(?<=\b(?:rather|prefer|wish)\s+(?:that\s+)?(?:the\s+|our\s+|new\s+)?)lease(?:back)?s?\s+ran\s+(?:for\s+)?${NUMBER}\s*(?:years?|yrs)(?![a-z])` +
    String.raw`|\blease(?:back)?s\s+(?:will|would|are\s+going\s+to)\s+(?:sit|stay|remain)\s+(?:with\s+us|on\s+(?:our|the)\s+books)\s+for\s+${NUMBER}\s*(?:years?|yrs)(?![a-z])` +
    String.raw`|\blease(?:back)?s?(?:\s+(?:documents?|agreements?|contracts?|papers))?(?:\s+(?!(?:last|previous|prior|old|existing|current|earlier|former|signed|ago)\b)[a-z']+){0,4}?\s+(?:(?:should|must|will|shall|need\s+to|have\s+to|are\s+to)\s+(?:run|last|be)|runs?|lasts?)\s+(?:for\s+)?${NUMBER}\s*(?:years?|yrs)(?![a-z])(?!\s+(?:ago|old)\b)` +
    String.raw`|(?<=(?:^|[.;:!?\n]|\band\s)\s*)(?:new\s+)?lease(?:back)?s\s+(?:of\s+)?(?:around|about|roughly|approximately|circa|~)\s*${NUMBER}\s*(?:years?|yrs)(?![a-z])(?!\s+(?:ago|old)\b)` +
    // "lease everything back for 15 years", "stay on as the tenant for 12 years".
    `|${LEASE_TERM_AS_STAYING_ON}` +
    // "slb plan --target 310000000 --lease-term 20": a command line's flag for the term, in years.
    String.raw`|(?<=\s)--lease[-_]term(?:[-_]y(?:ea)?rs)?(?:=|[^\S\n]+)${NUMBER}(?![\w.])`,
  'g',
);
