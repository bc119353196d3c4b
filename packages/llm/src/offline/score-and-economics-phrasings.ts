import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// Scores and lease economics said in words the field readers do not know, restated in words they do: a score label
// with its bound spelt out ("Criticality: must be <= 0.4"), assets kept out by how they score ("leave alone anything
// that scores higher than 0.55 on criticality"), rent "steps" for an escalator, a tax rate written as a fraction before
// "tax" ("use 0.21 tax"), the gain modelled at a rate ("model the gains at a 27% combined rate"), a term cap then the
// term chosen under it ("no leases longer than 15 years, so use 15"), and a table row whose label carries a note in
// brackets ("Rent escalator (assumed) | 2.0%"). Each restatement keeps the figure as written.

/**
 * A score's label, a colon, and its bound in words or signs: "Criticality: must be <= 0.4", "Leaseability: should be
 * at least 0.6", "Criticality score: no more than 0.5". The score, the bound and the level in named groups; a bound
 * that points the wrong way for its score ("Criticality: at least 0.4") is left as written.
 */
const SCORE_LABEL_WITH_BOUND =
  /\b(?<score>criticality|leaseability)(?:[^\S\n]+score)?[^\S\n]*:[^\S\n]*(?:(?:must|should|needs?\s+to|has\s+to|is\s+to)[^\S\n]+be[^\S\n]+)(?<bound><=|≤|=<|at\s+most|no\s+more\s+than|not\s+above|no\s+higher\s+than|under|below|>=|≥|=>|at\s+least|no\s+less\s+than|not\s+below|no\s+lower\s+than|above|over)[^\S\n]*(?<level>0?\.\d{1,3}|1(?:\.0+)?)(?![\d.])/gi;

/**
 * Assets kept out by how they score: "leave alone anything that scores higher than 0.55 on criticality", "don't
 * touch sites rated above 0.6 for criticality", "avoid whatever scores below 0.4 on leaseability" (with "higer" mistyped
 * too). The part from the score's verb to the score's name is restated ("with criticality above 0.55"), and the verb
 * of keeping out as "exclude". Only verbs the score readers do not know are taken; the ones they know ("exclude",
 * "keep out", "skip", "will not sell") are left to them.
 */
