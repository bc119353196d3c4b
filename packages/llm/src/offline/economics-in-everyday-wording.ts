import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A figure with a dollar sign or a money scale. */
const MONEY_FIGURE = new RegExp(String.raw`\$\s*\d|\d\s*(?:${MILLION_SCALE}|${BILLION_SCALE})\b`, 'i');

// Lease economics and the objective said in everyday words the economics readers do not know, restated in words they
// do: the set that just scrapes over the ask or comes closest above it, just enough to clear it, and what the money
// costs over the whole lease weighed to be cheapest; a tax rate someone reports, then the one to use ("the effective
// rate came in at 23% but use 25"), a tax on gains at a fraction ("at 0.21"), and a chat's tax question answered with a
// fraction; an escalator left hanging then given ("no escalator above... fine, use 2%"); an economics figure disowned
// in a bracket ("3% bumps (superseded)") or as unrelated; and a term answered under a time-stamped speaker, left bare
// in a brief of fragments, or given after a "Lease term:" label in a sentence of agreement. Each restatement keeps the
// figure as written.

/**
 * The ask, as what a set gets over: a pronoun, its name, or its figure. A figure a year, a multiple or a rent's ("$5M a
 * year", "3.5x") is another limit's, not the ask.
 */
const THE_ASK = String.raw`(?:it|that|(?:the\s+|our\s+)?(?:number|target|ask|figure|amount|goal)|(?:us\$|usd\s*|\$)\s*\d(?![\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s*(?:a\s+year|per\s+(?:year|annum)|annually|p\.?a\.?|x\b|of\s+(?:new\s+|added\s+)?rent)))`;

/**
 * An objective turned down before its words: "not the set nearest above the target", "rather than one that just
 * scrapes over it", "instead of just enough to clear it". Left to the readers of a turned-down objective.
 */
const NOT_TURNED_DOWN = String.raw`(?<!\b(?:not|rather\s+than|instead\s+of|never|avoid|no)\s+(?:(?:the|a|an|one|any)\s+)?(?:(?:set|mix|combination|option|one|plan|portfolio)\s+)?(?:(?:that|which)\s+)?)`;

/** What else may scrape over a figure: a rent, a ratio, a cost, a buyer's bid or a valuation. */
const NOT_THE_SALE = String.raw`(?<!\b(?:rents?|leverage|coverage|costs?|bids?|offers?|price|valuation|appraisal|ebitda)\s+(?:[a-z]+\s+)?)`;

/**
 * The set that only just gets over the ask, in words of effort: "just scrapes over $69M", "barely squeaks past the
 * target", "just edges above it". Restated "lands just over", which the objective readers know; a rent or a bid that
 * scrapes over a figure is left to them to refuse.
 */
const JUST_SCRAPES_OVER = new RegExp(
  String.raw`${NOT_THE_SALE}${NOT_TURNED_DOWN}\b(?:just|barely|only\s+just)\s+(?:scrapes?|scraping|squeaks?|squeaking|squeezes?|squeezing|edges?|edging|nudges?|nudging|creeps?|creeping)\s+(?:over|past|above|by)(?=\s+${THE_ASK})`,
  'gi',
);

/** The closest set above the ask: "closest above the target you can get", "nearest over $44M". "fit" is added. */
const CLOSEST_ABOVE = new RegExp(
  String.raw`${NOT_THE_SALE}${NOT_TURNED_DOWN}\b(?:closest|nearest)(?=\s+(?:above|over)\s+${THE_ASK})`,
  'gi',
);

/**
 * Just enough to clear the ask, said without the sale's verb: "Need $145M, just enough to clear it and no more". The
 * object must be the ask, so that "just enough to cover the debt" is no objective; a sale's verb before it is already
 * read.
 */
const JUST_ENOUGH_TO_CLEAR = new RegExp(
  String.raw`${NOT_TURNED_DOWN}(?<!\b(?:sells?|selling|raises?|raising|sold|raised)\s+(?:only\s+)?)\bjust\s+enough\s+to\s+(?:clear|cover|reach|hit|meet|top)(?=\s+${THE_ASK})`,
  'gi',
);

/**
 * What the money costs weighed over the whole lease: "weigh what the money costs over the whole lease", "look at what
 * the capital costs us over the life of the leases". Restated as the cost of capital minimised over the lease term
 * only where the sentence asks for the cheapest ("cheapest overall", "lowest", "least").
 */
