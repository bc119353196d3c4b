/**
 * Finding the numbers of a brief that may be money, before any of them is sorted into the ask, the floor or the
 * background: the amount's written forms (marks, scales, words, scientific notation) and when a bare number counts.
 */
import { compactPattern } from './compact-pattern.js';
import { DOCUMENT_PART_BEFORE } from './document-references.js';
import { AREA_AFTER, BARE_NOT_MONEY_AFTER, COUNTED_AFTER, HEADCOUNT_BEFORE } from './amount-context-wording.js';
import { BriefText } from './brief-text.js';
import { configFigures } from './config-figures.js';
import type { FoundAmount } from './read-amounts.js';
import {
  MONEY_SCALE,
  NUMERAL,
  SPOKEN_HUNDREDS,
  WORD_FRACTION,
  WORD_NUMBER,
  scaleDecimal,
  scaleValue,
  spokenHundredsValue,
  wordNumberValue,
} from './written-numbers.js';

// "a million", "half a billion", "a quarter of a billion", "fifty million", "three and a half million", "one-fifty
// million", "hundred and five mil", "hundred sixty million" (its "one" left unsaid): words read as money only with a
// scale word.
const WORD_AMOUNT = String.raw`(?:${SPOKEN_HUNDREDS}|hundred[-\s](?:and[-\s])?${WORD_NUMBER}|${WORD_FRACTION}|${WORD_NUMBER}\s+and\s+(?:a\s+)?(?:half|quarter|three[-\s]quarters?)(?![a-z])|${WORD_NUMBER}|a)`;
/** The currency marks written before an amount: "$", "US$", "USD". */
export const PREFIX = String.raw`us\$\s*|usd\s*|\$\s*`;
/** The currency words written after an amount: "dollars", "USD". */
export const SUFFIX = String.raw`\s*(?:us\s+dollars|dollars|usd)\b`;

// "a fifty-million-dollar program": the scale may be joined to the number by a hyphen, never by a line break (in
// "$145,000,000" then "B. Floor" on the next line, the "B" is the next item's letter, not billions).
// "raise: 1.2e8", "1.05 × 10^8 dollars": a figure in scientific notation, as a model's inputs print it or as a
// person types it, is money from a million up. Run on every clause, so compacted (see `compactPattern`).
const AMOUNT = compactPattern(
  new RegExp(
    String.raw`(?<![\w.$,])(?<prefix>${PREFIX})?(?:(?<exponent>\d(?:\.\d+)?e\+?\d{1,2})|(?<power>\d(?:\.\d+)?)[^\S\n]*(?:\u00d7|x|\*)[^\S\n]*10[^\S\n]*\^[^\S\n]*(?<powerOfTen>\d{1,2})|(?<number>${NUMERAL})(?<hundred>\s+hundred(?=\s+(?:thousand|million|billion)\b))?|(?<words>${WORD_AMOUNT}))(?:-(?=(?:million|billion|thousand)-?(?:dollars?|usd)?\b)|[^\S\n]*)(?<scale>${MONEY_SCALE})?(?![a-z0-9])(?<suffix>${SUFFIX})?`,
    'g',
  ),
);

/**
 * The letters and hyphen of a code right before a number ("SLB-", "PRJ-"): the number and the letter after it are the
 * code's ("SLB-27B" is a program, never $27B). Words that may stand before a figure with a hyphen ("mid-50m",
 * "sub-100m", "ex-") are no code.
 */
const CODE_BEFORE = /(?<![a-z])(?!(?:mid|sub|low|high|upper|lower|ex|pre|post|over|under|non)-)[a-z]{2,5}-$/;

/** Words that are a spoken figure of hundreds and tens, whole: "one-fifty". */
export const SPOKEN_HUNDREDS_WHOLE = new RegExp(`^${SPOKEN_HUNDREDS}$`);

/** A number found in a brief, with whether it was written as money. */
export interface AmountCandidate extends FoundAmount {
  /** True when the amount carried a currency mark, a scale, or thousands separators. */
  readonly isMoney: boolean;
}

