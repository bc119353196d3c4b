import { BILLION_SCALE, MILLION_SCALE, scaleValue } from './written-numbers.js';

/**
 * The wording around an amount that says what it is when it is not the ask: a background figure ("EBITDA of
 * $420M", "Headcount is flat at 4,200"), one the brief sets aside, one of a past program, one in a hypothetical, and the
 * notes and counts that say whether a bare number is money (bare asks and floors themselves: `bare-ask-and-floor-
 * figures.ts`). Read by `readAmounts`.
 */
/** Figures a brief may mention as background rather than as the ask, money or a count ("Headcount is flat at 4,200"). */
// "rent-adjusted leverage" names a covenant, not a background rent figure, and "3% annual rent bumps" the rent's rise;
// rent right after another figure ("$200M and no more than $17.5M of incremental rent") is that figure's, a cap on it;
// "40% market cap" is a limit per market. Someone's staff ("what I heard from the CFO's staff is $110M") are the people
// passing the ask on, not a payroll figure, unless their costs or budget follow ("the plant's staff costs"). "$1.5bn is
// the total real estate book": what the company owns, of which the ask is a part.
export const CONTEXT_WORDS = new RegExp(
  String.raw`\b(?:ebitdar?|debt|revenues?|sales|interest|(?<!\d(?:${MILLION_SCALE}|k)?\s+(?:of\s+)?(?:(?:incremental|new|added|additional|annual|extra)\s+){0,2})rent(?![-\s]adjusted|\s+(?:bumps?|escalat\w*|increases?|growth|step[-\s]?ups?|uplifts?|indexation)|\s+(?:should|will|would|must|is\s+to|needs\s+to|to)\s+(?:rise|increase|grow|go\s+up|step\s+up|escalate)\b)|book\s+value|(?:real\s+estate|property|portfolio)\s+book|valuation|apprais(?:al|als|ed)|insurance|(?<!%[^\S\n]{0,2}|(?:single|per|one)[-\s])market\s+cap|worth|owe|cash\s+on\s+hand|(?:free\s+)?cash\s+flow|fcf|dividends?|buy\s*backs?|rcf|undrawn|liquidity|capex|noi|price|head\s*count|employees|(?<!['\u2019]s\s+)staff|(?<=['\u2019]s\s+)staff(?=\s+(?:costs?|budget|expenses?|spend|pay|bill)\b)|workforce|ftes?)\b`,
);
/** "$300M of debt", "$420M in EBITDA": an amount named as a background figure right after it. */
// "$125M of liquidity" is the ask (liquidity raised), so liquidity is background only before the amount. "$8.0M of
// initial annual rent": up to two words may say which rent or debt it is.
// "the 2m diff matters for the fee calc": a gap between two figures, not an amount to raise.
// "$1.1B of term loans", "a $120M mortgage we can't prepay", "the $500M revolver is fine": borrowings the company
// owes or can draw, never proceeds to raise; so is a balance said to be outstanding ("the loan has $60M outstanding")
// or drawn ("$210M drawn on the revolver"). "yes, 9mm cap, 140 target": a figure called a cap and nothing more, a limit
// agreed to, never the ask. "the Chandler DC alone is $190M on the books": a building's book value. "$120 million a
// year before interest, taxes and depreciation": EBITDA said in words. "net leverage is 3.0x (1.26bn / 420)", "(1.26bn over
// 420)": a ratio's debt over its earnings, in a bracket.
export const CONTEXT_AFTER =
  /^\s*(?:(?:of|in)\s+(?:(?:net|total|annual|initial|base|current|contracted|in[-\s]place)\s+){0,2}(?:debt|ebitdar?|revenues?|sales|interest|rent|book\s+value|cash\s+on\s+hand|capex|fees|dividends|buy\s*backs|(?:term\s+)?loans?|bonds|notes|mortgages?|borrowings)\b|(?:diff|difference|delta|(?:term\s+)?loans?|mortgages?|revolvers?|rcf|(?:revolving\s+)?credit\s+(?:facility|line)|revolving\s+facility)\b|(?:still\s+)?(?:outstanding|owing|owed)\b|drawn\s+(?:on|under|from)\s+(?:the|our)\s+(?:revolver|rcf|facility|credit\s+(?:line|facility))\b|(?:(?:\/|per|a)\s*(?:yr|year|annum)\s*)?cap(?=[^\S\n]*(?:[,;.]|\n|$))|on\s+(?:the|our)\s+(?:books|balance\s+sheet)\b|(?:a|per|each|every)\s+year\s+before\s+interest\b|(?:\/|over|divided\s+by)\s*(?:us\$|\$)?\d[\d.,]*\s*(?:bn|mm|mn|million|billion|[kmb])?\s*\))/;