const COST_OVER_THE_WHOLE_LEASE =
  /\b(?:weigh|consider|look\s+at|judge\s+(?:by|on)|count|compare)\s+(?:up\s+)?(?:what|how\s+much)\s+(?:the\s+)?(?:money|capital|financing|funding|cash|it|this|each\s+option)\s+(?:really\s+|actually\s+)?costs?\s+(?:us\s+)?over\s+the\s+(?:whole|full|entire|life\s+of\s+the|lives\s+of\s+the)\s+(?:lease|leases|lease\s+term|term)(?![a-z])/gi;

/** Words asking for the cheapest, which make a cost weighed over the lease the objective. */
const CHEAPEST = /\b(?:cheapest|lowest|least|smallest|minimi[sz]e|as\s+little)\b/i;

/**
 * A rate someone reports, then the one to use in the same breath: "last year's effective rate came in at 23% but use
 * 25", "our blended cash tax rate is closer to 18%, but use 21% here". The whole is restated as the tax rate to use;
 * only in a sentence that speaks of tax, and never when the figure to use is of another kind ("but use 3.5x").
 */
const RATE_REPORTED_BUT_USE =
  /\b(?:[a-z'\u2019]+\s+){0,4}?(?:rate|tax)\s+(?:is|was|came\s+in\s+at|comes\s+in\s+at|runs?\s+at|ran\s+at|sits?\s+at|is\s+closer\s+to|was\s+closer\s+to|closer\s+to|of|at)\s+(?:about\s+|around\s+|roughly\s+|closer\s+to\s+)?\d{1,2}(?:\.\d+)?\s*%[,;]?\s+but\s+(?:please\s+|do\s+|just\s+)?(?:use|model|assume|apply|take|go\s+with|stick\s+with|keep)\s+(?<rate>\d{1,2}(?:\.\d+)?)(?!\d|\.\d)(?:\s*%)?(?!\s*(?:x\b|m\b|mm\b|million|bn\b|years?|yrs?|y\b|\$))/gi;

/**
 * A tax on gains given at a fraction: "model the tax on gains at 0.21", "gains taxed at .24". The fraction is restated
 * as its percentage; a multiple, a score or a percentage after it is left alone.
 */
const TAX_AT_FRACTION =
  /(?<=\b(?:tax(?:ed|ing|es)?|gains?)\b[^.;\n%]{0,40}?\bat\s+)(?<rate>0?\.\d{1,3})(?![\d%x])(?!\s*(?:x\b|on\b|criticality|leaseability|or\s+(?:less|more|better|higher|lower)))/gi;

/**
 * A chat line's speaker with any role and time, before its colon: "Ari 8:46:", "Tess (CFO) 2:13 PM:", "[09:14] Lee:",
 * "J. Ortiz (Tax):".
 */
const SPEAKER = String.raw`[^\S\n]*(?:\[[^\]\n]{1,20}\][^\S\n]*)?[A-Za-z][\w.'-]{0,20}(?:[^\S\n]+[A-Z][\w.'-]{0,20})?(?:[^\S\n]*\([^)\n]{1,30}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*`;

/** A chat question on the tax rate: "tax rate we should use?", "what tax rate?", "tax?". */
const TAX_QUESTION = /\btax\b[^?\n]{0,40}\?[^\S\n]*$/i;

/**
 * An answer that is a rate alone, as a fraction or a percentage: "Ari 8:46: 0.24", "Sal: use .25", "Bo (Tax) 9:02 AM:
 * 27%". The fraction or the percentage in its group.
 */
const RATE_ANSWER = new RegExp(
  String.raw`^${SPEAKER}(?:(?:ok(?:ay)?|yes|sure)[,.]?[^\S\n]+)?(?:(?:use|say|go\s+with|assume)[^\S\n]+)?(?:(?<fraction>0?\.\d{1,3})(?![\d%x])|(?<percent>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*%)[^\S\n]*[.!]?[^\S\n]*$`,
  'i',
);

/**
 * A chat question on the lease term: "term?", "lease term?", "how many years on the leases?", "how long are the
 * leases?". How long something else lasts ("how long have we owned them?") is no term.
 */
const TERM_QUESTION =
  /\b(?:terms?|tenors?|lease\s+length|how\s+many\s+years\s+(?:on|for)\s+(?:the\s+)?leases?|how\s+long\s+(?:are|is|will|should|do)\s+(?:the\s+)?(?:leases?|terms?))\b[^?\n]{0,30}\?[^\S\n]*$/i;

/** An answer that is years alone: "Tess (CFO) 2:13 PM: 20 years". The years in their group. */
const YEARS_ANSWER = new RegExp(
  String.raw`^${SPEAKER}(?:(?:ok(?:ay)?|yes|sure)[,.]?[^\S\n]+)?(?:(?:use|say|go\s+with|assume)[^\S\n]+)?(?<years>\d{1,2})[^\S\n]*(?:years?|yrs?)[^\S\n]*[.!]?[^\S\n]*$`,
  'i',
);

/**
 * An escalator left hanging, then given: "no escalator above... fine, use 2%", "an escalator of... ok, say 2.5%". The
 * whole is restated as the escalator given; the trailing-off words before it ask for nothing.
 */
const ESCALATOR_TRAILING_OFF =
  /\b(?:(?:no|an?|any|the)\s+)?(?:rent\s+)?(?:escalators?|escalations?|bumps?)\s*(?:above|over|higher\s+than|more\s+than|of|at|beyond)?\s*(?:\.{2,}|\u2026)\s*(?:(?:fine|ok(?:ay)?|well|alright|hmm+|actually|never\s+mind|whatever)[,.!]?\s+)*(?:just\s+)?(?:use|make\s+it|say|go\s+with|let['\u2019]?s\s+(?:say|use)|call\s+it|take)\s+(?<rate>\d{1,2}(?:\.\d+)?)\s*%/gi;

/**
 * A bracketed reaction that disowns the economics figure just before it: "3% bumps (superseded)", "20-year term
 * (withdrawn)", "2.5% escalator (not ours)". Restated as a reaction in the same sentence (", superseded"), which the
 * disowned-economics reader knows; a figure of another kind keeps its bracket.
 */
const BRACKETED_REACTION =
  /(?<=(?:\d\s*(?:%|percent|per\s*cent)|\d[\s-]*(?:years?|yrs?))[^()\n.;]{0,25}?)[^\S\n]*\((?:superseded|withdrawn|dropped|scrapped|rejected|outdated|obsolete|replaced|not\s+ours|not\s+relevant|not\s+used|not\s+adopted|no\s+longer\s+(?:valid|current|used|applies))\)/gi;

/**
 * A figure called unrelated in the same sentence: "a 4% increase, which is annoying but unrelated", "that 3% is beside
 * the point". Restated "not relevant", which the disowned-economics reader knows; only a word standing as the
 * reaction, never "an unrelated building".
 */
const CALLED_UNRELATED =
  /(?<=\d\s*(?:%|percent|per\s*cent)[^.;\n]{0,60}?(?:\b(?:is|are|was|were|but|and)|['\u2019]s|,|[-\u2013\u2014])\s+)(?:(?:totally|completely|entirely|quite)\s+)?(?:unrelated|beside\s+the\s+point|a\s+separate\s+(?:matter|issue|story))(?=\s*(?:[.;!)]|$|\n|\s+(?:to|for)\s+(?:this|us|the\s+(?:sale|deal|program|run))\b))/gi;

/**
 * A term given after a "Lease term:" label in a sentence of agreement: "Lease term: we've negotiated 18 years with the
 * buyer", "Term: the buyer agreed 15 years". The years are restated as the leases' term; words of doubt or refusal in
 * between ("not", "maybe") leave it alone.
 */
const LABELLED_TERM_AGREED =
  /(?<=(?:^|\n|[.;]\s)[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:lease\s+(?:term|length|tenor)|term)[^\S\n]*:[^\S\n]*(?:we['\u2019]ve|we\s+have|we|they['\u2019]ve|they\s+have|they|the\s+(?:buyer|investor|landlord)(?:\s+has)?)[^\S\n]+(?:negotiated|agreed(?:\s+on|\s+to)?|settled\s+on|landed\s+on|locked\s+in|signed\s+up\s+for|gone\s+with|went\s+with|chosen|chose|picked|fixed)[^\S\n]+)(?<years>\d{1,2})[\s-]*(?:years?|yrs?)(?![a-z-])/gi;

/**
 * A term left bare as a fragment of a brief written in fragments: "Warehouses, Dallas. $20M. 15 years.". Only in a
 * short brief with an amount, and only at the lengths leasebacks are written for, so that a horizon ("3 years") or a
 * sentence about time is not read.
 */
const FRAGMENT_TERM = /(?<=(?:^|[.;]\s+|\n)[^\S\n]*)(?<years>\d{1,2})[^\S\n]*(?:years?|yrs?)(?=[^\S\n]*(?:[.;!]|\n|$))/gi;

/** Words of time that make years in a brief something else than a lease term: a horizon, an age, a date. */
const TIME_WORDS = /\b(?:within|over|horizon|payback|ago|old|since|next|past|last|by|until|hold|holding|exit|loan|debt|bond|notes?)\b/i;

/** A fraction as its percentage's number: "0.24" as "24", "0.255" as "25.5". */
function percentOf(fraction: string): string {
  return String(Math.round(Number(fraction) * 100000) / 1000);
}

/** The lines of `text` with where each starts. */
function linesOf(text: string): { start: number; line: string }[] {
  const lines: { start: number; line: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, line });
    start += line.length + 1;
  }
  return lines;
}

/**
 * The edits restating lease economics and the objective said in everyday words into the words the economics readers
 * know; none for a brief without them. Edits never overlap: the first form to take a span keeps it.
 */
export function economicsInEverydayWording(text: string): TextEdit[] {
  const { edits, add } = nonOverlappingEdits();
  const sentenceOf = (position: number): string => {
    const before =
      text
        .slice(0, position)
        .split(/[.!?\n](?=\s|$)/)
        .pop() ?? '';
    const after = text.slice(position).split(/[.!?\n](?=\s|$)/)[0] ?? '';
    return before + after;
  };
  for (const match of text.matchAll(JUST_SCRAPES_OVER)) add(match.index, match.index + match[0].length, 'lands just over');
  for (const match of text.matchAll(CLOSEST_ABOVE)) add(match.index, match.index + match[0].length, `${match[0]} fit`);
  for (const match of text.matchAll(JUST_ENOUGH_TO_CLEAR)) add(match.index, match.index + match[0].length, `selling ${match[0]}`);
  for (const match of text.matchAll(COST_OVER_THE_WHOLE_LEASE))
    if (CHEAPEST.test(sentenceOf(match.index)))
      add(match.index, match.index + match[0].length, 'minimize the cost of capital over the lease term');
  for (const match of text.matchAll(RATE_REPORTED_BUT_USE)) {
    const rate = Number(match.groups?.['rate']);
    if (/\btax/i.test(sentenceOf(match.index)) && rate > 0 && rate < 60)
      add(match.index, match.index + match[0].length, `tax rate ${match.groups?.['rate']}%`);
  }
  for (const match of text.matchAll(TAX_AT_FRACTION)) {
    const rate = Number(match.groups?.['rate']);
    if (rate > 0 && rate < 0.6) add(match.index, match.index + match[0].length, `${percentOf(match.groups?.['rate'] ?? '')}%`);
  }
  const lines = linesOf(text);
  lines.forEach(({ start, line }, index) => {
    const asked = lines
      .slice(0, index)
      .reverse()
      .find((previous) => previous.line.trim() !== '')?.line;
    if (asked === undefined) return;
    // The answer is restated as a tax rate, whoever speaks and however the line is stamped.
    const answer = TAX_QUESTION.test(asked) ? RATE_ANSWER.exec(line)?.groups : undefined;
    const written = answer?.['fraction'] ?? answer?.['percent'];
    const percent = answer?.['fraction'] === undefined ? Number(written) : Number(written) * 100;
    if (written !== undefined && percent > 0 && percent < 60) {
      const at = start + line.lastIndexOf(written);
      add(at, start + line.trimEnd().length, `tax rate ${answer?.['fraction'] === undefined ? written : percentOf(written)}%`);
    }
    const term = TERM_QUESTION.test(asked) ? YEARS_ANSWER.exec(line) : null;
    const years = term?.groups?.['years'];
    if (term !== null && years !== undefined && Number(years) >= 5 && Number(years) <= 40) {
      const at = start + line.lastIndexOf(years);
      add(at, start + line.trimEnd().replace(/[.!]$/, '').length, `${years}-year leases`);
    }
  });
  for (const match of text.matchAll(ESCALATOR_TRAILING_OFF))
    if (Number(match.groups?.['rate']) < 25) add(match.index, match.index + match[0].length, `escalator ${match.groups?.['rate']}%`);
  for (const match of text.matchAll(BRACKETED_REACTION)) add(match.index, match.index + match[0].length, ', superseded');
  for (const match of text.matchAll(CALLED_UNRELATED)) add(match.index, match.index + match[0].length, 'not relevant');
  for (const match of text.matchAll(LABELLED_TERM_AGREED)) {
    const years = Number(match.groups?.['years']);
    if (years >= 1 && years <= 50) add(match.index, match.index + match[0].length, `${years}-year leases`);
  }
  // A brief of fragments: short, with an amount, and no word that makes years a horizon or an age.
  if (text.length <= 120 && MONEY_FIGURE.test(text) && !TIME_WORDS.test(text))
    for (const match of text.matchAll(FRAGMENT_TERM)) {
      const years = Number(match.groups?.['years']);
      if (years >= 10 && years <= 30) add(match.index, match.index + match[0].length, `${years}-year leases`);
    }
  return edits;
}
