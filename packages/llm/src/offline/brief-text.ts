import { standInFor } from './reading-stand-ins.js';
import { matchesIn } from './required-text.js';
import { repairSpelling } from './spelling-repair.js';
import { repairScannedDigits } from './scanned-digit-letters.js';
import { repairScannedKeyWords } from './scanned-key-words.js';
import { repairScannedWords } from './scanned-word-letters.js';
import { repairScannedDoubleElls } from './scanned-double-ells.js';
import { repairScannedLetterSlips } from './scanned-letter-slips.js';
import { englishFigures } from './european-figures.js';
import { replacedAskSpans } from './replaced-ask-wording.js';
import { supersededSpans } from './superseded-figures.js';
import { nextLineCorrectionSpans } from './corrected-on-next-line.js';
import { levelsRefusedOnAReplyLineSpans } from './levels-refused-on-a-reply-line.js';
import { weighedFigureSpans } from './chosen-figures.js';
import { agreedFigureSpans } from './agreed-figures.js';
import { quotedReplySpans } from './quoted-replies.js';
import { setAsideLevelSpans } from './set-aside-levels.js';
import type { RestatedBrief } from './restated-brief.js';
import { withRunIdsKept } from './run-identifiers.js';
import { WORD_NUMBER, wordNumberValue } from './written-numbers.js';
import { ratioKeysAsWords } from './ratio-names-as-setting-keys.js';

/** How far a character has been read: not yet, interpreted by a reader, or taken back by the brief itself. */
const UNREAD = 0;
const CLAIMED = 1;
const SUPERSEDED = 2;

/**
 * A brief being read: the original text, a lower-cased copy of the same length
 * (so that a match in one is a span in the other), and a record of which
 * characters some reader has already interpreted. Readers run in a fixed order
 * and each claims the spans it understood; whatever is left unclaimed at the end
 * is what the parser reports as not understood.
 */
export class BriefText {
  /**
   * The text as written, with typographic dashes, quotes and spaces normalised and a misspelt key word or
   * place name written as the word it misspells ("milion", "Gerogia": see `repairSpelling`).
   */
  readonly source: string;
  /**
   * `source` lower-cased character by character, so indices line up, with two same-length repairs the
   * readers rely on: a swapped pair of letters in a key word ("exlcude", "nothign", "yaer"), and figures written
   * the European way ("USD 275.000.000", "3,5x", "0,25 bn": see `englishFigures`) written the English way.
   */
  readonly lower: string;
  /**
   * The text as written (dashes, quotes and spaces normalised only), index for index with `source`: what a
   * report quotes back, so that a phrase not understood is the user's own words (a dot leader and a misspelling
   * included), not the reading copy's.
   */
  readonly written: string;
  private readonly claimed: Uint8Array;
  private readonly clauseStarts: readonly number[];
  /** What `freeMatches` found, by pattern. */
  private readonly matchesByPattern = new Map<RegExp, RegExpExecArray[]>();
  /** Where the text came from when it is a restatement of the brief (see `quote`). */
  private readonly restated: RestatedBrief | undefined;

  /**
   * `text` is what the readers read; `restated`, when given, is the restatement of the user's brief that `text`
   * stands for character by character, so that quotes come from the brief as written.
   */
  constructor(text: string, restated?: RestatedBrief) {
    this.written = normalise(text);
    // A character outside the BMP shortens the normalised copy; positions would then not line up with the
    // restatement's, so quotes fall back to the text read.
    this.restated = restated !== undefined && !restated.unchanged && this.written.length === text.length ? restated : undefined;
    // A scanned page's slips, each repaired character for character so that offsets stay: key words ("lFRS 16"),
    // money figures ("$6O M") and a one inside a word ("Ca1ifornia"), in that order, and a q for the g of a key word
    // ("leveraqe", "mortqaqed").
    // A run id is no word: its zeros and ones stay as written ("df0b", never "dfob").
    this.source = withRunIdsKept(
      repairSpelling(
        repairScannedWords(
          repairScannedDigits(repairScannedKeyWords(repairScannedLetterSlips(repairScannedDoubleElls(withoutDotLeaders(this.written))))),
        ),
      ),
      this.written,
    );
    const lower = withRunIdsKept(readingCopy(englishFigures(lowerSameLength(this.source))), lowerSameLength(this.written));
    // Figures taken back, figures weighed before another is chosen ("$120m, possibly $140m; let's go with $140m"), and
    // levels set aside (a suggestion the committee did not take, a table row marked superseded).
    const superseded = [
      ...supersededSpans(lower),
      ...replacedAskSpans(lower),
      ...weighedFigureSpans(lower),
      ...agreedFigureSpans(lower),
      ...nextLineCorrectionSpans(lower),
      // "FCCR min 1.6" then "↳ not 1.6 - make it 1.7": a level refused on the reply line under it.
      ...levelsRefusedOnAReplyLineSpans(lower),
      ...quotedReplySpans(lower),
      ...setAsideLevelSpans(lower),
    ];
    this.lower = blankSpans(lower, superseded);
    this.claimed = new Uint8Array(this.source.length);
    // A figure taken back and the words that take it back are read as nothing: never reported as not understood,
    // yet free for a reader whose match spans them ("Max criticality [0.5 - no wait, make that] 0.55").
    for (const span of superseded) this.claimed.fill(SUPERSEDED, span.start, span.end);
    this.clauseStarts = findClauseStarts(blankSpans(this.source, superseded));
  }

