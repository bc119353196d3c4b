import type { BriefText } from './brief-text.js';
import { plainRentCap } from './plain-rent-caps.js';

/**
 * The wording of a cap on the rent a program adds: the rent named before or after the amount, the words that cap
 * it, and the words that make a clause about rent background rather than a limit. Read by `readAssetClauses`.
 */
/**
 * A clause that caps the new rent: the words before the amount ("keep new rent under", "added rent at", "keep rent
 * added to"), a new rent refused above it ("no new rent above") or refused to add more ("the new rent must not add more
 * than 10 mio a year", "New rent shouldn't add more than $6 million per year", "the new rent we'd be paying can't add
 * more than $7.5m a year"), or the rent bill refused a larger increase ("don't increase our annual rent bill by more than",
 * "raise the rent roll by at most").
 */
export const RENT_CAP_BEFORE =
  /\b(?:no\s+(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents)\s+(?:above|over|beyond|exceeding|in\s+excess\s+of|(?:of\s+)?more\s+than)|(?:keep|hold|cap|limit)\s+(?:the\s+)?(?:total\s+|annual\s+)?(?:(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))|rents?\s+added)(?:\s+(?:expense|bill|burden|cost|obligations?))?(?:\s+(?:to|at|under|below|within|beneath))?(?:\s+(?:at\s+most|no\s+more\s+than|less\s+than|a\s+maximum\s+of|max(?:imum)?))?|(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?:\s+(?:expense|bill|burden|cost|obligations?))?(?:\s+(?:that\s+)?(?:we|the\s+company)(?:['\u2019]d|['\u2019]ll|\s+would|\s+will)?\s+(?:be\s+)?(?:paying|pay|taking\s+on|take\s+on|adding|owe))?\s+(?:must\s+|should\s+|to\s+|can\s+|may\s+)?(?:stays?\s+|be\s+|is\s+|remains?\s+|not\s+exceed(?:ing)?\s+|not\s+add\s+(?:more\s+than|over|above|beyond|in\s+excess\s+of)\s+|(?:should|must|ca|wo|does|would)n['\u2019]?t\s+add\s+(?:more\s+than|over|above|beyond|in\s+excess\s+of)\s+|capped\s+at\s+|of\s+|at\s+)?(?:at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|under|below|within|up\s+to|max(?:imum)?(?:\s+of)?|capped\s+at|<=?|\u2264)?|(?:rent\s+cap|cap\s+on\s+(?:new\s+|added\s+)?rent)\s+(?:of|at)?|(?:don't|do\s+not|must\s+not|mustn't|should\s+not|shouldn't|cannot|can't|won't|not|never)\s+(?:to\s+)?(?:increase|raise|grow|lift|push\s+up)\s+(?:our|the)\s+(?:(?:total|annual|yearly|overall)\s+)?(?:rent|rents|rental|lease|occupancy)(?:\s+(?:bill|roll|costs?|expense|burden|obligations?|payments?))?\s+by\s+(?:more\s+than|over|above|beyond|in\s+excess\s+of)|(?:increase|raise|grow|lift)\s+(?:our|the)\s+(?:(?:total|annual|yearly|overall)\s+)?(?:rent|rents|rental|lease|occupancy)(?:\s+(?:bill|roll|costs?|expense|burden|obligations?|payments?))?\s+by\s+(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of))\s*$/;
/**
 * The words after an amount that say it is rent ("$10M of new rent", "$10M a year in added rent", and after a cap
 * "a cap of $10,000,000 on new rent").
 */
export const RENT_CAP_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+|\/\s*(?:yr|year)\s+)?(?:of|in|on)\s+(?:new|added|additional|incremental|extra|fresh)\s+(?:annual\s+|yearly\s+)?(?:rent|rents|rental\s+(?:cost|expense)|lease\s+(?:cost|expense|payments?))/;
/** "$14M of yearly rent", "$9M in rent": rent named right after the amount, without saying it is new. */
const RENT_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+|\/\s*(?:yr|year)\s+)?(?:of|in)\s+(?:(?:annual|yearly|new|added|additional|incremental|extra|fresh|leaseback|lease-back)\s+)*(?:rent|rents|rental\s+(?:cost|expense|obligations?)|lease\s+(?:cost|expense|payments?))(?![a-z-])/;
/**
 * Words before an amount that refuse to pass it: "dont go over $9.5M new rent", its apostrophe dropped or not, and a
 * condition that refuses it ("not if it means adding more than $19M of rent").
 */
