/**
 * The words around an amount that make it the floor, the lowest acceptable ask, rather than the ask itself: before
 * it ("at least $40M", "we could live with"), after it ("$120M minimum", "$95M would be acceptable") or as a
 * condition on any amount ("anything under $300M is not worth doing"). Read by `readAmounts`.
 */

/** Words naming the amount that a floor is: "minimum proceeds", "lowest acceptable outcome", "walk-away number". */
const FLOOR_NOUN = String.raw`(?:amount|volume|figure|proceeds|outcome|result|raise|size|level|number|threshold|ask|target|sum|total|case|position|deal(?:\s+size)?|program(?:me)?(?:\s+size)?)`;
/** Verbs that set a figure: "is", "of", "set at", "would be", ":". */
// "The floor stays at $160M", "and the floor stays 80mm?": a floor kept through a revision of the ask is still set.
// A board's paper writes it in the subjunctive or as a past decision: "the minimum acceptable proceeds be $100m", "the
// floor was set at $110m". A list's label takes its value after a spaced dash ("Item: Floor — $115M", an em dash
// being a hyphen in the reading copy) as after a colon, and a clause may name it as it goes ("with the minimum
// acceptable being $185M"). A reply may set it anew by name: "except the floor - make it $150M".
const FLOOR_VERB = String.raw`(?:(?:-\s+|,\s+|:\s*)?make\s+(?:it|that)|of|at|is|are|be|being|-(?=\s)|(?:(?:was|were|has\s+been|be|is)\s+)?set\s+at|(?:(?:was|were|has\s+been|be|is)\s+)?fixed\s+at|(?:stays|remains|stands|holds)(?:\s+at)?|would\s+be|should\s+be|will\s+be|needs\s+to\s+be|must\s+be|=|:)`;
/**
 * The case a floor holds in, between its name and the colon before its figure: "Minimum volume in case the
 * covenants bite: USD 150 mio", "minimum in case of weak demand: 90 mio", "Min proceeds if constrained: USD 0.1bn".
 */
const FLOOR_CONDITION = String.raw`\s+(?:in\s+case|if|when|where|should)\s+[a-z' ]{1,40}?(?=\s*:)`;
/**
 * A checklist's word that the floor is settled, between its name and its figure: "Floor confirmed: $125M", "Minimum
 * agreed: $80M".
 */
