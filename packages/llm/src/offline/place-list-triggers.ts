import { AVOID, CANNOT_LOSE, KEEP_OUT_VERB, NOT_WILLING, REFUSED_TO_HAVE, RULED_OUT, SELL_VERB } from './exclusion-words.js';

/*
 * The patterns that mark a list of places, types or assets as asked for or ruled out, by where the list
 * stands: after a trigger ("exclude", "outside", "no"), before a verdict ("are off the table"), after an "or"
 * that continues a negation (a pronoun standing for a list: `pronoun-exclusion-triggers.ts`). Each is global, for
 * `freeMatches`.
 */

/**
 * "nothing outside Texas": a double negative that includes, and so does a wish for nothing beyond the places ("not
 * interested in anything outside Ohio", "we don't want any sites outside Texas"), and a refusal to sell anything beyond them
 * ("don't sell anything outside Illinois, Ohio or New Jersey", "we won't sell any sites outside Georgia"). "Keep everything in Texas and Georgia", "keep the sale
 * within Ohio": an instruction that keeps the whole sale to the places, unless the clause keeps them out, off or back
 * ("keep everything in Dallas off the list" retains them). A company that keeps its buildings ("we're keeping
 * everything in Illinois", "we will keep everything in Ohio") retains them.
 */
export const INCLUDE_TRIGGER =
  /\b(?:(?:nothing|none|no\s+(?:assets?|sites?|properties)|(?:not\s+interested\s+in|(?:do\s+not|don['\u2019]?t|never)\s+(?:want|sell|include|offer)|(?:we|i)\s+(?:won['\u2019]?t|will\s+not|can['\u2019]?t|cannot)\s+sell)\s+any(?:thing|\s+(?:assets?|sites?|properties|buildings?)))(?:\s+(?:(?:is|gets|be|to\s+be|should\s+be)\s+)?(?:sold|divested|offered))?\s+outside(?:\s+of)?|(?<!\b(?:we|i|they|you|to|will|would|shall|should|must)\s+|['\u2019](?:ll|d|re)\s+)keep\s+(?:everything|it\s+all|the\s+whole\s+thing|the\s+(?:sale|program(?:me)?|deal))\s+(?:in|within|inside)(?![^.;!?\n]*\b(?:out|off|back|alone|owned|balance\s+sheet)\b))(?=\s)/g;
/** What a list that is named as ruled out holds: "the markets to exclude are", "the excluded sites are". */
const LISTED_NOUN = String.raw`(?:markets?|metros?|sites?|assets?|properties|states|locations?|(?:asset\s+)?types?)`;
/**
 * The ending of "nothing ..." and "none of it ..." that takes no money from a place: "nothing from", "none of it
 * should come from", "nothing is to be raised in", "nothing coming from" (but not the past "we had nothing coming
 * from Ohio"). The verb is optional, so the bare "none in Ohio" stays read.
 */
const COMES_FROM = String.raw`(?:(?:(?:should|shall|can|may|must|will|is\s+to|to)\s+(?:come|be\s+(?:raised|sourced|taken|sold))|(?<!\b(?:had|has|have|was|were)\s+nothing\s+)coming|come(?=\s+out\s+of\s))\s+)?(?:in|from|out\s+of)`;

/**
 * "do not want anything", "don't want any buildings": what the writer wishes left unsold, before where it stands
 * ("I don't want anything sold in Ohio", "we don't want any of it from Texas"). "don't want anything in Ohio to exceed 30%" caps the place instead, so a
 * clause that goes on to a share is no wish to keep the place.
 */
const NOT_WANTED_ANYTHING = String.raw`(?:do\s+not|don['\u2019]?t|does\s+not|doesn['\u2019]?t)\s+want\s+any(?:thing|\s+of\s+(?:it|this|the\s+(?:money|proceeds))|\s+(?:assets?|sites?|buildings?|propert(?:y|ies)))`;

/** Words after which a list of places, types or ids is ruled out. */
export const EXCLUDE_TRIGGER = new RegExp(
  String.raw`\b(?:` +
    [
      // A label that rules out the list after it: "Excluded sites: DAL-01, HOU-04", "Carve-outs: Newark", "Excluded
      // asset types: labs", "Retained by seller (not for sale): ...", a form's "Exclude markets = Newark".
      // A sheet may join the label to its list with a dot leader: "Excl. mkts ... Atlanta".
      // The label may narrow what it rules out to the places named before it: "Out of scope within those: the Port Newark
      // Sortation Hub", "Excluded from these: Chandler".
      String.raw`(?:exclude[ds]?|exclusions?|excl\.?|ruled[-\s]out|carve[-\s]?outs?|retained(?:\s+by\s+(?:the\s+)?(?:seller|company|vendor|us))?(?:\s*\([^():\n]{1,30}\))?|hold[-\s]?backs?|not\s+for\s+sale|off[-\s]?limits|off\s+the\s+table|out\s+of\s+scope|not\s+in\s+scope|no[-\s]go(?:\s+(?:zones?|areas?))?|do\s+not\s+(?:sell|touch|include)|(?:to\s+)?(?:keep|retain|avoid))(?:\s+(?:sites?|assets?|properties|markets?|mkts?|metros?|cities|states|locations?|buildings?|(?:asset\s+|property\s+|site\s+)?ids?|list|(?:asset\s+|property\s+)?types?))?(?:\s+(?:within|among|of|from)\s+(?:those|these|them|that\s+list|the\s+above))?\s*(?::|-(?=\s)|=(?=\s)|\.{2,}(?=\s)|\((?:being|namely|i\.e\.,?|viz\.?)(?=\s))`,
      // A label that names who ruled the list out: "Assets excluded by management: NWK-03, HOU-03", "Excluded per the
      // board: Newark", "Sites excluded by the lenders -". Only a colon or a spaced dash after one or two words of who,
      // so that "excluded by the time we close" (no label) stays unread here.
      String.raw`exclude[ds]\s+(?:by|per)\s+(?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s*(?::|-(?=\s))`,
      // A pasted row's key in snake case, then the comma or the equals sign before its value: "excluded_market,Inland
      // Empire,", "exclude_markets=Phoenix,Newark".
      String.raw`exclu(?:de[ds]?|sions?)_(?:markets?|metros?|states|cities|locations?|regions?)[^\S\n]*[,=]`,
      // The same key with the noun first: "markets_excluded,Newark;Inland Empire,", "states_excluded=Texas", or its row
      // of a pasted parameter table, restated with a colon ("markets_excluded : Newark").
      String.raw`(?:markets?|metros?|states|cities|locations?|regions?)_exclu(?:ded|sions?)[^\S\n]*[,=:]`,
      // The same keys for buildings by id: "exclude_ids,HOU-03;COL-03", "ids_excluded: DAL-01, CHI-03",
      // "excluded_asset_ids = PHX-02".
      String.raw`(?:exclu(?:de[ds]?|sions?)_(?:asset_|property_)?ids|(?:asset_|property_)?ids_exclu(?:ded|sions?))[^\S\n]*[,=:]`,
      // "Agreed the following assets remain owned: ...", "Two assets need to stay on our balance sheet: ...": buildings
      // said to be kept, then a colon before the list of them.
      String.raw`(?:the\s+following|these|(?:two|three|four|five|six|\d)(?:\s+other)?)\s+(?:assets?|buildings?|sites?|properties|locations?)\s+(?:${RULED_OUT})\s*:`,
      // A defined term of a contract: '"Excluded Assets" means the Carrollton Data Center and ...'.
      String.raw`excluded\s+(?:assets?|propert(?:y|ies)|sites?|markets?)["'\u201d\u2019]?\s+(?:means|shall\s+mean)`,
      // "must exclude the following assets from any proposal: ...": the list after the colon.
      String.raw`(?:exclud(?:e|es|ed|ing)|leav(?:e|ing)\s+out|remov(?:e|ing)|(?:do\s+not|don't|will\s+not|won't)\s+sell)\s+the\s+following\b[^:.;!?\n]{0,60}:`,
      // "Remove from scope:", "Out of the programme:", "Kept out of the sale:", "Excluded from the perimeter are:".
      String.raw`(?:(?:exclud(?:e|ed)|remov(?:e|ed)|(?:left|leave|kept|keep|carved?|taken?)\s+out|out)\s+(?:of|from)\s+(?:the\s+)?(?:scope|program|programme|sale|perimeter|deal|transaction))(?:\s+(?:are|is|shall\s+be))?\s*:`,
      // "exclude only Columbus": "only" narrows the exclusion and asks for nothing. "warehouses only, none of them in
      // Ohio" rules the place out of the types asked for. "nothing out of Atlanta" takes
      // nothing from it, where "$50M out of Atlanta" asks for it.
      String.raw`exclud(?:e|es|ed|ing)(?:\s+only(?=\s))?|except(?:\s+for)?|outside(?:\s+of)?|not\s+(?:in|from)|nothing(?:\s+at\s+all)?\s+${COMES_FROM}|none\s+(?:of\s+(?:them|those|these|which|it|the\s+(?:money|proceeds|cash|funds|amount|total|sales?))\s+)?${COMES_FROM}`,
      // "not a single building in Dallas or Atlanta", "not one site from Ohio", "not a cent from Ohio", "not a penny of it
      // from Dallas or Atlanta": none at all there.
      String.raw`not\s+(?:a\s+single|one|a)\s+(?:building|asset|site|property|dollar|cent|penny|dime|sale)\s+(?:of\s+(?:it|this|the\s+(?:money|proceeds|cash))\s+)?(?:in|from)|` +
        String.raw`no\s+(?:assets?|sites?|property|properties|sales?|exposure)\s+(?:in|from)|no\s+(?:sales?|disposals?|divestments?)\s+of|${AVOID}|other\s+than|apart\s+from`,
      String.raw`(?:anywhere|anything|everywhere|everything|all)\s+(?:but|except)|excl\.|excl|w\/o(?:\s+(?:touching|selling|using))?`,
      // "anything that isn't an office", "everything not in Texas", "non-plant assets": all but what follows.
      String.raw`(?:anywhere|anything|everywhere|everything)\s+(?:that\s+(?:isn't|is\s+not|aren't|are\s+not)|not)(?:\s+(?:in|an?))?|non(?=-)`,
      // "nothing that's a plant or a lab", "nothing that is an office": none of what follows.
      String.raw`nothing\s+(?:that|which)(?:['\u2019]s|\s+is|\s+are)(?:\s+an?)?`,
      // "None of the parts stores, though", "none of our labs.": a short list, and nothing after it in its clause but a
      // courtesy or a dash's reason (not "none of the markets may exceed 30%").
      String.raw`none\s+of(?=\s+(?:the|our)\s+[a-z-]+(?:\s+[a-z-]+){0,3}\s*(?:,\s*(?:though|please|thanks)\b|[.;!]|\s[-\u2013\u2014]\s|$))`,
      String.raw`without\s+(?:touching|selling|using)`,
      // "Not selling in Arizona", "no property of the Company's Phoenix operations", "any market but Dallas".
      String.raw`not\s+(?:to\s+)?(?:${SELL_VERB})`,
      String.raw`no\s+(?:property|properties|assets?|sites?|buildings?|part)\s+of`,
      // Drafting that bars a property's place from every sale: "no Sale and Leaseback Transaction shall include any
      // property located in the State of Texas", "no disposition shall include any Property located in Ohio".
      String.raw`no\s+[a-z-]+(?:\s+[a-z-]+){0,4}\s+shall\s+(?:include|comprise|contain)\s+any\s+(?:real\s+)?(?:property|properties|assets?|sites?)(?:\s+(?:located|situated))?\s+in`,
      String.raw`(?:any|every|all)\s+(?:markets?|metros?|assets?|sites?|property|properties|buildings?|states?|city|cities|places?)\s+(?:but|except|other\s+than)`,
      // "would rather not sell anything in", "won't part with", "must not divest", "shall not lease back any premises in",
      // "don't sell a single plant", "don't sell even one lab": not one of the kind is to go.
      String.raw`${NOT_WILLING}\s+(?:be\s+)?(?:${SELL_VERB})(?:\s+(?:any(?:thing|\s+(?:premises|propert(?:y|ies)|sites?|assets?|buildings?|facilit(?:y|ies)))?\s+in|any|our|the|a\s+single|(?:even\s+)?one\s+single|even\s+one))?`,
      // "I do not want anything sold in Ohio", "we don't want any buildings to go from Texas", "I don't want anything in
      // New Jersey to go", "I don't want any of our Georgia buildings sold", "the program should not pick up anything
      // from Georgia": a wish that nothing there is sold.
      String.raw`${NOT_WANTED_ANYTHING}\s+(?:(?:sold|divested|to\s+(?:go|be\s+sold|leave))\s+)?(?:in|from)(?=\s)(?![^.;!?\n]*\b(?:exceed\w*|more\s+than|above|account\s+for|make\s+up)\b)`,
      String.raw`(?:do\s+not|don['\u2019]?t|does\s+not|doesn['\u2019]?t)\s+want\s+any\s+of\s+(?:our|the)(?=\s[^.;!?\n]{1,60}?\b(?:sold|divested|to\s+go|touched|offered)\b)`,
      // "I don't want to see any Chicago or Newark assets in this": what the writer would not see in the program; only
      // before the buildings of a place, so that "don't want to see any market above 30%" caps no place.
      String.raw`(?:do\s+not|don['\u2019]?t|does\s+not|doesn['\u2019]?t)\s+want\s+to\s+see\s+any(?=\s[^.;!?\n]{1,60}?\b(?:assets?|sites?|buildings?|propert(?:y|ies)|facilit(?:y|ies))\b)(?![^.;!?\n]*\b(?:exceed\w*|more\s+than|above|over|account\s+for|make\s+up)\b)`,
      // "We don't want any of our Ohio buildings in this", "I don't want any Texas sites in the deal": the buildings of a
      // place wished out of the program; only before "in this" or the program's name, so that "don't want any sites in
      // Dallas to exceed 30%" is left to the share's reader.
      String.raw`(?:do\s+not|don['\u2019]?t|does\s+not|doesn['\u2019]?t)\s+want\s+any(?:\s+of\s+(?:our|the|its|their))?(?=\s[^.;!?\n]{1,50}?\b(?:assets?|sites?|buildings?|propert(?:y|ies)|facilit(?:y|ies))\s+in\s+(?:this|it|the\s+(?:sale|program(?:me)?|deal|transaction|package|pool|run|perimeter))\b)`,
      // "None of the Newark buildings should be sold": the buildings of a place said to stay unsold.
      String.raw`none\s+of(?=\s+(?:the|our)\s[^.;!?\n]{1,40}?\b(?:should|must|may|can|will|shall)\s+be\s+(?:sold|divested|touched|offered)\b)`,
      // "should not pick up anything from Georgia", "please don't pull anything from Chicago": nothing taken from there.
      String.raw`(?:should|must|shall|will|can|may|do|does)(?:\s*not|n['\u2019]t)\s+(?:pick\s+up|take|draw(?:\s+on)?|pull|source)\s+any(?:thing|\s+(?:assets?|sites?|buildings?|propert(?:y|ies)))\s+(?:in|from)(?=\s)`,
      // "would rather not go back to Chicago", "don't want to return to Ohio": no second sale where the last one was.
      String.raw`${NOT_WILLING}\s+(?:go(?:ing)?\s+back|return(?:ing)?)\s+to`,
      // "we don't want Houston", "can't have anything in Ohio", "don't take anything out of Chicago", "don't take HQ
      // (the Las Colinas building)", "don't take the Rickenbacker DC - it's the hub", "don't take the Joliet Distribution
      // Center - it's the hub" (but not "don't want Dallas to exceed 30%").
      String.raw`${REFUSED_TO_HAVE}(?=\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){2,4}\s+[-\u2013\u2014]\s|\s+(?:(?:any(?:thing)?|everything|something)\s+(?:in|from|out\s+of)\s+)?(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?(?:\s+(?:sites?|assets?|properties|markets?))?\s*(?:[.;,!?)]|$|in\s+(?:the|this|our)\b|(?:and|or|nor)\s|[-\u2013\u2014]\s|\([^()\n]{1,60}\)\s*(?:[.;,!?]|$|[-\u2013\u2014]\s|(?:and|or|nor)\s)))`,
      // "hold back the Tempe Office", "carve out Ohio", "ring-fence the Dallas HQ".
      KEEP_OUT_VERB,
      // "we can't lose Cicero", "can't afford to lose the Pasadena plant".
      CANNOT_LOSE,
      // "keep out Texas": the particle before the place, as in "leave out". A "no" that answers a question and a dash
      // after it ("Phoenix and Columbus only? no — Phoenix, Columbus and Atlanta") corrects the list, ruling nothing out.
      // "neither Carrollton nor Chandler" rules out both, but "neither Dallas nor Houston may exceed 30%" caps them.
      // "Keep the whole thing out of Georgia", "keep the sale out of Ohio": the sale kept out of the place.
      String.raw`keep(?:s|ing)?\s+(?:the\s+whole\s+thing|the\s+whole\s+(?:sale|program(?:me)?|deal)|everything|it\s+all|all\s+of\s+it|the\s+(?:sale|program(?:me)?|deal))\s+out\s+of(?=\s+[a-z])|` +
        String.raw`keep(?:s|ing)?\s+out(?:\s+of)?(?=\s+[a-z])|leav(?:e|ing)\s+out|leav(?:e|ing)|without|but\s+not|not|(?<!\?\s{0,3})no|no(?!\s+[\u2013\u2014-]\s)|never|neither(?!\s+(?:is|are|does|do|of|one)\b|[^.;\n]{0,60}\b(?:exceed|more\s+than|over|above|account|provide|supply)\b)|skip(?:ping)?|omit(?:ting)?`,
      // "hold the data centers back": the particle after the list, as in "keep ... out".
      String.raw`keep(?:s|ing)?|retain(?:s|ing)?|hold(?:s|ing)?\s+on\s*to|hold(?:s|ing)?(?=\s+(?:the|our|both|all)\s[^.;!?\n]{1,50}?\sback\b)|drop(?:s|ping)?|ex`,
      // Verbs that strike an item from the list without saying "exclude": "ignore the Cicero plant", "kill the HQ
      // from the list", "disregard Newark", "scrap the Tempe office", "nix Phoenix", "cross off the Dublin lab". A
      // consequence ("that kills Chandler") orders nothing, and "scratch Texas" corrects a list rather than excluding.
      // "pull Rickenbacker from the list" strikes it, where "pull $60M from Dallas" asks for money from a place; so does
      // "pull the Las Colinas headquarters" (a building named after it), and "rule out the Mesa Parts Store".
      String.raw`ignor(?:e|es|ing)|disregard(?:s|ing)?|(?<!\b(?:that|which|this|it)\s+)(?:kill(?:s|ing)?|scrap(?:s|ping)?|nix(?:es|ing)?)|cross(?:es|ing)?\s+off|pull(?:s|ing)?(?=\s[^.;!?\n$]{1,60}\bfrom\s+(?:the|our)\s+(?:list|program(?:me)?|sale|deal|mix|perimeter|pool)\b)|pull(?=\s+the\s+[a-z][a-z' -]{0,40}?\b(?:headquarters|hq|plant|lab|office|store|warehouse|center|centre|dc|hub|cross-dock)\b)|(?<!(?:not|n't|cannot|never)\s+)rul(?:e|es|ing)\s+out`,
    ].join('|') +
    // A snake-case key's comma or equals sign ends it before the value written tight after it.
    String.raw`)(?:(?=[\s:-])|(?<=_[a-z]+[,=]))`,
  'g',
);
/** Cheap words one of which a list named as ruled out holds, so that briefs without them skip its pattern. */
export const NAMED_EXCLUSION_HINT =
  /\b(?:following|excluded|to\s+(?:be\s+)?(?:exclude|left|leave|keep|kept|carve|carved|rule|ruled)|nothing\s+(?:[a-z]+\s+)?(?:to\s+)?be|nothing\s+(?:(?:is|gets)\s+)?(?:sold|divested|disposed|offered))\b/;
/**
 * A list named as what is ruled out: "The following are not to be sold: ...", "the following assets are excluded
 * from the program: ...", "The markets to exclude are Houston and the Inland Empire", "the sites to be left out are
 * ...", "the excluded markets are ...", "nothing be sold in Arizona", "nothing is to be sold from Ohio".
 */
export const NAMED_EXCLUSION_TRIGGER = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`the\s+following(?:\s+(?:assets?|sites?|properties|markets?))?\s+(?:are|is|will\s+be|shall\s+be|must\s+be)\s+(?:not\s+(?:to\s+be\s+)?(?:sold|included|offered)|excluded|(?:kept|left|carved)\s+out|off[-\s]limits|out\s+of\s+scope)[^:.;!?\n]{0,40}:`,
      String.raw`the\s+(?:excluded\s+${LISTED_NOUN}|${LISTED_NOUN}\s+to\s+(?:be\s+)?(?:exclud(?:e|ed)|(?:leave|left|keep|kept|carve|carved|rule|ruled)\s+out))\s+(?:are|is)`,
      String.raw`nothing\s+(?:(?:is|should|may|must|shall|can|will)\s+)?(?:to\s+)?be\s+(?:sold|divested|disposed\s+of|included|offered)\s+(?:in|from)`,
      // "they want nothing sold in California": what is wanted unsold, not a sale that has not happened ("we've had
      // nothing sold in Texas").
      String.raw`(?<!\b(?:have|has|had|there\s+(?:is|was|were)|there['\u2019]s|(?:we|they)['\u2019]ve)\s+)nothing\s+(?:(?:is|gets)\s+)?(?:sold|divested|disposed\s+of|offered)\s+(?:in|from)`,
    ].join('|') +
    String.raw`)(?=[\s:-])`,
  'g',
);

