import { BriefText } from './brief-text.js';

/** A money amount found in a brief: its value in USD and where it was written. */
export interface FoundAmount {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** What the amount reader understood. */
export interface AmountReading {
  /** Amounts that read as the capital ask, in text order. */
  readonly targets: FoundAmount[];
  /** Amounts that read as the lowest acceptable ask ("at least $40M"), in text order. */
  readonly floors: FoundAmount[];
  /** A floor given as a share of the target ("no less than 80 % of that"). */
  readonly floorFractions: number[];
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNDER_HUNDRED = String.raw`(?:(?:${TENS})(?:[-\s](?:${ONES}))?|${TEENS}|${ONES})`;
const WORD_NUMBER = String.raw`(?:${UNDER_HUNDRED}(?:\s+hundred(?:\s+(?:and\s+)?${UNDER_HUNDRED})?)?|half\s+a|a)`;
// Longer spellings first: the alternation takes the first branch that lets the
// whole pattern match, and the trailing look-ahead rejects a scale cut short.
const SCALE = 'thousand|millions?|mm|mn|mil|mio|m|billions?|bn|b|k';
const PREFIX = String.raw`us\$\s*|usd\s*|\$\s*`;
const SUFFIX = String.raw`\s*(?:us\s+dollars|dollars|usd)\b`;

const AMOUNT = new RegExp(
  String.raw`(?<![\w.$,])(?<prefix>${PREFIX})?(?:(?<number>${NUMBER})|(?<words>${WORD_NUMBER}))\s*(?<scale>${SCALE})?(?![a-z0-9])(?<suffix>${SUFFIX})?`,
  'g',
);

const RANGE = new RegExp(
  String.raw`(?<![\w.$,])(?<between>between\s+)?(?<lowPrefix>${PREFIX})?(?<low>${NUMBER})\s*(?<lowScale>${SCALE})?\s*(?<connector>-|to|and)\s*(?<highPrefix>${PREFIX})?(?<high>${NUMBER})\s*(?<highScale>${SCALE})?(?![a-z0-9])(?<suffix>${SUFFIX})?`,
  'g',
);

const FLOOR_BEFORE =
  /(?:\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+lower\s+than|not\s+(?:go\s+)?below|a\s+minimum\s+of|at\s+a\s+minimum|at\s+minimum|minimum\s+of|minimum|min\.?|floor\s+(?:of|at)|floor|as\s+low\s+as|as\s+little\s+as|down\s+to|(?:would|could|can|will)\s+(?:accept|settle\s+for|live\s+with)|accept|settle\s+for)|>=|\u2265)\s*(?:of\s+)?$/;
const FLOOR_AFTER = /^\s*(?:at\s+(?:a\s+|the\s+)?minimum|minimum|min\b|floor|or\s+(?:more|higher|above)|at\s+the\s+least)/;
const TARGET_AFTER = /^\s*(?:target|goal|ask)\b/;
const FLOOR_FRACTION =
  /(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of|minimum|floor\s+(?:of|at)|floor|accept|settle\s+for)\s+(?<percent>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|that\s+|this\s+|our\s+)?(?:target|ask|amount|goal|figure|that)\b/g;

/** Figures a brief may mention as background rather than as the ask. */
const CONTEXT_WORDS =
  /\b(?:ebitda|debt|revenues?|sales|interest|rent|book\s+value|valuation|market\s+cap|worth|owe|cash\s+on\s+hand|liquidity|capex|noi|price)\b/;
/** "$300M of debt", "$420M in EBITDA": an amount named as a background figure right after it. */
// "$125M of liquidity" is the ask (liquidity raised), so liquidity is background only before the amount.
const CONTEXT_AFTER =
  /^\s*(?:of|in)\s+(?:net\s+|total\s+|annual\s+)?(?:debt|ebitda|revenues?|sales|interest|rent|book\s+value|cash\s+on\s+hand|capex)\b/;
/** "EBITDA of $420M", "net debt is $1.26B": a background figure named right before it. */
const CONTEXT_BEFORE =
  /\b(?:ebitda|debt|revenues?|sales|interest|rent|book\s+value|valuation|liquidity|capex)\s*(?:of|is|was|at|=|:|stands\s+at|totals?|totalling|totaling|around|about|near|approximately)?\s*$/;
/** Words that make an amount in the same clause the ask. */
const TARGET_WORDS =
  /\b(?:raise|raising|generate|generating|need|needs|needed|target|targeting|seek|seeking|looking\s+for|want|unlock|free\s+up|brings?\s+in|monetize|monetise|proceeds|program|programme|slb|sale[-\s]?leaseback|up\s+to|about|around|approximately|roughly|get|bring\s+in|release|ask)\b/;

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
};

const WORD_VALUES: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Multiplies a decimal numeral by a scale without binary rounding noise:
 * `1.15` x 1e9 is computed as 115 x 1e9 / 100, so `$1.15bn` is exactly 1 150 000 000.
 */
export function scaleDecimal(numeral: string, scale: number): number {
  const digits = numeral.replaceAll(',', '');
  const [whole = '0', fraction = ''] = digits.split('.');
  const mantissa = Number(`${whole}${fraction}`);
  const divisor = 10 ** fraction.length;
  if (scale % divisor === 0) return mantissa * (scale / divisor);
  return (mantissa * scale) / divisor;
}

