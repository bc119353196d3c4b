import { describe, expect, it } from 'vitest';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();

describe('the single-market cap, with its capping word on either side of the share', () => {
  it.each([
    ['Raise $150M, 0.4 max per market.', 0.4],
    ['Raise $150M; market share cap 0.3.', 0.3],
    ['Raise $150M, 1/4 cap per market.', 0.25],
    ['Raise $150M, 35% maximum per metro.', 0.35],
  ])('reads "%s" as a cap of %s and reports nothing of it as not understood', async (brief, share) => {
    const { value, metadata } = await client.generateSelectorSpec(brief, BRIEF_TABLE_SUMMARY);
    expect(value.hard_constraints.max_market_share).toBe(share);
    expect(metadata.unrecognized).toStrictEqual([]);
  });
});