  /**
   * The user's own words for `[start, end)`: `written` there when the brief as written holds those words, or,
   * where a restatement reworded them, the whole of the wording it stands for.
   */
  quote(start: number, end: number): string {
    const read = this.written.slice(start, end);
    if (this.restated === undefined) return read;
    const span = this.restated.originalSpan(start, end);
    const original = this.restated.original.slice(span.start, span.end);
    // Words the restatement kept as they were ("per legal" after a restated key) are the user's already; else the
    // wording restated, as typed, without a table row's borders ("Hold period | 7 | years").
    return original.includes(read) ? read : original.replace(/^[\s|:]+|[\s|:]+$/g, '');
  }

  /** True when no character in [start, end) has been claimed. */
  isFree(start: number, end: number): boolean {
    for (let index = start; index < end; index += 1) if (this.claimed[index] === CLAIMED) return false;
    return true;
  }

  /** Marks [start, end) as interpreted. */
  claim(start: number, end: number): void {
    this.claimed.fill(CLAIMED, Math.max(0, start), Math.min(this.source.length, end));
  }

  /** True when the character at `index` has been claimed, or taken back by a self-correction. */
  isClaimed(index: number): boolean {
    return this.claimed[index] !== UNREAD;
  }

  /** The clause (comma, semicolon or sentence) holding `index`, as [start, end). */
  clauseAround(index: number): { start: number; end: number } {
    let start = 0;
    let end = this.source.length;
    for (const clauseStart of this.clauseStarts) {
      if (clauseStart <= index) start = clauseStart;
      else {
        end = clauseStart;
        break;
      }
    }
    return { start, end };
  }

  /**
   * The clause holding `index`, reaching back over a label that ends in a
   * colon when nothing but spaces stands between the colon and `index`
   * ("Floor: $80M", "Maximum annual rent added: $22M"): the label is what
   * says what the figure is.
   */
  clauseWithLabel(index: number): { start: number; end: number } {
    const clause = this.clauseAround(index);
    // "Market share: <= 30%": a comparison sign between the label and its value still belongs to the label.
    if (
      clause.start === 0 ||
      this.source[clause.start - 1] !== ':' ||
      !/^[\s<>=\u2264\u2265~]*$/.test(this.source.slice(clause.start, index))
    )
      return clause;
    return { start: this.clauseAround(clause.start - 1).start, end: clause.end };
  }

  /**
   * Every match of `pattern` (which must have the `g` flag) in the lower-cased
   * text whose span is still free, in text order. Matches are found first and
   * filtered after, so a reader sees the state before it starts claiming.
   */
  freeMatches(pattern: RegExp): RegExpExecArray[] {
    // The reading copy never changes, so a pattern's matches are found once per brief: several readers run the
    // same pattern (a metric's name is looked for once for each kind of bound), and each gets its own array.
    let matches = this.matchesByPattern.get(pattern);
    if (matches === undefined) {
      matches = matchesIn(pattern, this.lower);
      this.matchesByPattern.set(pattern, matches);
    }
    return [...matches];
  }

  /**
   * Claims every match of `pattern` whose words are all still free, in text order, and says whether there was one:
   * the reading of a remark that only matters by being there ("the target is TBD", "the number is still with the CFO").
   */
  claimFreeMatches(pattern: RegExp): boolean {
    let claimed = false;
    for (const match of this.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!this.isFree(match.index, end)) continue;
      this.claim(match.index, end);
      claimed = true;
    }
    return claimed;
  }
}

