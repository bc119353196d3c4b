import type { BriefText } from './brief-text.js';

/*
 * Type words in remarks that ask for no type: a move or refit of a building ("office move to Plano deferred", "the
 * plant refit slipped"), what stands beside one ("a landlord next door to headquarters"), the people who depend on or
 * work in them ("a lot of families depend on these plants"), and why the writer was copied in ("copied because of the
 * data centers"). Claimed before any list is read, so that no filter is taken from them; a type asked for in words of
 * its own ("offices only", "exclude the plants") is still read.
 */

/** A type word as a remark names it, singular or plural: "office", "plants", "data centers", "HQ", "DCs". */
export const TYPE = String.raw`(?:offices?|head\s+office|headquarters|hqs?|plants?|factor(?:y|ies)|warehouses?|stores?|labs?|laborator(?:y|ies)|dcs?|distribution\s+cent(?:er|re)s?|data\s+cent(?:er|re)s?)`;

/**
 * A building's move, refit or works, an event and not a filter: "office move", "plant relocation", "warehouse
 * fit-out", "lab refurbishment", "store remodel". ("Plant closures" and the like are read as events elsewhere.)
 */
const BUILDING_WORKS = new RegExp(
  String.raw`\b${TYPE}\s+(?:move|moves|relocations?|fit[-\s]?outs?|refits?|refurb(?:ishment)?s?|renovations?|remodels?|re-?stack(?:ing)?)\b`,
  'g',
);

/**
 * What stands beside a building of the company's, which places something and sells nothing: "next door to
 * headquarters", "next to our plant", "across the street from the office", "around the corner from HQ". ("Near" is
 * left out: "never go near the plant" keeps it.) A building named between the article and its type ("next to the
 * Fontana Warehouse") does not match, and is left to the reader of names.
 */
const BESIDE_A_BUILDING = new RegExp(
  String.raw`\b(?:next\s+door\s+to|next\s+to|beside|alongside|across\s+(?:the\s+(?:street|road)\s+)?from|(?:around|round)\s+the\s+corner\s+from|down\s+the\s+(?:road|street)\s+from)\s+(?:the\s+|our\s+|its\s+|their\s+)?${TYPE}(?![a-z])`,
  'g',
);

/**
 * People who depend on or work in the buildings, a plea and not a filter: "a lot of families depend on these
 * plants", "300 people work in our warehouses", "the towns that rely on the stores", "our staff work out of the
 * offices", "our people sit in the offices", "our brand lives in the parts stores" (a later "so no offices in this"
 * is left to the readers of exclusions).
 */
const PEOPLE_AND_THEIR_BUILDINGS = new RegExp(
  String.raw`\b(?:families|people|workers|employees|staff|teams?|jobs|communities|towns|livelihoods|households|colleagues|brand)\s+(?:(?:that|who|which)\s+)?(?:(?:still|really|all|mostly)\s+)?(?:depend(?:s|ing)?|rel(?:y|ies|ying)|count(?:s|ing)?|work(?:s|ing)?|sit(?:s|ting)?|li(?:ve|ves|ving)|(?:is|are)\s+based)\s+(?:on|in|at|out\s+of|from)\s+(?:these|those|our|the|its|their)\s+(?:parts\s+|regional\s+|research\s+)?${TYPE}(?![a-z])`,
  'g',
);

/**
 * Why the writer was copied in, by the buildings they look after: "copied because of the data centers", "cc'd given
 * the labs", "looped in on account of our stores".
 */
const COPIED_FOR_A_TYPE = new RegExp(
  String.raw`\b(?:copied|cc['\u2019]?d|cced|looped\s+in|added)\b[^.;!?\n]{0,20}?\b(?:because\s+of|due\s+to|given|on\s+account\s+of|for)\s+(?:the\s+|our\s+)?${TYPE}(?![a-z])`,
  'g',
);

/**
 * Buildings said to be ones the company cannot run without, as a remark that opens and ends its clause: "cicero and
 * kearny. plants we can't run without", "those are warehouses we couldn't do without". Why buildings named are kept,
 * not a kind asked for; "sell only warehouses we can't run without" is an order, left to the readers of types.
 */
const ONES_WE_CANNOT_RUN_WITHOUT = new RegExp(
  String.raw`(?<=(?:^|[.;:!?\n/][^\S\n]*|[-\u2013\u2014][^\S\n]+)(?:(?:those|these|they)\s+(?:are|['\u2019]re)\s+|the\s+|our\s+)?)\b${TYPE}(?=\s+(?:that\s+)?(?:we|the\s+business|the\s+company)\s+(?:can['\u2019]?t|cannot|can\s+not|couldn['\u2019]?t|could\s+not)\s+(?:run|operate|do|live|manage|function)\s+without\b\s*(?:[.;,/!\n]|[-\u2013\u2014]\s|$))`,
  'g',
);

/**
 * Claims type words in remarks that ask for no type: building works, a building's neighbour, its people, a copy, ones
 * the company cannot run without.
 */
export function claimTypeWordsInRemarks(text: BriefText): void {
  for (const pattern of [BUILDING_WORKS, BESIDE_A_BUILDING, PEOPLE_AND_THEIR_BUILDINGS, COPIED_FOR_A_TYPE, ONES_WE_CANNOT_RUN_WITHOUT]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (text.isFree(match.index, end)) text.claim(match.index, end);
    }
  }
}
