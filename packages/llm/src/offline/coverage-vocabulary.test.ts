import { describe, expect, it } from 'vitest';
import {
  A_YEARS_EARNINGS,
  CHARGES,
  DUTY,
  DUTY_NOT_A_FORECAST,
  EARNINGS,
  EARNINGS_BEFORE_RENT,
  FIXED_CHARGES,
  FLOOR_AFTER,
  FLOOR_BEFORE,
  INTEREST_AND_RENT,
  MULTIPLE,
  multipleValue,
  PAY,
} from './coverage-vocabulary.js';

/** Whether `source` matches the whole of `text`. */
const whole = (source: string) => (text: string) => new RegExp(`^(?:${source})$`).test(text);

describe('the vocabulary of coverage and of debt against earnings', () => {
  it('names interest and rent in either order, never interest or rent alone', () => {
    const matches = whole(INTEREST_AND_RENT);
    for (const text of [
      'interest plus rent',
      'interest-plus-rent',
      'rent & interest',
      'interest + rent',
      'interest plus all of our rent',
      'rent and our interest',
    ])
      expect(matches(text), text).toBe(true);
    for (const text of ['interest', 'rent', 'interest or rent', 'interest and tax']) expect(matches(text), text).toBe(false);
  });

  it('names the fixed charges with their determiner and what they are billed as', () => {
    const matches = whole(CHARGES);
    for (const text of [
      'fixed charges',
      'fixed-charge',
      'the interest and rent bills',
      'all our rent and interest',
      'our combined interest and rent',
      'rent-plus-interest payments',
      'interest and rent combined',
      'the fixed charges obligations',
    ])
      expect(matches(text), text).toBe(true);
    for (const text of ['our interest bills', 'the rent', 'fixed costs', 'variable charges']) expect(matches(text), text).toBe(false);
    expect(whole(FIXED_CHARGES)('fixed charge')).toBe(true);
  });

  it('names earnings before rent, never a year of earnings alone', () => {
    const matches = whole(EARNINGS_BEFORE_RENT);
    for (const text of [
      'ebitdar',
      'our ebitdar',
      'earnings before rent',
      'earnings-before-rentals',
      'ebitda plus rent',
      'ebitda + rent',
      'operating profit before rent',
    ])
      expect(matches(text), text).toBe(true);
    for (const text of ['ebitda', 'earnings', 'annual earnings', 'earnings before interest']) expect(matches(text), text).toBe(false);
  });

  it("names a year's earnings, never earnings before rent", () => {
    const matches = whole(A_YEARS_EARNINGS);
    for (const text of [
      'earnings',
      'ebitda',
      'our ebitda',
      "a year's earnings",
      'a year of operating earnings',
      'annual ebitda',
      'trailing earnings',
      'operating profit',
      'operating income',
    ])
      expect(matches(text), text).toBe(true);
    for (const text of ['ebitdar', 'earnings before rent', 'ebitda-r']) expect(matches(text), text).toBe(false);
    // "earnings" is not taken out of "earnings before rent".
    expect(new RegExp(A_YEARS_EARNINGS).exec('3x earnings before rent')).toBeNull();
    expect(new RegExp(A_YEARS_EARNINGS).exec('3x ebitdar')).toBeNull();
  });

  it('names what pays the charges: earnings of either kind, profit, income, cash flow', () => {
    const matches = whole(EARNINGS);
    for (const text of [
      'earnings',
      'our earnings before rent',
      'ebitdar',
      'ebitda',
      'operating profit',
      'income',
      'operating cash flow',
      'those earnings',
    ])
      expect(matches(text), text).toBe(true);
    for (const text of ['revenue', 'sales', 'rent']) expect(matches(text), text).toBe(false);
  });

  it('names a duty before the verb, and a duty that is never a forecast', () => {
    for (const text of ['must ', 'should still ', 'has to ', 'needs to ', 'ought to ', 'will need to ', 'will ', 'have to always '])
      expect(whole(DUTY)(text), text).toBe(true);
    for (const text of ['could ', 'may ', 'did ']) expect(whole(DUTY)(text), text).toBe(false);
    expect(whole(DUTY_NOT_A_FORECAST)('must ')).toBe(true);
    expect(whole(DUTY_NOT_A_FORECAST)('will need to ')).toBe(true);
    expect(whole(DUTY_NOT_A_FORECAST)('will ')).toBe(false);
    expect(whole(PAY)('pay for')).toBe(true);
    expect(whole(PAY)('earn')).toBe(false);
  });

  it("names a floor's words before and after a level", () => {
    for (const text of ['at least ', 'no less than ', 'not lower than ', 'no fewer than ', 'a minimum of ', 'minimum ', 'min '])
      expect(whole(FLOOR_BEFORE)(text), text).toBe(true);
    for (const text of ['at most ', 'no more than ', 'about ']) expect(whole(FLOOR_BEFORE)(text), text).toBe(false);
    for (const text of ['at minimum', 'at a minimum', 'or more', 'or better', 'at least', 'as a floor', 'min'])
      expect(whole(FLOOR_AFTER)(text), text).toBe(true);
    for (const text of ['or less', 'at most', 'minutes']) expect(whole(FLOOR_AFTER)(text), text).toBe(false);
  });

  it('reads a level as a multiple, in figures, in words or as twice, with "over" after it or not', () => {
    const read = (text: string) => {
      const match = new RegExp(`^${MULTIPLE}$`).exec(text);
      return match === null ? null : { value: multipleValue(match.groups ?? {}), over: match.groups?.['over'] !== undefined };
    };
    expect(read('2.1 times')).toEqual({ value: 2.1, over: false });
    expect(read('1.8x')).toEqual({ value: 1.8, over: false });
    expect(read('twice over')).toEqual({ value: 2, over: true });
    expect(read('two times')).toEqual({ value: 2, over: false });
    expect(read('two and a half times over')).toEqual({ value: 2.5, over: true });
    expect(read('three x')).toEqual({ value: 3, over: false });
    for (const text of ['2.1', 'twice a year', '3 timesheets', 'two']) expect(read(text), text).toBeNull();
  });
});
