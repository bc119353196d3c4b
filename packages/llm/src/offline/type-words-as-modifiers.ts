import type { BriefText } from './brief-text.js';

/*
 * "we have R&D contracts tied to that building", "while the manufacturing consolidation plays out", "otherwise the
 * plants' cost targets fall apart": a type's word that qualifies something else (a contract, a programme of work, a
 * cost) names that thing, not buildings to sell or keep.
 */

/** The type words that qualify a line of work as readily as they name buildings. */
const TYPE_WORD = String.raw`(?:r\s?&\s?d|research|manufacturing|plant|factory|warehouse|warehousing|lab|laboratory|office|retail|store|data\s+cent(?:er|re)|distribution|logistics)`;

/**
 * What such a word qualifies that is no building: a contract, a reorganisation, a budget, a cost, a review or a
 * strategy ("pending the retail network review"), a market for letting ("the office leasing market there is soft").
 * Never a program or a project: "the lab and data center program" is a sale of those types.
 */
const NOT_A_BUILDING = String.raw`(?:contracts?|agreements?|partnerships?|grants?|consolidation|restructuring|reorgani[sz]ation|integration|transformation|turnaround|budgets?|spend(?:ing)?|costs?|cost\s+targets?|expenses?|pipeline|output|volumes?|(?:network\s+|portfolio\s+|footprint\s+)?(?:reviews?|strateg(?:y|ies))|(?:leasing|letting|rental|investment)\s+markets?)`;

/** "R&D contracts", "the manufacturing consolidation", "plant cost targets": a type word before what it qualifies. */
// On one line: a type ending a pasted row ("Types: warehouse, retail") qualifies nothing on the next ("Strategy: exact").
const QUALIFYING_TYPE = new RegExp(String.raw`\b${TYPE_WORD}(?=[^\S\n]+${NOT_A_BUILDING}\b)`, 'g');

/** The plural of each type's word, as a possessive is written: "the plants' cost targets". */
const PLURAL_TYPE = String.raw`(?:distribution\s+cent(?:er|re)s|dcs|warehouses|plants|factories|stores|parts\s+stores|offices|labs|data\s+cent(?:er|re)s)`;

/** "the plants' cost targets", "our warehouses' throughput": a plural possessive names what the buildings have. */
const PLURAL_POSSESSIVE = new RegExp(String.raw`(?<=\b(?:the|our)\s+)${PLURAL_TYPE}(?=['\u2019]\s+[a-z])`, 'g');

/**
 * Claims the type words that qualify something other than buildings ("R&D contracts", "the manufacturing
 * consolidation", "the plants' cost targets"), so that no reader asks for or rules out the type they name.
 */
export function claimTypeWordsAsModifiers(text: BriefText): void {
  for (const pattern of [QUALIFYING_TYPE, PLURAL_POSSESSIVE]) {
    for (const found of text.lower.matchAll(pattern)) {
      const end = found.index + found[0].length;
      if (text.isFree(found.index, end)) text.claim(found.index, end);
    }
  }
}
