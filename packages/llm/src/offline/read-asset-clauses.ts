import type { BriefText } from './brief-text.js';
import { ANSWER_WITHOUT_YES, ANSWER_YES, ASKED_WHAT_IS_RULED_OUT, AVOID, REFUSED_TO_HAVE, RULED_OUT } from './exclusion-words.js';
import { followsExclusion } from './list-positions.js';
import { SO_IS } from './place-list-triggers.js';
import { findAmounts } from './read-amounts.js';

/** The mortgage and new-rent clauses of a brief. */
export interface AssetClauseReading {
  /** True when the brief rules out mortgaged (encumbered) assets. */
  readonly excludeMortgaged: boolean;
  /** The most annual rent the program may add (USD), every mention in text order (the caller keeps the tightest). */
  readonly maxRentAdded: number[];
}

/** Words for a mortgage or what secures one ("mort?gage": a dropped t, "morgaged", is still a mortgage). */
const MORTGAGE_WORD = String.raw`(?:mort?gages?|mort?gage\s+(?:loans?|debt|financing)|liens?|encumbrances?|secured\s+(?:debt|loans?|financing)|debt|loans?|borrowings?)`;
/** "still carries a mortgage", "currently has a lien": an adverb of the present before the verb. */
const STILL = String.raw`(?:(?:still|currently|already|now)\s+)?`;
/**
 * Verbs that take something out of the sale, beside "exclude", "avoid" and "skip": "drop anything mortgaged",
 * "strip out the encumbered sites", "rule out anything with a lien". "Drop" is not one before a level ("drop
 * below", "drop to").
 */
const DROP_VERB = String.raw`drop(?:s|ping)?(?!\s+(?:below|under|beneath|to|by|off|in|out\s+of|down)\b)|omit(?:s|ting)?|remov(?:e|es|ing)|rul(?:e|es|ing)\s+out|tak(?:e|es|ing)\s+out|strip(?:s|ping)?\s+out|cut(?:s|ting)?\s+out|ditch(?:es|ing)?|filter(?:s|ing)?\s+out|screen(?:s|ing)?\s+out|pass(?:es|ing)?\s+on|steer(?:s|ing)?\s+clear\s+of|set(?:s|ting)?\s+aside`;
/**
 * A question or a label naming encumbered assets, answered by ruling them out: "Mortgaged sites? Leave them out",
 * "Anything encumbered? Exclude it.", "Mortgaged buildings? No.", "Q: Liens? A: Keep those out", a label's value
 * ("Mortgaged assets: exclude") and a table row's ("| Encumbered sites | excluded |").
 */
const ENCUMBERED_QUESTION_ANSWERED = String.raw`\b(?:(?:any(?:thing)?|what\s+about|and|the|our)\s+)?(?:(?:mort?gaged|encumbered|pledged)(?:\s+(?:assets?|sites?|properties|property|buildings?|ones|real\s+estate))?|mort?gages?|liens?|encumbrances?)\s*[?:]\s*(?:a\s*:\s*)?(?:(?:leave|keep|rule|take|strike|cut|carve|drop)\s+(?:them|those|these|it|'em)\s+out|(?:exclude|skip|drop|avoid|omit)\s+(?:them|those|these|it|'em)|(?:no|out|excluded?|skip|omit|not\s+(?:a\s+)?chance|none)(?=\s*(?:[.,;:!\n]|$)))`;

/**
 * What an encumbered asset is called: "mortgaged sites", "encumbered assets", "any building with debt against
 * it", "assets securing our mortgage loans", "properties pledged as collateral".
 */
const ENCUMBERED_SUBJECT = String.raw`(?:(?:any|all|the|our)\s+)?(?:(?:anything|everything)\s+(?:(?:still|currently)\s+)?(?:mort?gaged|encumbered)(?![a-z])|(?:assets?|sites?|properties|property|buildings?|anything|ones)\s+pledged\s+to\s+(?:the\s+|our\s+)?(?:lenders?|banks?|creditors?)|(?:mort?gaged|encumbered|pledged|levered|leveraged)\s+(?:assets?|sites?|properties|property|buildings?|real\s+estate|ones)|(?:assets?|sites?|properties|property|buildings?|anything|ones)\s+(?:(?:that|which)\s+(?:is|are|has|have|carry|carries)\s+|with\s+|carrying\s+|having\s+|securing\s+|subject\s+to\s+|under\s+|pledged\s+(?:as\s+collateral|to|against|for|under)\s*|(?:encumbered|secured|burdened|charged)\s+(?:by|with)\s+)(?:a\s+|an\s+|any\s+|our\s+|the\s+|existing\s+|outstanding\s+)*(?:mort?gaged|encumbered|pledged|${MORTGAGE_WORD})(?:\s+(?:on|against|secured\s+(?:on|against))\s+(?:it|them))?)`;

