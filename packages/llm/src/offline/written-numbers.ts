/**
 * Numbers as a brief writes them, in one place for every offline reader:
 * numerals with thousands separators, numbers in words ("one hundred and
 * forty", "twenty-five"), fractions of a whole ("three and a half", "a
 * quarter of"), and money scales ("m", "mn", "bn", "billion"). The amount,
 * bound, economics and conversation readers build their patterns from these
 * sources and turn what they match into values with these functions.
 */

/** A numeral: `12`, `12.5`, `12,500,000`, `1,250.5`. */
export const NUMERAL = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const UNIT_VALUES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEEN_VALUES: Readonly<Record<string, number>> = {
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
};
const TEN_VALUES: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORD_VALUES: Readonly<Record<string, number>> = { ...UNIT_VALUES, ...TEEN_VALUES, ...TEN_VALUES };

const ONES = Object.keys(UNIT_VALUES).join('|');
const TEENS = Object.keys(TEEN_VALUES).join('|');
const TENS = Object.keys(TEN_VALUES).join('|');
const UNDER_HUNDRED = String.raw`(?:(?:${TENS})(?:[-\s](?:${ONES}))?|${TEENS}|${ONES})`;

/**
 * Decimals read out digit by digit after "point": "point eight", "point nine five", "point oh five", hyphens allowed
 * as a transcript writes them ("three-point-five").
 */
const SPOKEN_DECIMALS = String.raw`(?:(?:\s+|-)point(?:(?:\s+|-)(?:${ONES}|zero|oh|nought))+)?`;

/**
 * A number in words from one to 999, with decimals read out after "point": "seven", "twenty-five", "one hundred
 * and forty", "seven point five", "one point nine five". Not anchored.
 */
export const WORD_NUMBER = String.raw`(?:(?:${UNDER_HUNDRED}|a)[-\s]hundred(?:[-\s](?:and[-\s])?${UNDER_HUNDRED})?|${UNDER_HUNDRED})${SPOKEN_DECIMALS}(?![a-z])`;

/** The fraction words that may follow a whole number ("and a half") or stand for one ("a quarter of"). */
const FRACTION_VALUES: Readonly<Record<string, number>> = {
  half: 0.5,
  quarter: 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
};
// "two and three-quarter turns": the fraction as an adjective is singular.
const FRACTION = String.raw`half|quarter|three[-\s]quarters?`;

/**
 * "to times", "for times": a dictated "two times" or "four times" as a transcript hears it. Only right before
 * "times", where "to" and "for" cannot be the words they sound like.
 */
const SOUNDALIKE_MULTIPLE = String.raw`(?:to|too|for)(?=[^\S\n]+times\b)`;
const SOUNDALIKE_VALUES: Readonly<Record<string, number>> = { to: 2, too: 2, for: 4 };

/**
 * A number in words with an optional fraction or spoken decimals: "three and a half" (or hyphenated, "three-and-a-half"), "three point eight", "four",
 * and a multiple heard as another word ("for times" is four times).
 */
export const WORD_MULTIPLE = String.raw`(?:(?:${UNDER_HUNDRED})(?:\s+and\s+(?:a\s+)?(?:${FRACTION})|-and-(?:a-)?(?:${FRACTION})|${SPOKEN_DECIMALS})|${SOUNDALIKE_MULTIPLE})(?![a-z])`;

/**
 * A fraction standing for a number before a scale: "half a", "a quarter of a", "three quarters of a", and "half" joined
 * to its scale ("a half-billion-dollar program", "the half billion").
 */
export const WORD_FRACTION = String.raw`(?:half\s+(?:of\s+)?a|half(?=[-\s](?:billion|million)(?![a-z]))|(?:a|one)\s+quarter(?:\s+(?:of\s+)?a)?|three[-\s]quarters(?:\s+(?:of\s+)?a)?)`;

const SHARE_DENOMINATORS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
const SHARE_NUMERATORS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4 };

