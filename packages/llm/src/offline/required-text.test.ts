import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEF_CASES, BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';
import { matchesIn, requiredText, startingText } from './required-text.js';

describe('requiredText', () => {
  it.each([
    [/\b(?:foo|bar)baz/g, ['barbaz', 'foobaz']],
    [/(?<=\d\s*)fixed[-\s]charges?/g, ['charge']],
    [/(?:the\s+)?overshoot(?:ing)?\s+(?:kept|held)/g, ['overshoot']],
    [/(?:abc)?def/g, ['def']],
    [/\$\d+(?:m|mm|million)/g, ['$']],
    [/(?:sell|selling|sold)\s+\d/g, ['sell', 'sold']],
    // "xxxy" holds "xxy": the longer form is not looked for.
    [/x{2,3}y/g, ['xxy']],
    [/(a)\1/g, ['a']],
    [/[ab]c/g, ['ac', 'bc']],
    [/\u2264\s*\d/g, ['\u2264']],
  ])('%s: every match contains one of %j', (pattern, expected) => {
    expect([...(requiredText(pattern) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([
    // Nothing is promised: a class escape, any character, an alternative with nothing required, a negated class.
    /\d+/g,
    /.+/g,
    /foo|\s+/g,
    /[^a-z]+/g,
    /(?:foo)?/g,
    // Matching without regard to case is not followed.
    /foo/gi,
  ])('%s promises nothing', (pattern) => {
    expect(requiredText(pattern)).toBeUndefined();
  });

  it('promises only what every match holds, on random patterns and texts', () => {
    // Patterns built from the constructs the reader's patterns use, over a small alphabet so that they match often.
    const letter = fc.constantFrom('a', 'b', 'c', ' ', '-');
    const pattern: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? fc.oneof(letter, fc.constantFrom('\\s', '\\b', '.', '[ab]', '[^a]', '[-\\s]', '\\d', 'x'))
        : fc.oneof(
            pattern(depth - 1),
            fc.tuple(pattern(depth - 1), pattern(depth - 1)).map(([left, right]) => left + right),
            fc.tuple(pattern(depth - 1), pattern(depth - 1)).map(([left, right]) => `(?:${left}|${right})`),
            pattern(depth - 1).map((inner) => `(?:${inner})?`),
            pattern(depth - 1).map((inner) => `(?:${inner})+`),
            pattern(depth - 1).map((inner) => `(?:${inner})*`),
            pattern(depth - 1).map((inner) => `(?:${inner}){1,2}`),
            pattern(depth - 1).map((inner) => `(?<=${inner})`),
            pattern(depth - 1).map((inner) => `(?!${inner})`),
            pattern(depth - 1).map((inner) => `(${inner})`),
          ),
    );
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', '-', 'x', '1'), { maxLength: 24 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(pattern(4), fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        const regex = new RegExp(source, 'g');
        const required = requiredText(regex);
        const starts = startingText(regex);
        for (const subject of texts) {
          for (const match of subject.matchAll(regex)) {
            if (required !== undefined) expect(required.some((piece) => match[0].includes(piece))).toBe(true);
            if (starts !== undefined) expect(starts.some((piece) => match[0].startsWith(piece))).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('startingText', () => {
  it.each([
    [/\b(?:foo|bar)\s+baz/g, ['bar', 'foo']],
    [/(?<=\d\s*)fixed[-\s]charges?/g, ['fixed']],
    // An optional opening: a match starts with it, or with what follows it.
    [/(?:the\s+)?overshoot/g, ['overshoot', 'the']],
    [/(?<![a-z-])(?:net\s+)?lev[ae]?rage/g, ['levarage', 'leverage', 'levrage', 'net']],
    [/(?:a|b)?(?:c|d)*e/g, ['a', 'b', 'c', 'd', 'e']],
    // Nothing is promised where a match can open with any of many characters, or can be empty.
    [/\s*foo/g, undefined],
    [/(?:foo)?(?:bar)?/g, undefined],
    [/(?:net|lease-adjusted)(?:\s+leverage)?/g, ['lease-adjusted', 'net']],
    [/(?:sell|selling|sold)\s+\d/g, ['sell', 'sold']],
    // A digit opens a match at any of the ten digits.
    [/\$?\d+/g, ['$', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    [/\$?\w+/g, undefined],
  ])('%s: every match starts with one of %j', (pattern, expected) => {
    const starts = startingText(pattern);
    expect(starts === undefined ? undefined : [...starts].sort()).toEqual(expected);
  });
});

describe('matchesIn', () => {
  const plainMatches = (pattern: RegExp, text: string) => {
    const found: { index: number; text: string; groups: unknown }[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      found.push({ index: match.index, text: match[0], groups: match.groups });
    }
    return found;
  };

  it('finds what a scan of the whole text finds, before and after the pattern is known', () => {
    const letter = fc.constantFrom('a', 'b', 'c', ' ', 'x');
    const piece = fc.oneof(letter, fc.constantFrom('\\s', '\\b', '[ab]', '\\d', 'ab', 'ba'));
    const source = fc
      .array(
        fc.oneof(
          piece,
          fc.tuple(piece, piece).map(([left, right]) => `(?:${left}|${right})`),
          piece.map((inner) => `(?:${inner})?`),
          piece.map((inner) => `(?:${inner})+`),
          piece.map((inner) => `(?:${inner})*`),
          piece.map((inner) => `(?<!${inner})`),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((parts) => parts.join(''));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'x', '1'), { maxLength: 30 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(source, fc.array(text, { minLength: 20, maxLength: 24 }), (pattern, texts) => {
        const regex = new RegExp(pattern, 'g');
        const plain = new RegExp(pattern, 'g');
        for (const subject of texts) {
          const found = matchesIn(regex, subject).map((match) => ({ index: match.index, text: match[0], groups: match.groups }));
          expect(found).toEqual(plainMatches(plain, subject));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchesIn, once the pattern is known', () => {
  it('scans until the pattern has been used a few times, then skips a text without the required words', () => {
    // A digit first: no start is known, so every scan goes through the pattern's own exec, which is counted.
    const pattern = /\d+\s*overshoot(?:ing)?\b/g;
    const exec = pattern.exec.bind(pattern);
    let scans = 0;
    pattern.exec = (text: string) => {
      scans += 1;
      return exec(text);
    };
    const scansPerUse = Array.from({ length: 20 }, () => {
      const before = scans;
      expect(matchesIn(pattern, 'raise $150m from 12 warehouses')).toEqual([]);
      return scans - before;
    });
    expect(scansPerUse.slice(0, 2).every((count) => count > 0)).toBe(true);
    expect(scansPerUse.at(-1)).toBe(0);
    expect(matchesIn(pattern, 'keep it to 5 overshoot points').map((match) => match[0])).toEqual(['5 overshoot']);
  });

  it('scans the first two uses of a pattern wherever it falls in the spread of first uses, whatever was seen before it', () => {
    // Sixteen patterns in a row cover every place in the spread, so one of them is worked out as early as any can be.
    const scansPerUse = Array.from({ length: 17 }, (_, index) => {
      const pattern = new RegExp(String.raw`\d+\s*overshoot${index}\b`, 'g');
      const exec = pattern.exec.bind(pattern);
      let scans = 0;
      pattern.exec = (text: string) => {
        scans += 1;
        return exec(text);
      };
      return Array.from({ length: 20 }, () => {
        const before = scans;
        matchesIn(pattern, 'raise $150m from 12 warehouses');
        return scans - before;
      });
    });
    expect(scansPerUse.map((uses) => [uses[0], uses[1], uses.at(-1)])).toEqual(scansPerUse.map(() => [1, 1, 0]));
  });

  // Twenty readings of every brief case: seconds on an idle machine, several times that on a loaded one, where the
  // suite's default deadline would fail a reading that is only slow.
  it('leaves every reading as it was: each brief read many times reads the same', async () => {
    const client = createOfflineLlmClient();
    const first = await Promise.all(BRIEF_CASES.map((briefCase) => client.generateSelectorSpec(briefCase.brief, BRIEF_TABLE_SUMMARY)));
    // Enough readings for every pattern's required words to be worked out and used.
    for (let round = 0; round < 18; round += 1)
      for (const briefCase of BRIEF_CASES) await client.generateSelectorSpec(briefCase.brief, BRIEF_TABLE_SUMMARY);
    const last = await Promise.all(BRIEF_CASES.map((briefCase) => client.generateSelectorSpec(briefCase.brief, BRIEF_TABLE_SUMMARY)));
    const seen = (reading: (typeof first)[number]) => ({ value: reading.value, notices: reading.metadata.notices });
    expect(last.map(seen)).toEqual(first.map(seen));
  }, 180_000);
});