/**
 * "nothing with a mortgage", "no mortgaged assets", "do not sell anything that
 * carries a mortgage", "skip encumbered sites", "unencumbered assets only",
 * "exclude mortgaged properties".
 */
const MORTGAGE_PATTERNS: readonly RegExp[] = [
  // "exclude Newark, Chicago and anything with a mortgage on it": encumbered assets as the last item of an exclusion
  // list; only the item is claimed, so that the places before it are read as excluded too.
  new RegExp(
    String.raw`(?<=\b(?:exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|leav(?:e|es|ing)\s+out|without|no|not)\b[^.;:!?\n]{0,80}?(?:,|\band\b|\bplus\b)\s+)${ENCUMBERED_SUBJECT}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:nothing|none|no\s+(?:assets?|sites?|properties|property|buildings?)|not\s+(?:anything|any\s+(?:assets?|sites?|properties))|(?:don'?t|do\s+not|never|won'?t)\s+(?:sell|touch|include)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|exclud(?:e|es|ing)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|avoid(?:ing)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|skip(?:ping)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties))\s+(?:that\s+${STILL}(?:has|have|carries|carry|is|are)\s+|which\s+${STILL}(?:has|have|carries|carry)\s+|with\s+|carrying\s+|having\s+|under\s+)(?:a\s+|an\s+|any\s+|existing\s+|outstanding\s+)*(?:mort?gage\s+(?:debt|loans?|financing)|mort?gages?|liens?|encumbrances?|secured\s+debt|debt\s+on\s+(?:it|them))(?:\s+(?:on|against)\s+(?:it|them))?`,
    'g',
  ),
  // "ex-mortgaged", "excl. encumbered sites": the shorthand of a terse note, as for places ("ex-Chicago").
  /\b(?:(?:no|not|nothing|exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|without|leave\s+out|leaving\s+out|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+|(?:ex|excl)[-.]\s*|excl\s+)(?:any\s+|the\s+|our\s+)?(?:mort?gaged|encumbered|levered|leveraged)\s*(?:assets?|sites?|properties|property|buildings?|ones)?/g,
  /\b(?:mort?gaged|encumbered)(?:\s+(?:assets?|sites?|properties|buildings?))?\s+(?:are\s+)?(?:out|excluded|off\s+the\s+table|off-limits|off\s+limits)\b/g,
  /\b(?:no|not|skip(?:ping)?|avoid(?:ing)?|exclud(?:e|es|ing)|nothing|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?(?:mort?gaged|encumbered)\b/g,
  // The general form: a word that rules something out, then (in the same clause, within a few words) a mortgage word:
  // "no mortgages", "staying clear of anything with a mortgage on it", "no assets with debt secured on them".
  new RegExp(
    String.raw`\b(?:no|not|nothing|none|without|exclud(?:e|es|ing)|${AVOID}|skip(?:ping)?|leav(?:e|ing)\s+out|${DROP_VERB}|forbidden|prohibited|(?:don'?t|do\s+not|never|won'?t)\s+(?:sell|touch|include)|${REFUSED_TO_HAVE})\b[^,;.:!?(]{0,60}?\b(?:mort?gages?|mort?gaged|hypothecs?|hypothecated|encumbered|encumbrances?|liens?|secured\s+(?:debt|loans?)|carr(?:y|ies|ying)\s+(?:any\s+|some\s+)?(?:debt|loans?|borrowings?)|(?:with|having|carrying)\s+(?:a\s+|any\s+)?(?:lender|bank|creditor)s?\s+on\s+(?:it|them)|(?:debt|loans?|borrowings?)\s+secured(?:\s+(?:on|against|by)\s+(?:it|them))?|pledged(?:\s+as\s+collateral)?(?:\s+under\s+a\s+mort?gage)?)(?![a-z])(?:\s+(?:debt|loans?|financing))?(?:\s+(?:on|against)\s+(?:it|them))?(?:\s+(?:assets?|sites?|properties|property|buildings?|ones|real\s+estate)(?![a-z]))?`,
    'g',
  ),
  /\b(?:only\s+)?(?:unencumbered|unmort?gaged|un-mort?gaged|unlevered|unleveraged|non[-\s]?(?:mort?gaged|encumbered|levered|leveraged))(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
  // "free-and-clear properties", "debt-free sites", "owned outright", "assets with no mortgage on them".
  /\b(?:only\s+)?(?:free[-\s]and[-\s]clear|free\s+of\s+(?:debt|mort?gages?|liens?|encumbrances?)|(?:mort?gage|debt|lien|encumbrance)[-\s]free|owned\s+(?:outright|free\s+and\s+clear)|(?:with|carrying|having|that\s+(?:have|has|carry|carries))\s+no\s+(?:mort?gages?|liens?|encumbrances?|secured\s+debt|debt\s+(?:on|against)\s+(?:it|them)))(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
  // The answer to a question about what is ruled out: "Anything off limits? A: the Tempe office, and anything
  // that's mortgaged". Only the mortgage words are claimed, so that the answer's other items are still read.
  new RegExp(
    String.raw`(?<=${ASKED_WHAT_IS_RULED_OUT}(?:${ANSWER_YES}|${ANSWER_WITHOUT_YES}|\s*(?!no\b|none\b|nothing\b|nope\b|not\b))(?:[^.!?\n]|\.(?=\d)){0,100}?)\b(?:(?:anything|any\s+(?:assets?|sites?|properties|property|buildings?)|(?:all\s+)?(?:assets?|sites?|properties|buildings?))\s+(?:that['\u2019]s|that\s+(?:is|are)|which\s+(?:is|are))\s+${STILL}(?:mort?gaged|encumbered|pledged)|(?:anything|any\s+(?:assets?|sites?|properties|property|buildings?)|(?:all\s+)?(?:assets?|sites?|properties|buildings?))\s+(?:with|carrying|that\s+${STILL}(?:has|have|carries|carry))\s+(?:a\s+|an\s+|any\s+)?(?:mort?gages?|liens?|encumbrances?)|(?:any|all|the|our)\s+(?:mort?gaged|encumbered)\s+(?:assets?|sites?|properties|buildings?|ones))(?![a-z])`,
    'g',
  ),
  new RegExp(ENCUMBERED_QUESTION_ANSWERED, 'g'),
  // The subject first, what rules it out after: "assets securing our mortgage loans are not to be sold",
  // "any building with debt against it stays put", "Encumbered assets: excluded".
  new RegExp(String.raw`\b${ENCUMBERED_SUBJECT}(?:\s*:\s*|\s+(?:[a-z'-]+\s+){0,3}?)(?:${RULED_OUT})(?![a-z])`, 'g'),
];

/**
 * The last item of a list that ends in encumbered assets: "..., and anything mortgaged", "... plus any site with a
 * lien". Its group is the item itself.
 */
const LAST_ENCUMBERED_ITEM =
  /[^\s,;]\s*(?:,|\band\b|\bplus\b|\bor\b)\s+((?:anything|everything|any|all|assets?|sites?|properties|buildings?)\b(?:(?!,|\band\b|\bplus\b|\bor\b).)*)$/;

/** "we might think about", "the board may consider": an intention left open, just before what it is about. */
const MUSED_BEFORE = /\b(?:might|may|could)\s+(?:also\s+|eventually\s+|later\s+)?(?:think\s+about|consider|look\s+at|want\s+to)\s+$/;

/** "and so does anything with a mortgage on it", "Same for encumbered sites": encumbered assets after "so is". */
const ENCUMBERED_LIKEWISE = new RegExp(SO_IS.source + ENCUMBERED_SUBJECT, 'g');

/** A clause that caps the new rent: the words before the amount ("keep new rent under"). */
const RENT_CAP_BEFORE =
  /\b(?:(?:keep|hold|cap|limit)\s+(?:the\s+)?(?:total\s+|annual\s+)?(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?:\s+(?:expense|bill|burden|cost|obligations?))?(?:\s+(?:to|at|under|below|within|beneath))?(?:\s+(?:at\s+most|no\s+more\s+than|less\s+than|a\s+maximum\s+of|max(?:imum)?))?|(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?:\s+(?:expense|bill|burden|cost|obligations?))?\s+(?:must\s+|should\s+|to\s+|can\s+|may\s+)?(?:stays?\s+|be\s+|is\s+|remains?\s+|not\s+exceed(?:ing)?\s+|capped\s+at\s+|of\s+)?(?:at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|under|below|within|up\s+to|max(?:imum)?(?:\s+of)?|capped\s+at|<=?)?|(?:rent\s+cap|cap\s+on\s+(?:new\s+|added\s+)?rent)\s+(?:of|at)?)\s*$/;
/** The words after an amount that say it is rent ("$10M of new rent", "$10M a year in added rent"). */
const RENT_CAP_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+|\/\s*(?:yr|year)\s+)?(?:of|in)\s+(?:new|added|additional|incremental|extra|fresh)\s+(?:annual\s+|yearly\s+)?(?:rent|rents|rental\s+(?:cost|expense)|lease\s+(?:cost|expense|payments?))/;
/** "$14M of yearly rent", "$9M in rent": rent named right after the amount, without saying it is new. */
const RENT_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+|\/\s*(?:yr|year)\s+)?(?:of|in)\s+(?:(?:annual|yearly|new|added|additional|incremental|extra|fresh|leaseback|lease-back)\s+)*(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?![a-z-])/;
const BEFORE_CAP_WORD =
  /\b(?:(?:[a-z]+n't|without|never|not)\s+(?:[a-z'-]+\s+){0,3}?(?:more|greater|higher)\s+than|no\s+more\s+than|not\s+more\s+than|no\s+greater\s+than|at\s+most|under|below|less\s+than|max(?:imum)?(?:\s+of)?|up\s+to|cap(?:ped)?\s+(?:at|of)|limited\s+to|within)\s*$/;
/**
 * The general form of a rent cap: a clause that names the rent the program adds
 * ("new rent", "added rent", "annual rent added", "rent on the new leases", "leaseback rent",
 * "the annual rent we take on") and a
 * word that caps it before the amount ("limited to", "can't go over", "capped at").
 */
const RENT_ADDED =
  /\b(?:(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental)|(?:annual\s+)?rent(?:al)?\s+increases?(?:\s+(?:p\.?a\.?|per\s+(?:year|annum)|a\s+year))?|(?:annual\s+)?rent(?:s|al)?\s+(?:added|(?:on|from|under|of)\s+(?:the\s+)?(?:new\s+leases?|lease[-\s]?backs?))|rent\s+added|lease[-\s]?back\s+rents?|(?:annual\s+)?rent(?:s|al)?(?:\s+(?:bill|cost|expense|burden))?\s+(?:that\s+)?(?:we|the\s+company|the\s+group)\s+(?:would\s+|will\s+|'d\s+|'ll\s+)?(?:be\s+)?(?:take|takes|taking|pick|picks|picking|add|adds|adding|assume|assumes|assuming|shoulder|shouldering|incur|incurring|sign|signing|commit|committing)(?:\s+(?:on|up|for|to))*)(?![a-z])/;
const RENT_CAP_WORD =
  /(?:\b(?:cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|under|below|beneath|within|exceed(?:s|ing)?|at\s+most|no\s+(?:more|greater|higher)\s+than|not\s+(?:more|greater|higher|bigger|larger)\s+than|no\s+(?:bigger|larger)\s+than|not\s+(?:above|over|exceeding)|(?:go|goes|going|be|rise|rises|rising|climb|climbs|climbing|run|runs|increase|increases|increasing|grow|grows|growing)(?:\s+up)?(?:\s+by)?\s+(?:over|above|past|beyond|more\s+than|north\s+of)|over|less\s+than|up\s+to|ceiling|tops?|topping|held\s+(?:to|at|under|below|within)|kept\s+(?:to|at|under|below|within)|restricted\s+to|breach(?:es|ing)?|surpass(?:es|ing)?|(?:not|cannot)\s+be\s+(?:more|greater|higher|bigger|larger)\s+than)|n't\s+be\s+(?:more|greater|higher|bigger|larger)\s+than)(?![a-z])|≤|<=?/;
/**
 * Any name for rent, qualified or not ("rent", "the rent bill", "rent add-on", "rental obligations", "lease
 * payments"), but not "rent-adjusted" (a leverage ratio) nor "rent coverage".
 */
const RENT_NOUN =
  /\b(?:rent(?:s|al)?(?![-\s]adjusted|\s+cover)(?:\s+(?:bill|roll|burden|expense|cost|costs|obligations?|commitments?|payments?|add-on|load|charge|ceiling|cap|limit|budget|allowance))?|lease\s+(?:payments?|costs?|expense|obligations?|commitments?)|occupancy\s+costs?)(?![a-z])/g;
/** Rent already paid or of the market, not what the program adds: "current rent", "existing lease payments", "market rent". */
const RENT_IN_PLACE =
  /\b(?:current(?:ly)?|existing|today'?s|present|in[-\s]place|already|historic(?:al)?|last\s+year'?s|market|total\s+(?:group|company)|we\s+(?:pay|paid))\s+(?:\w+\s+){0,2}$/;
/** Words of the ask, which make an amount after them the target even when rent was named first. */
const ASK_WORDS =
  /\b(?:rais(?:e|es|ing)|generat(?:e|es|ing)|proceeds|target|sell(?:ing)?|need|want|seek(?:ing)?|program(?:me)?\s+size|deal\s+size|bring\s+in|monetis|monetiz)/;
/** A cap named right before the rent, as in a label: "Max incremental lease payments:", "Cap on new rent:". */
const CAP_BEFORE_RENT =
  /\b(?:max(?:imum)?|cap(?:\s+on)?|limit(?:\s+on)?|ceiling(?:\s+on)?)\s+(?:(?:the|new|added|additional|incremental|extra|annual|yearly|fresh)\s+){0,3}$/;
/** A cap written after the amount: "$20M per annum at most", "$9M max", "$5M or less". */
const CAP_AFTER = /^\s*(?:at\s+(?:the\s+)?most|max(?:imum)?\b|or\s+(?:less|lower|under|below)|tops\b|at\s+the\s+outside)/;
/** "a year", "per annum", "annually" after the amount belong to the clause. */
const PER_YEAR = /^\s*(?:(?:a|per|each)\s+year|(?:per\s+)?annum|annually|p\.?a\.?|\/\s*(?:yr|year)|yearly)\b\.?/;

/**
 * The general form of a rent cap, for any name of rent: the rent named before the amount with a capping word
 * between them ("the rent bill from the leasebacks can't exceed $9.5M", "Rent ceiling (new leases): $12M"),
 * or named right after it with a capping word before or after ("adding no more than $14M of yearly rent",
 * "$6M of rent at most"). Rent already in place ("current rent") is background, and an amount after a word
 * of the ask ("raise", "proceeds") is the ask. Returns where the clause starts in `before` and how much of
 * `after` it takes, or null.
 */
function rentCapStart(before: string, after: string): { start: number; afterLength: number } | null {
  const rentAfter = RENT_AFTER.exec(after);
  if (rentAfter !== null) {
    const cap = BEFORE_CAP_WORD.exec(before);
    const perYear = PER_YEAR.exec(after.slice(rentAfter[0].length));
    const capAfter = CAP_AFTER.exec(after.slice(rentAfter[0].length + (perYear?.[0].length ?? 0)));
    if (cap !== null) return { start: cap.index, afterLength: rentAfter[0].length };
    if (capAfter !== null) return { start: before.length, afterLength: rentAfter[0].length };
    return null;
  }
  let rent: RegExpExecArray | null = null;
  RENT_NOUN.lastIndex = 0;
  for (let match = RENT_NOUN.exec(before); match !== null; match = RENT_NOUN.exec(before)) rent = match;
  if (rent === null || RENT_IN_PLACE.test(before.slice(0, rent.index))) return null;
  const between = before.slice(rent.index + rent[0].length);
  if (between.length > 80 || /[\d$]/.test(between) || ASK_WORDS.test(between)) return null;
  const capped =
    RENT_CAP_WORD.test(between) ||
    /\b(?:ceiling|cap|limit|max(?:imum)?|budget|allowance)\b/.test(rent[0]) ||
    CAP_BEFORE_RENT.test(before.slice(0, rent.index)) ||
    CAP_AFTER.test(after.slice(PER_YEAR.exec(after)?.[0].length ?? 0));
  return capped ? { start: rent.index, afterLength: 0 } : null;
}

/** A short answer label before a figure: "A:", "Answer:", "CFO:", a dash. */
const ANSWER_LEAD = /^[\s"'-]*(?:(?:a|answer|reply|response|[a-z]{2,5})\s*(?:\([^)]*\)\s*)?:)?[\s"'-]*$/;

/**
 * An answer capping the rent a question just asked about: "How much rent are you adding? A: capped at $14M
 * a year". The question (the sentence before, ending in "?") names rent and nothing else stands between it and
 * the capping word but an answer label. Returns where the answer's cap starts, or null.
 */
function answerToRentQuestion(text: BriefText, clauseStart: number, amountStart: number): number | null {
  const question = text.lower.lastIndexOf('?', amountStart);
  if (question < 0 || amountStart - question > 60) return null;
  const cap = BEFORE_CAP_WORD.exec(text.lower.slice(clauseStart, amountStart));
  if (cap === null || !ANSWER_LEAD.test(text.lower.slice(question + 1, clauseStart + cap.index))) return null;
  const asked = text.lower.slice(text.clauseAround(question).start, question);
  RENT_NOUN.lastIndex = 0;
  return RENT_NOUN.test(asked) && !ASK_WORDS.test(asked) ? clauseStart + cap.index : null;
}

/**
 * Words that place a clause in the present or past as it is ("already", "currently", "last year", "went up",
 * "has risen"): what the rent does or did, not a limit on it.
 */
const FACT_WORD =
  /\b(?:already|currently|presently|today|these\s+days|historically|in\s+the\s+past|to\s+date|so\s+far|last\s+year|right\s+now|at\s+the\s+moment|went|rose|grew|jumped|(?:has|have)\s+(?:gone|risen|grown|climbed|increased|jumped))\b/;
/** Words of a limit, which make a clause a cap even with words of fact in it ("must", "can't", "capped", "at most"). */
const LIMIT_WORD =
  /\b(?:must|should|shall|needs?\s+to|(?:has|have)\s+to|can't|cannot|can\s+not|may\s+not|mustn't|shouldn't|won't|will\s+not|don't|do\s+not|never|keep|hold|cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|at\s+most|no\s+more|not\s+more|up\s+to|ceiling|budget|allow(?:ed|s)?|(?:want|wants|prefer|prefers|would\s+like)\s+to)\b|\u2264|<=?/;

/**
 * True when a clause about rent states what it is or was ("our rent goes up by more than $2M every year
 * already", "rent rose by over $3M last year") rather than limiting it: such a figure is no cap.
 */
function isStatementOfFact(clause: string): boolean {
  return FACT_WORD.test(clause) && !LIMIT_WORD.test(clause);
}

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
      // "We might think about excluding mortgaged assets down the road": a thought for later asks for nothing.
      if (MUSED_BEFORE.test(text.lower.slice(text.clauseAround(match.index).start, match.index))) {
        text.claim(match.index, end);
        continue;
      }
      excludeMortgaged = true;
      // "exclude the Kearny Legacy Plant and anything mortgaged": the mortgage words are the list's last item, so
      // only they are claimed; the words before stay for the place reader, with the verb that rules them out.
      const lastItem = LAST_ENCUMBERED_ITEM.exec(match[0]);
      text.claim(lastItem === null ? match.index : match.index + lastItem.index + lastItem[0].length - (lastItem[1] ?? '').length, end);
    }
  }
  // "The lab stays ours, and so does anything with a mortgage on it": one more thing ruled out like the ones before.
  for (const match of text.freeMatches(ENCUMBERED_LIKEWISE)) {
    const end = match.index + match[0].trimEnd().length;
    if (!text.isFree(match.index, end) || !followsExclusion(text, match.index)) continue;
    excludeMortgaged = true;
    text.claim(match.index, end);
  }
  const maxRentAdded: number[] = [];
  for (const amount of findAmounts(text.source)) {
    if (!text.isFree(amount.start, amount.end)) continue;
    const clause = text.clauseWithLabel(amount.start);
    const before = text.lower.slice(clause.start, amount.start);
    // "Annual rent from the new leases: capped at $5.5M": the label names the rent the words after it cap.
    const labelled = clause.start > 0 && text.source[clause.start - 1] === ':' ? text.clauseAround(clause.start - 1).start : clause.start;
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
      const general =
        rent !== null && cap !== null
          ? null
          : rentCapStart(text.lower.slice(labelled, amount.start), text.lower.slice(amount.end, clause.end));
      const answered = general === null && rent === null ? answerToRentQuestion(text, clause.start, amount.start) : null;
      if (rent !== null && cap !== null) start = clause.start + Math.min(rent.index, cap.index);
      else if (general !== null) {
        start = labelled + general.start;
        end = amount.end + general.afterLength;
      } else if (answered !== null) start = answered;
      else continue;
    }
    const perYear = PER_YEAR.exec(text.lower.slice(end, clause.end));
    if (perYear !== null) end += perYear[0].length;
    const capAfter = CAP_AFTER.exec(text.lower.slice(end, clause.end));
    if (capAfter !== null) end += capAfter[0].length;
    if (!text.isFree(start, end) || isStatementOfFact(text.lower.slice(Math.min(start, clause.start), clause.end))) continue;
    maxRentAdded.push(amount.value);
    text.claim(start, end);
  }
  return { excludeMortgaged, maxRentAdded };
}
