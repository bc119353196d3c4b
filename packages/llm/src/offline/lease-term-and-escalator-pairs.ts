import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { WORD_NUMBER, wordNumberValue } from './written-numbers.js';

// The lease term and the escalator said together as a bare pair, restated in the words the economics readers know:
// "15 years, 2.5% a year" (the years first, then the yearly rise), "Twelve years, 1.5% bumps", "2% / 15y" (a note's
// slash between the rise and the years), leases taken at a rise ("20y leases at 2.5%"), a row labelled with both
// ("Lease term / escalator | 20 yrs / 2.5%"), the years a yearly rise runs over ("rent growing 2.5% a year over
// fifteen years"), and a term corrected in passing ("lease term 15 not 25"). Neither figure
// names its setting, but together a count of years and a yearly percentage are the leases' length and their rise.

/** A count of years in numerals or words: "15", "twelve". */
const YEAR_COUNT = String.raw`(?<years>\d{1,2}|${WORD_NUMBER})`;
/** A yearly rise: "2.5%". */
const RATE = String.raw`(?<rate>\d(?:\.\d{1,2})?)\s*%`;
/** Words after a rate that make it a yearly rise: "a year", "p.a.", "bumps", "annual increases". */
const YEARLY = String.raw`(?:a\s+year|per\s+(?:year|annum)|p\.?\s?a\.?|annually|(?:annual\s+|yearly\s+)?(?:bumps?|escalat(?:or|ors|ion|ions)|increases?|steps?|uplifts?|rises?))(?![a-z])`;

/**
 * The years, then the yearly rise, with only a comma, "and" or "with" between: "15 years, 2.5% a year", "Twelve years,
 * 1.5% bumps", "20 years and 2% annual increases". A sum or a share between ("15 years, $4M a year") is another thing,
 * and "make it 12 years" is left to the term readers, which do not take it as the term.
 */
const YEARS_THEN_RISE = new RegExp(
  String.raw`(?<![\d.$])(?<!\bmake\s+it\s+)\b${YEAR_COUNT}[-\s]+(?:years?|yrs?)(?![a-z])\s*(?:,|;|and|with|w\/)\s*${RATE}\s+${YEARLY}`,
  'gi',
);

/**
 * A note's item that is nothing but a count of years and a small percentage: "- 10y, 2%", "15 yrs; 2.5%". The line holds
 * nothing else, so the pair is the leases' length and rise; "15 years, 6%" (a yield, a share) is not read, nor a pair
 * inside a sentence ("over 15 years, 2% of the sites").
 */
const NOTE_YEARS_AND_RISE =
  /(?<=(?:^|\n)[^\S\n]*(?:[-*\u2022][^\S\n]*)?)(?<noteYears>\d{1,2})[^\S\n]*(?:y|yrs?|years?)(?![a-z])[^\S\n]*[,;/][^\S\n]*(?<noteRate>[0-4](?:\.\d{1,2})?|5(?:\.0+)?)[^\S\n]*%(?=[^\S\n]*(?:\n|$))/gi;

/**
 * The rise, a slash, then the years with their unit: "2% / 15y", "2.5%/20 yrs", as a chat answers "escalator / term?".
 */
const RISE_SLASH_YEARS = new RegExp(String.raw`(?<![\d.])${RATE}\s*\/\s*(?<slashYears>\d{1,2})\s*(?:y|yrs?|years?)(?![a-z])`, 'gi');

/**
 * Leases of a count of years taken at a small yearly rise: "20y leases at 2.5%", "15-year leases at 2% a year", a
 * note's "15y leases @ 2.25%". A rise
 * is at most 5%, and nothing may follow it but the clause's end or a yearly word, so that "15-year leases at 6.5% cap
 * rates" (a buyer's yield) is left alone.
 */
const LEASES_AT_RISE = new RegExp(
  String.raw`(?<![\d.$])\b(?<leaseYears>\d{1,2})[-\s]*(?:y|yrs?|years?|year)(?![a-z])[-\s]+(?:lease|leases|leaseback|leasebacks)\s*(?:\bat\s+|@\s*)(?<leaseRate>[0-4](?:\.\d{1,2})?|5(?:\.0+)?)\s*%(?=\s*(?:[.,;)\n]|$)|\s+${YEARLY})`,
  'gi',
);

