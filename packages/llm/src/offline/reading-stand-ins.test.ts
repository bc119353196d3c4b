import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { BriefText } from './brief-text.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

describe('the reading copy', () => {
  it('holds only Latin-1 characters, index for index with the text as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (written) => {
        const text = new BriefText(written);
        expect(text.lower.length).toBe(text.source.length);
        for (const character of text.lower) expect(character.charCodeAt(0)).toBeLessThanOrEqual(0xff);
      }),
    );
  });

  it.each([
    [
      'Raise $100M, net leverage ≤ 3.5x, FCCR ≥ 2x.',
      'Raise $100M, net leverage <= 3.5x, FCCR >= 2x.',
      { hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 2 } },
    ],
    ['Raise $90M; floor ≥ $70M.', 'Raise $90M; floor >= $70M.', { floor_amount: 70_000_000 }],
    [
      'Raise $80M\n• no offices\n• criticality ≤ 0.6',
      'Raise $80M\n* no offices\n* criticality <= 0.6',
      { asset_filters: { max_criticality: 0.6 } },
    ],
    ['Raise $120M → $110M.', 'Raise $120M -> $110M.', { target_amount: 110_000_000 }],
    ['Raise $60M ✔ exclude Houston 👍', 'Raise $60M   exclude Houston  ', { asset_filters: { exclude_markets: ['Houston'] } }],
  ])('reads %j as %j', async (withSigns, plain, read) => {
    const client = createOfflineLlmClient();
    const signs = await client.generateSelectorSpec(withSigns, BRIEF_TABLE_SUMMARY);
    const words = await client.generateSelectorSpec(plain, BRIEF_TABLE_SUMMARY);
    expect(signs.value).toMatchObject(read);
    expect(signs.value).toEqual(words.value);
  });
});