/** The value of an amount matched by `AMOUNT`, and whether its marks make it money; null when it is no amount. */
function amountFromGroups(groups: Record<string, string | undefined>): { value: number; isMoney: boolean } | null {
  const scaleWord = groups['scale']?.trim();
  const scale = scaleValue(scaleWord);
  const hasPrefix = groups['prefix'] !== undefined && groups['prefix'].trim() !== '';
  const hasSuffix = groups['suffix'] !== undefined;
  if (groups['words'] !== undefined) {
    // "a", "one" and friends only read as money with a scale word: "fifty million".
    const words = groups['words'].trim();
    const spoken = SPOKEN_HUNDREDS_WHOLE.test(words);
    // "one-fifty" alone is a figure, not yet money: a note that figures are in millions may make it money.
    if (spoken && scaleWord === undefined && !hasPrefix && !hasSuffix) return { value: spokenHundredsValue(words), isMoney: false };
    if (scaleWord === undefined || scaleWord.length < 3) return null;
    const value =
      words === 'a' ? 1 : spoken ? spokenHundredsValue(words) : wordNumberValue(words.startsWith('hundred') ? `one ${words}` : words);
    return Number.isFinite(value) ? { value: value * scale, isMoney: true } : null;
  }
  const power = groups['power'];
  if (power !== undefined) {
    // Through the notation's own parser, "2.2e8": multiplying by a power of ten would leave a binary remainder.
    const value = Number(`${power}e${groups['powerOfTen']}`) * (scaleWord === undefined ? 1 : scale);
    return { value, isMoney: value >= 1e6 };
  }
  const exponent = groups['exponent'];
  if (exponent !== undefined) {
    const value = Number(exponent) * (scaleWord === undefined ? 1 : scale);
    return { value, isMoney: value >= 1e6 };
  }
  const numeral = groups['number'];
  if (numeral === undefined) return null;
  const hasSeparators = numeral.includes(',');
  // "target: 80000000": a whole number of seven digits or more is no ratio, count or year; only money is written so.
  const isMoney = hasPrefix || hasSuffix || scaleWord !== undefined || hasSeparators || /^\d{7,}$/.test(numeral);
  // "2 hundred million": a numeral counting hundreds of the scale after it.
  return { value: scaleDecimal(numeral, scale) * (groups['hundred'] === undefined ? 1 : 100), isMoney };
}

/**
 * Every money amount written in `text`, in order: `$50M`, `$50 million`, `50mm`,
 * `$1.2bn`, `$12,500,000`, `USD 40m`, `US$40m`, `40 million dollars`, `$750k`,
 * `fifty million`. A bare number without a currency mark, scale word or
 * thousands separators is not money (it may be a ratio or a count).
 */
export function findAmounts(text: string): FoundAmount[] {
  const lower = new BriefText(text).lower;
  const amounts: FoundAmount[] = [];
  for (const candidate of amountCandidates(lower)) if (candidate.isMoney) amounts.push(candidate);
  return amounts;
}

/**
 * A price per unit of area or per room after a figure ("got $140 a square foot for a box like ours", "$95/sf", "$210k
 * per key"): a unit price told as market colour, never an amount to raise.
 */
const UNIT_PRICE_AFTER =
  /^[^\S\n]*(?:(?:a|an|per)[^\S\n]+|\/[^\S\n]*)(?:square[^\S\n]+(?:foot|feet|metre|meter)|sq\.?[^\S\n]*(?:ft|m)\b|sf\b|ft2\b|m2\b|acre\b|key\b|room\b|door\b)|^[^\S\n]*psf\b/;

/**
 * Every number that may be an amount in `lower`, in text order: bare numbers are in millions when `bareInMillions`
 * says a note put them so, or when they start where `replacedInMillions` says they replace an amount in millions.
 */
