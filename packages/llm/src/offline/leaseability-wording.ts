/**
 * The wording of leaseability in words: how easily a building lets again ("highly leasable", "generic boxes",
 * "nothing hard to re-let"), and the word with its level ("re-lettable assets (0.75+)"). Read by
 * `readScoreFilters`, which gives the words their levels.
 */

import { LEASEABILITY_NAMED_PLAINLY } from './plain-score-names.js';
import { NEW_OCCUPIER } from './new-tenant-clauses-with-level.js';

/** What the score words qualify: "sites", "assets", "stuff". */
export const SITE_NOUN = String.raw`(?:assets?|sites?|properties|property|facilities|facility|locations?|buildings?|real\s+estate|ones|stuff)`;

// "re-lease" needs its hyphen or space: "release" is a different word.
const RELETTABLE = String.raw`(?:re[-\s]?lettable|re[-\s]?leasable|re[-\s]?leaseable|leasable|leaseable|lettable|re[-\s]?let|re[-\s]lease)(?![a-z])`;
/**
 * "re-let at least 0.6", "re-let \u2265 0.65", "re-let floor 0.55", "re-let 0.55 minimum": the verb alone as the score's
 * name, only right before a fraction or a floor word and a fraction, since "re-let" alone is read at the weak level.
 */
const RELET_BEFORE_LEVEL = String.raw`re[-\s]?let(?=[^\S\n]*(?:[:=]|at\s+least|no\s+(?:less|lower)\s+than|\u2265|>=?|floor(?:\s+of)?|min(?:imum)?(?:\s+of)?)?[^\S\n]*0?\.\d)`;
/** Whom a building is easy to let for: "easy for you to re-let", "easy for a buyer to lease out". */
const EASY_FOR = String.raw`(?:\s+for\s+(?:you|them|us|(?:a|the|any|another)\s+(?:new\s+)?(?:buyer|fund|landlord|investor|owner|tenant|occupier)s?))?`;
/**
 * What a new owner would find hard to let again, ruled out: "drop anything an investor would struggle to rent to
 * someone else", "skip sites a buyer would have trouble re-letting", "nothing a landlord would find hard to lease out".
 */
const HARD_TO_LET_AGAIN = String.raw`\b(?:drop(?:ping)?|skip(?:ping)?|exclud(?:e|ing)|avoid(?:ing)?|leave\s+out|rule\s+out|nothing|no)\s+(?:any(?:thing)?|${SITE_NOUN}|any\s+${SITE_NOUN})\s+(?:that\s+)?(?:(?:an?|the|any)\s+)?(?:new\s+)?(?:investor|buyer|landlord|owner|fund|purchaser)s?\s+(?:would|will|might|could|may)\s+(?:struggle|find\s+it\s+(?:hard|difficult|tough)|have\s+(?:trouble|difficulty|a\s+hard\s+time))\s+(?:to\s+)?(?:re[-\s]?)?(?:rent|let|lease|renting|letting|leasing)(?![a-z])(?:\s+(?:it|them))?(?:\s+(?:out|again))?(?:\s+to\s+(?:someone|somebody|anyone|another\s+(?:tenant|occupier|company))(?:\s+else)?)?`;