/** A share of a whole in words: "a third", "one quarter", "two-fifths", "half". Not anchored. */
export const WORD_SHARE = String.raw`(?:(?:a|one)[-\s](?:third|quarter|fifth|tenth)|(?:two|three|four)[-\s](?:thirds|quarters|fifths|tenths)|half)(?![a-z])`;

/** The value of a share in words (`WORD_SHARE`): "a third" is 1/3, "two-fifths" 0.4; NaN if it is not one. */
export function wordShareValue(words: string): number {
  const tokens = words
    .toLowerCase()
    .trim()
    .split(/[-\s]+/);
  if (tokens.length === 1) return tokens[0] === 'half' ? 0.5 : Number.NaN;
  const numerator = SHARE_NUMERATORS[tokens[0] ?? ''];
  const denominator = SHARE_DENOMINATORS[(tokens[1] ?? '').replace(/s$/, '')];
  return numerator === undefined || denominator === undefined ? Number.NaN : numerator / denominator;
}

/**
 * A figure spoken as hundreds and then tens, the way an amount in millions is said aloud: "one-eighty" (180),
 * "one-twenty-five" (125), "two fifteen" (215), "one-oh-five" (105); and "hundred and five" said without its "a".
 */
export const SPOKEN_HUNDREDS = String.raw`(?:(?:${ONES})[-\s](?:(?:${TENS})(?:[-\s](?:${ONES}))?|${TEENS}|oh[-\s](?:${ONES}))|hundred\s+and\s+${UNDER_HUNDRED})(?![a-z-])`;

/** The value of a `SPOKEN_HUNDREDS` figure: "one-eighty" is 180, "hundred and five" 105; NaN if it is not one. */
export function spokenHundredsValue(words: string): number {
  const [hundreds = '', ...rest] = words
    .toLowerCase()
    .trim()
    .split(/[-\s]+/);
  if (hundreds === 'hundred') return 100 + wordNumberValue(rest.filter((word) => word !== 'and').join(' '));
  const tens = rest[0] === 'oh' ? rest.slice(1) : rest;
  return (UNIT_VALUES[hundreds] ?? Number.NaN) * 100 + wordNumberValue(tens.join(' '));
}

/** The value of a number written in words (`WORD_NUMBER`, `WORD_MULTIPLE` or `WORD_FRACTION`); NaN if it is not one. */
export function wordNumberValue(words: string): number {
  const normalised = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (normalised === '') return Number.NaN;
  const soundalike = SOUNDALIKE_VALUES[normalised];
  if (soundalike !== undefined) return soundalike;
  const fraction = /^(?:(a|one)\s+)?(half|quarter|three[-\s]quarters)(?:(?:\s+of)?\s+a)?$/.exec(normalised);
  if (fraction !== null) return FRACTION_VALUES[(fraction[2] ?? '').replace('-', ' ')] ?? Number.NaN;
  let total = 0;
  let current = 0;
  let seen = false;
  const tokens = normalised.split(/[-\s]/);
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index] ?? '';
    if (word === 'point') return seen ? total + current + spokenDecimals(tokens.slice(index + 1)) : Number.NaN;
    if (word === 'and' || word === '') continue;
    if (word === 'a' && tokens[index + 1] === 'hundred') continue;
    // "two and one-half": the "one" counts the fraction (one half), it adds no whole unit.
    if (word === 'one' && seen && (tokens[index + 1] === 'half' || tokens[index + 1] === 'quarter')) continue;
    if (word === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
      seen = true;
    } else if (word === 'half' || word === 'quarter') {
      current += FRACTION_VALUES[word] ?? 0;
    } else if (word === 'three' && (tokens[index + 1] === 'quarters' || tokens[index + 1] === 'quarter')) {
      current += 0.75;
      index += 1;
    } else if (word === 'a') {
    } else {
      const value = WORD_VALUES[word];
      if (value === undefined) return Number.NaN;
      current += value;
      seen = true;
    }
  }
  total += current;
  return seen ? total : Number.NaN;
}

