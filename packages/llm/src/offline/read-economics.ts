import type { AccountingBasis, SelectionObjective } from '@leaseback/domain';
import { readObjective } from './read-objective.js';
import { inQuotedLine, preferReply, quotedLines } from './reply-above-quoted-message.js';
import { quotedOrEarlierLines } from './older-messages-below-reply.js';
import type { BriefText } from './brief-text.js';
import { decimalFromPercent, numberValue } from './written-numbers.js';
import {
  LEASE_TERM,
  LEASES_WERE,
  LEASEBACK_CONTEXT,
  SHORTER_LEASES,
  SHORT_LEASE_TERM_YEARS,
  TERSE_LIST_TERM,
  ESCALATOR,
  ESCALATOR_BASIS_POINTS,
  ESCALATOR_FRACTION,
  ESCALATOR_SETTLED_IN_THREAD,
  FLAT_RENT,
  TURNED_DOWN,
  UNDECIDED_BASIS,
  IFRS,
  US_GAAP,
  TERM_ASKED_BEFORE,
  TERM_CORRECTION,
} from './economics-wording.js';
import { TAX_RATE, TAX_RATE_BARE, TAX_RATE_FRACTION, TAX_RATE_LOOSE } from './stated-tax-rates.js';
import { LEASE_TERM_IDIOM } from './lease-term-idioms.js';
import { TERM_ANSWERED_IN_THREAD, TERM_SETTLED_ON_NEXT_LINE } from './thread-term-answers.js';
import { ESCALATOR_ANSWERED_IN_THREAD } from './thread-escalator-answers.js';
import {
  ESCALATOR_SAID_AS_RENT_RISING_WORD,
  ESCALATORS_SAID_AS_RENT_RISING,
  readEscalatorsAgreedAfterProposal,
} from './escalators-said-as-rent-rising.js';
import { PAST_DEAL_ESCALATOR, PAST_DEAL_TERM, TERM_MENTIONED_THEN_DECIDED } from './past-deal-economics.js';
import { TERM_IN_WORDS_AND_FIGURES } from './term-in-words-and-figures.js';
import { AFTER_TAX_AT_RATE, BASIS_SET_AGAINST, NO_YEARLY_INCREASE, TERM_NOT_COMMITTED_TO } from './refused-and-flat-economics-wording.js';
import { termsSettledAfterSo } from './term-settled-after-so.js';
import { BASIS_ASKED_AND_REFUSED, GAAP_FOR_THIS_ONE, untickedBases } from './plain-basis-wording.js';
import {
  ESCALATOR_MORE,
  TERM_BY_NET_LEASE_OR_RUN_AT,
  TERM_LABELLED_OR_LEASES_FOR,
  TERM_SIGNED_AT_MOST,
  TERM_WITH_UNIT_LABEL,
} from './escalator-and-term-wording.js';
import { ESCALATOR_REVISED, LEASE_TERM_REVISED, TAX_RATE_REVISED } from './revised-economics.js';
import { disownedEconomics } from './dismissed-economics-mentions.js';
import { SET_ASIDE_BASIS, SET_ASIDE_TERM, basisAsides, dismissedQuestions, settingsLeftAsTheyAre } from './set-aside-economics.js';
import { ESCALATOR_RESOLVED, ESCALATOR_RESOLVED_WORD, TERM_RESOLVED } from './resolved-economics-wording.js';
import {
  ESCALATOR_ARROW_REVISED,
  ESCALATOR_COUNTERED,
  ESCALATOR_RANGE_THEN_CHOSEN,
  RENT_ADJUSTMENT_LABEL,
  RENT_ADJUSTMENT_WORD,
  RENT_RISE_CAPPED,
  RENT_RISE_MODELLED_AT,
  RENT_THEN_ESCALATING,
} from './rent-adjustment-wording.js';
import { TAX_RATE_DESCRIBED, TAX_WORD } from './tax-rate-wording.js';
import {
  PERCENT_AS_THE_TAX,
  RATE_FOR_THIS_YEAR,
  TAX_FIGURE_LABEL_WORD,
  SCANNED_TAX_LABEL,
  TAX_LABEL_WITH_NOTE,
  TAX_RATE_FLAG,
  TAX_RATES_ADDED_UP,
} from './tax-figure-labels.js';
import {
  APPLIED_PERCENT,
  GAIN_TAX_WORD,
  TAX_ON_GAINS,
  TAX_RATE_KEY,
  TAX_SENSITIVITY,
  TAX_SENSITIVITY_WORD,
  JUDGED_RATE_WORD,
  TAX_RATE_UNDERSTATED,
  taxSubjectBefore,
} from './gain-tax-wording.js';
import {
  ESCALATION_WORD,
  ESCALATOR_AFTER_HESITATION,
  ESCALATOR_ANSWERED_ON_NEXT_LINE,
  ESCALATOR_BARE,
  TAX_RATE_ANSWERED_ON_NEXT_LINE,
  HEARD_US_GAAP,
  NEW_LEASES_AT,
  SPELLED_IFRS,
  TAX_RATE_HEARD_FOR_FOUR,
  TAX_RATE_WITH_STATE,
  TERM_AFTER_HESITATION,
  TERM_TURNED_DOWN,
  TERM_FLOATED_THEN_CHOSEN,
  tensAndFour,
} from './dictated-economics-wording.js';

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

