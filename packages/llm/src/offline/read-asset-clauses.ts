import type { BriefText } from './brief-text.js';
import { findAmounts } from './read-amounts.js';

/** The mortgage and new-rent clauses of a brief. */
export interface AssetClauseReading {
  /** True when the brief rules out mortgaged (encumbered) assets. */
  readonly excludeMortgaged: boolean;
  /** The most annual rent the program may add (USD), every mention in text order (the caller keeps the tightest). */
  readonly maxRentAdded: number[];
}

/**
 * "nothing with a mortgage", "no mortgaged assets", "do not sell anything that
 * carries a mortgage", "skip encumbered sites", "unencumbered assets only",
 * "exclude mortgaged properties".
 */
const MORTGAGE_PATTERNS: readonly RegExp[] = [
  /\b(?:nothing|none|no\s+(?:assets?|sites?|properties|property|buildings?)|not\s+(?:anything|any\s+(?:assets?|sites?|properties))|(?:don'?t|do\s+not|never|won'?t)\s+(?:sell|touch|include)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|exclud(?:e|es|ing)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|avoid(?:ing)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|skip(?:ping)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties))\s+(?:that\s+(?:has|have|carries|carry|is|are)\s+|which\s+(?:has|have|carries|carry)\s+|with\s+|carrying\s+|having\s+|under\s+)(?:a\s+|an\s+|any\s+|existing\s+|outstanding\s+)*(?:mortgages?|mortgage\s+debt|liens?|encumbrances?|secured\s+debt|debt\s+on\s+(?:it|them))(?:\s+(?:on|against)\s+(?:it|them))?/g,
  /\b(?:no|not|nothing|exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|without|leave\s+out|leaving\s+out|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+(?:any\s+|the\s+|our\s+)?(?:mortgaged|encumbered|levered|leveraged)\s*(?:assets?|sites?|properties|property|buildings?|ones)?/g,
  /\b(?:mortgaged|encumbered)\s+(?:assets?|sites?|properties|buildings?)\s+(?:are\s+)?(?:out|excluded|off\s+the\s+table|off-limits|off\s+limits)\b/g,
  /\b(?:no|not|skip(?:ping)?|avoid(?:ing)?|exclud(?:e|es|ing)|nothing|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?(?:mortgaged|encumbered)\b/g,
  // The general form: a word that rules something out, then (in the same clause, within a few words) a mortgage word:
  // "no mortgages", "staying clear of anything with a mortgage on it", "no assets with debt secured on them".
  /\b(?:no|not|nothing|none|without|exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|leav(?:e|ing)\s+out|stay(?:ing)?\s+(?:clear|away)\s+(?:of|from)|(?:don'?t|do\s+not|never|won'?t)\s+(?:sell|touch|include))\b[^,;.:!?]{0,60}?\b(?:mortgages?|mortgaged|encumbered|encumbrances?|liens?|secured\s+debt|debt\s+secured(?:\s+(?:on|against)\s+(?:it|them))?|pledged(?:\s+as\s+collateral)?(?:\s+under\s+a\s+mortgage)?)(?![a-z])(?:\s+(?:on|against)\s+(?:it|them))?/g,
  /\b(?:only\s+)?unencumbered(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
  /\b(?:free\s+and\s+clear|mortgage[-\s]free)(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
];

/** A clause that caps the new rent: the words before the amount ("keep new rent under"). */
const RENT_CAP_BEFORE =
  /\b(?:(?:keep|hold|cap|limit)\s+(?:the\s+)?(?:total\s+|annual\s+)?(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?:\s+(?:expense|bill|burden|cost|obligations?))?(?:\s+(?:to|at|under|below|within|beneath))?(?:\s+(?:at\s+most|no\s+more\s+than|less\s+than|a\s+maximum\s+of|max(?:imum)?))?|(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?:\s+(?:expense|bill|burden|cost|obligations?))?\s+(?:must\s+|should\s+|to\s+|can\s+|may\s+)?(?:stays?\s+|be\s+|is\s+|remains?\s+|not\s+exceed(?:ing)?\s+|capped\s+at\s+|of\s+)?(?:at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|under|below|within|up\s+to|max(?:imum)?(?:\s+of)?|capped\s+at|<=?)?|(?:rent\s+cap|cap\s+on\s+(?:new\s+|added\s+)?rent)\s+(?:of|at)?)\s*$/;
/** The words after an amount that say it is rent ("$10M of new rent", "$10M a year in added rent"). */
const RENT_CAP_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+|\/\s*(?:yr|year)\s+)?(?:of|in)\s+(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense)|lease\s+(?:cost|expense|payments?))/;
const BEFORE_CAP_WORD =
  /\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|under|below|less\s+than|max(?:imum)?(?:\s+of)?|up\s+to|cap(?:ped)?\s+(?:at|of))\s*$/;