export function amountCandidates(
  lower: string,
  bareInMillions = false,
  replacedInMillions: ReadonlySet<number> = new Set(),
): AmountCandidate[] {
  const candidates: AmountCandidate[] = [];
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(lower); match !== null; match = AMOUNT.exec(lower)) {
    if (match[0].length === 0) {
      AMOUNT.lastIndex += 1;
      continue;
    }
    const parsed = amountFromGroups(match.groups ?? {});
    const end = match.index + match[0].trimEnd().length;
    // "one seventy five million, no sorry, one hundred sixty five": a number in words replacing millions is millions.
    const words = parsed === null && replacedInMillions.has(match.index) ? wordNumberValue(match.groups?.['words']?.trim() ?? '') : 0;
    if (words >= 1) candidates.push({ value: words * 1e6, start: match.index, end, isMoney: true });
    if (parsed === null || !(parsed.value > 0) || !Number.isFinite(parsed.value)) continue;
    const groups = match.groups ?? {};
    const onlySeparators =
      (groups['prefix'] ?? '').trim() === '' &&
      groups['suffix'] === undefined &&
      groups['scale'] === undefined &&
      (groups['number'] ?? '').includes(',');
    if (onlySeparators && (COUNTED_AFTER.test(lower.slice(end, end + 40)) || HEADCOUNT_BEFORE.test(lower.slice(0, match.index)))) continue;
    if ((groups['prefix'] ?? '').trim() === '' && AREA_AFTER.test(lower.slice(end, end + 20))) continue;
    if (UNIT_PRICE_AFTER.test(lower.slice(end, end + 30))) continue;
    // "program: SLB-27B", "deal ref PRJ-40M": a code's letters, a hyphen, then the number and its letter, all one word.
    if (
      (groups['prefix'] ?? '').trim() === '' &&
      CODE_BEFORE.test(lower.slice(Math.max(0, match.index - 12), match.index)) &&
      /^[\w-]*$/.test(match[0].trimEnd())
    )
      continue;
    // "Item 3b", "Section 4m": a document's numbered part, not an amount.
    if ((groups['prefix'] ?? '').trim() === '' && DOCUMENT_PART_BEFORE.test(lower.slice(Math.max(0, match.index - 30), match.index)))
      continue;
    if (!parsed.isMoney && replacedInMillions.has(match.index)) {
      candidates.push({ value: parsed.value * 1e6, start: match.index, end, isMoney: true });
      continue;
    }
    if (!parsed.isMoney && bareInMillions && isBareMillions(match[0].trim(), lower.slice(end, end + 20))) {
      candidates.push({ value: parsed.value * 1e6, start: match.index, end, isMoney: true });
      continue;
    }
    candidates.push({ value: parsed.value, start: match.index, end, isMoney: parsed.isMoney });
  }
  for (const figure of spaceGroupedFigures(lower)) {
    const kept = candidates.filter((candidate) => candidate.end <= figure.start || candidate.start >= figure.end);
    candidates.splice(0, candidates.length, ...kept, figure);
  }
  for (const figure of configFigures(lower)) {
    const kept = candidates.filter((candidate) => candidate.end <= figure.start || candidate.start >= figure.end);
    candidates.splice(0, candidates.length, ...kept, { ...figure, isMoney: true });
  }
  return candidates.sort((left, right) => left.start - right.start);
}

/**
 * A figure of millions written with spaces between its groups of three, as European spreadsheets write it: "180 000
 * 000", "Target: 2 500 000". Two groups after the first at least, so that it is a million or more; and alone in its
 * cell or after a label or a currency, so that a list of numbers in a sentence ("sites 12 100 200") is no figure.
 */
const SPACE_GROUPED =
  /(?<=(?:^|\n|[;:|\t=,]|\$|usd|eur)[^\S\n]*)\d{1,3}(?:[ \u00a0\u202f]\d{3}){2,}(?=[^\S\n]*(?:$|\n|[;|\t,.]|dollars|usd|eur))/g;

/** The figures written in groups of three with spaces between, as money. */
function spaceGroupedFigures(lower: string): AmountCandidate[] {
  if (!/\d[ \u00a0\u202f]\d{3}[ \u00a0\u202f]\d{3}/.test(lower)) return [];
  return [...lower.matchAll(SPACE_GROUPED)].map((match) => ({
    value: Number(match[0].replace(/\D/g, '')),
    start: match.index,
    end: match.index + match[0].length,
    isMoney: true,
  }));
}

/**
 * A bare whole number of ten or more, not a year and not followed by a unit of something else; or hundreds and tens
 * spoken the way millions are said aloud ("one-fifty", "one-twenty-five").
 */
function isBareMillions(numeral: string, after: string): boolean {
  if (SPOKEN_HUNDREDS_WHOLE.test(numeral)) return !BARE_NOT_MONEY_AFTER.test(after);
  if (!/^\d+(?:\.\d+)?$/.test(numeral) || /^(?:19|20)\d\d$/.test(numeral)) return false;
  const value = Number(numeral);
  return value >= 10 && value < 100_000 && !BARE_NOT_MONEY_AFTER.test(after);
}