/**
 * "don't touch anything mission-critical or any of our Chicago plants", "without selling anything critical
 * or touching Arizona": an "or" that continues a negation another reader already claimed, with or without
 * its own verb of selling, an "and", "plus" or "along with" after an exclusion just read ("exclude mortgaged properties
 * plus the Fontana Warehouse", a chat's "+"), or a comma or a bracket before "anything in" ("exclude mortgaged assets, anything in
 * Dallas", "Exclude CHI-03 (and anything in Dallas)"). Only
 * counts when a negation word comes earlier in the same clause.
 */
export const NEGATED_CONTINUATION = new RegExp(
  String.raw`\b(?:(?:or|nor)\s+(?:${SELL_VERB})\s+|(?:or|nor|and|plus|along\s+with)\s+)(?:any(?:thing)?\s+)?(?:of\s+)?(?=\S)|,\s+any(?:thing|where)?\s+(?=(?:in|from|at)\s)|\(\s*(?:and|plus)\s+(?:any(?:thing|where)?\s+(?=(?:in|from|at)\s))?|(?<=\s)\+\s+(?:any(?:thing)?\s+)?(?=[a-z])`,
  'g',
);
/** An allow-list after the continuation ("no mortgaged sites and Texas only"), which "and" must not rule out. */
export const ONLY_NEXT = /^(?:\s+(?:sites?|assets?|properties|markets?|metros?))?\s+only\b/;
/**
 * A word that negates its clause, so that an "or" after it continues the negation. A list said to be kept "off the
 * list" or "off the table" is ruled out as surely: "keep the plants off the list, plus the Carrollton Data Center".
 */