/** The digits read out after "point" ("nine five") as the fraction they write (0.95); NaN if one is not a digit. */
function spokenDecimals(tokens: readonly string[]): number {
  let digits = '';
  for (const token of tokens) {
    if (token === '') continue;
    const digit = token === 'zero' || token === 'oh' || token === 'nought' ? 0 : UNIT_VALUES[token];
    if (digit === undefined) return Number.NaN;
    digits += String(digit);
  }
  return digits === '' ? Number.NaN : Number(`0.${digits}`);
}

/**
 * A score between 0 and 1 read out digit by digit: "zero point six five", "point four", "nought point seven". Only
 * with "point" and its digits, so that no whole number in words is taken for a score.
 */
export const SPOKEN_SCORE = String.raw`(?:(?:zero|nought|oh)[-\s]+)?point(?:[-\s]+(?:${ONES}|zero|oh|nought)){1,3}(?![a-z-])`;

/** The value of a `SPOKEN_SCORE` ("zero point six five" is 0.65); NaN if it is not one. */
export function spokenScoreValue(words: string): number {
  const tokens = words
    .toLowerCase()
    .trim()
    .split(/[-\s]+/);
  const point = tokens.indexOf('point');
  return point < 0 ? Number.NaN : spokenDecimals(tokens.slice(point + 1));
}

/** A numeral or a number in words, as a value; NaN for anything else. */
export function numberValue(written: string): number {
  const trimmed = written.trim();
  if (/^\d/.test(trimmed) || trimmed.startsWith('.')) return Number(trimmed.replaceAll(',', ''));
  return wordNumberValue(trimmed);
}

/**
 * The words and abbreviations for a million a figure may carry, longest spelling first (an alternation takes the
 * first branch that lets the whole pattern match), without the bare "m" some places cannot take. Every pattern of the
 * reader that knows money scales takes its words from here, so that a spelling learnt once ("mio", "mln") is known
 * everywhere.
 */
export const MILLION_WORDS = 'millions?|mm|mn|mill|mln|mil|mio';
/** {@link MILLION_WORDS} and the bare "m" ("$150m"). */
export const MILLION_SCALE = `${MILLION_WORDS}|m`;
/** The words and abbreviations for a billion, without the bare "b" some places cannot take. */
export const BILLION_SCALE = 'billions?|bln|bn';
/** Every money scale, longest spelling first. */
export const MONEY_SCALE = `thousand|${MILLION_SCALE}|${BILLION_SCALE}|b|k`;

const SCALE_VALUES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mill: 1e6,
  mil: 1e6,
  mio: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  billions: 1e9,
};

/** The multiplier of a money scale word (`m` is 1e6, `bn` 1e9); 1 when absent or unknown. */
export function scaleValue(scale: string | undefined): number {
  if (scale === undefined) return 1;
  return SCALE_VALUES[scale.trim().toLowerCase()] ?? 1;
}

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

const AMOUNT_NOTATION = new RegExp(String.raw`^(?:us\$|usd|\$)?\s*(\d+(?:\.\d+)?|\.\d+)\s*(${MONEY_SCALE})?$`);

/**
 * An amount written on its own, in the notation of a figure in a brief: `150000000`,
 * `150,000,000`, `$150M`, `150mm`, `USD 40m`, `1.2bn`, `950k`, `2 billion`; `null`
 * when the whole text is not one amount. The command line's amount options read
 * their values with it, so an option and a brief agree on what `150mm` means.
 */
export function readAmountNotation(text: string): number | null {
  const match = AMOUNT_NOTATION.exec(text.trim().toLowerCase().replaceAll(',', ''));
  if (match?.[1] === undefined) return null;
  return scaleDecimal(match[1], scaleValue(match[2]));
}

/**
 * A percentage as written ("2.6") as the decimal it means (0.026), shifted in
 * the decimal text rather than divided, so "2.6%" is exactly 0.026 and not
 * 0.026000000000000002.
 */
export function decimalFromPercent(written: string): number {
  return Number(`${written.trim()}e-2`);
}
