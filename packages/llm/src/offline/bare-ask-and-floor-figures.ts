import { SPOKEN_HUNDREDS, WORD_NUMBER, wordNumberValue } from './written-numbers.js';

// Bare figures that are the ask or its floor in the ask's millions ("95 minimum", "the ask is 120, floor 100", "one
// hundred and ten, tops"), and the words that make a bare figure bound a limit rather than the ask. Read by
// `readAmounts` and the bare-amount readers, beside the wording that says an amount is background
// (`amount-context-wording.ts`).

/**
 * Words other than "floor" that make a bare figure right after them the lowest acceptable ask: "minimum 95", "at
 * least 90", "no less than 85", "not a cent under 90", "we could accept one ten", "would settle for 80", a chat's
 * "90, settle for 80" (never "won't settle for 80").
 */
const FLOOR_SAID = String.raw`(?:(?:an?|the|our|absolute|bare)\s+)*(?:minimum|min)(?:\s+acceptable)?(?:\s+(?:of|is))?|at\s+(?:the\s+)?least|no\s+(?:less|lower)\s+than|not\s+(?:a\s+(?:dollar|cent|penny|buck)\s+)?(?:less|lower)\s+than|not\s+a\s+(?:dollar|cent|penny|buck)\s+(?:below|under|short\s+of)|(?:would|could|'d|'ll|can|will)\s+(?:still\s+|also\s+|happily\s+)?(?:take|accept|tolerate|settle\s+for|live\s+with)(?:\s+is)?|(?:[a-z]+n't|will\s+not|would\s+not|cannot)\s+(?:go|dip|drop|fall|sink)\s+(?:below|under|beneath|lower\s+than)|(?<!(?:n't|not|never)\s+)settle\s+for|(?:go\s+)?as\s+(?:low|little)\s+as|down\s+to|(?:take\s+)?nothing\s+(?:below|under|less\s+than|lower\s+than|short\s+of)`;
/** What may follow a bare floor said so: the end of its clause or a joining word, never a unit or a noun ("at least 12 sites"). */
// A dictated brief says its punctuation ("the minimum we'd accept is one twenty period and ..."): a stop or comma too.
// A word that only colours it may close the clause too: "no less than 105 obviously", "at least 90, of course".
const FLOOR_SAID_END =
  /^\s*(?:[.,;!?)'"\n]|$|(?:and|but|or|if|though|tops|period|comma|full\s+stop)\b|(?:obviously|of\s+course|naturally|please)\s*(?:[.,;!?)\n]|$))/;
/** A limit's name before a floor word in its clause: "coverage at least 2", "leaseability minimum 60" bound no ask. */
const LIMIT_NAMED =
  /\b(?:coverage|fccr|fcc|leverage|lev|ebitda|critical\w*|crit|leaseab\w*|share|markets?|rents?|rental|lease[-\s]?adj\w*|term|escalat\w*|tax|score|years?|sites?|assets?|properties)\b/;

/** True when the words of a clause before a bare figure name a limit ("coverage at least 2"): the figure bounds no ask. */
export function namesLimit(clauseBefore: string): boolean {
  return LIMIT_NAMED.test(clauseBefore);
}

/**
 * True when a bare floor said with words other than "floor" (the `said` group of a `BARE_FLOOR` match) is one:
 * the figure ends its clause, is ten or more, or spoken as hundreds and tens, and no limit is named before it.
 */
export function isBareFloorSaid(match: RegExpExecArray, clauseBefore: string, after: string): boolean {
  const groups = match.groups ?? {};
  if (groups['saidAfter'] !== undefined) return !LIMIT_NAMED.test(clauseBefore);
  if (groups['said'] === undefined) return true;
  if (!FLOOR_SAID_END.test(after) || LIMIT_NAMED.test(clauseBefore)) return false;
  const figure = groups['figure'];
  if (groups['hundreds'] !== undefined || figure === undefined) return groups['hundreds'] !== undefined;
  // "I could live with seventy-five" after "ninety million": a figure in words is one too, ten or more like a numeral.
  return (/^\d/.test(figure) ? Number(figure) : wordNumberValue(figure)) >= 10;
}

/**
 * A bare ask with a bare floor right after it, in a brief with no money written otherwise: "can you do 130 but min
 * 115", "200, floor 170". The pair, the floor below the ask and both ten or more, is in millions.
 */
export const BARE_ASK_AND_FLOOR =
  /(?<![\w$.,])(?<ask>\d{2,4}(?:\.\d+)?)[^\S\n]*[,;]?[^\S\n]*(?:(?:but|with|and)[^\S\n]+)?(?:(?:a|the)[^\S\n]+)?(?:min(?:imum)?|floor)(?:[^\S\n]+(?:of|at|is))?[^\S\n]+(?<floor>\d{2,4}(?:\.\d+)?)(?![\w%$-]|[.,]\d|[^\S\n]*(?:x\b|\u00d7|times|%|percent|years?|yrs?|bps))/g;

/**
 * A bare ask in a brief where no amount was read as money, in millions: a figure after words that ask for it ("We should
 * get 80 out of the real estate", "I want 50.", "Amount: 220.", "tgt 60 /", "the number from the CFO is 83", "140 was last month's number, now it's 165", a chat's
 * "size?" answered on the next line "mo: 115", "get me 175", "Raise 85.", "do 140.", "we need like 50", "Call it 100.",
 * "Final answer: 115.", "settled on 110", "Call it a hundred.", a rerun's "redo it at 90?", "run 75, excl",
 * "board says 185 for the leaseback", "160 is our number", "We're looking at one seventy-five.", "we'd like one-forty.", "land it at 158 with", "a sale-leaseback
 * raising one eighty-five.", "can u price 110 with 20yr leases", "CFO ok'd 120", "need ~140.") or
 * before words that settle it ("65 is final", "fine, 135 it is", "in the end, 80 won", a reply's "225 works.", "one-forty is
 * the target"). Group `cue` is the asking
 * words; the figure must end its clause or lead to words of the ask or a deadline ("need 75 by Q3"), never to a
 * unit. The figure may be spoken as hundreds and tens ("Ask is one-eighty", "Target one-twenty-five") or in words. "Raise 120
 * from the Dallas offices" and a message of only "Raise 150" stay unread: a figure to raise or do is bare money only
 * where punctuation closes its sentence or item on it (`readBareAsk`).
 */
export const BARE_ASK = new RegExp(
  String.raw`(?:\b(?<cue>(?:need|needs|want|wants)(?:\s+(?:like|about|around|roughly|maybe))?|get(?:\s+(?:me|us))?|rais(?:e|ing)|do|(?:(?:can|could|would)\s+(?:you|u|someone|somebody)\s+(?:(?:pls|please|quickly|just)\s+)?|pls\s+|please\s+)(?:price|model)|(?:ok['\u2019]?d|okayed|approved|signed\s+off\s+on|green[-\s]?lit)|(?:re-?)?run(?:\s+(?:it|this))?(?:\s+at)?|redo(?:\s+(?:it|this))?\s+at|(?:the\s+)?(?:board|cfo|ceo)\s+says|(?:(?:we|i)['\u2019]re\s+|we\s+are\s+)?looking\s+(?:at|for)|(?:we|i)(?:['\u2019]d|\s+would)\s+like|land(?:\s+it)?\s+at|call\s+it|final\s+(?:answer|number)|(?:settled|landed|agreed)\s+on|(?<=\b(?:number|ask|target|figure|amount)(?:['\u2019]s)?\b[^.!?\n]{0,30}?)now\s+(?:it['\u2019]s|it\s+is|we['\u2019]re\s+at)|go\s+(?:for|with)|target(?:\s+(?:is|remains|stays)(?:\s+still)?)?|tgt|amount|size|(?:the\s+)?number(?:\s+from\s+[a-z ]{1,30}?)?\s+is|(?:the\s+)?ask\s+is|about|around|roughly|(?:size|amount|how\s+much|number(?:\s+for\s+the\s+[a-z]+)?)[^\S\n]*\?[^\S\n]*\n[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?:[a-z]+[^\S\n]*:)?)[^\S\n]*[:=]?[^\S\n]*~?|(?<![\w$.,]))(?<figure>\d{2,4}(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?![\w%$-]|[.,]\d)(?=[^\S\n]*(?:(?<settled>is\s+(?:final|(?:the|our)\s+(?:number|target|ask)(?=[^\S\n]*(?:[.,;!\n]|$)))|it\s+is|won|works(?=[^\S\n]*[.!]))\b|flat\b|[.,;!?'"\n/)]|$|(?:from|out\s+of|on\s+the|million|mil|instead\s+of|for\s+the\s+(?:leaseback|slb|sale|program(?:me)?|deal|raise)|w\/o|w\/[^\S\n]*no|without)\b|\((?=floor|min)|(?<by>by\s+(?:q[1-4]|h[12]|fy|year[-\s]?end|quarter[-\s]?end|(?:the\s+)?end\s+of|next|this|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|with)\b))`,
  'g',
);

/**
 * A bare figure standing alone as a sentence of a terse note or a spoken answer, in a brief where no amount was read
 * otherwise: "CEO text: '90. no mortgages.'", "'Sixty-five. Chicago and Columbus.'", "... lease it easy. Hundred and
 * ten.'". The ask in millions, ten or more, unless it answers a question on a limit ("Tax? CFO: Twenty-one.").
 */
export const BARE_ALONE = new RegExp(
  String.raw`(?:^|[.!?][^\S\n]+|\n[^\S\n]*|['"\u2018\u201c][^\S\n]*|:[^\S\n]+)(?<figure>\d{2,4}|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?=[^\S\n]*[.!]?['"\u2019\u201d]?[^\S\n]*(?:\n|$)|[^\S\n]*[.!][^\S\n]+)`,
  'g',
);

/**
 * A bare figure opening a quoted note before a comma, in a brief where no amount was read otherwise: "Call notes: 'one
 * seventy-five, nothing in California, ...'", "Text from the CFO: "140, no plants"". The note leads with the ask as a
 * terse list does; a word must follow the comma, so a list of figures ("'15, 20'") is none.
 */
export const BARE_OPENING_A_QUOTE = new RegExp(
  String.raw`['"\u2018\u201c][^\S\n]*(?<figure>\d{2,4}|${SPOKEN_HUNDREDS})(?=[^\S\n]*,[^\S\n]*[a-z])`,
  'g',
);

/**
 * A bare range after words that ask for it, in a brief with no money written otherwise: "raise 160-180", "need 90 to
 * 110, net lev max 3.3x", "target 200-220". The low end is the floor and the high end the ask, both in millions; a
 * range of years, terms or multiples ("need 15-20 year leases") is none.
 */
export const BARE_RANGE_ASKED =
  /\b(?:raise|raising|need|needs|want|wants|target|ask\s+is|aim\s+for|looking\s+for|do|run|get\s+us)[^\S\n]+(?:~[^\S\n]*)?(?<floor>\d{2,4})[^\S\n]*(?:-|\u2013|to)[^\S\n]*(?<ask>\d{2,4})(?![\w%$-]|[.,]\d|[^\S\n]*(?:x\b|\u00d7|times|%|percent|years?|yrs?|months?|bps|sites|assets))(?=[^\S\n]*(?:[.,;!?)\n]|$|for\b|from\b))/g;