/**
 * A row labelled with both settings, its two values split the same way: "Lease term / escalator | 20 yrs / 2.5%",
 * "Term / escalator: 15y / 2%". The label says which value is which.
 */
const TERM_AND_RISE_ROW =
  /\b(?:lease\s+)?term\s*\/\s*(?:rent\s+)?escalat(?:or|ors|ion)[^\S\n]*[:|=][^\S\n]*(?<rowYears>\d{1,2})[^\S\n]*(?:y|yrs?|years?)[^\S\n]*\/[^\S\n]*(?<rowRate>\d(?:\.\d{1,2})?)[^\S\n]*%/gi;

/**
 * A lease term corrected in passing: "lease term 15 not 25", "term should be 20, not 15 years". The first figure is the
 * one meant; the one set aside is dropped.
 */
const TERM_NOT_ANOTHER =
  /\b(?<label>lease\s+term|term)\s+(?:should\s+be\s+|is\s+|of\s+)?(?<meant>\d{1,2})(?:\s*(?:years?|yrs?|y))?,?\s+not\s+(?:the\s+)?\d{1,2}(?:\s*(?:years?|yrs?|y))?(?!\d|\.\d|[a-z])/gi;

/**
 * The rent or the leases rising by a yearly rate over a count of years: "the rent growing 2.5% a year over fifteen
 * years", "leases stepping up 2% annually for 12 years". The years after the rise are the leases' length; only they are
 * restated, the rise is left to the escalator readers. A span of the past ("over the past five years") is none.
 */
const RISE_OVER_YEARS = new RegExp(
  String.raw`(?<=\b(?:rent|rents|leases?|escalators?)\b[^.;!?\n]{0,40}?(?<![\d.])\d(?:\.\d{1,2})?\s*%\s+${YEARLY})\s+(?:over|for|across)\s+(?:the\s+next\s+|a\s+)?${YEAR_COUNT}[-\s]+years?(?![a-z])(?!\s+(?:ago|of)\b)`,
  'gi',
);

/** A count of years as a numeral ("twelve" as "12"), or undefined when the words are no number of years. */
function yearsNumeral(written: string): string | undefined {
  const value = /^\d+$/.test(written) ? Number(written) : wordNumberValue(written.replace(/-/g, ' '));
  return Number.isInteger(value) && value >= 1 && value <= 99 ? String(value) : undefined;
}

/**
 * The edits restating a bare pair of years and yearly rise as "lease term N years, rent escalator R%", and a corrected
 * term as the term meant; none for a brief without them.
 */
export function leaseTermAndEscalatorPairRestatements(text: string): TextEdit[] {
  if (!/\d\s*%|\bnot\b/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(YEARS_THEN_RISE)) {
    const years = yearsNumeral(match.groups?.['years'] ?? '');
    if (years === undefined) continue;
    add(match.index, match.index + match[0].length, `lease term ${years} years, rent escalator ${match.groups?.['rate']}%`);
  }
  for (const match of text.matchAll(RISE_SLASH_YEARS))
    add(
      match.index,
      match.index + match[0].length,
      `rent escalator ${match.groups?.['rate']}%, lease term ${match.groups?.['slashYears']} years`,
    );
  for (const match of text.matchAll(LEASES_AT_RISE))
    add(
      match.index,
      match.index + match[0].length,
      `lease term ${match.groups?.['leaseYears']} years, rent escalator ${match.groups?.['leaseRate']}%`,
    );
  for (const match of text.matchAll(NOTE_YEARS_AND_RISE))
    add(
      match.index,
      match.index + match[0].length,
      `lease term ${match.groups?.['noteYears']} years, rent escalator ${match.groups?.['noteRate']}%`,
    );
  for (const match of text.matchAll(TERM_AND_RISE_ROW))
    add(
      match.index,
      match.index + match[0].length,
      `lease term ${match.groups?.['rowYears']} years, rent escalator ${match.groups?.['rowRate']}%`,
    );
  for (const match of text.matchAll(RISE_OVER_YEARS)) {
    const years = yearsNumeral(match.groups?.['years'] ?? '');
    if (years !== undefined) add(match.index, match.index + match[0].length, `, lease term ${years} years`);
  }
  for (const match of text.matchAll(TERM_NOT_ANOTHER))
    add(match.index, match.index + match[0].length, `lease term ${match.groups?.['meant']} years`);
  return edits;
}