/**
 * The general form of a rent cap: a clause that names the rent the program adds
 * ("new rent", "added rent", "annual rent added", "rent on the new leases", "leaseback rent",
 * "the annual rent we take on") and a
 * word that caps it before the amount ("limited to", "can't go over", "capped at").
 */
const RENT_ADDED =
  /\b(?:(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental)|(?:annual\s+)?rent(?:s|al)?\s+(?:added|(?:on|from|under|of)\s+(?:the\s+)?(?:new\s+leases?|lease[-\s]?backs?))|rent\s+added|lease[-\s]?back\s+rents?|(?:annual\s+)?rent(?:s|al)?(?:\s+(?:bill|cost|expense|burden))?\s+(?:that\s+)?(?:we|the\s+company|the\s+group)\s+(?:would\s+|will\s+|'d\s+|'ll\s+)?(?:be\s+)?(?:take|takes|taking|pick|picks|picking|add|adds|adding|assume|assumes|assuming|shoulder|shouldering|incur|incurring|sign|signing|commit|committing)(?:\s+(?:on|up|for|to))*)(?![a-z])/;
const RENT_CAP_WORD =
  /\b(?:cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|under|below|beneath|within|exceed(?:ing)?|at\s+most|no\s+more\s+than|(?:go|goes|going|be|rise|rises|climb|climbs)\s+(?:over|above)|over|less\s+than|up\s+to|ceiling)(?![a-z])/;
/** "a year", "per annum", "annually" after the amount belong to the clause. */
const PER_YEAR = /^\s*(?:(?:a|per|each)\s+year|(?:per\s+)?annum|annually|p\.?a\.?|\/\s*(?:yr|year)|yearly)\b\.?/;

/**
 * Reads the clauses about mortgages and new rent, before the amount reader so
 * that "keep new rent under $10M a year" is a cap on rent and never the target.
 */
export function readAssetClauses(text: BriefText): AssetClauseReading {
  let excludeMortgaged = false;
  for (const pattern of MORTGAGE_PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].trimEnd().length;
      if (!text.isFree(match.index, end)) continue;
      excludeMortgaged = true;
      text.claim(match.index, end);
    }
  }
  const maxRentAdded: number[] = [];
  for (const amount of findAmounts(text.source)) {
    if (!text.isFree(amount.start, amount.end)) continue;
    const clause = text.clauseWithLabel(amount.start);
    const before = text.lower.slice(clause.start, amount.start);
    const after = text.lower.slice(amount.end, clause.end);
    const capBefore = RENT_CAP_BEFORE.exec(before);
    const rentAfter = RENT_CAP_AFTER.exec(after);
    let start: number;
    let end = amount.end;
    if (capBefore !== null) start = clause.start + capBefore.index;
    else if (rentAfter !== null) {
      const cap = BEFORE_CAP_WORD.exec(before);
      start = cap === null ? amount.start : clause.start + cap.index;
      end = amount.end + rentAfter[0].length;
    } else {
      const rent = RENT_ADDED.exec(before);
      const cap = RENT_CAP_WORD.exec(before);
      if (rent === null || cap === null) continue;
      start = clause.start + Math.min(rent.index, cap.index);
    }
    const perYear = PER_YEAR.exec(text.lower.slice(end, clause.end));
    if (perYear !== null) end += perYear[0].length;
    if (!text.isFree(start, end)) continue;
    maxRentAdded.push(amount.value);
    text.claim(start, end);
  }
  return { excludeMortgaged, maxRentAdded };
}
