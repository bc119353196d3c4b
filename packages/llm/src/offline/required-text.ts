import { compactPattern } from './compact-pattern.js';

// What a pattern's every match must contain, so that a brief without any of it is never scanned, and what every
// match starts with, so that only the places where a match can start are tried. The reader runs a few hundred
// long patterns over each brief, and most of them cannot match a given brief: scanning costs each pattern a pass
// over the text (and, patterns being large, cache misses), while looking for a few words costs almost nothing. The pattern's source is read in one pass here: a general parser (@eslint-community/regexpp was
// measured) builds a full syntax tree and took 10-90 ms for one of the reader's longer patterns, which a server
// would pay on its first requests; this pass takes well under a millisecond and needs no tree.

/** At most this many strings are tracked as the set of texts a part of a pattern can match exactly. */
const MOST_EXACT = 64;
/** At most this many strings are looked for before a scan; a longer list is not worth checking. */
const MOST_REQUIRED = 96;
/** A character class of at most this many characters is tracked exactly ("[-\s]" is not: `\s` is many). */
const MOST_CLASS_CHARACTERS = 8;

/** At most this many strings are looked for to find where a match can start (see `StartIndex`). */
const MOST_STARTS = 256;

/**
 * What is known about the texts a part of a pattern matches: `exact`, every text it can match (when few);
 * `required`, strings of which every text it matches contains at least one; `starts`, non-empty strings of which
 * every non-empty text it matches starts with one; `nullable`, whether it may match the empty text (so that what
 * follows it can start a match). Any of the first three may be unknown; an unknown part is taken to be nullable.
 */
interface Knowledge {
  readonly exact: readonly string[] | undefined;
  readonly required: readonly string[] | undefined;
  readonly starts: readonly string[] | undefined;
  readonly nullable: boolean;
}

const NOTHING_KNOWN: Knowledge = { exact: undefined, required: undefined, starts: undefined, nullable: true };
/** One character of many (`\d`, `.`, a long class): never empty, so what follows it cannot start a match. */
const SOME_CHARACTER: Knowledge = { exact: undefined, required: undefined, starts: undefined, nullable: false };
const EMPTY: Knowledge = { exact: [''], required: undefined, starts: [], nullable: true };
/** A digit: too many texts to join with what follows, but a match that opens with one starts at a digit. */
const DIGIT: Knowledge = { exact: undefined, required: undefined, starts: [...'0123456789'], nullable: false };

/** What is known about a whole pattern: what every match contains and what every match starts with. */
interface PatternText {
  readonly required: readonly string[] | undefined;
  readonly starts: readonly string[] | undefined;
}

