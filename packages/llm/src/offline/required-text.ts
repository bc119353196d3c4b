import { compactPattern } from './compact-pattern.js';
import { patternText, type PatternText } from './pattern-source-reading.js';
import { holdsAny, requiredPiecesOf, startFinder, type RequiredPieces } from './text-piece-index.js';

// Every match of a pattern in a text, found without scanning where no match can be: a text without any of the strings
// every match contains is not scanned, and a pattern whose every match starts with one of some strings is tried only
// where they stand (what a pattern promises is read from its source, `pattern-source-reading.ts`; where a text's
// pieces stand, `text-piece-index.ts`).

/**
 * Strings of which every match of `pattern` contains at least one, or `undefined` when the pattern promises no
 * such string (see `patternText`).
 */
export function requiredText(pattern: RegExp): readonly string[] | undefined {
  return patternText(pattern).required;
}

/** Strings of which every match of `pattern` starts with one, or `undefined` when the pattern promises none. */
export function startingText(pattern: RegExp): readonly string[] | undefined {
  return patternText(pattern).starts;
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
  /** The required strings, ready to be looked for. */
  required: RequiredPieces | undefined;
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
      if (pieces !== undefined) entry.required = requiredPiecesOf(pieces);
      if (entry.text.starts !== undefined) {
        entry.sticky = compactPattern(pattern, `${pattern.flags.replace('g', '')}y`);
        entry.startsIn = startFinder(entry.text.starts);
      }
    }
  }
  return entry;
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
