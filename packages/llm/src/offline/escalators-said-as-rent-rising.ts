import type { BriefText } from './brief-text.js';
import { ESCALATOR_NOUN } from './economics-wording.js';
import { decimalFromPercent } from './written-numbers.js';
import { RENT_RAISED_EACH_YEAR } from './rent-raised-each-year.js';

// Rent escalators said without a settings word, or settled after another figure: the rent itself going up by a
// percentage a year, a figure taken back after "no", a buyer's proposal followed by the figure agreed, and a chat's
// question answered over several lines. Each pattern's `value` group holds the percentage of the escalator read.

/** A percentage: "2.5%", "2 %", "1.75 percent". */
const PERCENT = String.raw`(?<value>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*(?<unit>%|percent\b|per[^\S\n]?cent\b)`;
/** Once a year: "a year", "per year", "each year", "annually", "per annum", "p.a.". */
const A_YEAR = String.raw`(?:(?:a|per|each|every)[^\S\n]+year\b|annually\b|yearly\b|per[^\S\n]+annum\b|p\.a\.?|pa\b)`;
/** The rent moving up: "go up", "creep up", "step up", "rise", "rising", "climb", "grow", "increase", "escalate". */
const RISING = String.raw`(?:(?:go(?:es|ing)?|creep(?:s|ing)?|step(?:s|ping)?|tick(?:s|ing)?|mov(?:e|es|ing)|edg(?:e|es|ing)|inch(?:es|ing)?)\s+up|ris(?:e|es|ing)|climb(?:s|ing)?|grow(?:s|ing)?|increas(?:e|es|ing)|escalat(?:e|es|ing))(?![a-z])`;
/** A figure taken up after the rent's rise is said: "let's plan on", "assume", "use", "call it", "by", "at". */
const TAKEN_UP = String.raw`(?:(?:(?:let'?s|we'?ll|we\s+will|we\s+should|please|so)\s+)?(?:plan\s+(?:on|for)|assume|use|model|say|call\s+it|go\s+with|pencil\s+in)|by|at|of)`;

/**
 * "we expect that rent to creep up 1.5% a year", "whoever buys them will want the rent to go up every year; let's plan on
 * 2.5% a year", "new rent capped at $5M a year, rising 2% annually": the rent itself rising by a percentage each year,
 * the rent named earlier in the sentence. Only the rise and its figure are matched, so that a cap on the rent before it
 * stays with its reader. A percentage that is not a yearly rise ("rent up 2% on last year's budget") is no escalator,
 * and neither is the market's rent rising ("market rents will go up 4% a year"), which is no term of the leases.
 */
const RENT_RISING_A_YEAR = String.raw`(?<=(?<!\b(?:market|area|local|comparable|regional|industry)\s+)\brents?\b(?:[^.!?\n]|\.(?=\d)){0,60}?)\b${RISING}(?:[^\S\n]+(?:every|each)[^\S\n]+year)?(?:[^\S\n]*[;,:\u2014\u2013][^\S\n]*|[^\S\n]+)(?:${TAKEN_UP}[^\S\n]+)?(?:about[^\S\n]+|roughly[^\S\n]+)?${PERCENT}[^\S\n]*${A_YEAR}`;

/**
 * "Escalator: 2.0% — no, correction from Legal: 1.5%", "bumps of 3%, sorry, 2.5%": an escalator's figure taken back
 * by "no" (with its comma or dash: "no single market above 40%" takes nothing back), "sorry", "actually" or "scratch
 * that", and the figure after it (with a few words on who corrects it) read.
 */
const ESCALATOR_TAKEN_BACK = String.raw`\b${ESCALATOR_NOUN}[^\S\n]*(?:[:=]|of|at|is)?[^\S\n]*\d{1,2}(?:\.\d{1,2})?[^\S\n]*%[^\S\n]*(?:[\u2014\u2013,;]|[^\S\n]-+)[^\S\n]*(?:(?:no|nope)[^\S\n]*[,:!\-\u2013\u2014]|(?:sorry|actually|scratch\s+that|wait)\b[,:]?)(?:[^\S\n]+[^\n\d%.;]{0,40}?[:\-\u2013\u2014]?)?[^\S\n]*${PERCENT}`;