/** Words for a building easy (or simple) to let again, read at the strong level (0.7). */
export const EASILY_LEASABLE_PATTERNS = [
  new RegExp(
    // "easy to re-tenant", "easy for another tenant to use": what a new occupier takes on easily is easy to let again.
    // "reasonably easy to re-let" is the reasonably re-lettable, the weak level the re-let word alone has.
    String.raw`\b(?:only\s+)?(?:(?:very\s+)?easily|readily|highly|very|(?<!\breasonably\s+)(?:easy|simple|straightforward)${EASY_FOR}[-\s]+to)[-\s](?:${RELETTABLE}|re[-\s]?tenant(?:ed)?(?![a-z])|(?<=\bfor\s+(?:a|another|any)\s+(?:new\s+)?(?:tenant|occupier)\s+to\s)(?:use|occupy|move\s+into|take\s+over)(?![a-z]))(?:\s+${SITE_NOUN})?(?:\s+only)?`,
    'g',
  ),
  // "generic, easy-to-relet boxes", and "generic warehouses and DCs", whose types are left to the type reader;
  // "generic, non-core property", whose non-core words are left to the criticality reader.
  // "The generic warehouses are easy boxes" describes the buildings as the subject of a statement and asks for nothing.
  // "sites that score 0.3 or less on importance, i.e. the generic stuff": generic words that restate the limit before
  // them, after "i.e." or "namely", ask for nothing of their own.
  /(?<!(?:\bi\.e\.|\bie|\bnamely|\bthat\s+is)[,\s]+(?:the\s+|our\s+)?)\b(?:only\s+)?generic(?:,?\s+easy[-\s]+to[-\s]+re-?let,?)?(?:\s+(?:boxes|box|buildings?|sites?|assets?|industrial|sheds?|properties|property|facilities|stuff|product|space)(?![a-z])(?:\s+only)?|(?=\s+(?:warehouses?|dcs?|distribution\s+centers?)(?![a-z])(?!\s+(?:are|is|were|was)\b))|(?=,?\s+non[-\s]?core\s+(?:boxes|buildings?|sites?|assets?|properties|property|facilities|stuff)(?![a-z])))/g,
  // "only marketable buildings", "generic, marketable boxes", "plain marketable boxes": what the market would take
  // again is easy to let again. Types after it ("marketable warehouses") are left to the type reader; a comparison
  // ("the most marketable sites") or a statement ("marketable buildings are scarce") asks for nothing.
  /(?<!\b(?:most|more|less|least|not|non|very\s+few|few)[-\s]+)\b(?:only\s+)?(?:(?:generic|plain|standard|simple)\s*,?\s+)?(?:(?:highly|very|readily|easily)\s+)?marketable(?:\s+(?:boxes|box|buildings?|sites?|assets?|properties|property|stuff|space|ones)(?![a-z])(?!\s+(?:are|is|were|was|in)\b)(?:\s+only)?|(?=\s+(?:warehouses?|dcs?|distribution\s+centers?)(?![a-z])(?!\s+(?:are|is|were|was|in)\b)))/g,
  // "nothing hard to re-let", "no hard-to-lease sites", "avoid anything difficult to let": what is hard to let
  // again ruled out, which leaves what is easy to let.
  new RegExp(
    String.raw`\b(?:nothing|no|not|none|never|avoid(?:ing)?(?:\s+anything)?|skip(?:ping)?(?:\s+anything)?|exclud(?:e|ing)(?:\s+anything)?)\s+(?:(?:that(?:'s|\s+is|\s+would\s+be)|too|very|particularly|especially)\s+)*(?:hard|difficult|tough|tricky)[-\s]+to[-\s]+(?:re[-\s]?)?(?:let|lease)(?:[-\s]+(?:out|up))?(?![a-z])(?:\s+${SITE_NOUN})?`,
    'g',
  ),
  // "Drop anything an investor would struggle to rent to someone else": what a new owner could not let again, ruled
  // out, which leaves what is easy to let.
  new RegExp(HARD_TO_LET_AGAIN, 'g'),
  // "stuff that's super easy to lease out": easy to let again, in plain words. So is a building easy to lease to
  // someone else ("only sell buildings that would be easy to lease to someone else"): who it is let to says it is let
  // again. Said not to be easy ("the buildings weren't easy to rent to someone else") it asks for nothing.
  new RegExp(
    String.raw`(?<!(?:n['\u2019]t|\bnot|\bnever|\breasonably)\s+(?:(?:super|very|really|quite|that|so|particularly)\s+)?)\b(?:(?:super|very|really|quite)\s+)?easy${EASY_FOR}\s+to\s+(?:re[-\s]?)?(?:lease|let|rent)\s+(?:out|up|to\s+(?:someone|somebody|anyone|another\s+(?:tenant|occupier|company|business|firm)|a\s+(?:new|different)\s+(?:tenant|occupier|company|business|firm))(?:\s+else)?)(?![a-z])`,
    'g',
  ),
  // "the kind of building someone else could easily move into", "someone else should be able to lease it easy": a
  // building another occupier takes on easily is easy to let again.
  // "buildings a new tenant could easily take over", "an investor could easily rent out to someone else": a new
  // occupier, or a new owner letting to one, is named too.
  // "buildings another tenant could use easily", "sites another tenant could move (or step) right into", "other tenants would
  // snap up": what a new occupier takes on at once is easy to let again. So is one it could take over "without much
  // fuss" or "without much work": little effort for the next occupier is the same ease. A building named after the
  // verb ("another tenant could move straight into the Fontana warehouse") is described, not asked for.
  /\b(?:someone|somebody|anyone|(?:another|a\s+different)\s+(?:tenant|occupier|occupant|company|business|firm|user)|other\s+(?:tenants|occupiers|occupants|companies|businesses|firms|users)|a\s+new\s+(?:tenant|occupier)|(?:an?|the)\s+(?:investor|buyer|landlord|new\s+owner)(?=\s+(?:could|can|would)\s+(?:(?:easily|readily|quickly)\s+)?(?:re-?let|let|lease|rent)))\s+(?:else\s+)?(?:could|can|would|should\s+be\s+able\s+to|is\s+able\s+to)\s+(?:(?:easily|readily|quickly)\s+(?:move\s+into|lease|re-?let|let|rent|occupy|take\s+over|take\s+on|use)(?:\s+(?:it|them))?(?:\s+out)?(?:\s+to\s+(?:someone|somebody|anyone|another\s+tenant)(?:\s+else)?)?|(?:move\s+into|lease|re-?let|let|occupy|take\s+over|take\s+on|use)(?:\s+(?:it|them))?\s+(?:(?:pretty|fairly|quite|very|really)\s+)?(?:easy|easily|readily|quickly|without\s+(?:much|a\s+lot\s+of|any|too\s+much)\s+(?:fuss|work|effort|trouble|hassle|difficulty))|(?:move|walk|step)\s+(?:right|straight)\s+in(?:to)?(?:\s+(?:it|them))?|move\s+in(?:to)?(?:\s+(?:it|them))?\s+(?:straight|right)\s+away|snap\s+(?:(?:it|them)\s+)?up)(?![a-z])(?!\s+(?:the|our|that|this)\s)/g,
  // "sites that would easily find another tenant", "ones that'd find a new tenant quickly", "would attract a new tenant
  // easily": a building that finds its
  // next occupier easily is easy to let again. The tenant must be named: "we could easily find another site" is not.
  /(?:\b(?:would|could|will|can|should)|['\u2019]d)\s+(?:(?:easily|readily|quickly)\s+(?:find|attract)\s+(?:another|a\s+new|a\s+different)\s+(?:tenant|occupier|user)|(?:find|attract)\s+(?:another|a\s+new|a\s+different)\s+(?:tenant|occupier|user)\s+(?:(?:pretty|fairly|quite|very|really)\s+)?(?:easily|readily|quickly|fast))(?![a-z])/g,
  // "buildings that'd be easy to hand to another tenant", "simple to pass on to a new occupier".
  /\b(?:(?:super|very|really|quite|pretty|fairly)\s+)?(?:easy|simple|straightforward)\s+to\s+(?:hand|pass|give)(?:\s+(?:it|them))?(?:\s+(?:over|on))?\s+to\s+(?:another|a\s+new|a\s+different)\s+(?:tenant|occupier|user)(?![a-z])/g,
  // "sites that would re-let easily", "assets we could lease up quickly", "could re-let pretty easily", "stuff that
  // re-lets easily": the adverb after the verb. A building named
  // as the subject ("the Midtown office would lease up easily") is described, not asked for.
  /(?<!\bthe\s[^.;!?\n]{0,40}?\b(?:office|building|warehouse|plant|site|campus|center|centre|store|lab|dc)\s+(?:would|will|could|should|can)\s+)\b(?:re[-\s]?lets?|re[-\s]leases?|lease[sd]?\s+up|relets?)\s+(?:(?:very|pretty|fairly|quite|really|reasonably)\s+)?(?:easily|readily|quickly|without\s+(?:difficulty|trouble))(?![a-z])/g,
];
/**
 * "re-lettable", "leasable" on their own, read at the weak level (0.5). "Re-let" before what it qualifies ("poor re-let
 * prospects", "the re-let risk") describes a building, and asks for no level; so does a superlative after the things
 * it gives a reason for ("warehouses, the quickest to re-let"), and a difficulty given as the reason for ruling
 * something out ("offices out, they're too hard to re-let"): the type is ruled out, no level is asked for.
 */
export const LEASABLE_PATTERN = new RegExp(
  String.raw`(?<![,\u2013\u2014-][^\S\n]*(?:as\s+)?(?:the|they'?re|they\s+are)\s+(?:easiest|simplest|quickest|most\s+[a-z]+)\s+to\s+)(?<![,;\u2013\u2014-][^\S\n]*(?:as\s+|since\s+|because\s+)?(?:they'?re|they\s+are|it'?s|it\s+is)\s+(?:(?:too|very|really|so|just)\s+)?(?:hard|difficult|tough|slow)\s+to\s+)\b(?:only\s+)?${RELETTABLE}(?!\s+(?:prospects?|risks?|potential|market|values?|periods?|costs?|timing|assumptions?|difficult(?:y|ies)|problems?|issues?)\b)(?:\s+${SITE_NOUN})?(?:\s+only)?`,
  'g',
);
/**
 * A building someone else could reasonably take over, said as what is sold, read at the weak level (0.5) as "leasable"
 * is: "only sell buildings a new tenant could reasonably take over", "sites another company could realistically move
 * into", "properties someone else could plausibly use", "buildings someone else would reasonably want to lease", and
 * a building its owner could let to another ("buildings we could reasonably rent out to someone else"). The adverb says the building is fit for another occupier; the
 * bare clause ("buildings a new tenant could take on") is too loose to read, a new tenant wanting many things, and is
 * read only with a level after it (`new-tenant-clauses-with-level.ts`). The ease words ("could easily take over") are
 * `EASILY_LEASABLE_PATTERNS`'s, at the strong level. The clause names what is sold before it, so that a new tenant
 * taking over a named lease ("a new tenant could reasonably take over the Joliet lease") is not read, nor a statement
 * about such buildings ("buildings a new tenant could reasonably take over sell faster").
 */
/**
 * A building its owner could reasonably let to someone else: "buildings we could reasonably rent out to someone else",
 * "sites a buyer could realistically lease to another tenant". Who it is let to must be named.
 */
const LET_BY_US_TO_ANOTHER = String.raw`(?:we|you|the\s+company|(?:an?|the)\s+(?:buyer|investor|landlord|new\s+owner))\s+(?:could|can|would|might|should\s+be\s+able\s+to)\s+(?:reasonably|realistically|plausibly|sensibly|feasibly)\s+(?:rent|let|lease|re-?let)(?:\s+(?:it|them))?(?:\s+out)?\s+to\s+${NEW_OCCUPIER}`;
export const TAKEN_OVER_BY_A_NEW_OCCUPIER = new RegExp(
  String.raw`\b(?:only\s+)?${SITE_NOUN}\s+(?:(?:that|which)\s+)?(?:${NEW_OCCUPIER}\s+(?:could|can|would|might|should\s+be\s+able\s+to)\s+(?:reasonably|realistically|plausibly|sensibly|feasibly)\s+(?:want\s+to\s+)?(?:take\s+over|take\s+on|move\s+into|occupy|use|lease|rent|re-?let)(?:\s+(?:it|them))?|${LET_BY_US_TO_ANOTHER})(?![a-z])(?!\s+(?:the|our|that|this|a|an|its|their|for|from|would|will|are|is|were|was|sell|sells|tend|go)\b)`,
  'g',
);
/** "leasable boxes 0.6+": in notes, the word with its level and a plus, no brackets. */
export const LEASABLE_WITH_PLUS = new RegExp(
  String.raw`\b(?:only\s+)?${RELETTABLE}(?:\s+(?:${SITE_NOUN}|boxes))?(?:\s+only)?[^\S\n]+(?<value>0?\.\d+)[^\S\n]*\+`,
  'g',
);
/**
 * "re-lettable assets (0.75+)", "leaseable (0.8 or better) sites": the word with its level in brackets, which is the
 * limit; the word alone would say 0.5 or 0.7.
 */
export const LEASABLE_WITH_LEVEL = new RegExp(
  String.raw`\b(?:only\s+)?(?:(?:very\s+)?(?:easily|readily|highly|very)[-\s])?${RELETTABLE}(?:\s+${SITE_NOUN})?(?:\s+only)?\s*\(\s*(?<value>0?\.\d+|1(?:\.0+)?|\d{1,3}(?:\.\d+)?\s*%)\s*(?:\+|or\s+(?:better|more|higher|above)|and\s+(?:up|above|higher)|min(?:imum)?|at\s+least|floor)?\s*\)(?:\s+${SITE_NOUN})?(?:\s+only)?`,
  'g',
);

/**
 * Letting a building again in plain words: "easy to rent out", "could easily be rented to someone else", "easy to
 * re-rent", "simple to lease to another tenant", and who would let it ("easy for a new owner to let to someone else").
 */
const EASY_TO_LET_AGAIN = String.raw`\b(?:easy|easily|simple|straightforward)(?:\s+for\s+(?:someone|somebody|anyone|a\s+new\s+tenant|another\s+tenant|an?\s+(?:landlord|owner|investor|buyer)|the\s+(?:landlord|owner|investor|buyer|new\s+owner))(?:\s+else)?)?\s+(?:to\s+)?(?:be\s+)?(?:re[-\s]?)?(?:rent(?:ed)?|let|leased?)(?![a-z])(?:\s+(?:out|up|to\s+(?:someone|somebody|anyone|another\s+tenant)(?:\s+else)?))?`;
const FLOOR_WORD = String.raw`(?:at\s+least|no\s+(?:less|lower)\s+than|min(?:imum)?\s+(?:of\s+)?)`;
// "0.65 at least", "0.6 minimum": the floor word may follow the level as well as precede it.
const OR_BETTER = String.raw`(?:[^\S\n]*\+|\s+or\s+(?:better|more|higher|above)|\s+and\s+(?:up|above)|\s+at\s+least|\s+(?:at\s+(?:a\s+)?)?min(?:imum)?(?![a-z]))`;
/**
 * A level read from below, the floor word before it or after it: "0.7 or better", "at least 0.75", "0.6+", "0.65 at
 * least", and the scale named before it ("score 0.7+", "scoring at least 0.55"), "0.55 at minimum".
 */
const LEVEL_FROM_BELOW = String.raw`(?:(?:say|i\.e\.|(?:a\s+)?score(?:\s+of)?|scor(?:es|ing)|rat(?:ed|ing))\s+)?(?=${FLOOR_WORD}\s*0?\.\d|0?\.\d+${OR_BETTER})(?:${FLOOR_WORD}\s*)?(?<value>0?\.\d+)(?:${OR_BETTER})?`;
/**
 * The score to let a building again in plain words, with its level: "only buildings easy to re-rent (0.6+)", "would be
 * easy for someone else to rent — 0.7 or better on that scale", "nothing rated below 0.65 on how easy it is to re-let",
 * and "leaseability 0.65;" alone in a list of limits, where a level for a score read from below is its least. The
 * plain words need a level read from below beside them ("0.7 or better", "at least"); without it they are read by
 * `EASILY_LEASABLE_PATTERNS`.
 */
export const LEASEABILITY_LEVEL_IN_PLAIN_WORDS = [
  new RegExp(
    String.raw`${EASY_TO_LET_AGAIN}[^\S\n]*(?:[\u2014\u2013,(]|\s-)?[^\S\n]*${LEVEL_FROM_BELOW}(?:\s+on\s+(?:that|this|the)(?:\s+(?:scale|score|measure))?)?\)?`,
    'g',
  ),
  /\b(?:nothing|no\s+(?:buildings?|sites?|assets?|properties))\s+(?:rated|scored|scoring)?\s*(?:below|under|lower\s+than|less\s+than)\s+(?<value>0?\.\d+)\s+on\s+how\s+easy\s+(?:it\s+is\s+|they\s+are\s+)?to\s+(?:re[-\s]?)?(?:let|lease|rent)(?![a-z])/g,
  // "every sold site must score at least 0.5 for re-letting", "scores 0.6 or more on re-leasing": a building's score for
  // letting it again, held from below.
  /\bscor(?:e|es|ing)\s+(?=(?:at\s+least|no\s+(?:less|lower)\s+than|\u2265|>=?)\s*0?\.\d|0?\.\d+\s+or\s+(?:more|better|higher|above))(?:(?:at\s+least|no\s+(?:less|lower)\s+than|\u2265|>=?)\s*)?(?<value>0?\.\d+)(?:\s+or\s+(?:more|better|higher|above))?\s+(?:for|on|at)\s+(?:re[-\s]?letting|re[-\s]?leasing|letting\s+(?:again|out)|leasing\s+(?:again|out)|lease[-\s]?ability)(?![a-z])/g,
  // "How easy a building is to re-let should be 0.55 or better", "how easy the sites are to rent out: at least 0.6": the
  // score as the question it answers, held from below.
  new RegExp(
    String.raw`\bhow\s+(?:easy|easily|simple)\s+(?:(?:a|an|the|each|any|every)\s+)?(?:sold\s+)?${SITE_NOUN}\s+(?:is|are)\s+to\s+(?:re[-\s]?)?(?:let|lease|rent)(?:\s+(?:out|again))?(?![a-z])(?:\s+(?:should|must|has\s+to|have\s+to|needs?\s+to|ought\s+to)\s+(?:be|score|rate)(?:\s+at)?\s+|\s*[:\u2014\u2013-]\s*)${LEVEL_FROM_BELOW}`,
    'g',
  ),
  // "Drop anything an investor would struggle to rent to someone else (below 0.75 on re-letting)": what a new owner
  // could not let again ruled out, with the level under which it is.
  new RegExp(
    String.raw`${HARD_TO_LET_AGAIN}\s*(?:\(\s*|[,\u2014\u2013]\s*|\s-\s*)(?:(?:i\.e\.|anything|scor(?:ed|ing)|rated)\s+)?(?:below|under|less\s+than|lower\s+than|<)\s*(?<value>0?\.\d+)(?![\d%x])(?:\s+on\s+(?:the\s+)?(?:re[-\s]?letting|re[-\s]?leasing|re[-\s]?let(?:ting)?\s+(?:score|scale)|lease['\u2019-]?ability(?:\s+(?:score|scale))?))?\s*\)?`,
    'g',
  ),
  // "lease-adjusted leverage 4.6x; leaseability 0.6; mortgaged excluded": the score and a fraction, the whole item; a
  // template's key too ("min_releasability: 0.75").
  /(?<=(?:^|[;,:\n.]|\band)[^\S\n]*)(?:min(?:imum)?[\s_]+)?(?:re-?)?lease?['\u2019-]?[ai]bility(?:\s+(?:score|rating))?[^\S\n]*:?[^\S\n]*(?<value>0?\.\d+)(?![\d%x])(?=[^\S\n]*(?:[;,]|\.(?!\d)|\n|$|\band\b))/g,
];

/**
 * The leaseability score's names, for the bound reader: "leaseability", "re-let score of 0.8 or better",
 * "Re-letability at least 0.55"; "min leas 0.6", the note-taker's short form, only right before a fraction, and its
 * dotted short form "Leaseab. min 0.75"; "lease ≥
 * 0.6", "leasing >= .7", where in a list of limits a lease word compared from below with a fraction can only be the
 * score (a term is in years, leverage is bounded from above); and "re-let" right before its floor and a fraction.
 */
export const LEASEABILITY_NAME = String.raw`(?:re-?)?lease['\u2019-]?ability(?:\s+(?:score|rating|level))?|(?:lease|leasing)(?=[^\S\n]*(?:\u2265|>=?)[^\S\n]*0?\.\d)|(?<=%\s*)(?:re-?)?leas(?:e)?able(?![a-z])|(?:re-?)?lease?[ai]bility(?:\s+(?:score|rating|level))?|(?:re-?)?lettability(?:\s+(?:score|rating|level))?|re[-\s]?let(?:t?ability(?:\s+(?:score|rating|level))?|\s+(?:score|rating))|(?<![a-z])leas(?=[^\S\n]*[:=]?[^\S\n]*0?\.\d)|(?<![a-z])lease?ab\.|${RELET_BEFORE_LEVEL}|${LEASEABILITY_NAMED_PLAINLY}`;