export const BEFORE_CAP_WORD =
  /\b(?:(?:[a-z]+n't|without|never|not)\s+(?:[a-z'-]+\s+){0,3}?(?:more|greater|higher)\s+than|not\s+if\s+(?:it|that|this)\s+(?:means|involves|requires)\s+(?:[a-z'-]+\s+){0,2}?(?:more|greater|higher)\s+than|(?:[a-z]+n'?t|never)\s+(?:[a-z'-]+\s+){0,2}?(?:over|above|beyond|past|exceed)|no\s+more\s+than|not\s+more\s+than|no\s+greater\s+than|at\s+most|under|below|less\s+than|max(?:imum)?(?:\s+of)?|up\s+to|cap(?:ped)?\s+(?:at|of)|limited\s+to|within)\s*$/;
/**
 * The general form of a rent cap: a clause that names the rent the program adds
 * ("new rent", "added rent", "annual rent added", "rent on the new leases", "leaseback rent",
 * "the annual rent we take on") and a
 * word that caps it before the amount ("limited to", "can't go over", "capped at").
 */
export const RENT_ADDED =
  /\b(?:(?:new|added|additional|incremental|extra)\s+(?:annual\s+)?(?:rent|rents|rental)|(?:annual\s+)?rent(?:al)?\s+increases?(?:\s+(?:p\.?a\.?|per\s+(?:year|annum)|a\s+year))?|(?:annual\s+)?rent(?:s|al)?\s+(?:added|(?:on|from|under|of)\s+(?:the\s+)?(?:new\s+leases?|lease[-\s]?backs?))|rent\s+added|lease[-\s]?back\s+rents?|(?:annual\s+)?rent(?:s|al)?(?:\s+(?:bill|cost|expense|burden))?\s+(?:that\s+)?(?:we|the\s+company|the\s+group)\s+(?:would\s+|will\s+|'d\s+|'ll\s+)?(?:be\s+)?(?:take|takes|taking|pick|picks|picking|add|adds|adding|assume|assumes|assuming|shoulder|shouldering|incur|incurring|sign|signing|commit|committing)(?:\s+(?:on|up|for|to))*)(?![a-z])/;
/**
 * Words that cap the rent between its name and the amount, a negated verb of passing among them ("can't blow past",
 * "shouldn't pass"). "Over" the leases, the term or the years spans time ("the lowest cost of rent over the leases for
 * $125M", "over the life of the leases", "over the lease term"): it caps nothing.
 */
export const RENT_CAP_WORD =
  /(?:\b(?:cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|under|below|beneath|within|exceed(?:s|ing)?|at\s+most|no\s+(?:more|greater|higher)\s+than|not\s+(?:more|greater|higher|bigger|larger)\s+than|no\s+(?:bigger|larger)\s+than|not\s+(?:above|over|exceeding)|(?:go|goes|going|be|rise|rises|rising|climb|climbs|climbing|run|runs|increase|increases|increasing|grow|grows|growing)(?:\s+up)?(?:\s+by)?\s+(?:over|above|past|beyond|more\s+than|north\s+of)|over(?!\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+|each\s+)?(?:(?:whole|full|entire|next|coming)\s+)?(?:leases?|lease\s+(?:terms?|life|lives|years)|terms?|life|lives|span|years?|period|time|horizon|hold)\b)|(?:less|lower)\s+than|up\s+to|ceiling|tops?|topping|held\s+(?:to|at|under|below|within)|kept\s+(?:to|at|under|below|within)|restricted\s+to|breach(?:es|ing)?|surpass(?:es|ing)?|(?:not|cannot)\s+be\s+(?:more|greater|higher|bigger|larger)\s+than)|n't\s+be\s+(?:more|greater|higher|bigger|larger)\s+than|(?:n't|\bnot|\bnever)\s+(?:[a-z]+\s+){1,2}?(?:past|beyond|over|above)|(?:n't|\bnot|\bnever)\s+(?:[a-z]+\s+){0,2}?pass(?:es)?)(?![a-z])|≤|<=?/;
/**
 * Any name for rent, qualified or not ("rent", "the rent bill", "rent add-on", "rental obligations", "lease
 * payments"), but not "rent-adjusted" (a leverage ratio) nor "rent coverage".
 */
const RENT_NOUN =
  /\b(?:rent(?:s|al)?(?![-\s]adjusted|\s+cover)(?:\s+(?:bill|roll|burden|expense|cost|costs|obligations?|commitments?|payments?|add-on|load|charge|ceiling|cap|limit|budget|allowance|tolerance))?|lease\s+(?:payments?|costs?|expense|obligations?|commitments?)|occupancy\s+costs?)(?![a-z])/g;
/** Rent already paid or of the market, not what the program adds: "current rent", "existing lease payments", "market rent". */
const RENT_IN_PLACE =
  /\b(?:current(?:ly)?|existing|today'?s|present|in[-\s]place|already|historic(?:al)?|last\s+year'?s|market|total\s+(?:group|company)|we\s+(?:pay|paid))\s+(?:\w+\s+){0,2}$/;
/** Words of the ask, which make an amount after them the target even when rent was named first. */
const ASK_WORDS =
  /\b(?:rais(?:e|es|ing)|generat(?:e|es|ing)|proceeds|target|sell(?:ing)?|need|want|seek(?:ing)?|program(?:me)?\s+size|deal\s+size|bring\s+in|monetis|monetiz)/;
/** A cap named right before the rent, as in a label: "Max incremental lease payments:", "Cap on new rent:". */
const CAP_BEFORE_RENT =
  /\b(?:max(?:imum)?|cap(?:\s+on)?|limit(?:\s+on)?|ceiling(?:\s+on)?)\s+(?:(?:the|new|added|additional|incremental|extra|annual|yearly|fresh)\s+){0,3}$/;
/**
 * "the most rent we can add is $12M/yr", "the most new rent the company could absorb is $9M": "the most" before the
 * rent, and between it and the amount what the company can take on. Both are needed: "the most rent we pay is at
 * Dallas" speaks of rent in place.
 */
const MOST_BEFORE_RENT = /\bthe\s+most\s+(?:(?:new|added|additional|incremental|extra|annual|yearly)\s+){0,2}$/;
const ABLE_TO_TAKE_ON =
  /^\s*(?:that\s+)?(?:we|the\s+(?:company|group|business|program(?:me)?))(?:\s+(?:can|could|may|are\s+able\s+to|would|will)|'d|'ll)\s+(?:\w+\s+)?(?:add|take\s+on|absorb|accept|afford|carry|tolerate|stomach|handle)\s+(?:(?:a|per|each)\s+year\s+|annually\s+)?(?:is|would\s+be|will\s+be)\s*$/;
/** A cap written after the amount: "$20M per annum at most", "$9M max", "$5M or less", "Additional rent: $6.5M ceiling". */
// After a comma only the words that can be nothing but a cap: "$1.5M a year, tops" ("$9M, cap rates" is no cap).
export const CAP_AFTER =
  /^\s*(?:,\s*(?=(?:at\s+(?:the\s+)?most|max(?:imum)?|tops|at\s+the\s+outside)\b))?(?:at\s+(?:the\s+)?most|max(?:imum)?\b|or\s+(?:less|lower|under|below)|tops\b|at\s+the\s+outside|(?:ceiling|cap|limit)\b)/;
/** "a year", "per annum", "annually" after the amount belong to the clause. */
export const PER_YEAR = /^\s*(?:(?:a|per|each)\s+year|(?:per\s+)?annum|annually|p\.?a\.?|\/\s*(?:yr|year)|yearly)\b\.?/;

/**
 * A verb of adding with a cap right before the amount: "add no more than", "adding at most", "adding ≤"; adding more
 * refused ("don't add more than", "we won't take on over", "doesn't want the new leases adding more than"); or room left for more ("room for an extra", "headroom for
 * another"), which is the most that may be added.
 */
const ADD_CAPPED_BEFORE =
  /\b(?:(?:add|adds|adding|take\s+on|taking\s+on)\s+(?:no\s+more\s+than|not\s+more\s+than|at\s+most|under|less\s+than|up\s+to|max(?:imum)?(?:\s+of)?|\u2264|<=?)|(?:don'?t|do\s+not|never|won'?t|will\s+not|can'?t|cannot|shouldn'?t|should\s+not|mustn'?t|must\s+not)\s+(?:add|take\s+on)\s+(?:more\s+than|over|above)|(?:doesn['\u2019]?t|does\s+not|don['\u2019]?t|do\s+not)\s+want\s+(?:the\s+|our\s+)?(?:new\s+)?(?:leases?|lease[-\s]?backs?|deals?|sales?|program(?:me)?)\s+(?:adding|to\s+add)\s+(?:more\s+than|over|above)|(?:room|headroom|capacity|space)\s+for\s+(?:an?\s+|another\s+)?(?:extra|additional|added|further|incremental|more)?)\s*$/;
/** Rent named right after the amount, with or without "of" or "in": "$4.1M rent", "$9M in rent". */
const BARE_RENT_AFTER = /^\s*(?:(?:a|per)\s+year\s+)?(?:(?:of|in)\s+)?(?:annual\s+|yearly\s+)?(?:rent|rents)(?![a-z-])/;

/**
 * The general form of a rent cap, for any name of rent: the rent named before the amount with a capping word
 * between them ("the rent bill from the leasebacks can't exceed $9.5M", "Rent ceiling (new leases): $12M"),
 * or named right after it with a capping word before or after ("adding no more than $14M of yearly rent",
 * "$6M of rent at most"), or with anything passing it refused ("will resist anything adding more than $17.5M of annual
 * rent"). Rent already in place ("current rent") is background, and an amount after a word
 * of the ask ("raise", "proceeds") is the ask. Returns where the clause starts in `before` and how much of
 * `after` it takes, or null.
 */
export function rentCapStart(before: string, after: string): { start: number; afterLength: number } | null {
  // "$8M max of new rent", "$6M at most in added rent": the cap's word between the amount and the rent it caps.
  const cappedRentAfter = CAP_WORD_THEN_NEW_RENT.exec(after);
  if (cappedRentAfter !== null) return { start: before.length, afterLength: cappedRentAfter[0].length };
  const rentAfter = RENT_AFTER.exec(after);
  if (rentAfter !== null) {
    const cap = BEFORE_CAP_WORD.exec(before);
    const perYear = PER_YEAR.exec(after.slice(rentAfter[0].length));
    const capAfter = CAP_AFTER.exec(after.slice(rentAfter[0].length + (perYear?.[0].length ?? 0)));
    if (cap !== null) return { start: cap.index, afterLength: rentAfter[0].length };
    // "room for an extra $6M a year of rent": room left for more rent is the most that may be added.
    const room = ADD_CAPPED_BEFORE.exec(before);
    if (room !== null) return { start: room.index, afterLength: rentAfter[0].length };
    const resisted = RESISTED_BEFORE.exec(before);
    if (resisted !== null) return { start: resisted.index, afterLength: rentAfter[0].length };
    if (capAfter !== null) return { start: before.length, afterLength: rentAfter[0].length };
    // "adding more than $9m of rent is a non-starter": an amount passed, then refused.
    const past = PASSED_BEFORE.exec(before);
    const passedLength = rentAfter[0].length + (perYear?.[0].length ?? 0);
    const refused = past === null ? null : REFUSED_AFTER.exec(after.slice(passedLength));
    if (past !== null && refused !== null) return { start: past.index, afterLength: passedLength + refused[0].length };
    return null;
  }
  // "add no more than $4.1M rent", "adding ≤ $9M rent": what the program adds, capped, and rent named right after.
  const added = ADD_CAPPED_BEFORE.exec(before);
  const bareRent = BARE_RENT_AFTER.exec(after);
  if (added !== null && bareRent !== null) return { start: added.index, afterLength: bareRent[0].length };
  // "a $22.5M annual rent ceiling": rent named right after the amount, and the cap's noun after the rent; not a cap
  // only put up for discussion ("the CFO initially suggested a $6m rent cap, then withdrew it").
  if (bareRent !== null && !TENTATIVE_BEFORE.test(before)) {
    const capNoun = /^\s*(?:ceiling|cap|limit|maximum)\b/.exec(after.slice(bareRent[0].length));
    if (capNoun !== null) return { start: before.length, afterLength: bareRent[0].length + capNoun[0].length };
  }
  // "not more than 2.5 million rent per year extra": capped rent named right after the amount, said to be added.
  if (bareRent !== null) {
    const rest = after.slice(bareRent[0].length);
    const extra = /^\s*(?:(?:(?:a|per|each)\s+year|per\s+annum|annually|p\.?a\.?)\s+)?(?:extra|added|on\s+top|more)(?![a-z])/.exec(rest);
    const cap = BEFORE_CAP_WORD.exec(before);
    if (extra !== null && cap !== null) return { start: cap.index, afterLength: bareRent[0].length + extra[0].length };
  }
  let rent: RegExpExecArray | null = null;
  RENT_NOUN.lastIndex = 0;
  for (let match = RENT_NOUN.exec(before); match !== null; match = RENT_NOUN.exec(before)) rent = match;
  if (rent === null || RENT_IN_PLACE.test(before.slice(0, rent.index))) return null;
  const between = before.slice(rent.index + rent[0].length);
  if (between.length > 80 || /[\d$]/.test(between) || ASK_WORDS.test(between.replace(WHAT_IS_SOLD, ''))) return null;
  // "any new rent above $6M/yr is a non-starter": rent named before an amount it may not pass, then refused.
  const perYearLength = PER_YEAR.exec(after)?.[0].length ?? 0;
  const refused = PASSED_BEFORE.test(between) ? REFUSED_AFTER.exec(after.slice(perYearLength)) : null;
  if (refused !== null) return { start: rent.index, afterLength: perYearLength + refused[0].length };
  const capped =
    RENT_CAP_WORD.test(between) ||
    /\b(?:ceiling|cap|limit|max(?:imum)?|budget|allowance|tolerance)\b/.test(rent[0]) ||
    CAP_BEFORE_RENT.test(before.slice(0, rent.index)) ||
    (MOST_BEFORE_RENT.test(before.slice(0, rent.index)) && ABLE_TO_TAKE_ON.test(between)) ||
    CAP_AFTER.test(after.slice(PER_YEAR.exec(after)?.[0].length ?? 0));
  return capped ? { start: rent.index, afterLength: 0 } : null;
}

/** A cap's word right after an amount, then the new rent it caps: "max of new rent", "at most in added rent". */
const CAP_WORD_THEN_NEW_RENT =
  /^\s*(?:(?:a|per)\s+year\s+)?(?:max(?:imum)?|at\s+(?:the\s+)?most|tops)\s+(?:of|in)\s+(?:new|added|additional|incremental|extra|fresh)\s+(?:annual\s+|yearly\s+)?(?:rent|rents|rental\s+(?:cost|expense))(?![a-z-])/;
/**
 * The assets sold, named in a relative clause inside a rent cap's words ("new rent across whatever we sell: $1.5M"):
 * the verb of selling there says what the rent is on, not the ask.
 */
const WHAT_IS_SOLD =
  /\b(?:whatever|anything|everything|what|the\s+(?:sites?|assets?|buildings?|properties))\s+(?:we|you|they)\s+(?:sell|sold)\b/g;

/** Words that put a figure up for discussion rather than set it: "suggested", "proposed", "floated", "initially". */
const TENTATIVE_BEFORE = /\b(?:suggest|propos|float|consider|moot|withdr|initially|originally|maybe|perhaps|might|could)/;
/** Words that pass an amount, right before it: "more than", "over", "north of". */
const PASSED_BEFORE = /\b(?:more\s+than|over|above|beyond|past|in\s+excess\s+of|north\s+of|upwards\s+of)\s*$/;
/**
 * A refusal of anything that passes the amount, right before it: "their treasurer will resist anything adding more
 * than", "we'd reject any structure with over", "the board opposes anything that adds above".
 */
const RESISTED_BEFORE =
  /\b(?:resist(?:s|ing)?|oppos(?:e|es|ing)|reject(?:s|ing)?|refus(?:e|es|ing)|push(?:es|ing)?\s+back\s+on|balk(?:s|ing)?\s+at|object(?:s|ing)?\s+to|veto(?:es|ing)?)\s+(?:anything|any\s+(?:program(?:me)?|deal|structure|plan|option))\s+(?:adding|that\s+adds|which\s+adds|with)\s+(?:more\s+than|over|above|in\s+excess\s+of|north\s+of)\s*$/;
/** Words that refuse what comes before them: "is a non-starter", "would be a deal-breaker", "is off the table". */
const REFUSED_AFTER =
  /^\s*(?:is|are|would\s+be|will\s+be|'s)\s+(?:an?\s+)?(?:non-?starter|no-?go|deal-?breaker|red\s+line|out\s+of\s+the\s+question|off\s+the\s+table|unacceptable|not\s+acceptable|too\s+much|not\s+(?:happening|an\s+option))(?![a-z])/;

/** A short answer label before a figure: "A:", "Answer:", "CFO:", a dash. */
// "Rent? Add no more than $14M a year": a verb of adding may open the answer.
const ANSWER_LEAD =
  /^[\s"'-]*(?:(?:a|answer|reply|response|[a-z]{2,5})\s*(?:\([^)]*\)\s*)?:)?[\s"'-]*(?:(?:add|adding|take\s+on|keep\s+it)\s+)?$/;

/** A question that names the cap on new rent itself: "rent cap?", "max new rent?", "cap on added rent?". */
// A budget for the new leases' rent is its cap too: "what's the rent budget for the new leases?".
const CAP_ON_RENT_ASKED =
  /\b(?:(?:new|added|incremental|extra)\s+)?rent\s+(?:cap|ceiling|limit|max(?:imum)?|budget)(?:\s+(?:for|on)\s+(?:the\s+)?(?:new\s+)?(?:leases?|leasebacks?|lease-backs?))?\s*$|\b(?:cap|ceiling|limit|max(?:imum)?)\s+(?:on\s+)?(?:(?:the|new|added|incremental|extra)\s+)*rents?\s*$/;

/**
 * An answer capping the rent a question just asked about: "How much rent are you adding? A: capped at $14M
 * a year". The question (the sentence before, ending in "?") names rent and nothing else stands between it and
 * the capping word but an answer label. Returns where the answer's cap starts, or null.
 */
export function answerToRentQuestion(text: BriefText, clauseStart: number, amountStart: number): number | null {
  const question = text.lower.lastIndexOf('?', amountStart);
  if (question < 0 || amountStart - question > 60) return null;
  // "rent cap?" answered "$9.5M a year": a question that names the cap itself takes the amount alone as its answer.
  const askedClause = text.lower.slice(text.clauseAround(question).start, question);
  if (CAP_ON_RENT_ASKED.test(askedClause) && ANSWER_LEAD.test(text.lower.slice(question + 1, amountStart))) return amountStart;
  const cap = BEFORE_CAP_WORD.exec(text.lower.slice(clauseStart, amountStart));
  if (cap === null || !ANSWER_LEAD.test(text.lower.slice(question + 1, clauseStart + cap.index))) return null;
  const asked = text.lower.slice(text.clauseAround(question).start, question);
  RENT_NOUN.lastIndex = 0;
  return RENT_NOUN.test(asked) && !ASK_WORDS.test(asked) ? clauseStart + cap.index : null;
}

/**
 * Words that place a clause in the present or past as it is ("already", "currently", "last year", "went up",
 * "has risen"): what the rent does or did, not a limit on it. Rent "on top of today's" is new rent measured from
 * today's, no fact.
 */
const FACT_WORD =
  /\b(?:already|currently|presently|(?<!\b(?:on\s+top\s+of|above|over|beyond|besides)\s+)today|these\s+days|historically|in\s+the\s+past|to\s+date|so\s+far|last\s+year|right\s+now|at\s+the\s+moment|went|rose|grew|jumped|(?:has|have)\s+(?:gone|risen|grown|climbed|increased|jumped))\b/;
/** Words of a limit, which make a clause a cap even with words of fact in it ("must", "can't", "capped", "at most"). */
const LIMIT_WORD =
  /\b(?:must|should|shall|needs?\s+to|(?:has|have)\s+to|can't|cannot|can\s+not|may\s+not|mustn't|shouldn't|won't|will\s+not|don't|do\s+not|never|keep|hold|cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|at\s+most|no\s+more|not\s+more|up\s+to|ceiling|budget|allow(?:ed|s)?|(?:want|wants|prefer|prefers|would\s+like)\s+to)\b|\u2264|<=?/;

/**
 * True when a clause about rent states what it is or was ("our rent goes up by more than $2M every year
 * already", "rent rose by over $3M last year") rather than limiting it: such a figure is no cap.
 */
export function isStatementOfFact(clause: string): boolean {
  return FACT_WORD.test(clause) && !LIMIT_WORD.test(clause);
}

/** The rent the program adds named right after the amount, with no "of": "$7M incremental rent", "$4M new rents". */
export const ADDED_RENT_AFTER =
  /^\s*(?:(?:a|per)\s+year\s+|annually\s+|p\.?a\.?\s+)?(?:new|added|additional|incremental|extra|fresh)\s+(?:annual\s+|yearly\s+)?(?:rent|rents|rental\s+(?:cost|expense)|lease\s+(?:cost|expense|payments?))(?![a-z-])/;

/**
 * Rent named as the topic, then a capping word after a comma or dash, perhaps after "let's say": "rent, no more than
 * ten million added", "the added rent, let's say no more than four and a half million a year",
 * "new rent - at most $4M", and the rent the program would pay named with a pronoun that holds it ("all the new rent we'd
 * pay each year; please keep that below 7 million"). The amount's own clause starts after the comma, so the rent is looked for just before it.
 */
const RENT_TOPIC_CAP =
  /(?:^|[^a-z-])(?<rent>(?:(?:new|added|additional|incremental|extra|annual|yearly)\s+)*(?:rent|rents|rental)(?:\s+(?:bill|cost|expense|burden))?)(?:\s+(?:that\s+)?(?:we|we'd|we'll|we\s+would|we\s+will)\s+(?:pay|add|take\s+on)(?:\s+(?:each|a|per|every)\s+year|\s+annually)?\s*[,;-]\s*(?:(?:and\s+)?please\s+)?(?:keep|hold)\s+(?:that|it)(?=\s)|\s*[,-])\s*(?:(?:and|but)\s+)?(?:(?:let's\s+|i'd\s+|we'll\s+)?say\s+|call\s+it\s+)?(?:no\s+more\s+than|not\s+more\s+than|at\s+most|under|below|max(?:imum)?|up\s+to|capped\s+at|less\s+than)\s*$/;
/** Words after a capped amount that say it is added: "ten million added", "$3M extra", "$2M on top". */
const ADDED_AFTER = /^\s*(?:added|extra|more|on\s+top)(?![a-z])/;

/**
 * A cap on rent named as the topic before a comma (`RENT_TOPIC_CAP`): where the rent is named and how much of the
 * words after the amount the cap takes, or null. Rent in place ("current rent, under $20M") is no cap. Failing that,
 * a cap in plain words (`plainRentCap`).
 */
export function rentTopicCap(lower: string, amountStart: number, amountEnd: number): { start: number; end: number } | null {
  const from = Math.max(0, amountStart - 90);
  const found = RENT_TOPIC_CAP.exec(lower.slice(from, amountStart));
  const rent = found?.groups?.['rent'];
  if (found === null || rent === undefined) return plainRentCap(lower, amountStart, amountEnd);
  const rentStart = from + found.index + found[0].indexOf(rent);
  if (RENT_IN_PLACE.test(lower.slice(Math.max(0, rentStart - 40), rentStart))) return null;
  return { start: rentStart, end: amountEnd + (ADDED_AFTER.exec(lower.slice(amountEnd))?.[0].length ?? 0) };
}
