/**
 * A pattern's source cut at its top-level `|` into parts of at most `most` characters each, every part the
 * alternatives it holds joined again: a text matches the whole pattern exactly when it matches one of the parts.
 * Why: V8 compiles a regular expression whose source passes 20 KB without its scanning optimisations, and a metric's
 * list of names can pass that; tested as parts below it, the test answers the same and costs a fraction. A part is
 * never cut inside a group, a character class or an escape; an alternative longer than `most` is a part of its own.
 */
export function patternParts(source: string, most: number): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(from, index));
      from = index + 1;
    }
  }
  alternatives.push(source.slice(from));
  const parts: string[] = [];
  for (const alternative of alternatives) {
    const last = parts.length - 1;
    if (last >= 0 && (parts[last] ?? '').length + 1 + alternative.length <= most) parts[last] = `${parts[last]}|${alternative}`;
    else parts.push(alternative);
  }
  return parts;
}

/**
 * A part of an alternation (see `patternParts`), ready to be tested alone, and the smaller parts it is cut into; a
 * part of one alternative has none. `test` is `undefined` for a part that refers to a group by number or name, which
 * cannot be tested alone and is always kept.
 */
interface TestedPart {
  readonly source: string;
  readonly test: RegExp | undefined;
  readonly parts: readonly TestedPart[];
}

/**
 * The sizes a list of alternatives is cut into, largest first: the first below V8's 20 KB limit for optimising a
 * regular expression, so that a text naming none of them is scanned once or twice; then smaller parts, tested only
 * within a part that matched, down to single alternatives.
 */
const PART_SIZES = [16_000, 2_000, 0] as const;
const testedParts = new Map<string, readonly TestedPart[]>();

function cutInto(source: string, level: number): TestedPart[] {
  const size = PART_SIZES[level] as number;
  return patternParts(source, size).map((part) => {
    const single = size === 0 || !part.includes('|');
    return {
      source: part,
      test: /\\(?:k<|[1-9])/.test(part) ? undefined : new RegExp(part),
      parts: single || level + 1 >= PART_SIZES.length ? [] : cutInto(part, level + 1),
    };
  });
}

/** Adds to `kept` the alternatives of `parts` that match somewhere in `text`; false when some did not. */
function keepMatching(parts: readonly TestedPart[], text: string, kept: string[]): boolean {
  let all = true;
  for (const part of parts) {
    if (part.test !== undefined && !part.test.test(text)) {
      all = false;
      continue;
    }
    if (part.parts.length === 0) kept.push(part.source);
    else if (!keepMatching(part.parts, text, kept)) all = false;
  }
  return all;
}

/**
 * The alternatives of `source` (cut at its top-level `|`) that match somewhere in `text`, joined again in their
 * order; `source` itself when all do, `undefined` when none does. A pattern that holds `source` as a whole group
 * and is run on this same `text` matches exactly as it would with the group holding only these: an alternative that
 * matches nowhere in the text cannot match inside a longer pattern either (its lookarounds look at the same text),
 * and the order, which decides between alternatives, is kept. Why: a covenant's list of names runs to 20-30 KB, and
 * every form of a limit holds it whole; with only the names the brief uses, a form compiles to a fraction of the
 * code and scans several times faster. The alternatives are tested in large parts first, and in smaller ones only
 * within a part that matched; an alternative that refers to a group (`\k<name>`, `\1`) is always kept.
 */
export function alternativesIn(source: string, text: string): string | undefined {
  let parts = testedParts.get(source);
  if (parts === undefined) {
    parts = cutInto(source, 0);
    testedParts.set(source, parts);
  }
  const kept: string[] = [];
  const all = keepMatching(parts, text, kept);
  if (kept.length === 0) return undefined;
  return all ? source : kept.join('|');
}
