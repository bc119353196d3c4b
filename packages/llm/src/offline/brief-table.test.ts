import { readFileSync } from 'node:fs';
import { SelectorSpecSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { BRIEF_CASES, BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

const DEFAULT_NOTES = {
  target: 'target not stated',
  max_net_leverage: 'net leverage limit not stated',
  min_fixed_charge_coverage: 'fixed charge coverage limit not stated',
} as const;

describe('the brief table', () => {
  it('holds at least 40 briefs', () => {
    expect(BRIEF_CASES.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(BRIEF_CASES)('$name', (briefCase) => {
    it('yields exactly the expected spec', async () => {
      const result = await client.generateSelectorSpec(briefCase.brief, BRIEF_TABLE_SUMMARY);
      expect(result.value).toStrictEqual(SelectorSpecSchema.parse(briefCase.spec));
    });

    it('reports what it did not understand and the defaults it applied', async () => {
      const { metadata } = await client.generateSelectorSpec(briefCase.brief, BRIEF_TABLE_SUMMARY);
      expect(metadata.unrecognized).toStrictEqual(briefCase.unrecognized ?? []);
      for (const [assumed, note] of Object.entries(DEFAULT_NOTES)) {
        const applied = metadata.assumptions.some((assumption) => assumption.startsWith(note));
        expect(applied, `${assumed} default`).toBe((briefCase.assumed ?? []).includes(assumed as keyof typeof DEFAULT_NOTES));
      }
    });
  });
});

interface ExampleBrief {
  readonly name: string;
  readonly brief: string;
  readonly expected_spec: unknown;
}

const examplesDirectory = new URL('../../../../examples/', import.meta.url);
const exampleBriefs = JSON.parse(readFileSync(new URL('briefs.json', examplesDirectory), 'utf8')) as ExampleBrief[];
const examplePortfolio = JSON.parse(readFileSync(new URL('portfolio.json', examplesDirectory), 'utf8')) as {
  assets: { market: string; asset_type: string }[];
};

describe('examples/briefs.json', () => {
  const markets = [...new Set(examplePortfolio.assets.map((asset) => asset.market))].sort();
  const summary = { ...BRIEF_TABLE_SUMMARY, markets, asset_count: examplePortfolio.assets.length };

  it('has briefs to check', () => {
    expect(exampleBriefs.length).toBeGreaterThan(0);
  });

  it.each(exampleBriefs)('$name parses to its expected_spec', async (example) => {
    const result = await client.generateSelectorSpec(example.brief, summary);
    expect(result.value).toStrictEqual(SelectorSpecSchema.parse(example.expected_spec));
  });
});