/**
 * A bare ask and a bare floor each named after its figure, in a brief with no money written otherwise: "250 target,
 * 225 floor", "90 ask; 75 min". The pair, the floor below the ask and both ten or more, is in millions.
 */
export const BARE_ASK_AND_FLOOR_NAMED_AFTER =
  /(?<![\w$.,])(?<ask>\d{2,4}(?:\.\d+)?)[^\S\n]+(?:target|ask|goal)[^\S\n]*[,;/][^\S\n]*(?<floor>\d{2,4}(?:\.\d+)?)(?=[^\S\n]+(?:floor|min(?:imum)?)\b)/g;

/**
 * A bare floor and a bare ask said in turn, in a brief with no money written otherwise, the floor first or the ask
 * named by its own word: "need 170 min, 185 ideal", "aim for 280, 250 minimum", "we'll take 160 but want 190". The
 * pair, the floor below the ask and both ten or more, is in millions (`readBareAskAndFloor`).
 */
export const BARE_FLOOR_AND_ASK_IN_TURN = [
  // "170 min, 185 ideal": the floor named after its figure, then the ask named after its own.
  /(?<![\w$.,])(?<floor>\d{2,4})[^\S\n]+(?:min(?:imum)?|floor|at\s+(?:the\s+)?(?:least|lowest))[^\S\n]*[,;/][^\S\n]*(?<ask>\d{2,4})[^\S\n]+(?:ideal(?:ly)?|target|ask|goal|preferred)(?=[^\S\n]*(?:[.,;!?)'"\n]|$))/g,
  // "aim for 280, 250 minimum": the ask after words that ask for it, then the floor named after its figure.
  /\b(?:aim(?:ing)?\s+for|need|want|ask\s+is|target)[^\S\n]+(?<ask>\d{2,4})[^\S\n]*[,;][^\S\n]*(?<floor>\d{2,4})[^\S\n]+(?:min(?:imum)?|floor)\b/g,
  // "we'll take 160 but want 190": what would be taken, then what is wanted.
  /\b(?:['\u2019]ll|will|would|['\u2019]d|could|can)[^\S\n]+(?:take|accept|live\s+with|settle\s+for)[^\S\n]+(?<floor>\d{2,4})[^\S\n]*,?[^\S\n]*(?:but|though)[^\S\n]+(?:(?:we|i)[^\S\n]+|ideally[^\S\n]+|really[^\S\n]+)*(?:want|need|prefer|aim\s+for|(?:would|['\u2019]d)\s+like)[^\S\n]+(?<ask>\d{2,4})(?![\w%$-]|[.,]\d)/g,
] as const;

/**
 * A bare figure said to do after "but", once the ask is written in millions: "We need $160M, but 145 works", "$90M,
 * but 80 would do". What still works below the ask is the floor (`readBareFloor`).
 */
export const BARE_FLOOR_THAT_WORKS =
  /\bbut[^\S\n]+(?<figure>\d{2,4}(?:\.\d+)?)[^\S\n]+(?<saidAfter>works|would\s+(?:work|do)|is\s+(?:fine|ok(?:ay)?|acceptable))(?=[^\S\n]*(?:[.,;!?)\n]|$))/g;

/**
 * A bare figure after "floor" once the ask is written in millions ("Ninety-five million, floor eighty", "a hundred and
 * forty million, with a hard floor of one-twenty"): the floor in the ask's millions. A figure spoken as hundreds and
 * tens ("one-twenty", "one forty-five") is read so too, a floor moved to a figure ("Floor to 170.") and one kept
 * ("Floor stays at 140 though."). A labelled bare figure ("Floor: 80") stays unread: a label
 * gives no unit, and a table's figures may be counted in anything. Other words of a floor (`FLOOR_SAID`: "minimum
 * 95", "not a cent under 90", "we could accept one ten") set a bare floor too, where `isBareFloorSaid` allows.
 */
export const BARE_FLOOR = new RegExp(
  String.raw`\b(?:(?:(?:a|the|our|hard|absolute|bare)\s+)*floor\s+(?:of\s+|at\s+|is\s+(?:still\s+)?|to\s+|(?:stays|remains|holds)(?:\s+at)?\s+)?|(?<said>${FLOOR_SAID})\s+)(?:(?<hundreds>one|two|three|four|five|six|seven|eight|nine)[-\s](?<tens>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)|(?<figure>\d{1,4}(?:\.\d+)?|${WORD_NUMBER}))(?![\w%$-]|[.,]\d|\s*(?:x\b|\u00d7|times|turns|%|percent|per\s+cent|years?|bps|basis|sites|assets|properties|[kmb]n?\b|mm\b|million|billion|thousand))`,
  'g',
);
