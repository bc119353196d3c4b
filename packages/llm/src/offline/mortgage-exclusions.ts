import type { BriefText } from './brief-text.js';
import { readEncumberedClassVerdicts } from './encumbered-class-verdicts.js';
import { readEncumberedThenRuledOut } from './encumbered-then-ruled-out.js';
import { ANSWER_WITHOUT_YES, ANSWER_YES, ASKED_WHAT_IS_RULED_OUT, AVOID, REFUSED_TO_HAVE, RULED_OUT } from './exclusion-words.js';
import { RATHER_YOU_DID_NOT } from './keeper-and-part-of-wording.js';
import { followsExclusion } from './list-positions.js';
import { MUSING_VERB, OPEN_MODAL } from './musing-wording.js';
import { SO_IS } from './place-list-triggers.js';

/*
 * The clauses that rule mortgaged (encumbered) assets out of the sale: "nothing with a mortgage", "skip encumbered
 * sites", "unencumbered assets only", "Mortgaged sites? Leave them out". Read before the amounts, so that the words
 * are claimed and no other reader takes "a mortgage" for a figure's subject.
 */

/** Words for a mortgage or what secures one ("mort?gage": a dropped t, "morgaged", is still a mortgage). */
const MORTGAGE_WORD = String.raw`(?:mort?gages?|mort?gage\s+(?:loans?|debt|financing)|liens?|encumbrances?|secured\s+(?:debt|loans?|financing)|debt|loans?|borrowings?)`;
/** "(c) ", "(iii) ", "b) ": the letter or numeral of a list's item, before the item. */
const ITEM_MARK = String.raw`(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s*)?`;
/**
 * A class that may not go, the order ending its clause: "Mortgaged buildings can't go.", "... mustn't go - the bank
 * would object". A level that cannot go somewhere ("can't go above 4x") is no such order.
 */
const CANNOT_GO = String.raw`(?:can['\u2019]?t|cannot|can\s+not|mustn['\u2019]?t|must\s+not|shouldn['\u2019]?t|should\s+not|won['\u2019]?t|will\s+not)\s+go(?=[^\S\n]*(?:[.;,!(]|$)|[^\S\n]+[-\u2013\u2014][^\S\n])`;

/** "still carries a mortgage", "currently has a lien": an adverb of the present before the verb. */
const STILL = String.raw`(?:(?:still|currently|already|now)\s+)?`;
/**
 * Verbs that take something out of the sale, beside "exclude", "avoid" and "skip": "drop anything mortgaged",
 * "strip out the encumbered sites", "rule out anything with a lien", "keep out anything with a loan on it". "Drop" is
 * not one before a level ("drop below", "drop to"), nor "keep out" before "of" ("keep out of Dallas").
 */
const DROP_VERB = String.raw`drop(?:s|ping)?(?!\s+(?:below|under|beneath|to|by|off|in|out\s+of|down)\b)|omit(?:s|ting)?|remov(?:e|es|ing)|rul(?:e|es|ing)\s+out|tak(?:e|es|ing)\s+out|strip(?:s|ping)?\s+out|cut(?:s|ting)?\s+out|ditch(?:es|ing)?|filter(?:s|ing)?\s+out|screen(?:s|ing)?\s+out|pass(?:es|ing)?\s+on|steer(?:s|ing)?\s+clear\s+of|set(?:s|ting)?\s+aside|keep(?:s|ing)?\s+out(?!\s+of\b)|leav(?:e|es|ing)\s+off`;
/**
 * A question or a label naming encumbered assets, answered by ruling them out: "Mortgaged sites? Leave them out",
 * "Anything encumbered? Exclude it.", "Mortgaged buildings? No.", "Q: Liens? A: Keep those out", a label's value
 * ("Mortgaged assets: exclude"), a table row's ("| Encumbered sites | excluded |") and a chat's ("zoe: mortgaged
 * assets?" / "ian: exclude").
 */
