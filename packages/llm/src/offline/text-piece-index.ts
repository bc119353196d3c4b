// Where a text's pieces stand, looked up once per text for every pattern run over it: the reader runs a few hundred
// patterns over one reading copy at a time, so what is worked out about the text (its three-letter pieces, where its
// characters and pairs of characters stand) serves them all.

/**
 * Strings every match of a pattern contains one of, with the hash of each one's first three characters (-1 for a
 * shorter string).
 */
export interface RequiredPieces {
  readonly pieces: readonly string[];
  readonly trigrams: Int32Array;
}

/** The required strings `pieces`, ready to be looked for with `holdsAny`. */
export function requiredPiecesOf(pieces: readonly string[]): RequiredPieces {
  return { pieces, trigrams: Int32Array.from(pieces, (piece) => (piece.length >= 3 ? trigramOf(piece, 0) : -1)) };
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

/**
 * Whether `text` holds any of the required strings (always, when there are none to look for): a string whose first
 * three characters have no bit in the text's table is passed over without a look.
 */
export function holdsAny(text: string, required: RequiredPieces | undefined): boolean {
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
export function startFinder(starts: readonly string[]): (text: string) => number[] {
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
