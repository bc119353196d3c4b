import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';
import { nonOverlappingEdits, RestatedBrief, type TextEdit } from './restated-brief.js';

/** Non-overlapping edits of `text`, from arbitrary cut points and replacements. */
function editsOf(text: string, cuts: readonly number[], replacements: readonly string[]): TextEdit[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((left, right) => left - right);
  const edits: TextEdit[] = [];
  for (let index = 0; index + 1 < points.length; index += 2) {
    edits.push({
      start: points[index] ?? 0,
      end: points[index + 1] ?? 0,
      text: replacements[index % Math.max(1, replacements.length)] ?? '',
    });
  }
  return edits;
}

describe('RestatedBrief', () => {
  it('leaves the text and every span as they are until something is restated', () => {
    const restated = new RestatedBrief('Raise $80M.');
    restated.apply([]);
    expect(restated.text).toBe('Raise $80M.');
    expect(restated.unchanged).toBe(true);
    expect(restated.originalSpan(6, 10)).toStrictEqual({ start: 6, end: 10 });
  });

  it('maps a span inside a replacement to the whole wording it replaced, and the text around it to itself', () => {
    const original = "Price: $390M. We're not buying retail.";
    const restated = new RestatedBrief(original);
    restated.apply([{ start: 0, end: 7, text: 'target: ' }]);
    expect(restated.text).toBe("target: $390M. We're not buying retail.");
    expect(restated.originalSpan(2, 4)).toStrictEqual({ start: 0, end: 7 });
    const retail = restated.text.indexOf('retail');
    const span = restated.originalSpan(retail, retail + 'retail'.length);
    expect(original.slice(span.start, span.end)).toBe('retail');
  });

  it('composes restatements: a second edit over the first maps back to the brief as written', () => {
    const original = '| Hold | 7 | years |\nPrice: $390M';
    const restated = new RestatedBrief(original);
    restated.apply([{ start: 21, end: 28, text: 'target: ' }]);
    restated.apply([{ start: 0, end: 20, text: 'Hold: 7 years' }]);
    expect(restated.text).toBe('Hold: 7 years\ntarget: $390M');
    const target = restated.originalSpan(14, 20);
    expect(original.slice(target.start, target.end)).toBe('Price: ');
    const hold = restated.originalSpan(6, 13);
    expect(original.slice(hold.start, hold.end)).toBe('| Hold | 7 | years |');
  });

  it('maps any span to the brief as a naive model of the edits does, and keeps untouched text as it was (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (original, firstCuts, replacements, secondCuts, from, length) => {
          const restated = new RestatedBrief(original);
          // The model: each character's origin in the brief, kept by splicing arrays.
          let origins = [...original].map((_, index) => ({ start: index, end: index + 1, untouched: true }));
          for (const cuts of [firstCuts, secondCuts]) {
            const edits = editsOf(restated.text, cuts, replacements);
            restated.apply(edits);
            for (const edit of [...edits].sort((left, right) => right.start - left.start)) {
              const replaced = origins.slice(edit.start, edit.end);
              const span =
                replaced.length === 0
                  ? { start: origins[edit.start]?.start ?? original.length, end: origins[edit.start]?.start ?? original.length }
                  : { start: Math.min(...replaced.map((origin) => origin.start)), end: Math.max(...replaced.map((origin) => origin.end)) };
              origins = [
                ...origins.slice(0, edit.start),
                ...[...edit.text].map(() => ({ ...span, untouched: false })),
                ...origins.slice(edit.end),
              ];
            }
          }
          expect(restated.text.length).toBe(origins.length);
          for (const [index, origin] of origins.entries()) {
            if (origin.untouched) expect(original[origin.start]).toBe(restated.text[index]);
          }
          const start = origins.length === 0 ? 0 : from % origins.length;
          const end = Math.min(origins.length, start + 1 + (length % 10));
          const inRange = origins.slice(start, end);
          if (inRange.length > 0) {
            expect(restated.originalSpan(start, end)).toStrictEqual({
              start: Math.min(...inRange.map((origin) => origin.start)),
              end: Math.max(...inRange.map((origin) => origin.end)),
            });
          }
        },
      ),
    );
  });
});

describe('quotes of what was not understood after a restatement', () => {
  const client = createOfflineLlmClient();
  const unrecognized = async (brief: string): Promise<readonly string[]> =>
    (await client.generateSelectorSpec(brief, BRIEF_TABLE_SUMMARY)).metadata.unrecognized;

  it('quotes a table row restated and still not understood as the row the user typed', async () => {
    const phrases = await unrecognized('| Item | Value | Unit |\n|---|---|---|\n| Target | 60 | USD m |\n| Hold period | 7 | years |');
    expect(phrases).toContain('Hold period | 7 | years');
    expect(phrases).not.toContain('7 years');
  });

  it('quotes words a restated row kept as they are, not the whole row', async () => {
    const phrases = await unrecognized('target_amount = 60m\nexclude_ids=ATL-03,HOU-04 per legal');
    expect(phrases).toContain('per legal');
    expect(phrases.some((phrase) => phrase.includes('exclude_ids'))).toBe(false);
  });

  it('quotes a brief that was not restated exactly as before', async () => {
    expect(await unrecognized('Raise $80M. Frobnicate the widgets.')).toStrictEqual(['Frobnicate the widgets']);
  });
});

describe('nonOverlappingEdits', () => {
  it('takes an edit unless it overlaps one already taken, the first taker keeping its span', () => {
    const { edits, add } = nonOverlappingEdits();
    expect(add(4, 10, 'a')).toBe(true);
    expect(add(8, 12, 'b')).toBe(false);
    expect(add(0, 5, 'c')).toBe(false);
    expect(add(10, 12, 'd')).toBe(true);
    expect(add(0, 4, 'e')).toBe(true);
    expect(edits).toEqual([
      { start: 4, end: 10, text: 'a' },
      { start: 10, end: 12, text: 'd' },
      { start: 0, end: 4, text: 'e' },
    ]);
  });

  it('never keeps two edits that overlap, and keeps every edit that overlaps none taken before it', () => {
    const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 15 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const { edits, add } = nonOverlappingEdits();
        const taken: boolean[] = spans.map(({ start, end }) => add(start, end, 'x'));
        for (const [index, left] of edits.entries())
          for (const right of edits.slice(index + 1)) expect(left.end <= right.start || right.end <= left.start).toBe(true);
        spans.forEach(({ start, end }, index) => {
          const overlapsEarlier = spans.slice(0, index).some((earlier, at) => taken[at] && start < earlier.end && earlier.start < end);
          expect(taken[index]).toBe(!overlapsEarlier);
        });
      }),
    );
  });
});