/**
 * "EBITDA of $420M", "net debt is $1.26B", "net debt of about $1.26B", "the pension deficit ($140M)": a background
 * figure named right before it.
 */
// A credit facility's size or what is drawn on it: "our revolver is $500M and we're drawn $180M". "earnings are roughly
// $150M", "operating profit is $90M": the company's earnings, named in plain words.
// "net debt is sitting around $690m", "EBITDA's running about $420M"; "they can underwrite up to $400m": what a lender
// is able to provide, not the ask ("we'd underwrite up to $95M", an offer, is the ask). A year or a fiscal year's plan just before a figure ("EBITDA
// history: 2021 $240M, 2022 $262M", "FY26 budget $540M") makes it one of a series of reported figures; a program named
// by its year ("SLB-2026 | $210M", a tracker's row) is this program. "the forecast is
// off by 4m": a variance, not an amount. "Our revolver with Citi is $500M", "interest expense is running $75M": a facility
// named with its lender, and interest or rent said as an expense. "Our last appraisal put the portfolio at about $1.1B",
// "we paid $45M for the Elk Grove warehouse": what the buildings are worth or cost, never the ask. "The company earns about $120 million a year": earnings, never the ask. "mortgages on Cicero ($40m)", "the mortgage on Chandler is $120m": a loan's balance.
export const CONTEXT_BEFORE =
  /\b(?:ebitdar?|(?:operating\s+)?earnings|profits?|debt|revenues?|sales|(?:interest|rent)(?:\s+(?:expense|expenses|costs?|charges?|bill))?|book\s+value|valuation|liquidity|capex|(?:free\s+)?cash\s+flow|(?:revolver|(?:credit|loan|revolving)\s+facility|credit\s+line|line\s+of\s+credit|term\s+loan)(?:\s+(?:with|from|at)\s+[a-z][\w&.'-]*(?:\s+[a-z][\w&.'-]*){0,2}?(?=\s+(?:is|was|of|at|stands|totals?)\b))?|drawn(?:\s+down)?|borrowings|pension\s+(?:deficit|gap|liabilit(?:y|ies)))\s*(?:(?:is|was|are)\s+|['\u2019]s\s+)?(?:(?:sitting|standing|running|hovering)\s+)?(?:of\s+(?=around|about|near|approx|roughly|circa|c\.))?(?:of|is|was|at|=|:|\(|stands\s+at|totals?|totalling|totaling|around|about|near|approximately|roughly|circa|c\.)?\s*$|\b(?:can|could|able\s+to)\s+(?:underwrite|lend|commit)\s+(?:up\s+to|as\s+much\s+as)\s*$|\b(?:off|out)\s+by\s*$|\b(?:apprais(?:al|als|er|ers)|valuers?)\b[^.;\n$]{0,40}?\b(?:put|puts|valued?|values|pegged|pegs)\s+[^.;\n$]{0,40}?\bat\s+(?:(?:about|around|roughly|approximately|some|c\.|circa|just\s+(?:over|under))\s+)?$|\b(?:we|i|they|the\s+company)\s+(?:originally\s+|once\s+|first\s+)?(?:paid|spent)\s+(?:(?:about|around|roughly|approximately|some|nearly|just\s+(?:over|under))\s+)?$|\b(?:earns?|earned|earning)\s+(?:(?:about|around|roughly|approximately|some|nearly|close\s+to|just\s+(?:over|under))\s+)?$|\bmortgages?\s+on\s+[a-z][a-z' -]{0,30}?\s*(?:\(|is|of|at|=|:)\s*$|\b(?<!\b(?:slb|program(?:me)?|deal|project|plan|round|tranche|phase)[-\s_])(?:fy\s*'?)?(?:19|20)\d\d\s*[:=]?\s*$|\bfy\s*'?\d{2,4}\s+(?:budget|forecast|plan|guidance|actuals?|outturn)\s*(?:is|of|at|=|:)?\s*$/;
/** Where the item of a terse list that an amount opens ends: a spaced dash or "with" ("$95m - exclude Ohio - new rent ≤ $7m"). */
const LIST_ITEM_END = /[^\S\n][-\u2013\u2014][^\S\n]|[^\S\n]with[^\S\n]/;

/**
 * The words of an amount's clause (`clauseStart` to `clauseEnd` in `lower`) that may name it background: the whole
 * clause, except for an amount that opens its line ("$95m with new rent not more than seven million", "$185m —
 * cheapest capital — no rent over $9m"), whose words of rent or debt after a spaced dash or "with" are the next item's.
 */
export function backgroundWords(lower: string, clauseStart: number, clauseEnd: number, amountStart: number, amountEnd: number): string {
  const after = lower.slice(amountEnd, clauseEnd);
  const itemEnd = LIST_ITEM_END.exec(after);
  const end = itemEnd === null ? clauseEnd : amountEnd + itemEnd.index;
  // "Quick sanity check - $110M with a 3.5x leverage cap and a $9M rent cap?": an amount right after a lead's spaced dash
  // opens its item too; the lead's own words still count, but not the next item's. A colon labels the amount instead
  // ("Plan A: $300M (rejected - too much rent)"), and its whole clause is weighed.
  if (ITEM_OPENED_AFTER_LEAD.test(lower.slice(Math.max(0, amountStart - 4), amountStart))) return lower.slice(clauseStart, end);
  // Only bullets and spaces may come before an amount that opens its line; read backwards, so a long line costs little.
  for (let index = amountStart - 1; index >= 0 && lower[index] !== '\n'; index -= 1) {
    if (!/[\s>*\u2022-]/.test(lower[index] ?? '')) return lower.slice(clauseStart, clauseEnd);
  }
  return lower.slice(clauseStart, end);
}

/** A lead's spaced dash right before an amount ("Quick sanity check - $110M"): the amount opens an item. */
const ITEM_OPENED_AFTER_LEAD = /[^\S\n][-\u2013\u2014][^\S\n]*$/;

/**
 * "$38M capex (not relevant to the raise)", "the $45M the buyer offered is nice but not our target": a figure the brief
 * itself sets aside, whatever else its clause says.
 */
export const SET_ASIDE =
  /\b(?:not\s+relevant|irrelevant|unrelated|(?:for\s+)?(?:context|reference)\s+only|background\s+only|(?:is|'s|but)\s+not\s+(?:our|the)\s+(?:target|ask)\b(?!\s+(?:leverage|coverage|criticality|leaseability|share|term|rent)))\b/;
/** A bracketed aside that holds a figure of its own: "(the $120M book value is irrelevant)". */
const BRACKETED_FIGURE_ASIDE = /\([^()\n]*\d[^()\n]*\)/g;

/**
 * The words of a clause that may set aside the figure at `offset` in it: the whole clause, less the bracketed asides
 * that hold another figure, whose words are that figure's. "Need $200M (the $120M book value is irrelevant)" sets
 * aside the book value, never the ask before the bracket; "$38M capex (not relevant to the raise)", a bracket without a
 * figure of its own, still speaks of the figure it follows.
 */
export function setAsideWordsFor(clause: string, offset: number): string {
  if (!clause.includes('(')) return clause;
  return clause.replace(BRACKETED_FIGURE_ASIDE, (aside: string, at: number) =>
    offset >= at && offset < at + aside.length ? aside : ' '.repeat(aside.length),
  );
}

/**
 * "last year we raised $40M", "In 2024 the Company sold three stores for $22m": an amount of a past program,
 * background to this one's ask. A year makes a clause past only with a verb in the past tense, before it or after it
 * ("We closed a $48M deal in 2023"). Guidance we already gave is past too ("we guided to approximately $400 million
 * of proceeds over two years"); an issuer's guidance reported by others ("the issuer guided to $230m") is its ask.
 * Balances a period closed with are past too ("We closed the quarter with ... about $95M of cash").
 */
export const PAST_PROGRAM =
  /\b(?:we\s+(?:had\s+|previously\s+)?guided\s+(?:(?:the\s+)?(?:market|street|investors|analysts|lenders)\s+)?to|last\s+(?:year|quarter|month|week|time|round|cycle|program(?:me)?)|previously|in\s+the\s+past|(?:a|one|two|three|\d+)\s+years?\s+ago|(?:prior|previous)\s+(?:year|round|program(?:me)?|deal|transaction)|(?:closed|ended|finished)\s+the\s+(?:quarter|year|month|period)\s+with)\b|\b(?:closed|completed|did|signed|sold|raised)\b[^.;\n]{0,60}\b(?:in|during)\s+(?:fy\s*)?(?:19|20)\d\d\b|\b(?:in|during)\s+(?:fy\s*)?(?:19|20)\d\d\b[^.;\n]{0,60}\b(?:sold|raised|realised|realized|fetched|closed|completed|paid|received|collected)\b/;
/**
 * A season gone by right after an amount: "our banker sold a similar portfolio for $300M last spring", "$90M this past
 * winter". The amount is that season's deal; the season counts only right after it, so that an ask later in the clause
 * ("Halvorsen's program was $300M last spring but we're smaller - let's say $160M") stays the ask.
 */
export const PAST_SEASON_AFTER = /^[^\S\n]*,?[^\S\n]*(?:last|this\s+past|in\s+the)\s+(?:spring|summer|fall|autumn|winter)\b/;

/**
 * Words that make an amount in the same clause the ask ("plan for $110M with rent escalations of 3%", "can you price
 * $165M", "can we do $120mm with added rent under $8mm", "Treasury proposes $200m at the lowest cost against our debt",
 * "we'll run $128M with rent added capped at $6M", "I'd run $155M but skip Chandler - too much of the price goes to its loan", "let's see $290M with new rent ≤ $23M", "Run $250m with new rent under $19m", "Treasury gave us $85M",
 * "We'd like $95M with the rent bill going up by no more than $7M", "the headline figure for the buyback is $250M",
 * "we're modelling $150M with new rent capped", "she'd like to see $210M with ...", "check a $150M sale that ...", "the CFO is asking for
 * $90M with ...", "could you check $52M with ...", "can u do 250mm with ..." in a text message's spelling), and
 * an amount that opens its clause with what it is for ("$115M for the capex catch-up": the money funds it). An amount
 * the least cost is sought for ("least rent cost over the lease term for $120M", "$95M at the least lifetime rent cost")
 * is the ask the cost is kept down on.
 */
export const TARGET_WORDS = new RegExp(
  String.raw`\b(?:rais(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|need|needs|needed|target|targeting|seek|seeking|looking\s+for|wants?|wanted|aim(?:s|ing)?|after|(?:asks?|asking)\s+for|(?:gave|gives|handed|hands)\s+us|fund(?:ing)?|financ(?:e|ing)|realis(?:e|ing)|realiz(?:e|ing)|crystallis(?:e|ing)|pull|unlock|free\s+up|brings?\s+in|monetize|monetise|proceeds|program|programme|slb|(?:sale[-\s]?)?lease[-\s]?back|sale\s+and\s+(?:lease|rent)[-\s]?back|(?:sale[-\s]?)?rent[-\s]?back|line\s+up|put\s+together|(?:least|lowest|cheapest|minimum|min)[-\s]+(?:[a-z-]+\s+){0,3}(?:costs?|n?pv|present[-\s]value)\b[^.;\n]{0,40}\bfor(?=\s+(?:us\$|\$|usd\s*)?\d)|at\s+(?:the\s+|a\s+)?(?:least|lowest|minimum|cheapest)[-\s]+(?:[a-z-]+\s+){0,3}(?:costs?|n?pv|present[-\s]value)|up\s+to|about|around|approximately|roughly|get|bring\s+in|release|ask|find|come\s+up\s+with|(?:aggregate|purchase|sale|gross|total|transaction|headline)\s+(?:price|consideration|proceeds|value|figure|number)|(?:i|we)(?:'d|\s+would)\s+like|consideration|quantum|sizing|let'?s\s+see|let\s+(?:me|us)\s+see|show\s+me|(?:you|please|pls|to|i'd|we'd|(?:i|we)\s+(?:would|will)|(?:i|we)['\u2019]ll)\s+(?:price|run|model)|(?<=^\s*)(?:run|model)(?!-)|(?:we'?re|we\s+are|i'?m|i\s+am)\s+modell?ing|(?:like|want|wants)\s+to\s+see|check(?:\s+an?)?(?=\s+(?:us\$|\$))|sell|selling|deal\s+size|plan(?:s|ning)?\s+(?:for|on)|budget(?:ing)?\s+for|go\s+for|shoot(?:ing)?\s+for|pencil\s+in|(?:can|could)\s+(?:we|you|u|they)\s+(?:still\s+)?do|propos(?:e|es|ed|ing)|instructions?\s+(?:is|was|remains|stands\s+at)|(?<=^[\s>*\u2022-]*(?:us\$|\$)?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})\s+)for(?=\s+(?:the|our)\s+(?!(?:year|quarter|period|month)\b)))\b`,
);
/**
 * An amount asked how it would look ("What does $100M look like if ...", "what would $80M look like with ...", "tell me what $90M would look like"): the
 * ask the question sizes, whatever the clause says of debt or rent. The words before the amount, then those after it.
 */
export const LOOKS_LIKE_BEFORE = /\bwhat\s+(?:(?:does|would|will|might|could)\s+)?$/;
export const LOOKS_LIKE_AFTER = /^\s*(?:(?:would|will|might|could)\s+)?(?:look|looks)\s+like\b/;
/** "we need liquidity of $155M", "Liquidity goal: 0.25bn": liquidity or capital that the brief asks for, not a figure it reports. */
export const ASKED_BEFORE =
  /\b(?:need|needs|needed|raise|raising|generate|generating|seek|seeking|want|wants|create|creating|free\s+up|unlock|release|find|deliver|provide|bring\s+in|require|requires|required|targeting|target)\s+(?:(?:some|new|fresh|additional|extra|incremental|the|us|of)\s+)*(?:liquidity|capital|cash)\s*(?:of|:|at|=)?\s*$|\b(?:liquidity|capital|cash)\s+(?:goal|target|ask|need)\s*(?:of|:|at|=|is)?\s*$/;

/**
 * Words that put an amount in a hypothetical or conditional clause: "we could do $175M if we put Chandler in",
 * "$90M would be possible", "if we sold Dallas we might get $60M". A wish ("would like", "could use") is an ask, and so
 * is asking how ("How would we get $100M by selling buildings?").
 */
export const HYPOTHETICAL =
  /\b(?:could(?!\s+use\b)|(?<!\bhow\s)would(?!\s+(?:like|love|prefer|want)\b)|might|if\s+(?:we|you|they|the|it|management|treasury)|were\s+we|suppose|supposing|hypothetically|in\s+theory|theoretically)\b/;

/**
 * A note that gives bare figures their scale: "Ideally 200, would take 170 (millions, obviously)", "(in $M)", "all
 * figures in millions", "Dollars in millions", "both in $M"; a sentence of its own ("Millions.", "Millions, obviously.", "In millions.");
 * and a units label ("units USD m", "Units | $mm", "(units $M)"). With it, a bare whole number of ten or more is money in millions.
 */
// "(85 = millions obviously)": a figure said to be in millions.
export const MILLIONS_NOTE = new RegExp(
  String.raw`\(\s*(?:(?:all\s+)?(?:figures|numbers|amounts)\s+)?(?:in\s+|\d+(?:\.\d+)?\s*(?:=|is|are)\s*)?(?:us\$|usd|\$)?\s*(?:${MILLION_SCALE})\b[^()\n]{0,30}\)|\b(?:all\s+)?(?:figures|numbers|amounts|dollars)\s+(?:are\s+)?in\s+(?:us\$|usd|\$)?\s*(?:${MILLION_SCALE})\b|\b(?:both|all)(?:\s+(?:of\s+)?(?:them|these|those|figures|numbers))?\s+(?:are\s+)?in\s+(?:us\$|usd|\$)\s*(?:${MILLION_SCALE})\b|(?<=(?:^|[.!?;]|\n)[^\S\n]*)(?:(?:all\s+)?in\s+)?(?:us\$|usd|\$)?\s*millions(?:,?\s+(?:obviously|of\s+course|naturally|clearly|to\s+be\s+clear|by\s+the\s+way|btw))?(?=[^\S\n]*(?:[.!;\n]|$))|\bunits\s*[:|=]?\s*(?:us\$|usd\s*|\$)?\s*(?:${MILLION_SCALE})\b(?=\s*(?:[.;|,/\n)]|$))`,
  'g',
);
/** What a bare number in a brief with a millions note may still be: a percentage, a multiple, a term, a year. */
export const BARE_NOT_MONEY_AFTER =
  /^[^\S\n]*-?[^\S\n]*(?:%|percent|per\s+cent|x\b|\u00d7|times|turns|years?|yrs?|months?|bps|basis|sites|assets|properties|stores)/;

/**
 * A count of things after a number written only with thousands separators: "2,800 trucks", "1,200 employees",
 * "45,000 square feet", "2,000 of our people". Without a currency mark or scale such a number counts those things
 * and is no money.
 */
export const COUNTED_AFTER =
  /^[^\S\n]+(?:of[^\S\n]+(?:our|the|their|its|my)[^\S\n]+)?(?:[a-z-]+[^\S\n]+)?(?:people\b|staff\b|personnel\b|square[^\S\n]+(?:feet|foot|metres|meters)|sq\.?[^\S\n]*(?:ft|m)\b|(?!(?:dollars|bucks|proceeds|gross|net)\b)[a-z]{3,}s\b)/;

/** A headcount named just before a grouped figure ("headcount is down to 3,900 from 4,400"): people, not money. */
export const HEADCOUNT_BEFORE =
  /\b(?:head[-\s]?count|staff(?:ing)?|employees|workforce|ftes?|people)\b[^\S\n]+(?:[a-z-]+[^\S\n]+){0,4}(?:[\d,]+[^\S\n]+(?:from|to)[^\S\n]+)?$/;

/** "3.8 million square feet": a scaled number counting area, no money unless a currency mark is written. */
export const AREA_AFTER = /^[^\S\n]*(?:square[^\S\n]+(?:feet|foot|metres|meters)|sq\.?[^\S\n]*(?:ft|m)\b|sf\b|ft2\b|m2\b)/;
/** "went from", "grew from": a figure changing over time, so "from $310M to $345M" is no range of asks. */
export const CHANGED_FROM =
  /\b(?:went|gone|grew|grown|rose|risen|fell|fallen|dropped|climbed|increased|decreased|declined|moved|jumped)\s+from\s*$/;

/**
 * "The CFO presented options ranging from $60M to $200M", "scenarios running from $50M to $150M": the spread of the
 * choices put before a decision, not a range asked for; the decision names the ask.
 */
export const OPTIONS_RANGING_FROM =
  /\b(?:options|scenarios|cases|alternatives|sizes|structures)\s+(?:ranging|running|going|that\s+ranged|which\s+ranged)\s+(?:all\s+the\s+way\s+)?from\s*$/;

/** "ideally $128M, but we'll take $100M": once the ask is written, the figure "we'll take" is the floor. */
export const TAKEN_BEFORE = /\b(?:'ll|will)\s+(?:still\s+|also\s+|happily\s+)?(?:take|accept)\s*$/;
/**
 * "need 140M, ok with 120M", "$90M, but we'd be happy with $75M": once the ask is written, a lower figure found fine is
 * the floor (a higher one is not), as is one it would be fine to close or settle at ("comfortable closing at $180mm"). Alone ("we'd be happy with $50M") it is the ask.
 */
export const FINE_WITH_BEFORE = /\b(?:ok|okay|fine|happy|content|comfortable)\s+(?:with|(?:closing|settling|landing|stopping)\s+at)\s*$/;

/**
 * "$70M — was $90M last week", "$70M (down from $90M last quarter)", "$70M, previously $90M", "the $130 million ask
 * (previously $110 million)", "$175M - 215 was last quarter's draft", "$130M - the 120 in the press release was last
 * year's": the ask, then the figure it replaced, whose past words ("last week") are the replaced figure's and never make the ask a past program's.
 */
export const FORMER_FIGURE_AFTER = new RegExp(
  String.raw`^[^\S\n]*(?:(?:ask|target|program(?:me)?|raise)[^\S\n]*)?[-\u2013\u2014(,;][^\S\n]*(?:(?:it|that|this|the\s+ask|the\s+target)\s+)?(?:was|were|had\s+been|used\s+to\s+be|down\s+from|up\s+from|previously|formerly|originally)[^\S\n]+(?:us\$|\$|usd|eur|gbp|\d)|^[^\S\n]*[-\u2013\u2014(,;][^\S\n]*(?:the[^\S\n]+|that[^\S\n]+)?(?:us\$|\$)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE})?(?:[^\S\n]+(?:in|on|from)[^\S\n]+(?:the|our)[^\S\n]+[a-z-]+(?:[^\S\n]+[a-z-]+)?)?[^\S\n]+(?:was|were|had\s+been)[^\S\n]+(?:the\s+|our\s+)?(?:last|previous|prior|old|earlier|first|original|yesterday's)\b`,
);

/** The words right after a range that name one point of it: "call it 65", "say $65M", "so call it 65m". */
const POINT_NAMED_AFTER_RANGE =
  /^[^\S\n]*[,;:\u2013\u2014-]*[^\S\n]*(?:so[^\S\n]+|but[^\S\n]+)?(?:call[^\S\n]+it|let'?s[^\S\n]+say|say|aim[^\S\n]+for)[^\S\n]+(?:(?:us\$|\$)[^\S\n]*)?(?<figure>\d+(?:\.\d+)?)[^\S\n]*(?<scale>mm|mn|m|million|bn|b|billion)?(?![\w%]|\.\d)/;

/**
 * "Need 60-70m, call it 65": a point of a range named right after it, in the range's unit unless it carries its own,
 * is the ask; the value and how many characters after the range it takes, or null when none is named inside the range.
 */
export function pointNamedInRange(after: string, low: number, high: number, unit: number): { value: number; length: number } | null {
  const match = POINT_NAMED_AFTER_RANGE.exec(after);
  if (match === null) return null;
  const scale = match.groups?.['scale'];
  const value = Number(match.groups?.['figure']) * (scale === undefined ? unit : scaleValue(scale));
  return value >= low && value <= high ? { value, length: match[0].length } : null;
}
