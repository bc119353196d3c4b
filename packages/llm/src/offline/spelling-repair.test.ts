import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairSpelling } from './spelling-repair.js';

describe('repairSpelling', () => {
  it.each([
    ['raise 60 milion', 'raise 60 million'],
    ['nothing in Tennesee', 'nothing in Tennessee'],
    ['skip Clevland and Misouri', 'skip Cleveland and Missouri'],
    ['no Colorrado sites', 'no Colorado sites'],
    ['exclued the labs', 'exclued the labs'],
    ['the Ohoi sites', 'the Ohoi sites'],
    ['levreage under 3x, no mortgaegd buildings', 'leverage under 3x, no mortgaged buildings'],
    ['Warehosues and factroies only', 'Warehouses and factories only'],
  ])('reads "%s" as "%s"', (written, repaired) => {
    expect(repairSpelling(written)).toBe(repaired);
  });

  it('leaves English words one slip away from a key word or a place as written', () => {
    const text = 'We could settle for less; rising costs, a range of angles, noting the overage, an Indian restaurant, new plans.';
    expect(repairSpelling(text)).toBe(text);
  });

  it.each([
    ['only ware houses and dcs', 'only warehouses  and dcs'],
    ['from New Ark only', 'from Newark  only'],
    ['exclude H O U oh four, the office', 'exclude HOU-04       , the office'],
    ['D.C.s only', 'DCs   only'],
    ['sell and lease back, from new ark', 'sell and lease back, from new ark'],
  ])('reads the dictated "%s" as "%s", length for length', (written, repaired) => {
    expect(repairSpelling(written)).toBe(repaired);
  });

  it('is idempotent and never changes a text without letters runs of three or more (but for a dotted "D.C.s")', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = repairSpelling(text);
        expect(repairSpelling(once)).toBe(once);
        if (!/[A-Za-z]{3,}|D\.\s?C\./.test(text)) expect(once).toBe(text);
      }),
    );
  });
});