const SCORED_PAST_LEVEL =
  /\b(?<keeper>leave\s+alone|spare|avoid|don['\u2019]?t\s+touch|do\s+not\s+touch)(?![a-z])[^.;\n]{0,50}?\b(?<verb>(?:(?:that|which)\s+)?(?:scores?|scoring|rated|rates|rating)\s+(?<comparison>higher|higer|above|over|more|greater|lower|below|under|less)(?:\s+than)?\s+(?<level>0?\.\d{1,3})\s+(?:on|for|in)\s+(?:the\s+)?(?<score>criticality|leaseability))\b/gi;

/** Rent "steps" of a percentage, said for an escalator: "rent steps of 2.5% a year", "annual rent steps at 2%". */
const RENT_STEPS = /\brent(?:al)?\s+steps?(?=\s+(?:of|at)\s+\d)/gi;

/**
 * A tax rate written as a fraction before "tax": "use 0.21 tax", "0.25 tax on the gain". A tax credit, shield, basis,
 * loss or benefit is no rate and is left as written.
 */
const FRACTION_BEFORE_TAX = /(?<![\d.$])(?<rate>0?\.\d{1,3})[^\S\n]+tax\b(?!\s*(?:credits?|shields?|basis|loss(?:es)?|benefits?|rate\b))/gi;

/**
 * The gain modelled, taxed or treated at a rate: "model the gains at a 27% combined rate", "tax the gain at a 24%
 * blended rate", "treat gains at 26% effective tax rate". The rate in a named group.
 */
const GAINS_AT_A_RATE =
  /\b(?:model|tax|treat|assume|take|put|run)\s+(?:the\s+|any\s+|all\s+)?(?:taxable\s+)?gains?\s+at\s+(?:an?\s+)?(?<rate>\d{1,2}(?:\.\d+)?)\s*%\s+(?:(?:combined|blended|effective|all-in|total|marginal)\s+)?(?:tax\s+)?rate\b/gi;

/**
 * A cap on the lease term, then the term chosen under it: "No leases longer than 15 years, so use 15", "leases no
 * longer than 20 years, so take 18". The term chosen in a named group; a term over its cap is left as written.
 */
const TERM_CAPPED_THEN_CHOSEN =
  /\b(?:no\s+leases?\s+(?:longer|more)\s+than|leases?\s+(?:no|not)\s+(?:longer|more)\s+than)\s+(?<cap>\d{1,2})[\s-]*(?:years?|yrs?),?\s+so\s+(?:use|take|go\s+with|model|assume|run)\s+(?<years>\d{1,2})(?!\d|\.\d|\s*%)(?:[\s-]*(?:years?|yrs?)\b)?/gi;

/**
 * A table row's label with a note in brackets before its separator: "Rent escalator (assumed) | 2.0%", "Lease term
 * (base case): 15 years". The note is dropped, so that the row reads as its label and figure.
 */
const LABEL_WITH_NOTE =
  /(?<=^[^\S\n]*(?:rent\s+)?(?:escalator|lease\s+term|tax\s+rate|criticality|leaseability))[^\S\n]*\((?:assumed|assumption|base\s+case|proposed|est\.?|estimated?|planning|indicative|model)\)(?=[^\S\n]*[|:])/gim;

/** A fraction written as a percentage's number: "0.21" as "21", "0.255" as "25.5". */
function percentOf(fraction: string): string {
  return String(Math.round(Number(fraction) * 100000) / 1000);
}

/** Whether a bound caps the level from above ("<=", "at most", "under"), as a criticality limit does. */
function upperBound(bound: string): boolean {
  return /^(?:<=|≤|=<|at\s+most|no\s+more|not\s+above|no\s+higher|under|below)/i.test(bound);
}

/**
 * The edits restating a score or a lease economics setting said in words the readers do not know; none for a brief
 * without them. Edits never overlap: the first form to take a span keeps it.
 */
export function scoreAndEconomicsPhrasings(text: string): TextEdit[] {
  if (!/criticality|leaseability|steps?|tax|gain|longer|more\s+than|\(/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(SCORE_LABEL_WITH_BOUND)) {
    const score = (match.groups?.['score'] ?? '').toLowerCase();
    const upper = upperBound(match.groups?.['bound'] ?? '');
    // Criticality is capped from above and leaseability held up from below; the other way round is no limit the spec has.
    if (upper !== (score === 'criticality')) continue;
    add(match.index, match.index + match[0].length, `${upper ? 'max' : 'min'} ${score} ${match.groups?.['level']}`);
  }
  for (const match of text.matchAll(SCORED_PAST_LEVEL)) {
    const verb = match.groups?.['verb'] ?? '';
    const score = (match.groups?.['score'] ?? '').toLowerCase();
    const above = /^(?:higher|higer|above|over|more|greater)$/i.test(match.groups?.['comparison'] ?? '');
    // Kept out above a criticality, or below a leaseability: the limits the spec has.
    if (above !== (score === 'criticality')) continue;
    // "don't touch anything the operations team rates above 0.75 on criticality": a rating someone gives, its subject
    // between the thing and the verb, is left whole to the reader of what someone rates (`criticality-above.ts`).
    const keeper = match.groups?.['keeper'] ?? '';
    const between = text.slice(match.index + keeper.length, match.index + match[0].length - verb.length).trim();
    if (/^(?:rates?|scores?)\b/i.test(verb) && between.split(/\s+/).length > 1) continue;
    // "leave alone", "spare", "don't touch": said as the "exclude" the score readers know.
    if (/^(?:leave|spare|avoid|skip|don|do\s|not\s)/i.test(keeper)) add(match.index, match.index + keeper.length, 'exclude');
    const start = match.index + match[0].length - verb.length;
    add(start, start + verb.length, `with ${score} ${above ? 'above' : 'below'} ${match.groups?.['level']}`);
  }
  for (const match of text.matchAll(RENT_STEPS)) add(match.index, match.index + match[0].length, 'rent escalator');
  for (const match of text.matchAll(FRACTION_BEFORE_TAX)) {
    const rate = Number(match.groups?.['rate']);
    if (rate > 0 && rate < 1) add(match.index, match.index + match[0].length, `${percentOf(match.groups?.['rate'] ?? '')}% tax rate`);
  }
  for (const match of text.matchAll(GAINS_AT_A_RATE))
    add(match.index, match.index + match[0].length, `${match.groups?.['rate']}% tax rate on the gain`);
  for (const match of text.matchAll(TERM_CAPPED_THEN_CHOSEN)) {
    const years = Number(match.groups?.['years']);
    if (years >= 1 && years <= Number(match.groups?.['cap'])) add(match.index, match.index + match[0].length, `lease term ${years} years`);
  }
  for (const match of text.matchAll(LABEL_WITH_NOTE)) add(match.index, match.index + match[0].length, '');
  return edits;
}