const ENCUMBERED_QUESTION_ANSWERED = String.raw`\b(?:(?:any(?:thing)?|what\s+about|and|the|our)\s+)?(?:(?:mort?gaged|encumbered|pledged|lien(?:ed|[-\s]encumbered))(?:\s+(?:assets?|sites?|properties|property|buildings?|bldgs?\.?|ones|real\s+estate))?|mort?gages?|liens?|encumbrances?)(?:\s*[?:]|[^\S\n]*\.{2,})\s*(?:@?[a-z]+\s*:\s*|a\s*\.\s*)?(?:(?:leave|keep|rule|take|strike|cut|carve|drop)\s+(?:them|those|these|it|'em)\s+out|(?:exclude|skip|drop|avoid|omit)\s+(?:them|those|these|it|'em)|(?:no|out|excluded?|skip|omit|not\s+(?:a\s+)?chance|none)(?=\s*(?:[.,;:!\n]|$)))`;

/**
 * What an encumbered asset is called: "mortgaged sites", "encumbered assets", "any building with debt against
 * it", "anything with a bank loan secured on it", "assets securing our mortgage loans", "properties pledged as collateral", "facilities subject to mortgage financing",
 * "any asset subject to a recorded mortgage", "anything else that carries a mortgage" (after buildings named first), a
 * lease's "any Premises subject to a mortgage".
 */
export const ENCUMBERED_SUBJECT = String.raw`(?:(?:any|all|the|our)\s+(?:other\s+)?)?(?:(?:anything|everything)\s+(?:that['\u2019]s\s+|(?:that|which)\s+is\s+)?(?:(?:still|currently)\s+)?(?:mort?gaged|encumbered)(?![a-z])|(?:assets?|sites?|properties|property|buildings?|anything|ones)\s+pledged\s+to\s+(?:the\s+|our\s+)?(?:lenders?|banks?|creditors?)|(?:mort?gaged|encumbered|pledged|levered|leveraged|lien(?:ed|[-\s]encumbered))\s+(?:assets?|sites?|properties|property|buildings?|real\s+estate|collateral|ones|stuff|things)|(?:assets?|sites?|properties|property|premises|buildings?|facilit(?:y|ies)|anything|ones)(?:\s+else)?\s+(?:(?:that|which)\s+${STILL}(?:is|are|has|have|carry|carries)\s+|with\s+|w\/\s*|carrying\s+|having\s+|securing\s+|subject\s+to\s+|under\s+|pledged\s+(?:as\s+collateral|to|against|for|under)\s*|(?:encumbered|secured|burdened|charged)\s+(?:by|with)\s+)(?:a\s+|an\s+|any\s+|our\s+|the\s+|existing\s+|outstanding\s+|recorded\s+|registered\s+|bank\s+|lender\s+)*(?:mort?gaged|encumbered|pledged|${MORTGAGE_WORD})(?:\s+(?:on|against|secured\s+(?:on|against))\s+(?:it|them))?)`;

/**
 * "nothing with a mortgage", "no mortgaged assets", "do not sell anything that
 * carries a mortgage", "skip encumbered sites", "unencumbered assets only",
 * "exclude mortgaged properties".
 */