function patternText(pattern: RegExp): PatternText {
  if (pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v'))
    return { required: undefined, starts: undefined };
  let knowledge: Knowledge;
  try {
    const reader = new PatternReader(pattern.source);
    knowledge = reader.disjunction();
    if (!reader.atEnd()) return { required: undefined, starts: undefined };
  } catch {
    return { required: undefined, starts: undefined };
  }
  const required = usable(knowledge.required) ?? usable(knowledge.exact);
  // A pattern that can match the empty text can match anywhere: no start is promised.
  const starts = knowledge.nullable ? undefined : usable(knowledge.starts, MOST_STARTS);
  return {
    required: required === undefined ? undefined : withoutLongerForms(required, (longer, shorter) => longer.includes(shorter)),
    starts: starts === undefined ? undefined : withoutLongerForms(starts, (longer, shorter) => longer.startsWith(shorter)),
  };
}

/**
 * Strings of which every match of `pattern` contains at least one, or `undefined` when the pattern promises no
 * such string (or uses a flag this reading does not follow: case-insensitive matching). Sound by construction:
 * a part whose texts are not known contributes nothing, so an unknown never narrows the set.
 */
export function requiredText(pattern: RegExp): readonly string[] | undefined {
  return patternText(pattern).required;
}

/** Strings of which every match of `pattern` starts with one, or `undefined` when the pattern promises none. */
export function startingText(pattern: RegExp): readonly string[] | undefined {
  return patternText(pattern).starts;
}

/**
 * The list without any string that contains another of it: a text holding "overshooting" holds "overshoot", so
 * looking for "overshoot" alone answers the same and costs less.
 */
function withoutLongerForms(strings: readonly string[], holds: (longer: string, shorter: string) => boolean): readonly string[] {
  const byLength = [...strings].sort((left, right) => left.length - right.length);
  const kept: string[] = [];
  for (const text of byLength) if (!kept.some((shorter) => holds(text, shorter))) kept.push(text);
  return kept;
}

/** A list that can serve as required text: not empty, no empty string, not too long. */
function usable(strings: readonly string[] | undefined, most = MOST_REQUIRED): readonly string[] | undefined {
  if (strings === undefined || strings.length === 0 || strings.length > most) return undefined;
  if (strings.some((text) => text.length === 0)) return undefined;
  return strings;
}

/** What an alternation can match: each alternative's texts, and a required string from every alternative. */
function ofAlternatives(parts: readonly Knowledge[]): Knowledge {
  let exact: string[] | undefined = [];
  let required: string[] | undefined = [];
  let starts: string[] | undefined = [];
  let nullable = false;
  for (const part of parts) {
    nullable ||= part.nullable;
    if (exact !== undefined && part.exact !== undefined && exact.length + part.exact.length <= MOST_EXACT) exact.push(...part.exact);
    else exact = undefined;
    const own = usable(part.required) ?? usable(part.exact);
    if (required !== undefined && own !== undefined && required.length + own.length <= MOST_REQUIRED) required.push(...own);
    else required = undefined;
    if (starts !== undefined && part.starts !== undefined && starts.length + part.starts.length <= MOST_STARTS) starts.push(...part.starts);
    else starts = undefined;
  }
  return {
    exact: exact === undefined ? undefined : [...new Set(exact)],
    required: required === undefined ? undefined : [...new Set(required)],
    starts: starts === undefined ? undefined : [...new Set(starts)],
    nullable,
  };
}

/** How selective a list of required strings is: its shortest string's length, then fewer strings. */
function better(candidate: readonly string[], best: readonly string[] | undefined): boolean {
  if (best === undefined) return true;
  const difference = shortest(candidate) - shortest(best);
  return difference > 0 || (difference === 0 && candidate.length < best.length);
}

function shortest(strings: readonly string[]): number {
  let length = Number.POSITIVE_INFINITY;
  for (const text of strings) length = Math.min(length, text.length);
  return length;
}

/**
 * What a sequence can match: its parts' texts joined while all are known, the most selective required list, and
 * how it starts: each run of parts known exactly is one part (its texts joined), and a match starts as the first
 * part that is not empty starts, so the starts of every part up to the first that cannot be empty are gathered.
 */
function ofSequence(parts: readonly Knowledge[]): Knowledge {
  // `run` is every text the parts since the last unknown one can match together; it breaks at an unknown.
  let run: string[] = [''];
  let whole = true;
  let best: readonly string[] | undefined;
  const consider = (strings: readonly string[] | undefined): void => {
    const candidate = usable(strings);
    if (candidate !== undefined && better(candidate, best)) best = candidate;
  };
  // The parts with each run of exactly known parts joined, for working out how a match starts.
  const joined: Knowledge[] = [];
  let exactRun: string[] | undefined;
  for (const part of parts) {
    consider(part.required);
    if (part.exact !== undefined) {
      if (exactRun !== undefined && exactRun.length * part.exact.length <= MOST_EXACT) exactRun = concatenations(exactRun, part.exact);
      else {
        if (exactRun !== undefined) joined.push(exactly(...exactRun));
        exactRun = [...part.exact];
      }
    } else {
      if (exactRun !== undefined) joined.push(exactly(...exactRun));
      exactRun = undefined;
      joined.push(part);
    }
    if (part.exact !== undefined && run.length * part.exact.length <= MOST_EXACT) {
      run = concatenations(run, part.exact);
      continue;
    }
    whole = false;
    consider(run);
    run = part.exact === undefined ? [''] : [...part.exact];
  }
  if (exactRun !== undefined) joined.push(exactly(...exactRun));
  consider(run);
  let starts: string[] | undefined = [];
  let nullable = true;
  for (const part of joined) {
    if (part.starts === undefined || starts.length + part.starts.length > MOST_STARTS) {
      starts = undefined;
      break;
    }
    starts.push(...part.starts);
    if (!part.nullable) {
      nullable = false;
      break;
    }
  }
  if (starts !== undefined) starts = [...new Set(starts)];
  // An unknown start leaves open whether the rest can be empty: only a sequence of known parts is said to be.
  if (starts === undefined) nullable = joined.every((part) => part.nullable);
  return whole ? { ...exactly(...run), required: best } : { exact: undefined, required: best, starts, nullable };
}

function concatenations(left: readonly string[], right: readonly string[]): string[] {
  const result = new Set<string>();
  for (const first of left) for (const second of right) result.add(first + second);
  return [...result];
}

function ofQuantifier(min: number, max: number, body: Knowledge): Knowledge {
  if (min === 1 && max === 1) return body;
  if (body.exact !== undefined && max <= 3) {
    let texts: string[] | undefined = [''];
    let all: string[] = min === 0 ? [''] : [];
    for (let count = 1; count <= max && texts !== undefined; count += 1) {
      texts = texts.length * body.exact.length <= MOST_EXACT ? concatenations(texts, body.exact) : undefined;
      if (texts !== undefined && count >= min) all = [...all, ...texts];
    }
    if (texts !== undefined && all.length <= MOST_EXACT) return exactly(...new Set(all));
  }
  // At least one copy: whatever one copy must contain, the repetition contains, and it starts as one copy starts.
  if (min >= 1)
    return { exact: undefined, required: usable(body.required) ?? usable(body.exact), starts: body.starts, nullable: body.nullable };
  // Perhaps no copy: nothing is required, but a copy that is there starts as the body starts.
  return { exact: undefined, required: undefined, starts: body.starts, nullable: true };
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/**
 * Reads a pattern's source (without the `u` or `v` flag) by recursive descent, working out what each part can
 * match as it goes. Throws on anything it does not follow, and the caller then promises nothing.
 */
class PatternReader {
  private position = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  disjunction(): Knowledge {
    const parts = [this.alternative()];
    while (this.source[this.position] === '|') {
      this.position += 1;
      parts.push(this.alternative());
    }
    return parts.length === 1 ? (parts[0] as Knowledge) : ofAlternatives(parts);
  }

  private alternative(): Knowledge {
    const parts: Knowledge[] = [];
    while (!this.atEnd() && this.source[this.position] !== '|' && this.source[this.position] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return ofSequence(parts);
  }

  private quantified(atom: Knowledge): Knowledge {
    const character = this.source[this.position];
    let min: number;
    let max: number;
    if (character === '*' || character === '+' || character === '?') {
      min = character === '+' ? 1 : 0;
      max = character === '?' ? 1 : Number.POSITIVE_INFINITY;
      this.position += 1;
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      // A brace that opens no count is a brace: only a count is a quantifier.
      if (bounds === null) return atom;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Number.POSITIVE_INFINITY : Number(bounds[3]);
      this.position += bounds[0].length;
    } else return atom;
    if (this.source[this.position] === '?') this.position += 1;
    return ofQuantifier(min, max, atom);
  }

  private atom(): Knowledge {
    const character = this.source[this.position] as string;
    this.position += 1;
    switch (character) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return SOME_CHARACTER;
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Error(`nothing to repeat at ${this.position - 1}`);
      default:
        return exactly(character);
    }
  }

  private group(): Knowledge {
    let lookaround = false;
    if (this.source.startsWith('?:', this.position)) this.position += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.position, this.position + 3))) {
      lookaround = true;
      this.position += this.source[this.position + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.position)) {
      const close = this.source.indexOf('>', this.position);
      if (close < 0) throw new Error('unterminated group name');
      this.position = close + 1;
    } else if (this.source[this.position] === '?') throw new Error(`unknown group at ${this.position}`);
    const inside = this.disjunction();
    if (this.source[this.position] !== ')') throw new Error(`unterminated group at ${this.position}`);
    this.position += 1;
    // A look around consumes nothing: what it tests is not part of the match.
    return lookaround ? EMPTY : inside;
  }

  private escape(): Knowledge {
    const character = this.source[this.position];
    if (character === undefined) throw new Error('pattern ends in a backslash');
    this.position += 1;
    if (character === 'b' || character === 'B') return EMPTY;
    if (character === 'd') return DIGIT;
    if ('DsSwW'.includes(character)) return SOME_CHARACTER;
    if (/[1-9]/.test(character) || character === 'k') return NOTHING_KNOWN;
    const code = this.escapedCode(character);
    return exactly(String.fromCharCode(code));
  }

  /** The character code an escape (after its backslash and letter) stands for. */
  private escapedCode(character: string): number {
    if (character in CONTROL_ESCAPES) return (CONTROL_ESCAPES[character] as string).charCodeAt(0);
    if (character === 'x' || character === 'u') {
      const digits = character === 'x' ? 2 : 4;
      const hex = this.source.slice(this.position, this.position + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new Error(`unread escape at ${this.position}`);
      this.position += digits;
      return Number.parseInt(hex, 16);
    }
    if (character === 'c') throw new Error('control escape');
    return character.charCodeAt(0);
  }

  private characterClass(): Knowledge {
    const negated = this.source[this.position] === '^';
    if (negated) this.position += 1;
    const characters = new Set<string>();
    let known = !negated;
    while (this.source[this.position] !== ']') {
      if (this.atEnd()) throw new Error('unterminated class');
      const low = this.classMember();
      if (this.source[this.position] === '-' && this.source[this.position + 1] !== ']' && low !== undefined) {
        this.position += 1;
        const high = this.classMember();
        if (high === undefined) throw new Error('class range to a class escape');
        if (high - low >= MOST_CLASS_CHARACTERS) known = false;
        else for (let code = low; code <= high; code += 1) characters.add(String.fromCharCode(code));
      } else if (low === undefined) known = false;
      else characters.add(String.fromCharCode(low));
    }
    this.position += 1;
    // An empty class matches nothing; a long or negated one, one character of many.
    if (!known || characters.size > MOST_CLASS_CHARACTERS || characters.size === 0) return SOME_CHARACTER;
    return exactly(...characters);
  }

  /** One member of a class as a character code, or `undefined` for a class escape (`\s`, `\d`, `\w`). */
  private classMember(): number | undefined {
    const character = this.source[this.position] as string;
    this.position += 1;
    if (character !== '\\') return character.charCodeAt(0);
    const escaped = this.source[this.position];
    if (escaped === undefined) throw new Error('pattern ends in a backslash');
    this.position += 1;
    if ('dDsSwW'.includes(escaped)) return undefined;
    // In a class, `\b` is a backspace.
    if (escaped === 'b') return 8;
    return this.escapedCode(escaped);
  }
}

