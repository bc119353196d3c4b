import { readFileSync } from 'node:fs';
import { ASSET_TYPES, PortfolioSchema, parseInput } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { PlaceVocabulary } from './place-vocabulary.js';
import { readBrief, type BriefReading } from './read-brief.js';

// The example portfolio: eight markets in seven states, and assets whose names the briefs below use.
const portfolio = parseInput(
  PortfolioSchema,
  JSON.parse(readFileSync(new URL('../../../../examples/portfolio.json', import.meta.url), 'utf8')),
);
const markets = [...new Set(portfolio.assets.map((asset) => asset.market.trim()))].sort();
const vocabulary = new PlaceVocabulary(
  markets,
  [],
  portfolio.assets.map((asset) => ({ asset_id: asset.asset_id, name: asset.name, asset_type: asset.asset_type, market: asset.market })),
);
const portfolioTypes = ASSET_TYPES.filter((type) => portfolio.assets.some((asset) => asset.asset_type === type));
const read = (brief: string): BriefReading => readBrief(brief, { vocabulary, portfolioTypes, conversational: false });
const allTypesBut = (...ruledOut: string[]) => portfolioTypes.filter((type) => !ruledOut.includes(type));

type Case = readonly [string, Partial<BriefReading>];

/**
 * Families of wording, each with phrasings of its own: the registers of a treasury email, a board minute, a
 * term sheet and a terse note. Every case states what it must read; a field it does not name may be anything.
 */
