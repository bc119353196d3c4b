import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPattern, compactSource } from './compact-pattern.js';

/** Every match of a global pattern in `text`: where it starts, what it matched, and every group it captured. */
function allMatches(pattern: RegExp, text: string): unknown[] {
  const found: unknown[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ index: match.index, groups: [...match], named: match.groups });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

describe('compactSource', () => {
  it('settles the position after every group that holds an alternation, after its quantifier', () => {
    expect(compactSource('(?:a|bc)d')).toBe('(?:a|bc)(?=)d');
    expect(compactSource('(?:a|bc)?d')).toBe('(?:a|bc)?(?=)d');
    expect(compactSource('(?<n>a|bc){1,3}?d')).toBe('(?<n>a|bc){1,3}?(?=)d');
    expect(compactSource('(?:x(?:a|b)y|z)w')).toBe('(?:x(?:a|b)(?=)y|z)(?=)w');
  });

  it('leaves groups without an alternation, look arounds and the top level as they are', () => {
    expect(compactSource('(?:ab)+c')).toBe('(?:ab)+c');
    expect(compactSource('(?<=a|bc)d(?!e|f)')).toBe('(?<=a|bc)d(?!e|f)');
    expect(compactSource('a|bc')).toBe('a|bc');
  });

  it('copies escapes and character classes without reading a bracket or a bar in them as structure', () => {
    expect(compactSource(String.raw`\((?:a|\|)[()|\]]`)).toBe(String.raw`\((?:a|\|)(?=)[()|\]]`);
    expect(compactSource('(?:[^]|x)y')).toBe('(?:[^]|x)(?=)y');
    expect(compactSource('a{2}(?:b|c)')).toBe('a{2}(?:b|c)(?=)');
  });
});

describe('compactPattern', () => {
  it('keeps the flags, returns the same pattern each time, and a pattern with nothing to settle as it is', () => {
    const pattern = /(?:one|two)\s+(?:x|y)/g;
    const compact = compactPattern(pattern);
    expect(compact.flags).toBe('g');
    expect(compact.source).toBe('(?:one|two)(?=)\\s+(?:x|y)(?=)');
    expect(compactPattern(pattern)).toBe(compact);
    const plain = /abc/g;
    expect(compactPattern(plain)).toBe(plain);
    expect(compactPattern(pattern, 'y').flags).toBe('y');
  });

  it('matches exactly what the original matches, groups included, on the reader’s kind of pattern', () => {
    const words =
      /\b(?<n>(?:twenty|thirty)(?:[-\s](?:one|two))?|one|two)(?:\s+(?:and\s+)?(?:a\s+)?(?:half|quarter))?\s*(?<unit>x|times)\b/g;
    const text = 'twenty-two x, thirty one times, one and a half x, two and quarter times, twentyone x';
    expect(allMatches(compactPattern(words), text)).toEqual(allMatches(words, text));
    expect(allMatches(words, text).length).toBe(4);
  });

  it('matches exactly what the original matches for any pattern built of alternations, groups and quantifiers', () => {
    const letter = fc.constantFrom('a', 'b', 'ab', 'ba', '\\s', '[ab]', '.', '\\b');
    const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        letter,
        fc.tuple(tie('node'), tie('node')).map(([left, right]) => `${left}${right}`),
        fc.tuple(tie('node'), tie('node')).map(([left, right]) => `(?:${left}|${right})`),
        fc.tuple(tie('node'), tie('node')).map(([left, right]) => `(${left}|${right})`),
        fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{1,2}', '??', '+?')).map(([body, quantifier]) => `(?:${body})${quantifier}`),
        fc.tuple(tie('node'), fc.constantFrom('(?=', '(?!', '(?<=', '(?<!')).map(([body, look]) => `${look}${body}|b)`),
      ),
    })).node;
    fc.assert(
      fc.property(pattern, fc.stringMatching(/^[ab ]{0,12}$/), (source, text) => {
        const original = new RegExp(source, 'g');
        expect(allMatches(new RegExp(compactSource(source), 'g'), text)).toEqual(allMatches(original, text));
      }),
      { numRuns: 500 },
    );
  });
});