/** A part that matches these texts and nothing else. */
function exactly(...texts: string[]): Knowledge {
  return { exact: texts, required: undefined, starts: texts.filter((text) => text.length > 0), nullable: texts.includes('') };
}

// Worked out on a pattern's third to eighteenth use, patterns in turn: a command that reads one brief never pays for
// it, and a server spreads the work (about a millisecond for a long pattern) over its first readings. The use that
// works it out is the first to rely on it, so the earliest is use 3: the first two always scan, whatever the order in
// which patterns were first seen.
const FIRST_USE_KNOWN = 3;
const USES_SPREAD = 16;
let patternsSeen = 0;

interface Scanning {
  /** The pattern as it scans: the same matches, compiled to less code (see `compactPattern`). */
  readonly scanner: RegExp;
  uses: number;
  readonly knownAt: number;
  text: PatternText | undefined;
  /** The pattern made sticky, to be tried where a match can start. */
  sticky: RegExp | undefined;
  /** Where a match can start in a text, once the starts are known. */
  startsIn: ((text: string) => number[]) | undefined;
  /** The required strings with the hash of each one's first three characters (-1 for a shorter string). */
  required: RequiredPieces | undefined;
}

interface RequiredPieces {
  readonly pieces: readonly string[];
  readonly trigrams: Int32Array;
}