const FAMILIES: Readonly<Record<string, readonly Case[]>> = {
  'floors as refusals, conditions and labels': [
    ['We are targeting $120M and the committee will not sign off on anything below $95M.', { target_amount: 120e6, floor_amount: 95e6 }],
    ['Go for $80M; we cannot accept less than $60M.', { target_amount: 80e6, floor_amount: 60e6 }],
    [
      'Aim for $55M. Below $45M the deal is not worth it... anything under $45M is a non-starter.',
      { target_amount: 55e6, floor_amount: 45e6 },
    ],
    ['Look for $210M; anything above $180M would be fine.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['We could get by with $25M but would like $32M.', { target_amount: 32e6, floor_amount: 25e6 }],
    ['Walk-away number: $70M. Target: $90M.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Minimum raise $40M, ideally $48M.', { target_amount: 48e6, floor_amount: 40e6 }],
    ['Bottom line is $150M; we want $175M.', { target_amount: 175e6, floor_amount: 150e6 }],
    ['Raise $65M at the lowest all-in cost.', { target_amount: 65e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'asks as labels and nouns': [
    ['Purchase price: $310 million. Lease term: 15 years.', { target_amount: 310e6, economics: { lease_term_years: 15 } }],
    ['Transaction size - $72.5M', { target_amount: 72.5e6 }],
    ['The business requires fresh liquidity of $88M.', { target_amount: 88e6 }],
    ['Gross proceeds sought: USD 140mm.', { target_amount: 140e6 }],
  ],
  'rent caps under any name': [
    ['Raise $70M; the leaseback rent bill must stay under $6M a year.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Raise $70M. Annual rent from the new leases: capped at $5.5M.', { target_amount: 70e6, max_rent_added: 5.5e6 }],
    ['Raise $70M without taking on more than $4M of annual rent.', { target_amount: 70e6, max_rent_added: 4e6 }],
    ['Raise $70M; rental obligations we add should never top $7M per annum.', { target_amount: 70e6, max_rent_added: 7e6 }],
    ['Raise $70M. Max incremental lease payments: $6.2M/yr.', { target_amount: 70e6, max_rent_added: 6.2e6 }],
    ['Raise $70M with $5M of rent at most.', { target_amount: 70e6, max_rent_added: 5e6 }],
  ],
  'rent already paid is background, not a cap': [['Our current rent is $20M a year; raise $70M.', { target_amount: 70e6 }]],
  'the cheapest-capital objective': [
    ['Raise $90M by the most economical route.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $90M; minimise the present-value cost of the leasebacks.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $90M at least expensive funding.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Objective: minimal total cost. Size: $90M.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['$90M, optimise for cost.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'lease terms as labels and abbreviations': [
    ['Raise $50M. Tenor: 18 years.', { target_amount: 50e6, economics: { lease_term_years: 18 } }],
    ['Raise $50M on 15yr leasebacks.', { target_amount: 50e6, economics: { lease_term_years: 15 } }],
    ['Raise $50M; the sites would be leased back for twelve years.', { target_amount: 50e6, economics: { lease_term_years: 12 } }],
    ['Raise $50M with leases lasting 20 years.', { target_amount: 50e6, economics: { lease_term_years: 20 } }],
    ['Raise $50M; the payback period of 5 years is a separate test.', { target_amount: 50e6 }],
  ],
  'escalators as labels, verbs and flat rent': [
    ['Raise $50M. Rent escalation - 2.5% p.a.', { target_amount: 50e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $50M; rent that rises by 3% every year.', { target_amount: 50e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $50M with annual uplifts of 1.75%.', { target_amount: 50e6, economics: { rent_escalator: 0.0175 } }],
    ['Raise $50M; rents held flat for the whole term.', { target_amount: 50e6, economics: { rent_escalator: 0 } }],
    ['Raise $50M. Bumps: none.', { target_amount: 50e6, economics: { rent_escalator: 0 } }],
    ['Raise $50M with 2.5% escalators rather than flat rents.', { target_amount: 50e6, economics: { rent_escalator: 0.025 } }],
  ],
  'tax rates a few words from the word tax': [
    ['Raise $50M; for tax purposes assume 24%.', { target_amount: 50e6, economics: { tax_rate: 0.24 } }],
    ['Raise $50M and model 21% on the gains.', { target_amount: 50e6, economics: { tax_rate: 0.21 } }],
  ],
  'leverage and coverage in every register': [
    ['Raise $60M; net lev must not drift past 3.8x.', { target_amount: 60e6, max_net_leverage: 3.8 }],
    ['Raise $60M; coverage should never dip beneath 1.7 times.', { target_amount: 60e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise $60M while keeping FCCR from falling below 2x.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['Raise $60M; leverage including leases stays under 5.3x.', { target_amount: 60e6, max_lease_adjusted_leverage: 5.3 }],
    ['Raise $60M. Lease-adj. leverage: 4.9x max.', { target_amount: 60e6, max_lease_adjusted_leverage: 4.9 }],
    ['Raise $60M; EBITDAR leverage no worse than 5x.', { target_amount: 60e6, max_lease_adjusted_leverage: 5 }],
    ['Raise $60M; the lenders watch net leverage, so hold it below 3.3x.', { target_amount: 60e6, max_net_leverage: 3.3 }],
    ['Raise $60M; the FCCR covenant (1.4x) must hold.', { target_amount: 60e6, min_fixed_charge_coverage: 1.4 }],
  ],
  'single-market caps in words and labels': [
    ['Raise $60M; no more than a fifth of the money from any individual city.', { target_amount: 60e6, max_market_share: 0.2 }],
    ['Raise $60M. Per-metro cap - 30%.', { target_amount: 60e6, max_market_share: 0.3 }],
    ['Raise $60M, with at most half of it sourced in one market.', { target_amount: 60e6, max_market_share: 0.5 }],
    [
      'Raise $60M; floor at 80% of the target; no single metro above 40%.',
      { target_amount: 60e6, floor_amount: 48e6, max_market_share: 0.4 },
    ],
  ],
  'criticality and leaseability with contractions and trailing bounds': [
    ['Raise $60M from sites that are not mission-critical.', { target_amount: 60e6, max_criticality: 0.7 }],
    ['Raise $60M; anything whose criticality exceeds 0.65 stays with us.', { target_amount: 60e6, max_criticality: 0.65 }],
    ['Raise $60M from buildings with leaseability of 0.6 and above.', { target_amount: 60e6, min_leaseability: 0.6 }],
    ['Raise $60M; criticality 0.5 and below.', { target_amount: 60e6, max_criticality: 0.5 }],
  ],
  'places ruled out by verbs, predicates and back-references': [
    ['Raise $60M but set aside the Edison Warehouse.', { target_amount: 60e6, exclude_asset_ids: ['NWK-02'] }],
    ['Raise $60M; we are not planning to divest anything in Georgia.', { target_amount: 60e6, exclude_markets: ['Atlanta'] }],
    ['Raise $60M. I would prefer not to sell in Chicago.', { target_amount: 60e6, exclude_markets: ['Chicago'] }],
    ['Raise $60M. Columbus is not in scope.', { target_amount: 60e6, exclude_markets: ['Columbus'] }],
    ['Raise $60M; the Joliet Distribution Center is leased to a key customer and must stay.', { target_amount: 60e6 }],
    [
      'Raise $60M. The McDonough Warehouse and the Marietta Parts Store are being refurbished, so leave them out.',
      { target_amount: 60e6, exclude_asset_ids: ['ATL-02', 'ATL-04'] },
    ],
    ['Raise $60M. Phoenix is a growth market; it stays with us.', { target_amount: 60e6, exclude_markets: ['Phoenix'] }],
    ['Raise $60M; labs are excluded and so are data centres.', { target_amount: 60e6, asset_types: allTypesBut('lab', 'data_center') }],
    ['Raise $60M. Exclusions: Newark, Houston.', { target_amount: 60e6, exclude_markets: ['Houston', 'Newark'] }],
    [
      'Raise $60M; offices & stores + plants are off the table.',
      { target_amount: 60e6, asset_types: allTypesBut('office', 'retail', 'manufacturing') },
    ],
    ['Raise $60M from anything in Dallas; Houston is in scope too.', { target_amount: 60e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'US state codes': [
    ['$60M, ex-TX.', { target_amount: 60e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['$60M from GA and IL only.', { target_amount: 60e6, include_markets: ['Atlanta', 'Chicago'] }],
    ['$60M; nothing in NJ or OH.', { target_amount: 60e6, exclude_markets: ['Columbus', 'Newark'] }],
    ['Raise $60M in Chicago, 3% pa bumps, OK to use greedy.', { target_amount: 60e6, include_markets: ['Chicago'] }],
  ],
  'mortgages ruled out or asked away': [
    ['Raise $60M; properties carrying secured loans are not eligible.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M from debt-free buildings.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M; sites with no mortgage on them only.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M. Mortgaged properties: out of scope.', { target_amount: 60e6, exclude_mortgaged: true }],
  ],
};

describe('readBrief: families of wording', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [brief, expected] of cases) {
        it(`reads "${brief}"`, () => {
          expect(read(brief)).toMatchObject(expected);
        });
      }
    });
  }
});