/** `text` with every span written as spaces, the same length. */
function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let blanked = text;
  for (const { start, end } of spans) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  return blanked;
}

/** Typographic variants a brief pasted from a document tends to contain. Each maps one character to one. */
const CHARACTER_SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00a0': ' ',
  // "Net debt ÷ EBITDA": the division sign is the slash of a ratio's formula.
  '\u00f7': '/',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\r': '\n',
  // A table's cell border: "Mortgaged sites | out" is a label and its value, as "Mortgaged sites: out".
  '|': ':',
};

function normalise(text: string): string {
  let normalised = '';
  for (const character of text) {
    // Characters outside the BMP would shift indices between the two copies; a
    // brief has no use for them, so they become spaces.
    if (character.length > 1) normalised += ' ';
    else normalised += CHARACTER_SUBSTITUTES[character] ?? character;
  }
  return normalised;
}

/**
 * A table row's dot leader between a label and its figure ("FCCR (min) ........ 1.30x", "Criticality (max) . 0.75"):
 * two or more dots, or one dot standing alone between spaces, with only a figure after it on the line, or a comparison
 * and a figure ("Lease-adj. leverage ... <= 5.5x"), which the readers of limits read as the label's bound.
 */
const DOT_LEADER =
  /(?<=[A-Za-z)\]])(?:[^\S\n]*\.){2,}[^\S\n]*(?=(?:[<>\u2264\u2265]=?[^\S\n]*)?[$\d.]?\d[^\n]*$)|(?<=[A-Za-z)\]][^\S\n]+)\.[^\S\n]+(?=\$?\d[^\s]*[^\S\n]*$)/gm;

/** Dot leaders as spaces, the same length, so that a row reads as its label and its figure ("FCCR (min)   1.30x"). */
function withoutDotLeaders(text: string): string {
  return text.includes('..') || text.includes(' . ') ? text.replace(DOT_LEADER, (leader) => ' '.repeat(leader.length)) : text;
}

function lowerSameLength(text: string): string {
  let lowered = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const same = lower.length === 1 ? lower : character;
    lowered += same.charCodeAt(0) <= 0xff ? same : standInFor(same);
  }
  return lowered;
}

/**
 * Key words whose two adjacent letters a hurried brief swaps ("exlcude", "nothign", "targte", "rasie",
 * "yaer", "onyl"). Only these are repaired: a swap in any other word is left as written.
 */
const KEY_WORDS: ReadonlySet<string> = new Set([
  'exclude',
  'excluding',
  'excluded',
  'nothing',
  'mortgage',
  'mortgaged',
  'mortgages',
  'leverage',
  'target',
  'targets',
  'raise',
  'raising',
  'year',
  'years',
  'only',
  'need',
  'needs',
  'proceeds',
  'without',
  'except',
  'distribution',
  'warehouse',
  'warehouses',
  'leases',
  'lease',
]);
/** Each misspelling of a key word by one swap of adjacent letters, mapped to the word. */
const SWAPPED_KEY_WORDS: ReadonlyMap<string, string> = (() => {
  const swapped = new Map<string, string>();
  for (const word of KEY_WORDS) {
    for (let index = 0; index + 1 < word.length; index += 1) {
      if (word[index] === word[index + 1]) continue;
      const misspelt = word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2);
      if (!KEY_WORDS.has(misspelt)) swapped.set(misspelt, word);
    }
  }
  return swapped;
})();
const SPOKEN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/**
 * "point six", "point seven five": a decimal spoken without its leading zero, as in a dictated note. A digit or a
 * number word before "point" means it is the second half of a number already read, so it is left alone.
 */
const SPOKEN_DECIMAL = new RegExp(
  String.raw`(?<![\d.]\s*|\b(?:${SPOKEN_DIGITS.join('|')})\s+)\bpoint\s+(${SPOKEN_DIGITS.join('|')})(?:\s+(${SPOKEN_DIGITS.join('|')}))?\b`,
  'g',
);

/** The spoken decimal as a numeral, right-aligned in the same width so that positions still match the brief. */
function spokenDecimal(whole: string, first: string, second: string | undefined): string {
  const numeral = `0.${SPOKEN_DIGITS.indexOf(first)}${second === undefined ? '' : SPOKEN_DIGITS.indexOf(second)}`;
  return ' '.repeat(whole.length - numeral.length) + numeral;
}

