import { YEARS } from './economics-wording.js';
import { BILLION_SCALE, MILLION_SCALE, WORD_NUMBER } from './written-numbers.js';

// The terms and escalators of a deal done before, and a term mentioned by someone else before the one decided on,
// apart from `read-economics.ts`: "Our prior SLB in Dallas used 25-year terms; don't use that", "We did a deal in
// 2018 with 3% bumps", "The Austin team mentioned 10-year leases, but corporate has decided on 18", "Our peer did
// 12-year leases, we're going with 15".

/** A deal done before: "our prior SLB", "the last sale-leaseback", "a deal in 2018", "the 2019 transaction". */
const PAST_DEAL = String.raw`(?:\b(?:prior|previous|last|earlier|past|old|first)\s+(?:sale[-\s]?(?:and[-\s]?)?leaseback|slb|deal|program(?:me)?|transaction|process|round)s?|\b(?:sale[-\s]?(?:and[-\s]?)?leaseback|slb|deal|program(?:me)?|transaction)s?\s+(?:(?:we|they)\s+(?:did|signed|closed|ran)\s+)?in\s+(?:19|20)\d\d|\b(?:19|20)\d\d\s+(?:sale[-\s]?(?:and[-\s]?)?leaseback|slb|deal|program(?:me)?|transaction))`;

/**
 * A verb saying what the past deal had, within its own clause; "over" the leases it raised its money on ("the 2021
 * program raised $62M over 12-year leases"); or, with no verb, the past deal's money and years listed after a colon
 * ("Seller's prior SLB in 2020: $60,000,000, 10 years"), unless the years are said to be this time's. Years alone after
 * the colon ("same as our last SLB: 25-year terms") are the new program's.
 */
const HAD = String.raw`(?:[^.;!?\n]|\.(?=\d)){0,40}?(?:\b(?:used|had|carried|came\s+with|was\s+(?:done|signed|struck|priced)\s+(?:with|at)|signed|with|at|over)\s+(?:an?\s+|the\s+)?|[:,]\s*(?:us\$|\$)\s?\d[\d,.]*(?:\s*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z]))?\s*,\s+(?=(?:\d{1,2}|${WORD_NUMBER})[\s-]*${YEARS}(?!\s*(?:(?:lease(?:back)?\s+)?(?:terms?|leases?|leasebacks?|tenors?)\s+)?(?:now|this\s+time|for\s+this|going\s+forward|instead)\b)))`;

/**
 * A past deal's lease term: "our prior SLB in Chicago used 25-year terms", "the last deal had 15-year leases", "a
 * deal in 2019 with 20-year leasebacks", and another company's ("our neighbor signed 30-year leases"). Background, claimed and read as nothing, so that the term asked for wins
 * wherever it stands. A term said of the new program ("same as our last SLB: 25-year terms") has no verb of the past
 * deal before it and is left to the other readers.
 */
/**
 * Another company, and what it signed or did, within the clause: "Our neighbor, a grocery chain, signed 30-year leases on
 * theirs", "a competitor took 25-year terms", "our peers did 12-year leases". Only a verb of the past: "like our peers,
 * go with 20-year leases" is the new program's.
 */
const OTHER_COMPANY_SIGNED = String.raw`\b(?:neighbou?rs?|peers?|competitors?|rivals?|(?:another|other)\s+(?:company|companies|retailers?|tenants?|firms?|issuers?))\b[^.;!?\n]{0,40}?\b(?:signed|did|took|used|had|got|struck|agreed\s+to|went\s+(?:with|for))\s+(?:an?\s+|the\s+)?`;

export const PAST_DEAL_TERM = new RegExp(
  String.raw`(?:${PAST_DEAL}${HAD}|${OTHER_COMPANY_SIGNED})(?:\d{1,2}|${WORD_NUMBER})[\s-]*${YEARS}(?:\s+(?:lease(?:back)?\s+)?(?:terms?|leases?|leasebacks?|tenors?))?(?![a-z])`,
  'g',
);

/**
 * A past deal's escalator: "we did a deal in 2018 with 3% bumps", "the previous program carried 2.5% escalators".
 * Background, claimed and read as nothing, so that the escalator asked for (or flat rent) wins.
 */
export const PAST_DEAL_ESCALATOR = new RegExp(
  String.raw`${PAST_DEAL}${HAD}\d{1,2}(?:\.\d+)?\s*(?:%|percent|per\s*cent)\s*(?:(?:annual|yearly|rent|rental)\s+)*(?:bumps?|escalat(?:or|ors|ion|ions)|increases?|uplifts?|step[-\s]?ups?)(?![a-z])`,
  'g',
);

/**
 * This run's figure set against an earlier one: "this time use", "now, make it", "for this run we'll go with".
 */
const THIS_TIME_USE = String.raw`(?:this\s+time|now|instead|for\s+this\s+(?:run|one|deal|program(?:me)?))\s*,?\s*(?:(?:we['\u2019]ll|we\s+will|let['\u2019]s|please)\s+)?(?:use|make\s+it|go\s+(?:with|for)|do|run|model|take|assume)`;

/**
 * A term mentioned, proposed, pitched or done by someone and then a decision on another: "the Phoenix team mentioned
 * 10-year leases in their proposal, but corporate has decided on 18", "the broker floated 15-year terms; we settled
 * on 20", "a peer in Atlanta did 10-year leases, we're going with 18", "last time we modelled 20-year leases; this time
 * use 15". The decided years in group 1 (their unit may be left off, as the sentence has named it).
 */
export const TERM_MENTIONED_THEN_DECIDED = new RegExp(
  String.raw`\b(?:mentioned|floated|proposed|suggested|pitched|offered|raised|quoted|talked\s+about|brought\s+up|did|signed|used|took|modell?ed|ran|assumed)\s+(?:an?\s+)?(?:\d{1,2}|${WORD_NUMBER})[\s-]*${YEARS}\s+(?:lease(?:back)?\s+)?(?:leases?|leasebacks?|terms?|tenors?)[^.;!?\n]{0,40}?[,;.]?\s*(?:but\s+)?(?:[a-z]+\s+){0,3}?(?:(?:has|have)\s+)?(?:decided\s+on|settled\s+on|chosen|chose|opted\s+for|gone\s+with|went\s+with|(?:is|are|(?:we|they)['\u2019]re|i['\u2019]m)\s+going\s+with|${THIS_TIME_USE})\s+(\d{1,2}|${WORD_NUMBER})(?:[\s-]*${YEARS})?(?![a-z\d%]|\.\d)`,
  'g',
);