const FLOOR_SETTLED = String.raw`(?:confirmed|agreed|approved|signed\s+off|locked(?:\s+in)?|settled|fixed|final)`;
/** What a deal is worth at its least: "worth doing", "worth presenting", "worth the effort". */
const WORTH_DOING = String.raw`worth\s+(?:doing|presenting|pursuing|running|taking\s+forward|bringing|showing|the\s+(?:effort|trouble|work|cost))\b`;
/** Words before an amount that make it the floor: "at least $40M", "minimum proceeds of", "we'd settle for". */
export const FLOOR_BEFORE = new RegExp(
  String.raw`(?:\b(?:` +
    [
      String.raw`at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+lower\s+than|not\s+(?:go\s+)?below|nothing\s+(?:less|lower|short|below|under)(?:\s+than|\s+of)?`,
      String.raw`a\s+minimum\s+of|at\s+a\s+minimum|at\s+minimum|at\s+the\s+very\s+least|as\s+a\s+(?:minimum|floor)|minimum\s+of`,
      // "minimum acceptable outcome", "minimum proceeds:", "the minimum amount set at", "our floor is", "the bottom line
      // would be", "floor on proceeds".
      String.raw`(?:(?:our|the|a|an|absolute|bare|hard)\s+)*(?:minimum|min\.?|floor|bottom\s+line|lowest|walk[-\s]?away|fall[-\s]?back|reserve(?=\s+(?:price|amount|level)))(?:\s+(?:acceptable|viable|workable|tolerable|possible))?(?:\s+(?:closing|net|cash|gross|sale))?(?:\s+(?:(?:on|for)\s+(?:the\s+)?)?${FLOOR_NOUN})?(?:\s+for\s+(?:any|the|a|each|this)\s+(?:revision|revisions|rerun|re-run|iteration|round|fallback|program(?:me)?|transaction|sale|raise|deal))?(?:\s*\([^)]*\))?(?:${FLOOR_CONDITION})?(?:\s+${FLOOR_SETTLED})?\s*(?:${FLOOR_VERB})?`,
      String.raw`minimum\s+acceptable(?:\s+(?:amount|figure|proceeds))?(?:\s+(?:is|of))?`,
      // "floor_usd: 80000000", "floor_amount = 120000000", "min_ask_usd: 75mm": a pasted setting's snake-case key for the
      // floor.
      String.raw`(?:floor|min(?:imum)?)_(?:(?:ask|target|proceeds)_)?(?:amount|usd|proceeds|target|ask)(?:_usd)?\s*[:=]`,
      // "the minimum that's worth doing is", "the least worth presenting would be": the least amount still worth the deal.
      String.raw`(?:minimum|least|lowest|smallest)(?:\s+${FLOOR_NOUN})?\s+(?:(?:that|which)(?:['\u2019]s|\s+is|\s+would\s+be)\s+)?${WORTH_DOING}(?:\s+${FLOOR_VERB})?`,
      // "the minimum that's useful to them is", "the least which would be of use to us is": the least still of use.
      String.raw`(?:minimum|least|lowest|smallest)(?:\s+${FLOOR_NOUN})?\s+(?:that|which)(?:['\u2019]s|\s+is|\s+would\s+be)\s+(?:useful|of\s+(?:any\s+)?use|meaningful)(?:\s+to\s+(?:them|us|me|the\s+[a-z]+))?(?:\s+${FLOOR_VERB})?`,
      // "the minimum that works for the bond paydown is", "the least which would still work for us is": the least that
      // still serves what the money is for.
      String.raw`(?:minimum|least|lowest|smallest)(?:\s+${FLOOR_NOUN})?\s+(?:that|which)\s+(?:still\s+)?(?:works|would\s+(?:still\s+)?work|does\s+the\s+job|gets\s+(?:us|it|the\s+job)\s+done)(?:\s+for\s+[a-z][a-z' -]{0,40}?)?\s+${FLOOR_VERB}`,
      // "the absolute minimum we'd take is", "the least I could live with would be", "minimum proceeds they'd live with
      // is", "the lowest they'd go is", "Acceptable:", "Floor? A:".
      String.raw`(?:minimum|min\.?|least|lowest|floor)(?:\s+${FLOOR_NOUN})?\s+(?:(?:we|i|they|the\s+board|lenders)(?:'d|'ll|\s+would|\s+could|\s+can|\s+will)?\s+(?:take|accept|do|tolerate|live\s+with|go(?:\s+(?:down\s+)?to)?|settle\s+for))(?:\s+${FLOOR_VERB})?`,
      // "the floor we agreed was", "the minimum the board approved is", "the floor that we all signed off on was": a floor
      // settled by someone, named before the verb that gives its figure.
      String.raw`(?:minimum|min\.?|floor)(?:\s+${FLOOR_NOUN})?\s+(?:that\s+)?(?:we|i|they|you|the\s+[a-z]+)(?:\s+all)?(?:\s+(?:have|had))?\s+${FLOOR_SETTLED}(?:\s+(?:on|to|upon))?\s+(?:was|were|is|of|at|=|:)`,
      // "minimum proceeds we'd call a success", "the least we would count as a win": the least still counted a success.
      String.raw`(?:minimum|least|lowest)(?:\s+${FLOOR_NOUN})?\s+(?:we|i|they)(?:'d|\s+would|\s+could|\s+can)?\s+(?:call|count\s+as|consider|deem)\s+(?:a\s+|an\s+)?(?:success|win|worthwhile|acceptable|viable)(?:\s+${FLOOR_VERB})?`,
      String.raw`acceptable\s*[:=]|(?:floor|minimum|fall[-\s]?back|walk[-\s]?away)\s*\?\s*(?:a|answer)?\s*:`,
      // "Least acceptable (USD): 96,000,000": a form's label may give the currency in brackets.
      String.raw`(?:lowest|least)\s+(?:we\s+(?:can|could|would|will)\s+)?accept(?:able)?(?:\s+(?:amount|figure|proceeds))?(?:\s*\([^)]*\))?(?:\s+is)?`,
      // "talked me down to $210M" moves the ask itself: the figure after it is no floor.
      String.raw`as\s+low\s+as|as\s+little\s+as|(?<!\b(?:talked|argued|persuaded|pushed)\s+(?:me|us|him|her|them)\s+)down\s+to`,
      // "We want $85M but we'll go to $70M": after the ask, how far the company would go is the least it takes.
      String.raw`but\s+(?:we|i)(?:'ll|'d|\s+will|\s+would|\s+could|\s+can)\s+(?:still\s+)?go(?:\s+down)?\s+to`,
      // "we could make do with", "would settle for", "can live with", "could get by on".
      String.raw`(?:(?:would|could|can|will|'d|might|may)\s+(?:also\s+|still\s+|just\s+|probably\s+)?)?(?:accept|settle\s+for|live\s+with|make\s+do\s+with|get\s+by\s+(?:on|with)|tolerate|stomach|fall\s+back\s+(?:to|on))`,
      String.raw`accepts?|accepting|settles?\s+for|settling\s+for`,
      // "at a pinch we would take", "we'd walk away below".
      String.raw`(?:would|could|'d|might)\s+(?:still\s+|also\s+|just\s+)?take|walk(?:s|ing)?\s+away\s+(?:below|under|beneath|at\s+less\s+than)`,
      // "happy with anything from forty million", "ok with anything above $50M": any amount from a figure up is fine.
      String.raw`(?:ok|okay|fine|happy|content|comfortable|satisfied)\s+with\s+anything\s+(?:from|above|over|north\s+of|upwards\s+of|of)`,
      // "she'd sign off at $200M", "we would close at", "the board could still agree at": a deal still done at a lower
      // figure; "sign off on" a figure is approval of the ask, so only "at" marks it.
      String.raw`(?:would|could|'d|might)\s+(?:still\s+|also\s+|just\s+|happily\s+)?(?:sign\s+off|close|agree|transact|go\s+ahead|proceed|do\s+(?:it|the\s+deal))\s+at`,
      // "Seller's reserve $150 million", "our reserve: $80M": the seller's reserve, as at an auction, is the least it takes.
      String.raw`(?:(?:the\s+)?(?:seller|vendor|company|client)['\u2019]?s|our|its)\s+reserve(?:\s+(?:price|amount|level))?\s*(?:${FLOOR_VERB})?`,
      // A refusal: "the Board will not approve proceeds below", "we won't go under", "never less than",
      // "under no circumstances less than", "in no event less than", "at no point below", "shall not be required to accept
      // proceeds below".
      String.raw`(?:[a-z]+n't|cannot|not|never|(?:under|in)\s+no\s+circumstances?|in\s+no\s+(?:event|case)|on\s+no\s+account|at\s+no\s+(?:point|time|stage))(?:,?\s+[a-z'-]+){0,5}?,?\s+(?:below|under|beneath|less\s+than|lower\s+than|short\s+of)`,
    ].join('|') +
    // "≥" is ">" in the reading copy; an arrow ("->", "=>") is not a floor, nor a chat handle's bracket ("<dev> 55M").
    String.raw`)|>=|(?<![-=]|<[a-z0-9_.-]{1,24})>|\u2265)\s*:?\s*(?:of\s+)?$`,
);
/**
 * The sets to choose among said to be those that reach the figure, after "at least $190M": "and among the sets that do,
 * pick the cheapest", "of the combinations that clear it, choose the least costly". The figure is then the ask every
 * chosen set must reach, not a floor below some other ask.
 */