/** A percent sign or word ("percent", "per cent", "pct"): what every percentage written out has. */
const PERCENTAGE = /%|per\s*cent|pct/;

/** A percentage's number as a numeral: "twenty-one" becomes "21"; a numeral stays as written. */
function percentWritten(written: string): string {
  return /^\d/.test(written) ? written : String(numberValue(written));
}

/** The figure a revision settles on: the last group of a `revised-economics.ts` pattern that matched. */
function revisedFigure(match: RegExpExecArray): string {
  return (
    match
      .slice(1)
      .filter((group) => group !== undefined)
      .pop() ?? ''
  );
}

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
  // A figure in a question the brief sets aside at once is claimed and read as nothing.
  // So is a setting weighed and left as it is ("we discussed 25-year leases; we'll stay at the default").
  const dismissed = [...dismissedQuestions(text.lower), ...settingsLeftAsTheyAre(text.lower)];
  const claimAll = (pattern: RegExp, use: (match: RegExpExecArray) => void): void => {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      text.claim(match.index, end);
      if (!dismissed.some((span) => span.start <= match.index && end <= span.end)) use(match);
    }
  };
  // "3% bumps; we told him no": not kept.
  const kept = disownedEconomics(text.lower);
  const phrase = (match: RegExpExecArray): string => text.source.slice(match.index, match.index + match[0].length).trim();
  // Lines quoted from an earlier message below a reply, or the older messages of a chain written newest first: a setting
  // the reply states wins over a quoted one.
  const quoted = quotedOrEarlierLines(text.source);
  let termInReply = false;
  const keepTerm = (years: number, position: number): void => {
    if (!kept([{ start: position }])[0]) return;
    const quotedHere = inQuotedLine(position, quoted);
    if (quotedHere && termInReply) return;
    reading.lease_term_years = years;
    termInReply = !quotedHere;
  };
  // A term is 1 to 50 whole years.
  const termOf = (figure: string | undefined, position: number): void => {
    const years = yearsOf(figure ?? '');
    if (years !== null && years >= 1 && years <= 50) keepTerm(years, position);
  };

  // Escalators and flat rent in text order, so that the last mention wins whichever form it takes. A past deal's is
  // background; an escalator question's answer is read before the term readers, which would take "3% a year" as years.
  const escalators: { value: number; start: number }[] = [];
  claimAll(PAST_DEAL_ESCALATOR, () => undefined);
  // A bare answer without its sign is a percentage only up to 5.
  if (text.lower.includes('\n'))
    claimAll(ESCALATOR_ANSWERED_IN_THREAD, (match) => {
      if (match[2] !== undefined || Number(match[1]) <= 5)
        escalators.push({ value: decimalFromPercent(match[1] ?? ''), start: match.index });
    });
  // "3% bumps; we agreed 2.25%", "rent to creep up 1.5% a year": before the older forms take a figure alone.
  if (ESCALATOR_SAID_AS_RENT_RISING_WORD.test(text.lower)) {
    escalators.push(...readEscalatorsAgreedAfterProposal(text));
    for (const form of ESCALATORS_SAID_AS_RENT_RISING)
      claimAll(form, (match) => {
        const percent = Number(match.groups?.['value']);
        if (percent < 25 && (match.groups?.['unit'] !== undefined || percent <= 5))
          escalators.push({ value: decimalFromPercent(String(percent)), start: match.index });
      });
  }
  // Before the terms set aside, which would take the one mentioned and leave the decided one bare.
  claimAll(TERM_MENTIONED_THEN_DECIDED, (match) => termOf(match[1], match.index));
  // Claimed first and used for nothing: a term asked about and not decided, an earlier draft's dropped term, a past deal's.
  claimAll(SET_ASIDE_TERM, () => undefined);
  claimAll(TERM_TURNED_DOWN, () => undefined);
  claimAll(TERM_NOT_COMMITTED_TO, () => undefined);
  claimAll(PAST_DEAL_TERM, () => undefined);
  claimAll(TERM_FLOATED_THEN_CHOSEN, (match) => termOf(match[2], match.index));
  // "RESOLVED that the lease term be 25 years", "Q: What lease term is assumed? / A: 25 years".
  claimAll(TERM_RESOLVED, (match) => termOf(match[1] ?? match[2] ?? match[3] ?? match[4], match.index));
  if (text.lower.includes('?\n')) claimAll(TERM_ANSWERED_IN_THREAD, (match) => termOf(match[1], match.index));
  if (text.lower.includes('term)')) claimAll(TERM_IN_WORDS_AND_FIGURES, (match) => termOf(match[1], match.index));
  // Only a brief with a word of correction or "but" can revise a term in the same breath.
  if (/\b(?:actually|correction|sorry|wait|but)\b/.test(text.lower))
    claimAll(LEASE_TERM_REVISED, (match) => {
      const years = yearsOf(revisedFigure(match));
      if (years !== null && years >= 1 && years <= 50) keepTerm(years, match.index);
      else reading.unrecognized.push(`${phrase(match)} (a lease term must be a whole number of years from 1 to 50)`);
    });
  for (const settled of termsSettledAfterSo(text)) termOf(settled.years, settled.start);
  claimAll(LEASE_TERM, (match) => {
    const years = yearsOf(match.slice(1).find((group) => group !== undefined) ?? '');
    if (years !== null && years >= 1 && years <= 50) keepTerm(years, match.index);
    else reading.unrecognized.push(`${phrase(match)} (a lease term must be a whole number of years from 1 to 50)`);
  });
  claimAll(TERM_WITH_UNIT_LABEL, (match) => termOf(match[1] ?? match[2], match.index));
  claimAll(TERM_AFTER_HESITATION, (match) => termOf(match[1], match.index));
  claimAll(LEASES_WERE, (match) => {
    const years = yearsOf(match[1] ?? '');
    if (years !== null && years >= 1 && years <= 50) keepTerm(years, match.index);
    else reading.unrecognized.push(`${phrase(match)} (a lease term must be a whole number of years from 1 to 50)`);
  });
  claimAll(TERM_BY_NET_LEASE_OR_RUN_AT, (match) => termOf(match[1] ?? match[2], match.index));
  claimAll(TERM_LABELLED_OR_LEASES_FOR, (match) => termOf(match[1] ?? match[2] ?? match[3], match.index));
  // "the lease is 15 years", "15 years of term": only where no other form read a term.
  if (reading.lease_term_years === undefined)
    claimAll(LEASE_TERM_IDIOM, (match) =>
      termOf(
        match.slice(1).find((group) => group !== undefined),
        match.index,
      ),
    );
  // A term corrected right after it was asked about ("5-year leases? No - make it 7 years") replaces it.
  // Tested before claiming, so that "make it 7 years" said of anything else is left to the other readers.
  for (const match of text.freeMatches(TERM_CORRECTION)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    if (!TERM_ASKED_BEFORE.test(text.source.slice(Math.max(0, match.index - 60), match.index))) continue;
    const years = yearsOf(match.slice(1).find((group) => group !== undefined) ?? '');
    if (years === null || years < 1 || years > 50) continue;
    text.claim(match.index, end);
    keepTerm(years, match.index);
  }
  // "And the lease term - last time we modelled twelve years." then "GRACE: Use fifteen.": the answer, read after the
  // forms that read a term stated above it, so that it replaces that term.
  if (text.lower.includes(':')) claimAll(TERM_SETTLED_ON_NEXT_LINE, (match) => termOf(match[1], match.index));
  // Read after every other form, so that the longest term signed wins over the one offered before it.
  claimAll(TERM_SIGNED_AT_MOST, (match) => {
    const years = Number(match[1]);
    if (years >= 1 && years <= 50) keepTerm(years, match.index);
  });
  if (reading.lease_term_years === undefined) {
    // Without a word of leases, only the shorthand of a term sheet ("amt $25m, retail only, 10y", "20yr") in the span
    // leasebacks are written for is read: "Raise $40M, 10 years" may be a horizon, and "3y" a short one.
    const leaseback = LEASEBACK_CONTEXT.test(text.lower);
    for (const match of text.freeMatches(TERSE_LIST_TERM)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      const years = yearsOf(match[1] ?? '');
      if (!leaseback && (years === null || /year/.test(match[0]) || years < 10 || years > 30)) continue;
      text.claim(match.index, end);
      termOf(match[1], match.index);
    }
  }
  // Only a conversation compares with a program already in force; in a brief "short leases" has no reference.
  if (conversation !== undefined && reading.lease_term_years === undefined) {
    claimAll(SHORTER_LEASES, (match) => {
      reading.lease_term_years = SHORT_LEASE_TERM_YEARS;
      conversation.notes.push(`"${phrase(match)}" read as ${SHORT_LEASE_TERM_YEARS}-year leases`);
    });
  }
  // The revised figure counts from where the old one stood, so that a later escalator still wins. Most briefs say
  // none of "but", "now" or "from", and skip the scan.
  if (/\b(?:but|now|from)\b/.test(text.lower))
    claimAll(ESCALATOR_REVISED, (match) => {
      const written = percentWritten(revisedFigure(match));
      if (Number(written) >= 0 && Number(written) < 25) escalators.push({ value: decimalFromPercent(written), start: match.index });
      else reading.unrecognized.push(`${phrase(match)} (a rent escalator must be at least 0% and below 25%)`);
    });
  // Read before the older patterns take the old or pitched figure alone; the revised or countered figure is the last group.
  if (RENT_ADJUSTMENT_WORD.test(text.lower) && PERCENTAGE.test(text.lower))
    for (const form of [
      ESCALATOR_ARROW_REVISED,
      ESCALATOR_COUNTERED,
      ESCALATOR_RANGE_THEN_CHOSEN,
      RENT_RISE_MODELLED_AT,
      RENT_ADJUSTMENT_LABEL,
      RENT_THEN_ESCALATING,
      RENT_RISE_CAPPED,
    ])
      claimAll(form, (match) => {
        const percent = Number(percentWritten(revisedFigure(match)));
        if (percent >= 0 && percent < 25) escalators.push({ value: decimalFromPercent(String(percent)), start: match.index });
      });
  // Counted from the settling line, where the figure is.
  const thread = text.lower.includes('?') && text.lower.includes('\n') && text.lower.includes(':');
  if (thread)
    claimAll(ESCALATOR_SETTLED_IN_THREAD, (match) => {
      escalators.push({ value: decimalFromPercent(match[1] ?? ''), start: match.index + match[0].length });
    });
  if (thread)
    claimAll(ESCALATOR_ANSWERED_ON_NEXT_LINE, (match) => {
      escalators.push({ value: decimalFromPercent(match[1] ?? ''), start: match.index + match[0].length });
    });
  // "RESOLVED that the rent escalator be 1.5%", "an escalator of two and one-half per cent", "Rent to escalate at 2%".
  if (ESCALATOR_RESOLVED_WORD.test(text.lower) && PERCENTAGE.test(text.lower))
    claimAll(ESCALATOR_RESOLVED, (match) => {
      const half = match[3] === undefined ? null : numberValue(match[3]) + 0.5;
      const written = half === null ? percentWritten(match.slice(1).find((group) => group !== undefined) ?? '') : String(half);
      if (Number(written) >= 0 && Number(written) < 25) escalators.push({ value: decimalFromPercent(written), start: match.index });
    });
  // Every form of `ESCALATOR` ends in a percentage: in a brief with none it cannot match, so it is neither run nor,
  // in a fresh process, compiled.
  if (PERCENTAGE.test(text.lower))
    claimAll(ESCALATOR_MORE, (match) => {
      const percent = Number(match.slice(1).find((group) => group !== undefined));
      if (percent >= 0 && percent < 25) escalators.push({ value: decimalFromPercent(String(percent)), start: match.index });
    });
  if (PERCENTAGE.test(text.lower))
    claimAll(ESCALATOR_AFTER_HESITATION, (match) => {
      const percent = Number(percentWritten(match.slice(1).find((group) => group !== undefined) ?? ''));
      if (percent >= 0 && percent < 25) escalators.push({ value: decimalFromPercent(String(percent)), start: match.index });
    });
  // The new leasebacks' figure, said after the existing leases' escalation: read where it stands, so that it wins.
  if (ESCALATION_WORD.test(text.lower))
    claimAll(NEW_LEASES_AT, (match) => escalators.push({ value: decimalFromPercent(match[1] ?? ''), start: match.index }));
  if (PERCENTAGE.test(text.lower))
    claimAll(ESCALATOR, (match) => {
      const written = percentWritten(match.slice(1).find((group) => group !== undefined) ?? '');
      const percent = Number(written);
      if (percent >= 0 && percent < 25) escalators.push({ value: decimalFromPercent(written), start: match.index });
      else reading.unrecognized.push(`${phrase(match)} (a rent escalator must be at least 0% and below 25%)`);
    });
  claimAll(ESCALATOR_BASIS_POINTS, (match) => {
    const basisPoints = Number(match.slice(1).find((group) => group !== undefined) ?? '');
    if (basisPoints >= 0 && basisPoints < 2500) escalators.push({ value: Math.round(basisPoints * 1e6) / 1e10, start: match.index });
    else reading.unrecognized.push(`${phrase(match)} (a rent escalator must be at least 0% and below 25%)`);
  });
  claimAll(ESCALATOR_FRACTION, (match) => {
    const value = Number(match.slice(1).find((group) => group !== undefined));
    if (value < 0.25) escalators.push({ value, start: match.index });
    else reading.unrecognized.push(`${phrase(match)} (a rent escalator must be at least 0% and below 25%)`);
  });
  claimAll(ESCALATOR_BARE, (match) => escalators.push({ value: decimalFromPercent(match[1] ?? ''), start: match.index }));
  claimAll(FLAT_RENT, (match) => {
    if (!TURNED_DOWN.test(text.lower.slice(Math.max(0, match.index - 30), match.index))) escalators.push({ value: 0, start: match.index });
  });
  claimAll(NO_YEARLY_INCREASE, (match) => escalators.push({ value: 0, start: match.index }));
  escalators.sort((left, right) => left.start - right.start);
  const escalator = preferReply(kept(escalators), quoted).pop();
  if (escalator !== undefined) reading.rent_escalator = escalator.value;
  // Tax rates in text order, so that a correction ("21%... actually 25%") wins whichever form it takes.
  const taxRates: { value: number; start: number }[] = [];
  const taxFromPercent = (match: RegExpExecArray, written: string): void => {
    const percent = Number(written);
    if (percent >= 0 && percent <= 100) taxRates.push({ value: decimalFromPercent(written), start: match.index });
    else reading.unrecognized.push(`${phrase(match)} (a tax rate must be between 0% and 100%)`);
  };
  // Rates only tried are claimed first and read as nothing; the gains' own wording is read before the older patterns
  // take part of it. Briefs without tax, gains or a percentage skip all three.
  // Counted from the answer, so that it wins over a rate said after the question.
  if (thread)
    claimAll(TAX_RATE_ANSWERED_ON_NEXT_LINE, (match) => taxFromPercent({ ...match, index: match.index + match[0].length }, match[1] ?? ''));
  // Read before the older patterns, which would take a part of each ("21% federal" of a sum, "22%" alone).
  if (TAX_FIGURE_LABEL_WORD.test(text.lower)) {
    for (const form of [PERCENT_AS_THE_TAX, TAX_LABEL_WITH_NOTE, TAX_RATES_ADDED_UP, RATE_FOR_THIS_YEAR, SCANNED_TAX_LABEL])
      claimAll(form, (match) => taxFromPercent(match, percentWritten(match[1] ?? '')));
    claimAll(TAX_RATE_FLAG, (match) =>
      match[1] === undefined ? taxFromPercent(match, match[2] ?? '') : taxRates.push({ value: Number(match[1]), start: match.index }),
    );
  }
  const gainTax = PERCENTAGE.test(text.lower) && GAIN_TAX_WORD.test(text.lower);
  if (gainTax && TAX_SENSITIVITY_WORD.test(text.lower)) claimAll(TAX_SENSITIVITY, () => undefined);
  if (JUDGED_RATE_WORD.test(text.lower)) claimAll(TAX_RATE_UNDERSTATED, () => undefined);
  if (gainTax && text.lower.includes('tax_rate')) claimAll(TAX_RATE_KEY, (match) => taxFromPercent(match, match[1] ?? ''));
  if (gainTax && /gain|tax/.test(text.lower))
    claimAll(TAX_ON_GAINS, (match) => taxFromPercent(match, match.slice(1).find((group) => group !== undefined) ?? ''));
  if (gainTax && /\b(?:tax|gains?)\b/.test(text.lower))
    for (const match of text.freeMatches(APPLIED_PERCENT)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end) || !taxSubjectBefore(text.lower.slice(Math.max(0, match.index - 160), match.index))) continue;
      text.claim(match.index, end);
      if (!dismissed.some((span) => span.start <= match.index && end <= span.end)) taxFromPercent(match, match[1] ?? '');
    }
  if (text.lower.includes('from')) claimAll(TAX_RATE_REVISED, (match) => taxFromPercent(match, percentWritten(revisedFigure(match))));
  claimAll(TAX_RATE_HEARD_FOR_FOUR, (match) => taxFromPercent(match, String(tensAndFour(match[1] ?? ''))));
  if (text.lower.includes('state')) claimAll(TAX_RATE_WITH_STATE, (match) => taxFromPercent(match, percentWritten(match[1] ?? '')));
  claimAll(AFTER_TAX_AT_RATE, (match) => taxFromPercent(match, match[1] ?? ''));
  claimAll(TAX_RATE, (match) => taxFromPercent(match, percentWritten(match[1] ?? match[2] ?? match[3] ?? '')));
  if (text.lower.includes(TAX_WORD))
    claimAll(TAX_RATE_DESCRIBED, (match) => taxFromPercent(match, percentWritten(match[1] ?? match[2] ?? '')));
  claimAll(TAX_RATE_FRACTION, (match) => {
    taxRates.push({ value: Number(match.slice(1).find((group) => group !== undefined)), start: match.index });
  });
  claimAll(TAX_RATE_LOOSE, (match) => taxFromPercent(match, percentWritten(match.slice(1).find((group) => group !== undefined) ?? '')));
  claimAll(TAX_RATE_BARE, (match) => taxFromPercent(match, percentWritten(match[1] ?? match[2] ?? '')));
  taxRates.sort((left, right) => left.start - right.start);
  const taxRate = preferReply(kept(taxRates), quoted).pop();
  if (taxRate !== undefined) reading.tax_rate = taxRate.value;
  const bases: { basis: AccountingBasis; start: number }[] = [];
  // An unticked box's basis and a basis asked about and refused are read as nothing; the ticked or answered one is read.
  if (/gaap|ifrs/.test(text.lower)) {
    for (const span of untickedBases(text.source)) if (text.isFree(span.start, span.end)) text.claim(span.start, span.end);
    if (text.lower.includes('?\n')) claimAll(BASIS_ASKED_AND_REFUSED, () => undefined);
    claimAll(GAAP_FOR_THIS_ONE, (match) => bases.push({ basis: 'us_gaap', start: match.index }));
  }
  // Claimed first and used for nothing, so that neither basis is read from it.
  claimAll(UNDECIDED_BASIS, () => undefined);
  claimAll(SET_ASIDE_BASIS, () => undefined);
  claimAll(BASIS_SET_AGAINST, () => undefined);
  // A basis named in background (an aside, a repaid facility's) is claimed and read as nothing.
  const asides = /gaap|ifrs|asc/.test(text.lower) ? basisAsides(text.lower) : [];
  const stated = (match: RegExpExecArray): boolean => !asides.some((span) => span.start <= match.index && match.index < span.end);
  claimAll(US_GAAP, (match) => stated(match) && bases.push({ basis: 'us_gaap', start: match.index }));
  claimAll(IFRS, (match) => stated(match) && bases.push({ basis: 'ifrs16', start: match.index }));
  claimAll(SPELLED_IFRS, (match) => stated(match) && bases.push({ basis: 'ifrs16', start: match.index }));
  claimAll(HEARD_US_GAAP, (match) => stated(match) && bases.push({ basis: 'us_gaap', start: match.index }));
  bases.sort((left, right) => left.start - right.start);
  const basis = preferReply(kept(bases), quoted).pop()?.basis;
  if (basis !== undefined) reading.accounting_basis = basis;
  const objective = readObjective(text, claimAll, quotedLines(text.source));
  if (objective !== undefined) reading.objective = objective;
  return reading;
}

/** The spec fields an economics reading gives, kept in their own module and still importable from here. */
export { economicsSpecFields, type EconomicsSpecFields } from './economics-spec-fields.js';
