import { describe, expect, it } from 'vitest';
import { smallRequest } from './__fixtures__/portfolio.js';
import { summarizeAssets } from './summarize-assets.js';

const [boxA, boxB, plantC] = smallRequest.assets;
if (boxA === undefined || boxB === undefined || plantC === undefined) throw new Error('fixture has three assets');

describe('summarizeAssets: the typical lease term', () => {
  it('is the term under which the most proceeds would be sold, each asset falling back to the corporate default', () => {
    const assets = [
      { ...boxA, lease_term_years: 20 },
      { ...boxB, lease_term_years: 8 },
      { ...plantC, market_rent: 8.4 },
    ];
    // A at 20 years and B at 8 carry 58.8 each; C, twice as much, takes the corporate default.
    expect(summarizeAssets(assets, { ...smallRequest.corporate_state, default_lease_term_years: 12 }).typical_lease_term_years).toBe(12);
  });

  it('gives a tie to the longer term, the commitment worth testing', () => {
    const assets = [
      { ...boxA, lease_term_years: 7 },
      { ...boxB, lease_term_years: 18 },
      { ...plantC, market_rent: 0 },
    ];
    expect(summarizeAssets(assets, smallRequest.corporate_state).typical_lease_term_years).toBe(18);
  });

  it('does not depend on the order of the assets', () => {
    const assets = [
      { ...boxA, lease_term_years: 9 },
      { ...boxB, lease_term_years: 9 },
      { ...plantC, lease_term_years: 25 },
    ];
    const forward = summarizeAssets(assets, smallRequest.corporate_state).typical_lease_term_years;
    expect(forward).toBe(9);
    expect(summarizeAssets([...assets].reverse(), smallRequest.corporate_state).typical_lease_term_years).toBe(forward);
  });
});