const scanning = new WeakMap<RegExp, Scanning>();

function scanningOf(pattern: RegExp): Scanning {
  let entry = scanning.get(pattern);
  if (entry === undefined) {
    entry = {
      scanner: compactPattern(pattern),
      uses: 0,
      knownAt: FIRST_USE_KNOWN + (patternsSeen % USES_SPREAD),
      text: undefined,
      sticky: undefined,
      startsIn: undefined,
      required: undefined,
    };
    patternsSeen += 1;
    scanning.set(pattern, entry);
  }
  if (entry.uses < entry.knownAt) {
    entry.uses += 1;
    if (entry.uses === entry.knownAt) {
      entry.text = patternText(pattern);
      const pieces = entry.text.required;
      if (pieces !== undefined)
        entry.required = { pieces, trigrams: Int32Array.from(pieces, (piece) => (piece.length >= 3 ? trigramOf(piece, 0) : -1)) };
      if (entry.text.starts !== undefined) {
        entry.sticky = compactPattern(pattern, `${pattern.flags.replace('g', '')}y`);
        entry.startsIn = startFinder(entry.text.starts);
      }
    }
  }
  return entry;
}

/** Bits in the table of a text's three-character pieces: a few hundred pieces leave most bits clear. */
const TRIGRAM_BITS = 4096;

