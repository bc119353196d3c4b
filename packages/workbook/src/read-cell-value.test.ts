import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCellValue } from './read-cell-value.js';

const read = (value: string | number, kind: Parameters<typeof readCellValue>[1], percentHeader = false) =>
  readCellValue({ value }, kind, percentHeader);

describe('readCellValue', () => {
  it('reads money written with $, commas, brackets and suffixes', () => {
    expect(read('$21,500,000', 'money')).toEqual({ ok: true, value: 21_500_000 });
    expect(read('21.5M', 'money')).toEqual({ ok: true, value: 21_500_000 });
    expect(read('$2.4mm', 'money')).toEqual({ ok: true, value: 2_400_000 });
    expect(read('1.26bn', 'money')).toEqual({ ok: true, value: 1_260_000_000 });
    expect(read('950k', 'money')).toEqual({ ok: true, value: 950_000 });
    expect(read('(3,000)', 'money')).toEqual({ ok: true, value: -3000 });
    expect(read('-$5M', 'money')).toEqual({ ok: true, value: -5_000_000 });
    expect(read('12,34', 'money').ok).toBe(false);
    expect(read('5 apples', 'money').ok).toBe(false);
  });

  it('reads rates as shares of 1: % in the text, % in the header, or a % cell format', () => {
    expect(read('6.5%', 'rate')).toEqual({ ok: true, value: 0.065 });
    expect(read(6.5, 'rate', true)).toEqual({ ok: true, value: 0.065 });
    expect(read(0.065, 'rate')).toEqual({ ok: true, value: 0.065 });
    expect(readCellValue({ value: 0.065, numberFormat: '0.00%' }, 'rate', true)).toEqual({ ok: true, value: 0.065 });
    expect(read('70%', 'score')).toEqual({ ok: true, value: 0.7 });
    expect(read('high', 'score').ok).toBe(false);
  });

  it('treats blank cells as absent and booleans as wrong', () => {
    expect(readCellValue(undefined, 'money')).toEqual({ ok: true, value: undefined });
    expect(read('  ', 'text')).toEqual({ ok: true, value: undefined });
    expect(readCellValue({ value: true }, 'money').ok).toBe(false);
  });

  it('reads any whole-dollar amount back from its comma-grouped, $-prefixed text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (amount) => {
        expect(read(`$${amount.toLocaleString('en-US')}`, 'money')).toEqual({ ok: true, value: amount });
      }),
    );
  });

  it('reads any percentage with up to four decimals as the same share of 1 as its decimal text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (tenThousandths) => {
        const percent = (tenThousandths / 10_000).toFixed(4);
        const reading = read(`${percent}%`, 'rate');
        expect(reading).toEqual({ ok: true, value: Number((tenThousandths / 1_000_000).toPrecision(12)) });
      }),
    );
  });

  it('maps the asset types a treasurer writes', () => {
    expect(read('Distribution Centers', 'asset_type')).toEqual({ ok: true, value: 'distribution_center' });
    expect(read('DC', 'asset_type')).toEqual({ ok: true, value: 'distribution_center' });
    expect(read('data centre', 'asset_type')).toEqual({ ok: true, value: 'data_center' });
    expect(read('Warehouse', 'asset_type')).toEqual({ ok: true, value: 'warehouse' });
  });
});
