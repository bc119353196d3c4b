import { describe, expect, it } from 'vitest';
import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';
import { BILLION_SCALE, MILLION_SCALE, MILLION_WORDS, MONEY_SCALE, scaleValue } from './written-numbers.js';

describe('the money scale words every pattern takes', () => {
  const words = (alternation: string): string[] =>
    alternation.split('|').flatMap((word) => (word.endsWith('s?') ? [word.slice(0, -2), word.slice(0, -1)] : [word]));

  it('names a million and a billion in every spelling the reader knows, each worth its scale', () => {
    for (const word of words(MILLION_SCALE)) expect(scaleValue(word), word).toBe(1e6);
    for (const word of words(BILLION_SCALE)) expect(scaleValue(word), word).toBe(1e9);
    expect(words(MILLION_WORDS)).toEqual(expect.arrayContaining(['million', 'mm', 'mn', 'mln', 'mio', 'mil']));
    expect(words(MILLION_WORDS)).not.toContain('m');
  });

  it('lists a longer spelling before any spelling it starts with, so that a figure keeps its whole word', () => {
    const spellings = MONEY_SCALE.split('|');
    spellings.forEach((spelling, index) => {
      const plain = spelling.replace('s?', '');
      for (const later of spellings.slice(index + 1))
        expect(later.replace('s?', '').startsWith(plain), `${later} after ${spelling}`).toBe(false);
    });
  });
});

/**
 * Figures written with "mio" or "mln" where the reader's patterns once knew only "m", "mm" and "million": a scale
 * after both figures in brackets, and a chat line refusing the ask's or the floor's figure for another. Every
 * pattern now takes its scale words from one list, so a spelling known anywhere is known everywhere.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'figures whose scale is written once after them, as "mio" or "mln"': [
    [
      'Floor 95, target 120 (mio USD). No offices.',
      {
        target_amount: 120e6,
        floor_amount: 95e6,
        asset_types: ['warehouse', 'distribution_center', 'data_center', 'lab', 'manufacturing', 'retail'],
      },
    ],
    ['Minimum 80, ask 110 (mln USD).', { target_amount: 110e6, floor_amount: 80e6 }],
  ],
  'a chat line refusing a figure written with "mio", "mln" or a currency code for another': [
    ['Priya: target 160 mln, floor 150 mln\n\u21b3 Tom: not 160 mln - make it 175 mln', { target_amount: 175e6, floor_amount: 150e6 }],
    ['target 90 mio\nfloor 70 mio\n\u21b3 not 90 mio - make it 95 mio', { target_amount: 95e6, floor_amount: 70e6 }],
    ['Ana: ask $200M, floor 170 mio\n\u21b3 Ben: not 170 mio - make it 185 mio', { target_amount: 200e6, floor_amount: 185e6 }],
    // The refused figure may carry its currency's code, as the ask's and the floor's did.
    [
      'Wes: target USD 210 mio, floor USD 180 mio\n\u21b3 Ida: not USD 210 mio - make it USD 230 mio',
      { target_amount: 230e6, floor_amount: 180e6 },
    ],
    ['Kai: ask USD 150m, floor USD 120m\n\u21b3 Lee: not USD 120m - make it USD 130m', { target_amount: 150e6, floor_amount: 130e6 }],
    // A "not" before a figure that no line refuses for another changes nothing.
    ['Target 120 mio, not 3 mio of fees on top. Floor 100 mio.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['Target 150 mln\nFloor 130 mln\nNote: not 150 mln of cash - the proceeds before tax.', { target_amount: 150e6, floor_amount: 130e6 }],
  ],
};

describeFamilies('money figures written with "mio" or "mln"', FAMILIES);