/**
 * Who puts a figure forward on the other side: "they", "the buyer", "investors", "the buyer's counsel", "the landlord"
 * (the buyer, once the buildings are leased back).
 */
const OTHER_SIDE = String.raw`(?:they|the\s+buyers?|buyers?|the\s+investors?|investors?|(?:the\s+)?(?:buyer'?s\s+)?counsel|the\s+other\s+side|(?:the\s+)?(?:landlords?|lessors?))`;
/** Putting a figure forward: "proposed", "asked for", "pitched", "were quoting". */
const PUT_FORWARD = String.raw`(?:proposed|asked\s+for|wanted|pitched|offered|quoted|(?:are|were)\s+quoting|came\s+in\s+at)`;
/** Agreeing a figure: "agreed", "settled on", "landed at", "signed at", "we'd only agree to" (not "won't agree to"). */
const AGREED = String.raw`(?:agreed(?:\s+(?:on|to))?|(?<!(?:n['\u2019]t|not|never)\s+(?:only\s+)?)agree\s+(?:on|to)|settled\s+(?:on|at)|landed\s+(?:on|at)|signed\s+(?:on|at|for)|closed\s+at)`;
/**
 * "They proposed 3% bumps — we countered and agreed 2.25%", "the buyer asked for a 3% escalator; we settled on 2.5%":
 * the other side's figure, then the one agreed, which is read. The reading copy may already have blanked the figure put
 * forward and the words up to the agreement (as a figure taken back), so the blank stands for them, and the escalator's
 * words are looked for in the brief as written.
 */
const PROPOSED_THEN_AGREED = new RegExp(
  String.raw`\b${OTHER_SIDE}\s+${PUT_FORWARD}(?:(?:\s+an?)?[^\S\n]{6,}(?:(?:on|to|at)\s+)?|\s+(?:an?\s+)?\d{1,2}(?:\.\d{1,2})?[^\S\n]*%[^.;!?\n]{0,60}?\b${AGREED}\s+)(?:an?\s+)?${PERCENT}`,
  'g',
);
/**
 * "The buyer asked for 3% bumps; we countered, and the program should be modelled at 2.5%", "investors wanted a 3%
 * escalator - we countered at 2.25%": the other side's figure, then our counter and the figure it sets, which is read
 * (the counter may run past a semicolon, the figure after "at", "with", "to" or "of"). A counter with no figure of its
 * own ("we countered, and they accepted") leaves the proposal to the other readers.
 */
const PROPOSED_THEN_COUNTERED = new RegExp(
  String.raw`\b${OTHER_SIDE}\s+${PUT_FORWARD}\s+(?:an?\s+)?\d{1,2}(?:\.\d{1,2})?[^\S\n]*%[^.!?\n\d%]{0,40}?\bwe\s+(?:countered|came\s+back|pushed\s+back)\b[^.!?\n\d%]{0,60}?\b(?:at|with|to|of)\s+(?:an?\s+)?${PERCENT}`,
  'g',
);
/**
 * "a 3% escalator and we settled on 2%" after a proposal already read as the market's ("investors asked for"): from
 * the escalator's words to the figure agreed, with no other figure between.
 */
const AGREED_AFTER_ESCALATOR = new RegExp(
  String.raw`\b${ESCALATOR_NOUN}(?![a-z])[^.;!?\n\d%]{0,50}?\b${AGREED}\s+(?:an?\s+)?${PERCENT}`,
  'g',
);
/** The escalator's words, in the brief as written: "bumps", "escalator", "rent increases". */
const ESCALATOR_WORDS = new RegExp(String.raw`\b${ESCALATOR_NOUN}`);

/**
 * The rent said to rise earlier in the sentence, which makes a proposal and the figure agreed after it the escalator's:
 * "we'd take on rent that goes up each year; the landlord proposed 3.5% but we'd only agree to 2.75%".
 */
const RENT_RISING_BEFORE = new RegExp(String.raw`\brents?\b[^.!?\n]{0,40}?\b${RISING}[^.!?\n]{0,80}$`);

/**
 * Reads the escalators agreed or countered after a proposal ("they proposed 3% bumps; we agreed 2.25%", "the buyer
 * asked for 3% bumps; we countered, and the program should be modelled at 2.5%"), claiming each from the
 * proposal to the figure agreed. Each is the figure agreed, and where it stands.
 */
