import type { BriefText } from './brief-text.js';

/*
 * "Sustainability office.", "IT program office.", "what our family office reads", "Headquarters asked for $82M",
 * "Plant operations, West.", "Manufacturing.", "I've managed a plant in the Chicago area": a type's word naming a
 * group of people, the one who asks, or the writer's own job says who writes or who asks, not which buildings to
 * sell. The buildings themselves are asked for in words of their own ("Offices only.").
 */

/**
 * "Sustainability office.", "IT program office here:", "Treasury office -": a line opened by one to three words and
 * "office" alone, ending its clause, is the group that writes; a greeting may come first ("Hi! Treasury office."). A building's name ("Tempe Office."), the regional
 * offices and a list of types ("Warehouses and office.") are left to the readers of assets and types.
 */
const OFFICE_SIGN_ON =
  /(?<=(?:^|\n)[^\S\n]*(?:(?:hi|hello|hey|hi\s+there|good\s+(?:morning|afternoon))[!,.][^\S\n]+)?(?:[a-z&'\u2019]+[^\S\n]+){1,3})office(?=(?:[^\S\n]+here)?[^\S\n]*(?:[.,:;!\u2013\u2014]|-\s|$))/g;

/** Words that make the sign-on's opening a building or a list of types rather than a group of people. */
const NOT_A_GROUP =
  /\b(?:regional|the|our|my|an?|any|all|no|and|or|plus|only|just|sell|keep|exclude|tempe|schaumburg|newark|houston|atlanta|dallas|chicago|phoenix|columbus|warehouses?|plants?|stores?|labs?|dcs?|data|distribution|retail|parts)\b/;

/**
 * "our family office", "the program office", "the CFO's office", an auditor's "Newark engagement office", "our tax
 * practice office": an office that is an organisation or a team (a firm's office that serves the client), never
 * a building of the portfolio, unless the words go on to name a building ("the family office building").
 */
const GROUP_OFFICE =
  /(?<=\b(?:family|program(?:me)?|project|back|front|press|engagement|audit|tax|advisory|consulting|practice|law|legal|compliance|payroll|procurement|ceo['\u2019]?s|cfo['\u2019]?s|coo['\u2019]?s|president['\u2019]?s)\s+)office\b(?!\s+(?:building|space|park|tower|block|portfolio|assets?|sites?|propert))/g;

/**
 * "Headquarters asked for $82M", "HQ wants $40M from plants only", "head office has asked us": the headquarters as
 * the one who asks, before a word of asking, is a party, not the building ("our corporate office asked for $98M",
 * "the main office needs $40M" alike); so is the one an ask or a memo comes from
 * ("the ask from head office is $56M", "a memo from corporate office").
 */
const HEADQUARTERS_ASKING =
  /(?<=\b(?:ask|request|email|memo|instruction|message|note|word|figure|number|mandate|direction|target|brief)s?\s+(?:from|by)\s+(?:the\s+|our\s+)?)(?:headquarters|hq|head\s+office|corporate\s+office)\b|\b(?:headquarters|hq|(?:head|corporate|home|main|central|group|parent)\s+office)(?=\s+(?:has\s+|have\s+|had\s+)?(?:asked|asks|wants|wanted|said|says|told|tells|requested|requests|expects|expected|needs|needed|set|sets|would\s+like|is\s+(?:asking|after|looking\s+for)|are\s+asking)\b)/g;

/**
 * "Plant operations, West.", "Manufacturing.", "Research here -": a department's name opening a line, alone or with
 * a place after a comma, signs the brief on. Only department nouns: a building's plural ("Plants.") stays a type.
 */
const DEPARTMENT_OPENING =
  /(?<=^[^\S\n]*)(?:(?:plant|factory|warehouse|store|lab|dc)\s+(?:operations|ops)|manufacturing|research|warehousing)(?=(?:\s+(?:again|here|speaking))?(?:,[^\S\n]*[a-z]+(?:[^\S\n]+[a-z]+)?)?\s*[.!:\u2013\u2014-](?:\s|$))/gm;

/**
 * "I've managed a plant in the Chicago area for eleven years", "I ran a warehouse before this": a building of a kind
 * the writer runs or ran, with "a", is the writer's job; "the plant in Cicero" is one building, left to the readers
 * of assets.
 */
const BUILDING_RUN_BY_WRITER =
  /(?<=\bi(?:['\u2019]ve|\s+have)?\s+(?:managed|manage|run|ran|worked\s+at|work\s+at|supervised|supervise)\s+(?:a|one)\s+)(?:plant|factory|warehouse|store|lab|data\s+cent(?:er|re)|distribution\s+cent(?:er|re)|dc)\b/g;

/**
 * Claims the type words that name a group of people, the party asking or the writer's job ("Sustainability office.",
 * "our family office", "Headquarters asked for $82M", "Plant operations, West.", "I've managed a plant"), so that no
 * reader asks for the type they name.
 */
export function claimDepartmentTypes(text: BriefText): void {
  for (const pattern of [GROUP_OFFICE, HEADQUARTERS_ASKING, DEPARTMENT_OPENING, BUILDING_RUN_BY_WRITER]) {
    for (const found of text.lower.matchAll(pattern)) claimFree(text, found.index, found.index + found[0].length);
  }
  for (const found of text.lower.matchAll(OFFICE_SIGN_ON)) {
    const lineStart = text.lower.lastIndexOf('\n', found.index - 1) + 1;
    if (!NOT_A_GROUP.test(text.lower.slice(lineStart, found.index))) claimFree(text, lineStart, found.index + found[0].length);
  }
}

/** Claims a span no reader has claimed yet. */
function claimFree(text: BriefText, start: number, end: number): void {
  if (text.isFree(start, end)) text.claim(start, end);
}