function trigramOf(text: string, at: number): number {
  return ((text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) >>> 0) % TRIGRAM_BITS;
}

// The text last looked at and a bit for each of its three-character pieces (by hash). The reader runs its patterns
// over one reading copy at a time, so one text's table serves several hundred checks; a required string whose first
// three characters have no bit set is surely not in the text, and most are not, so few are looked for in full.
let trigramText: string | undefined;
const trigramTable = new Uint32Array(TRIGRAM_BITS / 32);

function trigramsOf(text: string): Uint32Array {
  if (text !== trigramText) {
    trigramTable.fill(0);
    for (let at = 0; at + 2 < text.length; at += 1) {
      const bit = trigramOf(text, at);
      trigramTable[bit >>> 5] = (trigramTable[bit >>> 5] as number) | (1 << (bit & 31));
    }
    trigramText = text;
  }
  return trigramTable;
}

function holdsAny(text: string, required: RequiredPieces | undefined): boolean {
  if (required === undefined) return true;
  const table = trigramsOf(text);
  const { pieces, trigrams } = required;
  for (let index = 0; index < pieces.length; index += 1) {
    const bit = trigrams[index] as number;
    if (bit >= 0 && ((table[bit >>> 5] as number) & (1 << (bit & 31))) === 0) continue;
    if (text.includes(pieces[index] as string)) return true;
  }
  return false;
}

/**
 * Every match of `pattern` (which must have the `g` flag) in `text`, in order, as repeated `exec` finds them (an
 * empty match is skipped). Once the pattern is known, a text without its required words is not scanned, and a
 * pattern whose every match starts with one of a few strings is tried only where they occur: the same matches,
 * since a match can start nowhere else and the sticky pattern tried at a place matches as the pattern would there.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  const entry = scanningOf(pattern);
  const matches: RegExpExecArray[] = [];
  if (!holdsAny(text, entry.required)) return matches;
  const startsIn = entry.startsIn;
  if (startsIn === undefined || entry.sticky === undefined) {
    const scanner = entry.scanner;
    scanner.lastIndex = 0;
    for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
      if (match[0].length === 0) {
        scanner.lastIndex += 1;
        continue;
      }
      matches.push(match);
    }
    return matches;
  }
  const sticky = entry.sticky;
  let from = 0;
  for (const position of startsIn(text)) {
    if (position < from) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    // Every start is at least one character long, so a match here is never empty.
    if (match === null) continue;
    matches.push(match);
    from = position + match[0].length;
  }
  return matches;
}

/** At most this many starts are each looked for with `indexOf`; more are looked up in the text's index. */
const FEW_STARTS = 6;