export function readEscalatorsAgreedAfterProposal(text: BriefText): { value: number; start: number }[] {
  const found: { value: number; start: number }[] = [];
  for (const match of [PROPOSED_THEN_AGREED, PROPOSED_THEN_COUNTERED, AGREED_AFTER_ESCALATOR].flatMap((pattern) =>
    text.freeMatches(pattern),
  )) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    if (
      !ESCALATOR_WORDS.test(text.source.slice(match.index, end).toLowerCase()) &&
      !RENT_RISING_BEFORE.test(text.lower.slice(0, match.index))
    )
      continue;
    const percent = Number(match.groups?.['value']);
    if (!(percent >= 0 && percent < 25)) continue;
    found.push({ value: decimalFromPercent(match.groups?.['value'] ?? ''), start: match.index });
    text.claim(match.index, end);
  }
  return found;
}

/**
 * "<aisha> escalator? / <aisha> buyers are quoting 2% / <tom> use 2.5 — that's what we'll sign": a chat's question on
 * the escalator, and within the next three lines a line that settles it ("use 2.5", "go with 2%", "make it 2.25"); the
 * speaker in angle brackets or before a colon. The settling line wins over the figures quoted before it. A bare figure
 * without its sign is a percentage only up to 5 (checked where it is read).
 */
const SETTLED_AFTER_QUESTION = String.raw`(?<=\b${ESCALATOR_NOUN}\b[^?\n]{0,40}\?[^\S\n]*\n(?:[^\n]*\n){0,2}[^\S\n]*(?:<[^>\n]{1,30}>|[a-z][a-z .]{0,20}:)?[^\S\n]*)(?:(?:let'?s\s+)?(?:use|go\s+with|make\s+it|settle\s+on|take)|we'?ll\s+(?:use|take|sign\s+at))[^\S\n]+(?<value>\d(?:\.\d{1,2})?)(?![\d.])[^\S\n]*(?<unit>%|percent\b)?(?=[^\S\n]*(?:[.,;!\u2014\u2013-]|\n|$))`;

/**
 * "what escalator are buyers asking? / 2.5%, but we're modelling 2%", "buyers quote 2.5% bumps, but we're modelling 2%":
 * a figure quoted, then the one the company models after "but", which is read (only the "but" clause is matched, so that
 * it stands after the figure quoted, which a chat's answer may already have taken onto a line of its own). The escalator
 * is named before the figure quoted, or right after it.
 */
const QUOTED_BUT_MODELLED = String.raw`(?<=(?:\b${ESCALATOR_NOUN}(?![a-z])[\s\S]{0,160}?\d[^\S\n]*(?:%|percent|per[^\S\n]?cent)|\d[^\S\n]*(?:%|percent|per[^\S\n]?cent)[^\S\n]+${ESCALATOR_NOUN}(?![a-z]))(?:[^\S\n]*,?|[^\S\n]*\n(?:[a-z][a-z .]{0,20}:)?)[^\S\n]*)but[^\S\n]+(?:we(?:'re|\s+are|'ll|\s+will)|i'm|i\s+am)[^\S\n]+(?:modell?ing|using|assuming|going\s+with|planning\s+(?:on|for)|pencill?ing\s+in|underwriting)(?:[^\S\n]+(?:at|on|with))?[^\S\n]+${PERCENT}`;

/**
 * The rent escalators said as the rent rising, taken back, or settled in a chat: read before
 * the older escalator patterns, which would take the first figure alone. Each figure is in the `value` group.
 */
export const ESCALATORS_SAID_AS_RENT_RISING: readonly RegExp[] = [
  ESCALATOR_TAKEN_BACK,
  SETTLED_AFTER_QUESTION,
  QUOTED_BUT_MODELLED,
  RENT_RISING_A_YEAR,
  ...RENT_RAISED_EACH_YEAR,
].map((source) => new RegExp(source, 'g'));

/** A quick test for briefs that may hold one of the forms: a percentage, a key in percent, or a chat's escalator question. */
export const ESCALATOR_SAID_AS_RENT_RISING_WORD = /%|percent|per\s?cent|pct|\?\s*\n/;