const MORTGAGE_PATTERNS: readonly RegExp[] = [
  // "exclude Newark, Chicago and anything with a mortgage on it": encumbered assets as the last item of an exclusion
  // list; only the item is claimed, so that the places before it are read as excluded too. An item before may hold a
  // decimal ("exclude anything with criticality above 0.75 and anything mortgaged"), and the items may carry their
  // reasons in brackets ("exclude the Wilmer DC (pending customer litigation), the Plano parts counter (lease
  // dispute) and any encumbered asset").
  new RegExp(
    String.raw`(?<=\b(?:exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|leav(?:e|es|ing)\s+out|without|no|not)\b(?:[^.;:!?\n]|\.(?=\d)){0,160}?(?:,|\band\b|\bplus\b)\s+)${ENCUMBERED_SUBJECT}`,
    'g',
  ),
  // A contract's defined term whose list ends in encumbered assets: '"Excluded Property" means the Chandler Data
  // Center, ... and any other property subject to a mortgage', its items lettered or not ("... and (c) any property
  // subject to a mortgage").
  new RegExp(
    String.raw`(?<=\bexcluded\s+(?:assets?|propert(?:y|ies)|sites?)["'\u201d\u2019]?\s+(?:means|shall\s+mean)\b[^.;:!?\n]{0,200}?(?:,|\band\b|\btogether\s+with\b)\s+${ITEM_MARK})${ENCUMBERED_SUBJECT}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:nothing|none|no\s+(?:assets?|sites?|properties|property|buildings?)|not\s+(?:anything|any\s+(?:assets?|sites?|properties))|(?:don'?t|do\s+not|never|won'?t)\s+(?:sell|touch|include)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|exclud(?:e|es|ing)\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|avoid(?:ing)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)|skip(?:ping)?\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties))\s+(?:that\s+${STILL}(?:has|have|carries|carry|is|are)\s+|which\s+${STILL}(?:has|have|carries|carry)\s+|with\s+|carrying\s+|having\s+|under\s+)(?:a\s+|an\s+|any\s+|existing\s+|outstanding\s+)*(?:mort?gage\s+(?:debt|loans?|financing)|mort?gages?|liens?|encumbrances?|secured\s+debt|debt\s+on\s+(?:it|them))(?:\s+(?:on|against)\s+(?:it|them))?`,
    'g',
  ),
  // A ruling reported in the past tense, its object the encumbered assets: "Treasury has excluded anything carrying a
  // mortgage", "the Board excluded mortgaged sites". The object follows "excluded" at once, so that "the excluded sites
  // carry mortgages" (a fact about the excluded sites) is no ruling.
  new RegExp(String.raw`\bexcluded\s+${ENCUMBERED_SUBJECT}`, 'g'),
  // "ex-mortgaged", "excl. encumbered sites": the shorthand of a terse note, as for places ("ex-Chicago").
  /\b(?:(?:no|not|nothing|exclud(?:e|es|ing)|avoid(?:ing)?|skip(?:ping)?|without|leave\s+out|leaving\s+out|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+|(?:ex|excl)[-.]\s*|excl\s+)(?:any\s+|the\s+|our\s+)?(?:mort?gaged|encumbered|levered|leveraged)\s*(?:assets?|sites?|properties|property|buildings?|ones)?/g,
  // "mortgaged excl.", "mortgaged not allowed", "encumbered assets exclude pls", "Mortgaged plants out": the shorthand of a note's verdict
  // (a bare "exclude" only where the clause ends on it, so that "mortgaged assets exclude nothing" is no verdict).
  /\b(?:mort?gaged|encumbered)(?:\s+(?:assets?|sites?|properties|buildings?|stuff|things|ones|plants?|facilit(?:y|ies)|boxes))?\s+(?:are\s+|is\s+)?(?:out|excluded|excl\b\.?|off\s+the\s+table|off-limits|off\s+limits|(?:not\s+(?:allowed|permitted|accepted|acceptable)|prohibited|forbidden|banned)(?!\s*\?)|exclude(?=[^\S\n]*(?:(?:pls|please|pl)\b\.?)?[^\S\n]*(?:[.;,!\n]|$)))(?:\b|(?<=\.))/g,
  // "leave the mortgaged buildings alone", "keep encumbered sites out", "leave encumbered boxes alone", "the exclusion
  // of all mortgaged assets", "keep your exclusion of anything mortgaged" (not "drop the exclusion of ...", taken back).
  /\b(?:(?:leav(?:e|es|ing)|keep(?:s|ing)?|hold(?:s|ing)?)\s+(?:the\s+|our\s+|any\s+|all\s+)?(?:mort?gaged|encumbered|pledged)(?:\s+(?:assets?|sites?|properties|property|buildings?|boxes|box|facilities|facility|sheds?|stuff|ones|real\s+estate))?\s+(?:alone|out|aside|back|untouched)|(?<!\b(?:drop|dropping|remove|removing|lift|lifting|scrap|scrapping|waive|waiving|reverse|undo|no|without)\s+(?:the\s+|your\s+|our\s+|that\s+)?)exclusion\s+of\s+(?:all\s+|any\s+|the\s+)?(?:(?:anything|everything)\s+(?:that['\u2019]s\s+|that\s+is\s+)?)?(?:mort?gaged|encumbered|pledged)(?:\s+(?:assets?|sites?|properties|property|buildings?|ones|real\s+estate))?)\b/g,
  // "keep every building with a mortgage on it out of the deal": what carries a mortgage, kept out.
  /\b(?:leav(?:e|es|ing)|keep(?:s|ing)?|hold(?:s|ing)?)\s+(?:every|each|any|all)?\s*(?:thing|one|assets?|sites?|properties|property|buildings?|facilit(?:y|ies))\s+(?:with|having|carrying)\s+(?:a\s+|any\s+)?(?:mort?gages?|liens?|encumbrances?)(?:\s+on\s+(?:it|them))?\s+out\b/g,
  /\b(?:no|not|skip(?:ping)?|avoid(?:ing)?|exclud(?:e|es|ing)|nothing|(?:don'?t|do\s+not|never)\s+(?:sell|touch|include))\s+(?:anything|any\s+(?:assets?|sites?|properties)|assets?|sites?|properties)\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?(?:mort?gaged|encumbered)\b/g,
  // The general form: a word that rules something out, then (in the same clause, within a few words) a mortgage word
  // ("not all mortgaged" rules out only some, so it is none):
  // "no mortgages", "w/o selling anything mortgaged", "staying clear of anything with a mortgage on it", "no assets
  // with debt secured on them", "can't
  // sell anything with a loan against it", "we can't sell buildings with a bank loan on them", "avoid buildings that
  // still owe money to a bank", "don't pick anything that still carries a mortgage", a wish that the reader not
  // touch them ("I'd rather we didn't touch any site with a loan secured against it"), a wish that the sale not touch
  // them ("don't let the deal touch anything with a mortgage"), a lender's claim or charge on them ("nothing with a
  // bank's charge over it") and a contract's "no Property subject to Security" (never
  // across a line: "exclude Phoenix" above "Mortgaged assets: excluded" is another item; nor across a dash that opens
  // a remark: "exclude the Chandler DC - it's carrying a mortgage" or "-- both carry mortgages" gives the reason for
  // the exclusions before it).
  new RegExp(
    String.raw`\b(?:no|not(?!\s+(?:all|every|each)\b)|nothing|none|without|w\/o|exclud(?:e|es|ing)|${AVOID}|skip(?:ping)?|leav(?:e|ing)\s+out|${DROP_VERB}|forbidden|prohibited|(?:don'?t|do\s+not|never|won'?t|can'?t|cannot|can\s+not|must\s+not|mustn'?t|may\s+not|${RATHER_YOU_DID_NOT})\s+(?:let\s+(?:the\s+|this\s+)?(?:sale|deal|program(?:me)?|transaction|raise|it)\s+)?(?:sell|touch|include|use|bother\s+with|pick|choose|select|take)|(?:keep|stay)(?:\s+(?:it|this|us|them))?\s+off|${REFUSED_TO_HAVE})\b(?:[^,;.:!?(\n\s]|\s(?![-\u2013\u2014]+\s)){0,60}?\b(?:mort?gages?|mort?gaged|hypothecs?|hypothecated|encumbered|encumbrances?|liens?|lien(?:ed|[-\s]encumbered)|secured\s+(?:debt|loans?)|carr(?:y|ies|ying)\s+(?:any\s+|some\s+|a\s+)?(?:debt|loans?|borrowings?)|(?:with|having|carrying)\s+(?:a\s+|any\s+)?(?:lender|bank|creditor)s?\s+on\s+(?:it|them)|(?:debt|loans?|borrowings?)\s+secured(?:\s+(?:on|against|by)\s+(?:it|them))?|(?:debt|(?:a\s+|any\s+)?loans?|borrowings?)\s+(?:on|against)\s+(?:it|them)|pledged(?:\s+as\s+collateral)?(?:\s+under\s+a\s+mort?gage)?|owes?\s+(?:money|debt)\s+to\s+(?:a|the|any)\s+(?:bank|lender)s?|(?:bank|lender|creditor)(?:['\u2019]s|s['\u2019]?)?\s+(?:claims?|charges?|liens?|security)(?:\s+(?:on|over|against)\s+(?:it|them))?|subject\s+to\s+(?:a\s+|any\s+)?(?:security(?:\s+interests?)?|charges?))(?![a-z])(?:\s+(?:debt|loans?|financing))?(?:\s+(?:on|against)\s+(?:it|them))?(?:\s+(?:assets?|sites?|properties|property|buildings?|ones|real\s+estate)(?![a-z]))?`,
    'g',
  ),
  /\b(?:only\s+)?(?:unencumbered|unmort?gaged|un-mort?gaged|unlevered|unleveraged|non[-\s]?(?:mort?gaged|encumbered|levered|leveraged))(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
  // "free-and-clear properties", "debt-free sites", "free of any mortgage or lien", "owned outright", "assets with no mortgage on them", "buildings
  // that aren't carrying a mortgage".
  /\b(?:only\s+)?(?:free[-\s]and[-\s]clear|free\s+(?:of|from)\s+(?:any\s+|all\s+)?(?:debt|mort?gages?|liens?|encumbrances?)|(?:mort?gage|debt|lien|encumbrance)[-\s]free|owned\s+(?:outright|free\s+and\s+clear)|(?:with|carrying|having|that\s+(?:have|has|carry|carries))\s+no\s+(?:mort?gages?|liens?|encumbrances?|secured\s+debt|debt\s+(?:on|against)\s+(?:it|them))|(?:that|which)\s+(?:(?:are|is|do|does)n['\u2019]?t|(?:are|is|do|does)\s+not)\s+(?:carrying|carry|having|have)\s+(?:a\s+|an\s+|any\s+)?(?:mort?gages?|liens?|encumbrances?|(?:bank\s+)?loans?))(?:\s+(?:assets?|sites?|properties|buildings?))?(?:\s+only)?/g,
  // The answer to a question about what is ruled out: "Anything off limits? A: the Tempe office, and anything
  // that's mortgaged" (or just "anything mortgaged"). Only the mortgage words are claimed, so that the answer's other items are still read.
  // The lookahead first: it lets the long look back (over up to 100 characters, for a question and its answer) run
  // only where an item's first word starts, not at every character; alone it was a quarter of the reader's time.
  new RegExp(
    String.raw`\b(?=(?:anything|everything|any|all|assets?|sites?|properties|property|buildings?|the|our|mort?gaged|encumbered)\b)(?<=${ASKED_WHAT_IS_RULED_OUT}(?:${ANSWER_YES}|${ANSWER_WITHOUT_YES}|\s*(?!no\b|none\b|nothing\b|nope\b|not\b))(?:[^.!?\n]|\.(?=\d)){0,100}?)\b(?:(?:anything|any\s+(?:assets?|sites?|properties|property|buildings?)|(?:all\s+)?(?:assets?|sites?|properties|buildings?))\s+(?:that['\u2019]s|that\s+(?:is|are)|which\s+(?:is|are))\s+${STILL}(?:mort?gaged|encumbered|pledged)|(?:anything|any\s+(?:assets?|sites?|properties|property|buildings?)|(?:all\s+)?(?:assets?|sites?|properties|buildings?))\s+(?:with|carrying|that\s+${STILL}(?:has|have|carries|carry))\s+(?:a\s+|an\s+|any\s+)?(?:mort?gages?|liens?|encumbrances?)|(?:(?:any|all|the|our)\s+)?(?:mort?gaged|encumbered)\s+(?:assets?|sites?|properties|buildings?|ones)|(?:anything|everything)\s+${STILL}(?:mort?gaged|encumbered))(?![a-z])`,
    'g',
  ),
  new RegExp(ENCUMBERED_QUESTION_ANSWERED, 'g'),
  // A setting written as a key and a value: "exclude_mortgaged: yes", "\"excludeMortgaged\": true".
  /\bexclude[_\s-]?mort?gaged["']?\s*[:=]\s*(?:true|yes|y|1)\b/g,
  // "nothing with a bank loan attached", "no asset with debt attached to it": what secures a loan, by the loan.
  /\b(?:nothing|no\s+(?:assets?|sites?|properties|property|buildings?)|not\s+anything)\s+with\s+(?:a\s+|an\s+|any\s+)?(?:bank\s+)?(?:loans?|debt|mort?gages?|liens?)\s+attached(?:\s+to\s+(?:it|them))?/g,
  // Encumbered assets first in a list the verb after rules out: "Mortgaged assets and the Dublin lab are excluded",
  // "show what's left if the mortgaged buildings and anything above 0.5 criticality are left out".
  // Only the mortgage words are matched, so that the list's other items are still read.
  new RegExp(
    String.raw`(?:(?<![a-z,]\s*)|(?<=\b(?:if|once|with)\s+))\b${ENCUMBERED_SUBJECT}(?=\s+(?:and|plus)\s+(?:[^.;:!?\n,]|\.(?=\d)){1,60}?\s+(?:are|must\s+be|should\s+be|will\s+be)\s+(?:excluded|out|(?:left|kept)\s+out|off[-\s]limits|not\s+for\s+sale)\b)`,
    'g',
  ),
  // The mortgaged assets as a class, then ruled out by a pronoun in the next sentence: "We have mortgages on a few
  // sites (Dallas, Tempe). Exclude those.", "... They want them left out." (Assets named one by one are left to the
  // place reader.)
  /\b(?:mort?gages?|liens?)\s+(?:on|against)\s+(?:(?:a\s+(?:handful|few|number|couple)\s+of|several|some|many|most)\s+)?(?:(?:our|the|its|their)\s+)?(?:sites|assets|properties|buildings)(?:\s*\([^()]{1,100}\))?\s*[.;]\s+(?:(?:they|we|the\s+(?:seller|client|company))\s+(?:want|would\s+like|need)\s+(?:those|them|these)(?:\s+(?:sites|assets|properties))?\s+(?:left|kept|taken|held)\s+out|(?:exclude|drop|skip|remove|leave\s+out)\s+(?:those|them|these|all\s+of\s+them)(?:\s+(?:sites|assets|properties))?|(?:those|these|they)(?:\s+(?:sites|assets|properties))?\s+(?:are|must\s+be|should\s+be)\s+(?:excluded|out|off[-\s]limits))\b/g,
  // The mortgaged assets as the subject, ruled out by a pronoun later in the same sentence: "The encumbered sites need
  // consents we can't get, so leave all of them out", "the mortgaged ones are a problem; exclude them".
  // The same with the class named in any of its ways: "mortgaged buildings need the bank's sign-off, so leave those
  // out", "Any building encumbered by a mortgage needs lender consent we lack, so exclude them".
  new RegExp(
    String.raw`(?:\b(?:the|our|all\s+the)\s+(?:mort?gaged|encumbered)\s+(?:assets|sites|properties|buildings|ones)\b|${ENCUMBERED_SUBJECT}(?![a-z]))[^.!?\n]{0,120}?(?<!\b(?:don'?t|do\s+not|never|not)\s+)\b(?:(?:leave|keep|rule|take)\s+(?:(?:every\s+one|all|each)\s+of\s+)?(?:them|those)\s+(?:all\s+)?out|(?:exclude|drop|skip|omit)\s+(?:(?:every\s+one|all|each)\s+of\s+)?(?:them|those))(?![a-z])`,
    'g',
  ),
  // A label that says what may not be sold, its value a list: "What we can't sell: anything with a mortgage balance;
  // the Fairburn hub", "Carve-outs: encumbered sites", "Out of scope: mortgaged sites and the labs", and a label that
  // is the order itself ("Skip: anything mortgaged", a table's "Exclude | anything with a lien"), never one negated. Only the mortgage
  // words are claimed, so that the list's other items are still read. The label may say where the items are kept out
  // of ("Excluded from the perimeter are:"), an item may be lettered ("(ii) all properties subject to a mortgage")
  // and the last joined by "together with"; the lookahead lets the long look back run only where an item can start.
  new RegExp(
    String.raw`\b(?=(?:any|all|the|our|anything|everything|assets?|sites?|properties|property|premises|buildings?|facilit(?:y|ies)|mort?gaged|encumbered|pledged|levered|leveraged)\b)(?<=\b(?:(?:can'?t|cannot|won'?t|must\s+not|may\s+not|should\s+not|shouldn'?t|not\s+to)\s+(?:sell|touch|include|divest)|exclusions?|excluded(?:\s+from\s+(?:the\s+)?(?:perimeter|scope|sale|program(?:me)?|transaction|deal)(?:\s+(?:are|is))?)?|out\s+of\s+scope|off[-\s]limits|not\s+for\s+sale|carve[-\s]?outs?|(?<!\b(?:not|don'?t|never|no\s+need\s+to)\s+)(?:exclude|skip|avoid|omit|drop|leave\s+out))\s*:\s*(?:[^.;:!?\n]{0,200}?(?:,|;|\band\b|\bplus\b|\btogether\s+with\b)\s+)?${ITEM_MARK})${ENCUMBERED_SUBJECT}`,
    'g',
  ),
  // The subject first, what rules it out after: "assets securing our mortgage loans are not to be sold",
  // "any building with debt against it stays put", "Encumbered assets: excluded", "Mortgaged buildings can't go."
  new RegExp(
    String.raw`\b${ENCUMBERED_SUBJECT}(?:\s*\([^()]{0,60}\))?(?:\s*:\s*|\s+(?:[a-z'-]+\s+){0,3}?)(?:${RULED_OUT}|(?:stays?|remains?|is\s+kept)\s+off\s+the\s+(?:list|table)|${CANNOT_GO})(?![a-z])`,
    'g',
  ),
  // The buildings of a type that carry a mortgage, ruled out: "Warehouses with a lien on them are out", "plants that
  // carry a mortgage can't go". The whole phrase is claimed, so the type itself is not ruled out.
  new RegExp(
    String.raw`\b(?:warehouses?|plants?|factor(?:y|ies)|offices?|stores?|shops?|dcs?|distribution\s+cent(?:er|re)s?|data\s+cent(?:er|re)s?|labs?)\s+(?:with|carrying|having|that\s+${STILL}(?:have|has|carry|carries))\s+(?:a\s+|an\s+|any\s+)?(?:mort?gages?|liens?|encumbrances?)(?:\s+(?:on|against)\s+(?:it|them))?\s+(?:${RULED_OUT}|${CANNOT_GO})(?![a-z])`,
    'g',
  ),
];

/**
 * The last item of a list that ends in encumbered assets: "..., and anything mortgaged", "... plus any site with a
 * lien". Its group is the item itself.
 */
const LAST_ENCUMBERED_ITEM =
  /[^\s,;]\s*(?:,|\band\b|\bplus\b|\bor\b)\s+((?:anything|everything|any|all|assets?|sites?|properties|buildings?)\b(?:(?!,|\band\b|\bplus\b|\bor\b).)*)$/;

/** "we might think about", "the board may consider": an intention left open, just before what it is about. */
const MUSED_BEFORE = new RegExp(String.raw`\b${OPEN_MODAL}(?:${MUSING_VERB}|want\s+to)\s+$`);

/** Words that weigh an exclusion without making it: "we considered", "we talked about", "there was talk of". */
const WEIGHED_BEFORE = /\b(?:considered|discussed|talked\s+about|thought\s+about|looked\s+at|debated|weighed|talk\s+of)\s+$/;
/** Words that turn down what was weighed: "but decided not to", "but chose against it", "and rejected it". */
const TURNED_DOWN_AFTER =
  /^[^.;!?\n]{0,20}?\b(?:but|and)\s+(?:(?:we|they|the\s+board)\s+)?(?:decided|chose|opted|voted)\s+(?:not\s+to|against)|^[^.;!?\n]{0,20}?\b(?:but|and)\s+(?:(?:we|they|the\s+board)\s+)?(?:rejected|dropped|declined)\s+(?:it|that|the\s+idea)/;

/** "drop the exclusion of anything mortgaged", "lift the ban on encumbered sites": a rule on the class taken back. */
const EXCLUSION_TAKEN_BACK =
  /\b(?:drop|remove|lift|scrap|waive|reverse|undo|ditch|forget|cancel|delete)(?:s|ped|ping|d|ing)?\s+(?:the|your|our|that|this|any)\s+(?:exclusion|restriction|rule|filter|ban|screen|carve[-\s]?out)s?\s+(?:of|on|against|for)\s+[^.;!?\n]{0,40}?\b(?:mort?gaged|encumbered|mort?gages?|liens?)\b(?:\s+(?:assets?|sites?|properties|property|buildings?|ones))?/g;

/** "and so does anything with a mortgage on it", "Same for encumbered sites": encumbered assets after "so is". */
const ENCUMBERED_LIKEWISE = new RegExp(SO_IS.source + ENCUMBERED_SUBJECT, 'g');

/**
 * Reads whether the brief rules out mortgaged (encumbered) assets, claiming the words that say so.
 */
export function readExcludeMortgaged(text: BriefText): boolean {
  let excludeMortgaged = false;
  // "Drop the exclusion of anything mortgaged": the exclusion taken back; claimed so that "drop ... mortgaged" is not
  // read as the order to drop the mortgaged assets.
  for (const match of text.freeMatches(EXCLUSION_TAKEN_BACK)) text.claim(match.index, match.index + match[0].length);
  for (const pattern of MORTGAGE_PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].trimEnd().length;
      if (!text.isFree(match.index, end)) continue;
      // "We might think about excluding mortgaged assets down the road": a thought for later asks for nothing.
      // "We considered excluding mortgaged assets but decided not to": an exclusion weighed and turned down.
      if (
        MUSED_BEFORE.test(text.lower.slice(text.clauseAround(match.index).start, match.index)) ||
        (WEIGHED_BEFORE.test(text.lower.slice(Math.max(0, match.index - 40), match.index)) &&
          TURNED_DOWN_AFTER.test(text.lower.slice(end, end + 60)))
      ) {
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
  if (readEncumberedThenRuledOut(text)) excludeMortgaged = true;
  if (readEncumberedClassVerdicts(text)) excludeMortgaged = true;
  // "The lab stays ours, and so does anything with a mortgage on it": one more thing ruled out like the ones before.
  for (const match of text.freeMatches(ENCUMBERED_LIKEWISE)) {
    const end = match.index + match[0].trimEnd().length;
    if (!text.isFree(match.index, end) || !followsExclusion(text, match.index)) continue;
    excludeMortgaged = true;
    text.claim(match.index, end);
  }
  return excludeMortgaged;
}