/**
 * Every pair of characters that opens some pattern's start, by a number of its own, so that a text's index is a
 * list by that number: looking up a pattern's pairs in a text's index is then reading a list's entries.
 */
const pairNumbers = new Map<number, number>();

function pairNumberOf(first: number, second: number): number {
  const key = first * 65536 + second;
  let number = pairNumbers.get(key);
  if (number === undefined) {
    number = pairNumbers.size;
    pairNumbers.set(key, number);
    // A text indexed before this pair had a number does not list it.
    indexedText = undefined;
  }
  return number;
}

/** Where each character, and each pair of characters that opens some start, occurs in a text, in order. */
interface TextIndex {
  readonly singles: Map<number, number[]>;
  readonly pairs: (number[] | undefined)[];
}

// The text last indexed: the reader runs its patterns over one reading copy at a time, so one index serves them all.
let indexedText: string | undefined;
let textIndex: TextIndex = { singles: new Map(), pairs: [] };

function indexOfText(text: string): TextIndex {
  if (text === indexedText) return textIndex;
  const singles = new Map<number, number[]>();
  const pairs: (number[] | undefined)[] = new Array(pairNumbers.size).fill(undefined);
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const single = singles.get(code);
    if (single === undefined) singles.set(code, [at]);
    else single.push(at);
    if (at + 1 < text.length) {
      const number = pairNumbers.get(code * 65536 + text.charCodeAt(at + 1));
      if (number === undefined) continue;
      const pair = pairs[number];
      if (pair === undefined) pairs[number] = [at];
      else pair.push(at);
    }
  }
  indexedText = text;
  textIndex = { singles, pairs };
  return textIndex;
}

/**
 * Finds where any of `starts` occurs in a text, in order, each place once. A few are each looked for along the
 * text; many (a pattern whose alternatives open with dozens of words) are grouped by their first two characters
 * (a one-character start by its character), and only the places in the text's index where those occur are checked.
 */
function startFinder(starts: readonly string[]): (text: string) => number[] {
  if (starts.length <= FEW_STARTS) return (text) => positionsOf(text, starts);
  const singles: number[] = [];
  const byPair = new Map<number, string[]>();
  for (const start of starts) {
    if (start.length === 1) {
      singles.push(start.charCodeAt(0));
      continue;
    }
    const number = pairNumberOf(start.charCodeAt(0), start.charCodeAt(1));
    const list = byPair.get(number);
    if (list === undefined) byPair.set(number, [start]);
    else list.push(start);
  }
  const pairs = [...byPair.keys()];
  // A pair's starts that are longer than the pair, to be checked where it occurs; none when the pair is a start.
  const longer = pairs.map((number) => {
    const list = byPair.get(number) as string[];
    return list.some((start) => start.length === 2) ? [] : list;
  });
  return (text) => {
    const index = indexOfText(text);
    const found: number[] = [];
    for (const code of singles) {
      const places = index.singles.get(code);
      if (places !== undefined) for (const at of places) found.push(at);
    }
    for (let which = 0; which < pairs.length; which += 1) {
      const places = index.pairs[pairs[which] as number];
      if (places === undefined) continue;
      const list = longer[which] as string[];
      for (const at of places) if (list.length === 0 || list.some((start) => text.startsWith(start, at))) found.push(at);
    }
    // Each place is found once: a place opens one pair, and no start is kept that begins with another start.
    if (found.length > 1) found.sort((left, right) => left - right);
    return found;
  };
}

/** Where any of `pieces` occurs in `text`, in order, each place once. */
function positionsOf(text: string, pieces: readonly string[]): number[] {
  const positions: number[] = [];
  for (const piece of pieces) for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) positions.push(at);
  if (pieces.length > 1) positions.sort((left, right) => left - right);
  return positions;
}