export const NEGATION_WORD =
  /\b(?:no|not|nothing|none|never|don'?t|won'?t|off\s+the\s+(?:list|table)|off[-\s]limits|out\s+of\s+scope|avoid(?:ing)?|exclud(?:e|ing)|without|except|leav(?:e|ing)\s+out|skip(?:ping)?|omit(?:ting)?|remov(?:e|ing)|rul(?:e|ing)\s+out|(?:can['\u2019]?t|cannot)\s+(?:afford\s+to\s+)?lose)\b/;
/** "stayed out of this", "be kept out of the sale": the list before it kept out of what the brief asks for. */
const STAYED_OUT = String.raw`(?:stay(?:s|ed)?|(?:were|was|be|are|is)\s+kept|remain(?:s|ed)?)\s+out\s+of\s+(?:this|it|the\s+(?:sale|program(?:me)?|deal|exercise|transaction))(?=\s*(?:[.;,!?\n]|$))`;
/**
 * Words after a list that rule it out: "labs and plants are off the table", a note's bare "Texas out" ending its line
 * or sentence, perhaps with its reason in a bracket ("She also wants Newark and Houston out (port exposure, long
 * story), and ..."; a bracket of codes, "out (COL-03).", names what is out and is read by the bracket's reader), or "out entirely" ending a question ("a case that leaves Georgia out entirely?"), "wants Georgia out of it" (the sale the pronoun
 * stands for), and "we'd rather our Illinois buildings stayed out of this". "Texas out west" or "out of interest" run on, and stay unread.
 */
export const TRAILING_EXCLUDE = new RegExp(
  String.raw`\b(?:${RULED_OUT}|out(?=[^\S\n]*(?:\([^()\n]{1,80}\)[^\S\n]*)?(?:\n|$))|out(?=[^\S\n]*(?:\([^()\d\n]{1,80}\)[^\S\n]*)?(?:[.;!?](?!\d)|,(?=[^\S\n]+(?:and|but|so|plus|please|thanks)\b)))|out(?=[^\S\n]+(?:entirely|completely|altogether)[^\S\n]*(?:[.!?;,]|\n|$))|out\s+of\s+it(?=\s*(?:[.;,!?\n]|$))|${STAYED_OUT})(?![a-z])`,
  'g',
);
/** Words that rule something out, after its subject or before its object ("are off the table", "exclude", "leave out"). */
export const RULING_OUT = new RegExp(
  String.raw`\b(?:${RULED_OUT})(?![a-z])|\b(?:exclud(?:e|es|ing)|leav(?:e|ing)\s+out|skip(?:ping)?|omit(?:ting)?|avoid(?:ing)?|rul(?:e|ing)\s+out|${KEEP_OUT_VERB})\b`,
);
/**
 * "the Edison and Groveport warehouses are being expanded, do not sell", "... are under contract - cannot sell", "the
 * Baytown warehouse and the Riverside Cross-Dock can't go": an order not to sell that ends its clause with no object
 * stands for the last list of its sentence, as "them" would.
 */
export const ORDER_WITHOUT_OBJECT = new RegExp(
  String.raw`\b(?:(?:please\s+)?(?:${NOT_WILLING}|can['\u2019]?t|cannot|can\s+not)\s+(?:sell|touch|include|divest)|(?:can['\u2019]?t|cannot|can\s+not|must\s+not|mustn['\u2019]?t)\s+go)(?=\s*(?:[.;,!]|$))`,
  'gm',
);
/**
 * "... are off limits, and so is Georgia", "labs are off the table; so is manufacturing", "Houston is out. Same for
 * plants.", "the Ontario DC is not for sale, and neither is anything mortgaged": one more item ruled out like the ones
 * before it.
 */
export const SO_IS =
  /\b(?:(?:and\s+)?so\s+(?:is|are|does|do)|as\s+(?:is|are|does|do)|nor\s+(?:is|are|can|will|should|must)|(?:and\s+)?neither\s+(?:is|are|does|do|can|will|should|must)|and\s+(?:the\s+)?same\s+(?:goes\s+)?for|(?:the\s+)?same\s+(?:goes\s+)?for|and\s+likewise|likewise)\s+/g;

/** What joins two places of one list: "TX + OH", "Texas, Ohio", "TX and OH", "Columbus, plus the Dublin lab". */
export const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+|plus\s+)?|and\s+|or\s+|plus\s+|&\s*|\+\s*|\/\s*)$/;
