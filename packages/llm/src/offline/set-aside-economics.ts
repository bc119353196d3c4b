import { WORD_NUMBER } from './written-numbers.js';

// Economics a brief names only to set aside: a reporting basis mused about or left undecided, a lease term asked
// about and not decided, and an earlier draft's term that was dropped. `read-economics.ts` claims these before it
// reads any term or basis, so that the figure or basis in them is read as nothing.

/** A reporting basis as named: "IFRS", "IFRS 16", "IFRS16", "US GAAP", "GAAP", with "reporting" or "basis" after it. */
const BASIS = String.raw`(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting))?`;

/**
 * A reporting basis set aside, in the families the older `UNDECIDED_BASIS` does not cover: a hypothetical question
 * ("what if we also tried IFRS 16?", "what if we switched to IFRS?"); a musing with a question mark and a doubt after
 * it ("thinking about IFRS maybe? not sure yet"); its discussion parked ("the IFRS 16 discussion is parked until the
 * parent decides", "IFRS debate deferred"); whether to move to it ("whether to switch to IFRS (no decision)"); and a
 * list of things discussed that ends "neither is decided" ("a Texas-free version and IFRS reporting. Neither is
 * decided").
 */
export const SET_ASIDE_BASIS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`what\s+if\s+we\s+(?:also\s+)?(?:tried|try|used|use|went\s+with|switched\s+to|moved\s+to|reported\s+(?:under|on))\s+${BASIS}`,
      String.raw`(?:thinking\s+about|considering|mulling(?:\s+over)?|toying\s+with|wondering\s+about)\s+${BASIS}(?:\s+(?:maybe|perhaps|possibly))?\s*\?`,
      String.raw`${BASIS}(?:\s+(?:maybe|perhaps|possibly))?\s*\?\s*(?:(?:i'?m|we'?re)\s+)?(?:not\s+sure|unsure|no\s+idea|tbd|undecided)`,
      String.raw`${BASIS}\s+(?:discussion|question|debate|decision|switch|move|conversation|point)\s+(?:is\s+|was\s+|has\s+been\s+|stays\s+)?(?:parked|deferred|on\s+hold|postponed|tabled|pending|open|undecided)`,
      String.raw`(?:whether|if)\s+(?:we\s+)?(?:should\s+)?(?:to\s+)?(?:switch|move|go|change|report|convert)\s+(?:over\s+)?(?:to|under|on)\s+${BASIS}`,
      String.raw`${BASIS}\s*[.,;]\s*(?:but\s+)?(?:neither|none)\s+(?:of\s+(?:these|those|them|which)\s+)?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:yet\s+)?(?:decided|agreed|settled)`,
    ].join('|') +
    ')(?![a-z0-9])',
  'g',
);

/** A lease term's years as written before "year": "30-year", "a fifteen year", "12yr". */
const TERM_YEARS = String.raw`(?:\d+|${WORD_NUMBER})[\s-]*(?:year|yr|y)s?`;

/**
 * A lease term asked about, not decided ("Jason asked whether we should use a 30-year lease", "if we go with
 * 20-year terms"), and an earlier draft's term that was dropped ("v2 had a 12yr term which we dropped", "the 10-year
 * term we rejected", "a 25-year term, since dropped").
 */
export const SET_ASIDE_TERM = new RegExp(
  String.raw`\b(?:(?:whether|if)\s+(?:we\s+)?(?:should\s+)?(?:use|go\s+with|do|try|switch\s+to|move\s+to|take)\s+(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease(?:back)?s?|terms?|tenors?)` +
    String.raw`|(?:an?\s+|the\s+)?${TERM_YEARS}[\s-]+(?:lease\s+)?(?:terms?|tenors?|lease(?:back)?s?)(?:,?\s+(?:which|that|since)\s+(?:we\s+(?:have\s+|'ve\s+)?|(?:was|were|has\s+been|have\s+been)\s+)?|\s+we\s+(?:have\s+|'ve\s+)?)(?:dropped|abandoned|rejected|scrapped|discarded|superseded|ditched|replaced))(?![a-z])`,
  'g',
);
