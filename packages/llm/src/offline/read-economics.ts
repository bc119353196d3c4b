import type { AccountingBasis, SelectionObjective } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { OFFLINE_SCENARIO_RULES } from './scenarios-from-spec.js';
import { decimalFromPercent, numberValue, WORD_NUMBER } from './written-numbers.js';

/** What a brief says about the program's economics: lease terms, escalators, reporting basis, tax, objective. */
export interface EconomicsReading {
  lease_term_years?: number;
  rent_escalator?: number;
  accounting_basis?: AccountingBasis;
  tax_rate?: number;
  objective?: SelectionObjective;
  /** Phrases read as economics but out of range (a 60-year lease), as written with why. */
  unrecognized: string[];
}

/** A lease term's years: a numeral or words ("ten year term", "twenty-five-year leases"). */
const NUMBER = `(\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;

/** "15-year leases", "a ten year term", "20-yr leaseback", "lease term of 12 years", "leases of 15 years". */
const LEASE_TERM = new RegExp(
  `\\b(?:${NUMBER}[\\s-]*(?:year|yr)s?[\\s-]+(?:(?:initial|base|lease|leaseback|triple[\\s-]net|nnn|absolute[\\s-]net)\\s+)*(?:lease(?:back)?s?|terms?)` +
    `|(?:lease(?:back)?\\s+)?terms?\\s+(?:of\\s+)?${NUMBER}\\s*(?:years?|yrs?)|lease(?:back)?s?\\s+(?:of|for)\\s+${NUMBER}\\s*(?:years?|yrs?))(?![a-z])`,
  'g',
);
/** "the leases were 10 years", "leases are 12 years", "with leases at 20 years". */
const LEASES_WERE = new RegExp(
  `\\blease(?:back)?s?\\s+(?:were|are|at|run(?:ning)?(?:\\s+for)?)\\s+${NUMBER}\\s*(?:years?|yrs?)(?![a-z])`,
  'g',
);
/**
 * "shorter leases", "short leases", "shorter lease terms": a relative term in a
 * conversation's what-if, read as the documented short term (see
 * `OFFLINE_SCENARIO_RULES.short_lease_term_years`) and said back in the reading's notes.
 */
const SHORTER_LEASES = /\b(?:shorter|short)\s+(?:lease(?:back)?\s+)?(?:leases|leasebacks|terms?|lease\s+terms?)(?![a-z])/g;

/** The term a conversation's "shorter leases" stands for: the one the generated "Short leases" what-if uses. */
const SHORT_LEASE_TERM_YEARS = OFFLINE_SCENARIO_RULES.short_lease_term_years;

/** "2% annual bumps", "2.5% rent escalators", "escalators of 3%", "rent growing 2% a year". */
const ESCALATOR = new RegExp(
  '\\b(?:(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:(?:annual|yearly|fixed|per\\s+year|a\\s+year|per\\s+annum|rent|rental)\\s+)*(?:bumps?|escalat(?:or|ors|ion|ions)|increases?|steps?|uplifts?)' +
    '|(?:rent(?:al)?\\s+)?(?:escalat(?:or|ors|ion|ions)|bumps?|uplifts?)\\s+(?:of\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*%(?:\\s+(?:a|per)\\s+year|\\s+annually)?' +
    '|rents?\\s+(?:growing|rising|escalating|increasing)\\s+(?:by\\s+|at\\s+)?(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:a\\s+year|per\\s+year|annually|per\\s+annum)?)(?![a-z])',
  'g',
);
/** "flat rent", "no escalators", "no bumps", "without escalation". */
const FLAT_RENT =
  /\b(?:flat\s+rents?|rents?\s+(?:stays?\s+)?flat|(?:no|without)\s+(?:rent\s+)?(?:escalat(?:or|ors|ion|ions)|bumps|increases|uplifts))(?![a-z])/g;
/** "we report under IFRS", "IFRS 16 reporter", "on an IFRS basis". */
const IFRS =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:an?\s+)?ifrs(?:\s*16)?(?:\s+basis)?|ifrs(?:\s*16)?(?:\s+(?:basis|reporter|reporting|accounts|view))?)(?![a-z0-9])/g;
/** "we report under US GAAP", "ASC 842". */
const US_GAAP =
  /\b(?:(?:we\s+)?(?:report|reports|reporting|are)\s+(?:under|on|in)\s+(?:us\s+|u\.s\.\s+)?gaap(?:\s+basis)?|(?:us|u\.s\.)\s+gaap(?:\s+basis)?|asc\s*842)(?![a-z0-9])/g;
/** "21% tax rate", "tax rate of 25%", "tax rate 21%", "taxed at 21%", "the tax charge on gains is 20%", "25% tax on the gain". */
const TAX_RATE = new RegExp(
  '\\b(?:(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:(?:cash|marginal|corporate|effective|capital[\\s-]gains?)\\s+)*tax(?:\\s+(?:rate|charge))?(?:\\s+on\\s+(?:the\\s+|any\\s+)?gains?)?' +
    '|(?:(?:cash|marginal|corporate|effective|capital[\\s-]gains?)\\s+)?tax(?:\\s+(?:rate|charge))?(?:\\s+on\\s+(?:the\\s+|any\\s+)?gains?(?:\\s+on\\s+sale)?)?\\s+(?:of\\s+|at\\s+|is\\s+|=\\s*|:\\s*)?(\\d+(?:\\.\\d+)?)\\s*%|taxed\\s+at\\s+(\\d+(?:\\.\\d+)?)\\s*%)(?![a-z])',
  'g',
);
/** "cheapest capital", "minimise our cost of capital", "lowest cost of funding", "least expensive capital", "minimising the NPV cost". */
const CHEAPEST_CAPITAL =
  /\b(?:(?:the\s+)?(?:cheapest|least\s+expensive|lowest[-\s]cost)\s+(?:(?:all-in\s+)?cost\s+of\s+)?(?:capital|money|funding|financing|source\s+of\s+(?:capital|funds|funding))|minimi[sz](?:e|es|ed|ing)\s+(?:(?:our|the)\s+)?(?:(?:all-in\s+)?cost\s+of\s+(?:capital|funding|financing)|npv\s+cost|capital\s+cost|cost\s+of\s+the\s+(?:capital|program|programme))|(?:lowest|least)\s+(?:all-in\s+)?cost\s+of\s+(?:capital|funding|financing))(?![a-z])/g;

/** Whole years, or null when the words are not a whole number. */
function yearsOf(text: string): number | null {
  const value = numberValue(text);
  return Number.isInteger(value) ? value : null;
}

/**
 * Reads lease terms, rent escalators, the reporting basis, a tax rate and the
 * "cheapest capital" objective, claiming what it reads. Runs before the
 * readers of amounts and covenants so that "2% bumps", "21% tax" and
 * "15-year" are never taken for a market share or a target. The last mention
 * of each wins (a correction); a figure out of range is reported, not used.
 * A conversation's message (`conversation` given) may also say "shorter
 * leases", read as the generated short-leases term with a note saying so.
 */
export function readEconomics(text: BriefText, conversation?: { readonly notes: string[] }): EconomicsReading {
  const reading: EconomicsReading = { unrecognized: [] };
  const claimAll = (pattern: RegExp, use: (match: RegExpExecArray) => void): void => {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      text.claim(match.index, end);
      use(match);
    }
  };
  const phrase = (match: RegExpExecArray): string => text.source.slice(match.index, match.index + match[0].length).trim();

  claimAll(LEASE_TERM, (match) => {
    const years = yearsOf(match[1] ?? match[2] ?? match[3] ?? '');
    if (years !== null && years >= 1 && years <= 50) reading.lease_term_years = years;
    else reading.unrecognized.push(`${phrase(match)} (a lease term must be a whole number of years from 1 to 50)`);
  });
  claimAll(LEASES_WERE, (match) => {
    const years = yearsOf(match[1] ?? '');
    if (years !== null && years >= 1 && years <= 50) reading.lease_term_years = years;
    else reading.unrecognized.push(`${phrase(match)} (a lease term must be a whole number of years from 1 to 50)`);
  });
  // Only a conversation compares with a program already in force; in a brief "short leases" has no reference.
  if (conversation !== undefined && reading.lease_term_years === undefined) {
    claimAll(SHORTER_LEASES, (match) => {
      reading.lease_term_years = SHORT_LEASE_TERM_YEARS;
      conversation.notes.push(`"${phrase(match)}" read as ${SHORT_LEASE_TERM_YEARS}-year leases`);
    });
  }
  claimAll(ESCALATOR, (match) => {
    const written = match[1] ?? match[2] ?? match[3] ?? '';
    const percent = Number(written);
    if (percent >= 0 && percent < 25) reading.rent_escalator = decimalFromPercent(written);
    else reading.unrecognized.push(`${phrase(match)} (a rent escalator must be at least 0% and below 25%)`);
  });
  claimAll(FLAT_RENT, () => {
    reading.rent_escalator = 0;
  });
  claimAll(TAX_RATE, (match) => {
    const written = match[1] ?? match[2] ?? match[3] ?? '';
    const percent = Number(written);
    if (percent >= 0 && percent <= 100) reading.tax_rate = decimalFromPercent(written);
    else reading.unrecognized.push(`${phrase(match)} (a tax rate must be between 0% and 100%)`);
  });
  const bases: { basis: AccountingBasis; start: number }[] = [];
  claimAll(US_GAAP, (match) => bases.push({ basis: 'us_gaap', start: match.index }));
  claimAll(IFRS, (match) => bases.push({ basis: 'ifrs16', start: match.index }));
  bases.sort((left, right) => left.start - right.start);
  const basis = bases[bases.length - 1]?.basis;
  if (basis !== undefined) reading.accounting_basis = basis;
  claimAll(CHEAPEST_CAPITAL, () => {
    reading.objective = 'min_npv_cost';
  });
  return reading;
}

/** The spec fields a reading of the economics gives. */
export interface EconomicsSpecFields {
  readonly objective?: SelectionObjective;
  readonly program_terms?: { lease_term_years?: number; rent_escalator?: number; accounting_basis?: AccountingBasis; tax_rate?: number };
  /** The strategy the objective needs, when it differs from what the brief said. */
  readonly strategy?: 'exact';
}

/**
 * Turns an economics reading into spec fields: `program_terms` for what the
 * brief states, and the `min_npv_cost` objective with the exact strategy it
 * needs. A brief that names the greedy rule and asks for the cheapest capital
 * keeps greedy and drops the objective, and says so in `assumptions`.
 */
export function economicsSpecFields(
  economics: Omit<EconomicsReading, 'unrecognized'> | undefined,
  strategy: 'greedy' | 'exact' | undefined,
  assumptions: string[],
): EconomicsSpecFields {
  if (economics === undefined) return {};
  const { objective, ...terms } = economics;
  const fields: { -readonly [Key in keyof EconomicsSpecFields]: EconomicsSpecFields[Key] } = {};
  if (Object.keys(terms).length > 0) fields.program_terms = { ...terms };
  if (objective === 'min_npv_cost') {
    if (strategy === 'greedy') {
      assumptions.push(
        'the brief asks for the cheapest capital and for the greedy rule; the cheapest-capital objective needs the exact strategy, so greedy was kept and the objective dropped',
      );
    } else {
      fields.objective = objective;
      if (strategy === undefined) {
        fields.strategy = 'exact';
        assumptions.push('cheapest capital read as the min_npv_cost objective, which uses the exact strategy');
      }
    }
  }
  return fields;
}
