import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyPlainData } from './copy-plain-data.js';

/** Every object and array reachable from `value`. */
function containers(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value);
    for (const item of Object.values(value)) containers(item, found);
  }
  return found;
}

describe('copyPlainData', () => {
  it('equals structuredClone on any JSON value (undefined fields included) and shares no object with the original', () => {
    const plain = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constant(undefined),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(plain, (value) => {
        const copy = copyPlainData(value);
        expect(copy).toStrictEqual(structuredClone(value));
        const originals = new Set(containers(value));
        for (const container of containers(copy)) expect(originals.has(container)).toBe(false);
      }),
    );
  });

  it('keeps an own "__proto__" key as a field, as JSON.parse and structuredClone do', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = copyPlainData(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(copy).toStrictEqual(structuredClone(parsed));
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('leaves what is not plain data to structuredClone: dates, maps, sparse arrays, functions', () => {
    const date = new Date('2026-01-02T03:04:05Z');
    const copied = copyPlainData({ at: date, map: new Map([['a', 1]]) });
    expect(copied.at).toBeInstanceOf(Date);
    expect(copied.at).not.toBe(date);
    expect(copied.at.getTime()).toBe(date.getTime());
    expect(copied.map).toStrictEqual(new Map([['a', 1]]));
    const sparse: unknown[] = new Array(3);
    sparse[0] = 1;
    sparse[2] = 3;
    expect(copyPlainData(sparse)).toStrictEqual(structuredClone(sparse));
    expect(() => copyPlainData({ call: () => 1 })).toThrow();
  });
});