function wordNumberValue(words: string): number {
  const normalised = words.replace(/\s+/g, ' ').trim();
  if (normalised === 'half a') return 0.5;
  let total = 0;
  let current = 0;
  for (const word of normalised.split(/[-\s]/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'hundred') current = (current === 0 ? 1 : current) * 100;
    else current += WORD_VALUES[word] ?? 0;
  }
  total += current;
  return total;
}

interface AmountCandidate extends FoundAmount {
  /** True when the amount carried a currency mark, a scale, or thousands separators. */
  readonly isMoney: boolean;
}

function amountFromGroups(groups: Record<string, string | undefined>): { value: number; isMoney: boolean } | null {
  const scaleWord = groups['scale']?.trim();
  const scale = scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1);
  const hasPrefix = groups['prefix'] !== undefined && groups['prefix'].trim() !== '';
  const hasSuffix = groups['suffix'] !== undefined;
  if (groups['words'] !== undefined) {
    // "a", "one" and friends only read as money with a scale word: "fifty million".
    if (scaleWord === undefined || scaleWord.length < 3) return null;
    return { value: wordNumberValue(groups['words']) * scale, isMoney: true };
  }
  const numeral = groups['number'];
  if (numeral === undefined) return null;
  const hasSeparators = numeral.includes(',');
  const isMoney = hasPrefix || hasSuffix || scaleWord !== undefined || hasSeparators;
  return { value: scaleDecimal(numeral, scale), isMoney };
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

function amountCandidates(lower: string): AmountCandidate[] {
  const candidates: AmountCandidate[] = [];
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(lower); match !== null; match = AMOUNT.exec(lower)) {
    if (match[0].length === 0) {
      AMOUNT.lastIndex += 1;
      continue;
    }
    const parsed = amountFromGroups(match.groups ?? {});
    if (parsed === null || !(parsed.value > 0) || !Number.isFinite(parsed.value)) continue;
    const end = match.index + match[0].trimEnd().length;
    candidates.push({ value: parsed.value, start: match.index, end, isMoney: parsed.isMoney });
  }
  return candidates;
}

/**
 * Reads the money in a brief and sorts it into the ask and the floor, claiming
 * what it understood. Ranges ("between $40M and $50M", "$40-50M") give a floor
 * and a target. An amount in a clause that talks about EBITDA, debt, rent and
 * the like without any word of raising money is background, not the ask: it is
 * left unclaimed so that it is reported rather than taken as the target.
 */
export function readAmounts(text: BriefText): AmountReading {
  const targets: FoundAmount[] = [];
  const floors: FoundAmount[] = [];
  const floorFractions: number[] = [];

  for (const match of text.freeMatches(FLOOR_FRACTION)) {
    const percent = Number(match.groups?.['percent']);
    if (!(percent > 0 && percent <= 100) || !text.isFree(match.index, match.index + match[0].length)) continue;
    floorFractions.push(percent / 100);
    text.claim(match.index, match.index + match[0].length);
  }

  for (const match of text.freeMatches(RANGE)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (!text.isFree(start, end)) continue;
    if (groups['connector'] === 'and' && groups['between'] === undefined) continue;
    const highScaleWord = groups['highScale'];
    const lowScaleWord = groups['lowScale'] ?? highScaleWord;
    const marked = groups['lowPrefix'] !== undefined || groups['highPrefix'] !== undefined || groups['suffix'] !== undefined;
    if (highScaleWord === undefined && !marked) continue;
    const low = scaleDecimal(groups['low'] ?? '0', lowScaleWord === undefined ? 1 : (SCALES[lowScaleWord] ?? 1));
    const high = scaleDecimal(groups['high'] ?? '0', highScaleWord === undefined ? 1 : (SCALES[highScaleWord] ?? 1));
    if (!(low > 0 && high > low)) continue;
    floors.push({ value: low, start, end });
    targets.push({ value: high, start, end });
    text.claim(start, end);
  }

  for (const candidate of amountCandidates(text.lower)) {
    if (!candidate.isMoney || !text.isFree(candidate.start, candidate.end)) continue;
    const clause = text.clauseAround(candidate.start);
    const before = text.lower.slice(clause.start, candidate.start);
    const after = text.lower.slice(candidate.end, clause.end);
    const floorBefore = FLOOR_BEFORE.exec(before);
    const floorAfter = FLOOR_AFTER.exec(after);
    const targetAfter = TARGET_AFTER.exec(after);
    if (floorBefore !== null || floorAfter !== null) {
      floors.push(candidate);
      const cueStart = floorBefore === null ? candidate.start : clause.start + floorBefore.index;
      const cueEnd = floorAfter === null ? candidate.end : candidate.end + floorAfter[0].length;
      text.claim(cueStart, cueEnd);
      continue;
    }
    if (CONTEXT_AFTER.test(after) || CONTEXT_BEFORE.test(before)) continue;
    const clauseText = text.lower.slice(clause.start, clause.end);
    if (CONTEXT_WORDS.test(clauseText) && !TARGET_WORDS.test(clauseText)) continue;
    targets.push(candidate);
    text.claim(candidate.start, targetAfter === null ? candidate.end : candidate.end + targetAfter[0].length);
  }

  targets.sort((left, right) => left.start - right.start);
  floors.sort((left, right) => left.start - right.start);
  return { targets, floors, floorFractions };
}
