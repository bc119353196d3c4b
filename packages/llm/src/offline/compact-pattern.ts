// Why the reader's patterns are rewritten before they scan a brief. V8's regular-expression compiler emits the
// code that follows an alternation once for each alternative that reaches it (up to ten copies), because each
// alternative leaves the match at a different offset from the position it last settled. The reader's patterns
// nest alternations of words many levels deep ("twenty|thirty|...", then "one|two|...", then a unit), so each
// compiles to a few hundred kilobytes, and one reading ran through about 17 MB of pattern code: far more than the
// processor's caches hold, so every reading inside a request started cold. An empty look-ahead, `(?=)`, after an
// alternation makes the compiler settle the position there, so what follows is emitted once. It matches the empty
// string everywhere and captures nothing, so the rewritten pattern matches exactly what the original does.

/** A quantifier at the start of `text`: `*`, `+`, `?` or `{n}`, `{n,}`, `{n,m}`, each possibly lazy. */
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;

/** An empty look-ahead: always true, consumes nothing, captures nothing. */
const SETTLE = '(?=)';

/**
 * `source` with an empty look-ahead after every group (and its quantifier) that holds an alternation, except look
 * arounds (which already leave the position where it was). Escapes and character classes are copied as they are.
 */
export function compactSource(source: string): string {
  const pieces: string[] = [];
  // For each open group: whether it holds an alternation at its own level, and whether it is a look around.
  const groups: { alternation: boolean; lookaround: boolean }[] = [];
  let position = 0;
  while (position < source.length) {
    const character = source[position] as string;
    if (character === '\\') {
      pieces.push(source.slice(position, position + 2));
      position += 2;
    } else if (character === '[') {
      const end = classEnd(source, position);
      pieces.push(source.slice(position, end));
      position = end;
    } else if (character === '(') {
      groups.push({ alternation: false, lookaround: /^\(\?<?[=!]/.test(source.slice(position, position + 4)) });
      pieces.push(character);
      position += 1;
    } else if (character === '|') {
      const group = groups.at(-1);
      if (group !== undefined) group.alternation = true;
      pieces.push(character);
      position += 1;
    } else if (character === ')') {
      const group = groups.pop();
      pieces.push(character);
      position += 1;
      const quantifier = QUANTIFIER.exec(source.slice(position, position + 24));
      if (quantifier !== null) {
        pieces.push(quantifier[0]);
        position += quantifier[0].length;
      }
      if (group?.alternation === true && !group.lookaround) pieces.push(SETTLE);
    } else {
      pieces.push(character);
      position += 1;
    }
  }
  return pieces.join('');
}

/** Where the character class opening at `start` ends (just past its `]`). In JavaScript `[]` and `[^]` close at once. */
function classEnd(source: string, start: number): number {
  let position = start + 1;
  if (source[position] === '^') position += 1;
  while (position < source.length && source[position] !== ']') position += source[position] === '\\' ? 2 : 1;
  return position + 1;
}

const compacted = new WeakMap<RegExp, RegExp>();

/**
 * A pattern that matches exactly what `pattern` matches, with the same flags, compiled to less code (see above).
 * Kept per pattern, so each is rewritten once; a pattern the rewriting would not change is returned as it is.
 */
export function compactPattern(pattern: RegExp, flags = pattern.flags): RegExp {
  // With the `v` flag a class may hold classes, which this reading of the source does not follow.
  if (flags.includes('v')) return flags === pattern.flags ? pattern : new RegExp(pattern.source, flags);
  if (flags !== pattern.flags) return new RegExp(compactSource(pattern.source), flags);
  let compact = compacted.get(pattern);
  if (compact === undefined) {
    const source = compactSource(pattern.source);
    compact = source === pattern.source ? pattern : new RegExp(source, flags);
    compacted.set(pattern, compact);
  }
  return compact;
}