export const CHOSEN_AMONG_AFTER =
  /^[^.!?\n]{0,40}?\b(?:among|of|from)\s+(?:the\s+|all\s+(?:the\s+)?|those\s+)?(?:sets?|ones|options|combinations|mixes|portfolios|selections|plans)\s+(?:that|which)\s+(?:do|does|clear\s+(?:it|that|the\s+bar)|get\s+there|make\s+it|reach\s+it|qualify)\b[^.;!?\n]{0,20}?\b(?:pick|choose|take|select|go\s+with|use)\b/;
/**
 * The set chosen by an objective named before the figure, in the same sentence, and said to raise at least it: "the
 * program that minimises the total economic cost of the leases over their term, raising not less than $215 million",
 * "the set which costs the least over the lease life while raising at least $150M". As with `CHOSEN_AMONG_AFTER`, the
 * figure is the ask every chosen set must reach, not a floor below some other ask. Tried on the text before the
 * figure's cue, up to it.
 */
export const CHOSEN_BY_OBJECTIVE_BEFORE =
  /\b(?:program(?:me)?|set|plan|combination|selection|portfolio|mix|package|sale)\s+(?:that|which)\s+(?:minimi[sz]es|has\s+the\s+lowest|costs?\s+(?:us\s+|the\s+company\s+)?the\s+least|is\s+(?:the\s+)?cheapest)\b[^.;!?\n]{0,160}?,?\s*(?:while\s+)?(?:raising|that\s+raises|which\s+raises|and\s+raises|generating|bringing\s+in)\s+(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$/;
/** The cues before a figure that make it at once the least and the ask when the sets are chosen among those reaching it. */
export const LEAST_REACHED_BEFORE = /\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$/;
/**
 * Words after an amount below the ask that say it would still content the writer: "anything above $200M would keep
 * us happy", "if it came in at $160M I wouldn't complain". Only below an ask already read is it the floor; a higher
 * figure that keeps someone happy is no floor.
 */
export const CONTENT_WITH_AFTER =
  /^\s*(?:(?:would|will)\s+(?:still\s+)?(?:keep|make)\s+(?:us|me|them|the\s+board)\s+happy\b|(?:i|we)\s+(?:wouldn't|would\s+not|won't|will\s+not)\s+complain\b)/;

/**
 * "$95M would be acceptable", "$85M would do", "$70M would suffice": after a target, an amount said to be enough is
 * the floor; alone ("Fifteen million will do") it is the ask. So is a fallback: "$40M at a pinch" (or "at a push"), "$100M if pushed",
 * "with $150M acceptable"; and one fine as a last resort: "$125M is fine if that's all we can do", "$80M is OK if need be",
 * "$100M if that's all that works", "$80M would still be worth doing", "stop at $95M if we can't get there",
 * "stop at $125M if you have to", "stop at $100M if we come up short" (but "if we fall short on coverage" is a limit's shortfall).
 */
export const SUFFICES_AFTER =
  /^\s*(?:(?:would|could|will)\s+(?:still\s+|also\s+)?(?:be\s+(?:acceptable|tolerable|enough|sufficient|worth\s+(?:doing|it|pursuing|taking))|do|suffice)\b|if\s+(?:we|you|they)\s+(?:can't|cannot|can\s+not|couldn't|don't|fail\s+to)\s+(?:get|make|reach|hit)(?:\s+(?:it|there|that|the\s+(?:target|ask|full\s+amount)))?(?![a-z])|if\s+(?:we|you|they)\s+(?:come|fall|end\s+up)\s+(?:up\s+)?short(?![^\S\n]+(?:on|of)\b)(?![a-z])|if\s+that(?:'s|\s+is)\s+all\s+(?:that\s+(?:works|is\s+(?:possible|doable|available))|(?:we|you|they)\s+can\s+(?:do|get|raise|manage|reach|find))\b|(?:is\s+)?(?:acceptable|tolerable|enough)\b|(?:at|in)\s+a\s+(?:pinch|push)\b|if\s+(?:pushed|need\s+be|we\s+must)\b|if\s+(?:(?:we|you|they)\s+(?:really\s+)?(?:have|need)\s+to|it\s+comes\s+to\s+(?:it|that))(?=[^\S\n]*(?:[.;,!)\n]|$))|(?:would|could|will)\s+(?:still\s+|also\s+)?work(?:\s+for\s+(?:us|me|them))?\b|(?:is\s+|would\s+be\s+)?(?:fine|ok|okay|alright|all\s+right|workable)(?:\s+too|\s+as\s+well)?\s+if\s+(?:we\s+(?:can't|cannot|couldn't)\s+(?:get|make|reach|hit)(?:\s+(?:it|there|that|the\s+target))?|that(?:'s|\s+is)\s+all\s+(?:we\s+can\s+(?:do|get|raise|manage)|there\s+is)|need\s+be|pushed|we\s+must|we\s+have\s+to)\b)/;
/**
 * What a cost kept least is measured by, after "at the least" or "at a minimum": "at the least lifetime cost", "at a
 * minimum all-in cost", "at the least long-run cost". The words then say how the set is chosen, never that the amount
 * before them is a floor ("raise $180M at the least lifetime cost" asks for $180M and the cheapest set).
 */
const COST_MEASURED = String.raw`(?:(?:all[-\s]in|npv|pv|net\s+present|present[-\s]value|possible|total|overall|long[-\s](?:run|term)|life[-\s]?time|life[-\s]?cycle|whole[-\s]life|lease[-\s]life|rent(?:al)?|financing|carrying)\s+)*(?:cost|costs|price|expense|npv|pv)\b`;
/**
 * Words after an amount that make it the floor: "$120M minimum", "$300M or more", "three hundred million at least",
 * "with $180M the least we'd accept", "with $70M the minimum acceptable", "be prepared for $75M as the worst case",
 * "$150M is where I draw the line", "$160M is also the floor" (the ask and its floor one figure); and said as the worst or bracketed as the minimum: "$60M at worst", "USD 120m
 * (minimum)", "with $80M the minimum". A bound word followed by a figure of its own, or opening a label ("Ask: $220M
 * Floor: $190M", "Ask: $130M    Minimum FCCR: 1.8x"), labels that figure: in "$100M floor $80M" the floor is $80M, and $100M the ask. A label's colon follows its
 * last word at once: a bound word ending a cell ("$160m floor | exact", its cell's end restated "floor :") is the
 * figure's own.
 */
export const FLOOR_AFTER = new RegExp(
  String.raw`^\s*(?:walk[-\s]?away(?![a-z])|at\s+(?:a\s+|the\s+(?:very\s+)?)?minimum(?!\s+${COST_MEASURED})|(?:minimum|min\b|floor)(?![^\S\n]*(?:of|at|is|[:=])?[^\S\n]*(?:us\$|\$)?\d)(?!(?:[^\S\n]+[a-z][a-z&()/-]*){0,3}[:=])|\([^\S\n]*(?:minimum|min|floor)[^\S\n]*\)|at\s+(?:the\s+)?(?:very\s+)?worst(?=[^\S\n]*(?:[.;,!)\n]|$))|(?:the|our)\s+(?:absolute\s+|bare\s+|hard\s+)?(?:minimum|floor)(?=[^\S\n]*(?:[.;,!)\n]|$))|or\s+(?:more|higher|above|better)|at\s+least(?=\s*(?:[.;!)]|,(?!\s*\$?\d)|$))|at\s+the\s+(?:very\s+)?least(?!\s+${COST_MEASURED})|(?:(?:is|as|would\s+be|will\s+be)\s+(?:also\s+|too\s+|likewise\s+)?(?:the|our)|as(?:\s+an?)?)\s+(?:absolute\s+|bare\s+|hard\s+)?(?:floor|minimum|bottom\s+line|least|lowest|walk[-\s]?away|fall[-\s]?back)|as\s+(?:the\s+|a\s+|our\s+)?worst[-\s]case(?:\s+(?:scenario|outcome))?(?![a-z])|(?:is|'s)\s+where\s+(?:i|we|the\s+board|they)\s+draws?\s+the\s+line|(?:the|our)\s+(?:absolute\s+|bare\s+)?(?:minimum|lowest|least)\s+(?:acceptable|tolerable)\b|(?:the|our)\s+(?:minimum|lowest|least|smallest)(?:\s+(?:amount|figure|raise|deal))?\s+worth\s+(?:doing|presenting|pursuing|running|taking\s+forward|bringing|showing)\b|(?:the|our)\s+(?:very\s+)?(?:least|lowest|minimum)\s+(?:we|i|they)(?:'d|'ll|\s+would|\s+could|\s+can|\s+will)?\s+(?:accept|take|tolerate|settle\s+for|live\s+with)\b)`,
);
/**
 * A bound the ask must clear, written as a condition on "anything" or "any amount": "anything under $300M is
 * not worth doing", "proceeds of less than $165M would not be acceptable", "anything north of $225M works", "anything north of $150M still works", "anything from $100M works". The words before the amount and after it, together.
 */
const FLOOR_CONDITION_BELOW =
  /\b(?:anything|any\s+(?:amount|figure|raise|number|outcome|deal)|proceeds(?:\s+of)?|a\s+raise|less)\s+(?:under|below|less\s+than|lower\s+than|short\s+of|south\s+of)\s*$/;
const REJECTED_AFTER =
  /^\s*(?:(?:is|are|would\s+be|will\s+be|'s)\s+(?:not|simply\s+not|a\s+non[-\s]?starter|unacceptable|too\s+(?:little|small|low)|pointless|insufficient|no\s+good|off\s+the\s+table|a\s+waste|a\s+deal[-\s]?breaker|out\s+of\s+the\s+question|not\s+worth)|(?:isn't|won't|wouldn't|doesn't|does\s+not|will\s+not|would\s+not|can't|cannot)\b|makes?\s+no\s+sense|fails?\b|falls?\s+short)/;
const FLOOR_CONDITION_ABOVE =
  /\b(?:anything|any\s+(?:amount|figure|raise|number|outcome|deal)|whatever\s+(?:is|comes\s+in)|proceeds)\s+(?:north\s+of|above|over|more\s+than|in\s+excess\s+of|upwards\s+of|beyond|at\s+or\s+above|from)\s*$/;
const ACCEPTED_AFTER =
  /^\s*(?:(?:or\s+(?:more|above|so)\s+)?(?:still\s+)?(?:works|would\s+work|will\s+work|is\s+(?:fine|acceptable|ok|okay|good|workable|enough|sufficient)|would\s+be\s+(?:fine|acceptable|ok|okay|good|enough)|will\s+do|would\s+do|does\s+it|passes|we\s+(?:can|could|would|will)\s+(?:accept|live\s+with|take)))/;

/** "Below $260M": a clause opening on the bound, its subject said after the amount. */
const CLAUSE_OPENS_BELOW = /^\s*(?:below|under|beneath|less\s+than|short\s+of)\s*$/;
/**
 * "the deal isn't worth our time", "the program doesn't make sense": the deal itself judged not worth doing after a
 * clause that opens on the bound. A verdict on anything else ("the rent isn't a problem") is no floor.
 */
const DEAL_REJECTED_AFTER =
  /^\s*(?:and\s+)?(?:the|this|a|our)\s+(?:deal|program(?:me)?|raise|sale|transaction|leaseback|exercise)\s+(?:(?:isn't|is\s+not|wouldn't\s+be|would\s+not\s+be|won't\s+be|is\s+no\s+longer)\s+(?:worth|viable|worthwhile)|(?:doesn't|does\s+not|won't|wouldn't|would\s+not)\s+(?:work|make\s+sense|pay|fly))\b/;

/** A floor written as a condition ("anything under $300M is not worth doing"): the cue before the amount, or null. */
export function floorCondition(before: string, after: string): RegExpExecArray | null {
  const below = FLOOR_CONDITION_BELOW.exec(before);
  if (below !== null && REJECTED_AFTER.test(after)) return below;
  const opens = CLAUSE_OPENS_BELOW.exec(before);
  if (opens !== null && DEAL_REJECTED_AFTER.test(after)) return opens;
  const above = FLOOR_CONDITION_ABOVE.exec(before);
  if (above !== null && ACCEPTED_AFTER.test(after)) return above;
  return null;
}

/**
 * A JSON key naming the floor, quoted, right before its quoted value, as in an object written on one line ('{"program":
 * {"target": "USD 150 mio", "floor": "USD 130 mio"}}', '"min_proceeds": "$80M"'): the clause of the value starts after
 * the key's colon, so the key is sought in the text before it.
 */
const QUOTED_FLOOR_KEY = /"(?:floor|min(?:imum)?)(?:_(?:ask|target|proceeds|amount|usd|m|mm)){0,3}"[^\S\n]*:[^\S\n]*"$/;

/** The quoted floor key before the amount at `amountStart`, its index counted from `clauseStart`; null when there is none. */
export function quotedFloorKeyBefore(lower: string, clauseStart: number, amountStart: number): RegExpExecArray | null {
  const windowStart = Math.max(0, amountStart - 40);
  const key = QUOTED_FLOOR_KEY.exec(lower.slice(windowStart, amountStart));
  if (key === null) return null;
  key.index += windowStart - clauseStart;
  return key;
}