function readingCopy(lowered: string): string {
  // "data centre", "distribution centres": the British spelling, same length, read as the names are written.
  const repaired = lowered.replace(/[a-z]{4,}/g, (word) => SWAPPED_KEY_WORDS.get(word) ?? word).replace(/\bcentre(s?)\b/g, 'center$1');
  // "c.$70m", "c.70m": circa written against its figure, read as "c $70m" so the figure stands on its own.
  const circa = repaired.includes('c.') ? repaired.replace(/\bc\.(?=[$\d])/g, 'c ') : repaired;
  const spoken = circa.includes('point') ? circa.replace(SPOKEN_DECIMAL, spokenDecimal) : circa;
  const restated = BRACKETED_NUMERAL.test(spoken) ? spoken.replace(RESTATED_IN_BRACKETS, keepTheNumeral) : spoken;
  // "net_debt_to_ebitda: 3.8": a ratio's name as a setting's key, read as its words (`ratio-names-as-setting-keys.ts`).
  return restated.includes('_') ? ratioKeysAsWords(restated.replace(SPEC_BOUND_KEY, (key) => key.replace(/_/g, ' '))) : restated;
}

/**
 * A bound named by its spec field, as in a `key = value` block ("max_net_leverage = 3.45x", "min_fccr: 1.55x",
 * "rent_added_max=4M"):
 * read as the words it joins ("max net leverage"), which every bound reader knows.
 */
const SPEC_BOUND_KEY =
  /\b(?:(?:max|min|maximum|minimum)_(?:net_leverage|lease_adjusted_leverage|fccr|fixed_charge_coverage|market_share|share_single_market|rent_added(?:_usd)?|criticality|leaseability)|(?:rent_added|market_share)_(?:max|min))\b/g;

/** A numeral in brackets: the cheap test before looking for a number in words restated in figures. */
const BRACKETED_NUMERAL = /\(\s*\d/;
/** A number in words restated in brackets, legal style: "twelve (12) years", "three (3) times". */
const RESTATED_IN_BRACKETS = new RegExp(String.raw`\b(?<words>${WORD_NUMBER})\s*\(\s*(?<numeral>\d+(?:\.\d+)?)\s*\)`, 'g');

/**
 * The numeral of a number in words restated in figures, the words and brackets blanked to keep the length:
 * the readers then see one number, not two. A restatement that disagrees with its words is left as written.
 */
function keepTheNumeral(whole: string, ...rest: unknown[]): string {
  const groups = rest[rest.length - 1] as { words: string; numeral: string };
  if (wordNumberValue(groups.words) !== Number(groups.numeral)) return whole;
  const at = whole.lastIndexOf(groups.numeral);
  return ' '.repeat(at) + groups.numeral + ' '.repeat(whole.length - at - groups.numeral.length);
}

/** Clause boundaries: `; ! ? newline`, a full stop not inside a number, a comma not inside a number. */
function findClauseStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    const insideNumber = /\d/.test(before) && /\d/.test(after);
    if (character === ';' || character === '!' || character === '?' || character === '\n' || character === ':') {
      starts.push(index + 1);
    } else if (
      (character === '.' || character === ',') &&
      !insideNumber &&
      !(character === '.' && isAbbreviationBeforeFigure(text, index))
    ) {
      starts.push(index + 1);
    }
  }
  return starts;
}

/**
 * Words abbreviated with a dot that a figure follows in the same clause ("rent max. 5 Mio. USD", "min. 1,8x",
 * "approx. $40M", "ca. 120m"): their dot ends no sentence.
 */
const ABBREVIATION_BEFORE_FIGURE = /(?:^|[^a-z])(?:max|min|approx|appr|ca|circa|abt|vs)$/i;

function isAbbreviationBeforeFigure(text: string, index: number): boolean {
  if (!ABBREVIATION_BEFORE_FIGURE.test(text.slice(Math.max(0, index - 8), index))) return false;
  // After a figure the word closes its sentence ("rent to $11M max. $130M."): it qualifies the figure before it.
  const before = /(\S*)[^\S\n]+\S+$/.exec(text.slice(Math.max(0, index - 30), index));
  if (before !== null && /\d/.test(before[1] ?? '')) return false;
  return /^[^\S\n]*(?:[$€£]|usd|eur)?[^\S\n]*\d/i.test(text.slice(index + 1, index + 12));
}
