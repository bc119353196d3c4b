import { describe, expect, it } from 'vitest';
import { allTypesBut, describeFamilies, readExampleBrief as read, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of loose wording, each with phrasings of its own and cases where the rule must not fire. Every case
 * states all a brief should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a multiple refused in words and replaced': [
    ['$40M. Net leverage: not three times, 3.25 times.', { target_amount: 40e6, max_net_leverage: 3.25 }],
    ['$40M; leverage cap not four and a half times, 4 times.', { target_amount: 40e6, max_net_leverage: 4 }],
    ['$40M. Coverage floor: not two times; 1.75 times.', { target_amount: 40e6, min_fixed_charge_coverage: 1.75 }],
    ['$40M, leverage below 3.5x - sorry, 3.2x.', { target_amount: 40e6, max_net_leverage: 3.2 }],
    ['$40M, leverage under two turns, or rather two and a half turns.', { target_amount: 40e6, max_net_leverage: 2.5 }],
    ['$40M, leverage not 3x but 3.5x.', { target_amount: 40e6, max_net_leverage: 3.5 }],
    ['$40M. Coverage of two times - no, one and a half times.', { target_amount: 40e6, min_fixed_charge_coverage: 1.5 }],
    // "no" before anything but a figure of the same kind takes nothing back.
    ['$40M, no more than 40% per market.', { target_amount: 40e6, max_market_share: 0.4 }],
    // A multiple in words that nothing replaces stays the limit.
    [
      '$40M; leverage not above three times, coverage at least 2x.',
      { target_amount: 40e6, max_net_leverage: 3, min_fixed_charge_coverage: 2 },
    ],
  ],
  'a floor answered after its question': [
    ['Target $100M.\nMinimum acceptable?\n$80M', { target_amount: 100e6, floor_amount: 80e6 }],
    ["Q: Target? A: 90 million. Q: what's the floor? A: 60 million", { target_amount: 90e6, floor_amount: 60e6 }],
    ['Q: How much?\nA: $70M\nQ: Lowest we can go?\nA: Yes, $55M.', { target_amount: 70e6, floor_amount: 55e6 }],
    ['What is the least we could raise and still do the deal?\n$45M. Ideally $60M.', { target_amount: 60e6, floor_amount: 45e6 }],
    ['Raise $90M.\nWhat would we accept at the low end?\n$60M', { target_amount: 90e6, floor_amount: 60e6 }],
    ['Raise $90M. The floor for any rerun is $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
    // A question about a limit or the ask itself answered with a figure is no floor.
    ['Q: Amount?\nA: $70M\nQ: Minimum coverage?\nA: 1.8x', { target_amount: 70e6, min_fixed_charge_coverage: 1.8 }],
    ['Q: How much at minimum, and how much ideally?\nA: $150M', { target_amount: 150e6 }],
  ],
  'a target not decided beside a floor': [
    ['Target: TBD. Floor: $60M.', { floor_amount: 60e6 }],
    ['The target is still to be decided, but we cannot go below $70M.', { floor_amount: 70e6 }],
    ['Minimum proceeds $85M; we have not settled on a target.', { floor_amount: 85e6 }],
    ['No firm target yet. Whatever happens, at least USD 100,000,000.', { floor_amount: 100e6 }],
    ['Our headline number remains to be confirmed; minimum $55M.', { floor_amount: 55e6 }],
    ["The ask hasn't been decided; floor of $40M.", { floor_amount: 40e6 }],
    // A target said to be decided is read as written.
    ['The target has been decided: $90M. Floor $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
    // A lone floor with nothing said of the target is still the ask.
    ['Raise at least $40M.', { target_amount: 40e6, floor_amount: 40e6 }],
    // Something else undecided leaves the target as stated.
    ['Raise $90M; the lease term is TBD; floor $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
  ],
  'types named with the words for their buildings': [
    [
      '$40M; leave the warehouse boxes and the plants out.',
      { target_amount: 40e6, asset_types: allTypesBut('warehouse', 'manufacturing') },
    ],
    ['$40M from sheds and factories.', { target_amount: 40e6, asset_types: ['warehouse', 'manufacturing'] }],
    ['$40M, big-box logistics only.', { target_amount: 40e6, asset_types: ['distribution_center'] }],
    ['$40M. No office space or data centres.', { target_amount: 40e6, asset_types: allTypesBut('office', 'data_center') }],
    [
      '$40M. We will not sell labs, office buildings, or shops.',
      { target_amount: 40e6, asset_types: allTypesBut('lab', 'office', 'retail') },
    ],
    ['Sell last-mile DCs and office buildings for $40M.', { target_amount: 40e6, asset_types: ['distribution_center', 'office'] }],
    // "Shed" as a verb names no type, and "generic boxes" is how leasable a site is.
    ['We want to shed non-core real estate worth $40M.', { target_amount: 40e6, max_criticality: 0.5 }],
    ['$40M; generic boxes only.', { target_amount: 40e6, min_leaseability: 0.7 }],
  ],
  'places named in a hypothetical': [
    ['$40M. If Texas were off the table we would need more.', { target_amount: 40e6 }],
    ['$40M. What if we dropped Chicago?', { target_amount: 40e6 }],
    ["$40M. If it were my call I'd skip Phoenix as well; it is not.", { target_amount: 40e6 }],
    ['Suppose we left the labs out: could we still reach $40M?', { target_amount: 40e6 }],
    ['Hypothetically, if we had to go bigger we would sell the data centres. The ask is $40M.', { target_amount: 40e6 }],
    ['$40M. Were we to exclude Dallas, we would fall short.', { target_amount: 40e6 }],
    ['$40M. Had we kept Atlanta, we would have more; exclude Atlanta.', { target_amount: 40e6, exclude_markets: ['Atlanta'] }],
    // A condition that softens an instruction, or one after it, leaves the instruction in force.
    ['If possible, avoid Dallas. $40M.', { target_amount: 40e6, exclude_markets: ['Dallas'] }],
    ['$40M; exclude Houston if we would otherwise breach the covenant.', { target_amount: 40e6, exclude_markets: ['Houston'] }],
    ['$40M. What if we dropped Chicago? No - exclude Phoenix instead.', { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
  ],
  'places kept in scope': [
    ["$40M. If it were up to me I'd cut Newark, but the board wants Newark in, so Newark stays in scope.", { target_amount: 40e6 }],
    ['$40M; keep Dallas in play and exclude Houston.', { target_amount: 40e6, exclude_markets: ['Houston'] }],
    ['$40M. Atlanta remains in the pool.', { target_amount: 40e6 }],
    ['$40M, nothing in Phoenix. Should we also cut Columbus? No.', { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
    // A question answered yes still rules the place out.
    ['Should we drop Dallas? Yes. Raise $40M.', { target_amount: 40e6, exclude_markets: ['Dallas'] }],
    // "Keep" alone still holds the assets back, and a refusal to have a place in rules it out.
    ['$40M; keep our DCs.', { target_amount: 40e6, asset_types: allTypesBut('distribution_center') }],
    ["$40M. We don't want Chicago in the deal.", { target_amount: 40e6, exclude_markets: ['Chicago'] }],
  ],
  'assets described in words rather than by id': [
    ['$40M, but hold on to the research lab in Dublin.', { target_amount: 40e6, exclude_asset_ids: ['COL-03'] }],
    ['$40M. The packaging plant in Pasadena is not for sale.', { target_amount: 40e6, exclude_asset_ids: ['HOU-03'] }],
    ["$40M; don't sell the Ontario, Fontana or Riverside sites.", { target_amount: 40e6, exclude_asset_ids: ['IE-01', 'IE-02', 'IE-03'] }],
    [
      '$40M. Leave out the Fontana, Edison and Groveport warehouses.',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'NWK-02', 'COL-02'] },
    ],
    ['$40M but keep our Houston plant.', { target_amount: 40e6, exclude_asset_ids: ['HOU-03'] }],
    ['$40M, except the Atlanta DC.', { target_amount: 40e6, exclude_asset_ids: ['ATL-01'] }],
    ['$40M; the cold storage warehouse and the main plant stay with us.', { target_amount: 40e6, exclude_asset_ids: ['HOU-02', 'CHI-03'] }],
    ['$40M. Not the rail-served distribution center at Port Houston.', { target_amount: 40e6, exclude_asset_ids: ['HOU-01'] }],
    [
      'Q: Amount?\nA: $40M\nQ: Anything we should not sell?\nA: The Plano parts counter.',
      { target_amount: 40e6, exclude_asset_ids: ['DAL-04'] },
    ],
    ['$40M; keep the cold-storage warehouse in Baytown.', { target_amount: 40e6, exclude_asset_ids: ['HOU-02'] }],
    ['$40M; the packaging facility in Pasadena is off limits.', { target_amount: 40e6, exclude_asset_ids: ['HOU-03'] }],
    // Asked for, an asset described in words is reported (a spec cannot ask for one asset), never read as its type.
    ['$40M; sell the research lab in Dublin.', { target_amount: 40e6 }],
    ['$40M; include the packaging plant.', { target_amount: 40e6 }],
    // Name words before a plural type without "the" describe a kind of building, not the assets so named.
    ['$40M from storage warehouses and shops.', { target_amount: 40e6, asset_types: ['warehouse', 'retail'] }],
    ['$40M; no storage warehouses.', { target_amount: 40e6, asset_types: allTypesBut('warehouse') }],
    // A market written by its own name stays a market, and an alias with no shared noun stays a place.
    [
      '$40M; exclude Columbus and the Fontana warehouse.',
      { target_amount: 40e6, exclude_markets: ['Columbus'], exclude_asset_ids: ['IE-02'] },
    ],
    ['$40M; exclude Ontario and Houston.', { target_amount: 40e6, exclude_markets: ['Houston', 'Inland Empire'] }],
    // Words of a type asked for are still the type.
    ['$40M from research labs and warehouses.', { target_amount: 40e6, asset_types: ['warehouse', 'lab'] }],
  ],
  'the cheapest capital as what is given up in present value': [
    ['Get $85M, minimising how much we pay in present-value terms.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    // A cost that is no present value is no objective.
    ['Raise $85M; minimise what we pay in fees.', { target_amount: 85e6 }],
  ],
  'a lease term as the years on the leases': [
    ['Raise $40M; model 18 years for each lease.', { target_amount: 40e6, economics: { lease_term_years: 18 } }],
    ['Raise $40M from sites held 12 years.', { target_amount: 40e6 }],
  ],
  'a reporting basis asked about and set aside at once': [
    ['Raise $65M. Should we use US GAAP? Never mind, keep the default.', { target_amount: 65e6 }],
    // Asked about and answered yes, it is the basis.
    ['Raise $65M. Can we report under IFRS 16? Yes, please.', { target_amount: 65e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'a place left for later but ruled out for now': [
    ['$50M; we may consider Chicago later, but for now leave it out.', { target_amount: 50e6, exclude_markets: ['Chicago'] }],
    ['$50M; we might look at Atlanta down the line but for now skip it.', { target_amount: 50e6, exclude_markets: ['Atlanta'] }],
    // Kept for now, or only mused about, it is no filter.
    ['$50M; we might consider Chicago later, but for now keep it.', { target_amount: 50e6 }],
    ['$50M; we might consider Chicago later.', { target_amount: 50e6 }],
  ],
  'a region alone': [
    // A region whose states an official definition fixes is the portfolio's markets in those states; the Sun Belt is not.
    ['$40M, all of it in the Midwest.', { target_amount: 40e6, include_markets: ['Chicago', 'Columbus'] }],
    ['$40M; nothing across the Sun Belt.', { target_amount: 40e6 }],
    ['$40M; no West Coast assets.', { target_amount: 40e6, exclude_markets: ['Inland Empire'] }],
    ['$40M, nothing in the Southeast.', { target_amount: 40e6, exclude_markets: ['Atlanta'] }],
    // A region the brief defines is read through its places; a region word naming an asset is that asset.
    ['$40M; the Midwest (Chicago and Columbus) is out.', { target_amount: 40e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['$40M; exclude the Southeast hub.', { target_amount: 40e6, exclude_asset_ids: ['ATL-01'] }],
    ['$40M; the Southeast Sortation Hub stays with us.', { target_amount: 40e6, exclude_asset_ids: ['ATL-01'] }],
  ],
};

describeFamilies('readBrief: loose wording', FAMILIES);

describe('readBrief: a target not decided', () => {
  it('reads no target and says why, so the plan reports the target as missing', () => {
    const reading = read('Target: TBD. Floor: $60M.');
    expect(reading.target_amount).toBeUndefined();
    expect(reading.notes).toContain('the target is not decided yet, so none was read; $60M is read as the floor only');
    expect(reading.unrecognized).toEqual([]);
  });
});

describe('readBrief: a hypothetical', () => {
  it('says which words it read as a hypothetical', () => {
    expect(read('$40M. What if we dropped Chicago?').notes).toContain(
      '"What if we dropped Chicago" read as a hypothetical: the places and types in it are not filters',
    );
  });
});

describe('readBrief: an asset described in words', () => {
  it('names the asset it read, and every asset when several answer to the words', () => {
    expect(read('$40M; not the research lab in Dublin.').notices.map((notice) => notice.message)).toEqual([
      '"research lab in Dublin" read as COL-03 (Dublin Research Lab)',
    ]);
    const several = read('$40M; except the regional office.');
    expect(several.exclude_asset_ids).toEqual(['HOU-04', 'ATL-03', 'NWK-04']);
    expect(several.notices.map((notice) => notice.code)).toEqual(['asset_resolved']);
    expect(several.asset_types).toBeUndefined();
  });
});

describe('readBrief: a region alone', () => {
  it('reports a region no definition fixes as not understood rather than ignore it or guess its markets', () => {
    expect(read('$40M, all of it in the Midwest.').unrecognized).toEqual([]);
    expect(read('$40M, all of it in the Midwest.').notes).toContain(
      "the Midwest read as the portfolio's markets in its states (Chicago, Columbus)",
    );
    expect(read('$40M; nothing across the Sun Belt.').unrecognized).toEqual([
      'nothing across the Sun Belt (a region: no region is defined for the portfolio, so no market filter was applied; name its markets or states)',
    ]);
  });
});

describe('readBrief: an asset described in words and asked for', () => {
  it('reports it rather than read its type or market', () => {
    expect(read('$40M; sell the research lab in Dublin.').unrecognized).toEqual([
      'research lab in Dublin (an asset described without a word that rules it out)',
    ]);
  });
});
