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
