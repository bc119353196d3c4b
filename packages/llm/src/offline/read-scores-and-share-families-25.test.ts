import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for the asset scores and the single-market cap: criticality as a level on a
 * scale or score named by what it measures ("the can't-run-without-it score", "the scale of how much the business
 * depends on a site"), or as how badly losing a building would hurt; criticality said to be low with a level held from
 * above after it ("low-importance sites (0.3 or under)"); leaseability as a building a new occupier would take on at
 * once or that would soon find another tenant, with its level, a softened adverb ("re-let fairly easily") or a floor
 * "at minimum"; the score's key spelt another way in a template ("min_releasability", "Leaseab. min"); a single-market
 * cap written with the figure it replaces ("30%, not 40%"), which sets that figure aside wherever else it is written;
 * and a state as one market ("no more than 55% from either state"). Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a level on a scale or score named by what criticality measures ("nothing above 0.5 on the importance-to-the-business score")': [
    ['$70M. Please skip anything above 0.45 on the could-we-cope-without-it scale.', { target_amount: 70e6, max_criticality: 0.45 }],
    ['$70M. Nothing rated over 0.5 on the importance-to-the-business score.', { target_amount: 70e6, max_criticality: 0.5 }],
    [
      "$70M. We shouldn't sell anything higher than 0.35 on the vital-to-operations rating.",
      { target_amount: 70e6, max_criticality: 0.35 },
    ],
    ['$70M. Only sites scoring 0.4 or lower on the how-much-we-depend-on-it scale.', { target_amount: 70e6, max_criticality: 0.4 }],
    [
      '$70M. Leave out anything above 0.55 on the scale of how central a site is to operations.',
      { target_amount: 70e6, max_criticality: 0.55 },
    ],
    ['$70M. Anything over 0.6 on our essential-for-operations number stays off the list.', { target_amount: 70e6, max_criticality: 0.6 }],
    [
      '$70M. Only buildings that sit low on the essential-to-the-business score (0.4 or below).',
      { target_amount: 70e6, max_criticality: 0.4 },
    ],
    // A scale that names nothing the business depends on is no criticality.
    ['$70M. Rate each site on a scale of 1 to 10; nothing above 0.6 on that scale.', { target_amount: 70e6 }],
    ['$70M. Nothing above 0.6 on the scale of how modern the building is.', { target_amount: 70e6 }],
  ],
  'criticality named as how badly losing a building would hurt ("nothing above 0.3 on how much we\'d suffer if we lost it")': [
    ["$50M. Nothing that rates above 0.3 on how much we'd suffer if we lost it.", { target_amount: 50e6, max_criticality: 0.3 }],
    [
      '$50M. No site scoring over 0.45 on how badly the business would be hurt by losing it.',
      { target_amount: 50e6, max_criticality: 0.45 },
    ],
    ['$50M. Skip anything above 0.35 on how much it would hurt us to lose it.', { target_amount: 50e6, max_criticality: 0.35 }],
    ['$50M. Nothing rated higher than 0.5 on how hard operations would be hit losing it.', { target_amount: 50e6, max_criticality: 0.5 }],
    // The words without a level ask for nothing.
    ["$50M. I asked how badly we'd be hurt losing it; nobody could say.", { target_amount: 50e6 }],
  ],
  'criticality said to be low, with a level held from above after it ("only low-criticality buildings, 0.4 at most")': [
    ['$60M. Only low-criticality buildings, 0.4 at most.', { target_amount: 60e6, max_criticality: 0.4 }],
    ['$60M. Stick to low-stakes sites (no more than 0.3).', { target_amount: 60e6, max_criticality: 0.3 }],
    ['$60M. Their importance to the business has to be low: up to 0.35.', { target_amount: 60e6, max_criticality: 0.35 }],
    ['$60M. Only minor-importance property - 0.25 or below.', { target_amount: 60e6, max_criticality: 0.25 }],
    ['$60M. The criticality should be modest, 0.45 max.', { target_amount: 60e6, max_criticality: 0.45 }],
    // A level held from below, on another score, is that score's.
    ['$60M. Low-importance sites, 0.6 or more on re-letting.', { target_amount: 60e6, min_leaseability: 0.6 }],
    // A percentage after the words is a share, never the level.
    ['$60M. Low-stakes stuff only, 40% max from any single market.', { target_amount: 60e6, max_market_share: 0.4 }],
  ],
  'a new occupier taking a building on at once, or a building soon finding another tenant, with its level ("sites a new occupier could move straight into, at least 0.6")':
    [
      ['$40M. Only buildings another company could use easily, 0.55 or better.', { target_amount: 40e6, min_leaseability: 0.55 }],
      ['$40M. Only sites a new occupier could move straight into, at least 0.6.', { target_amount: 40e6, min_leaseability: 0.6 }],
      ['$40M. Only property other occupiers would snap up, 0.7 or more.', { target_amount: 40e6, min_leaseability: 0.7 }],
      ['$40M. Only buildings that would quickly find a new tenant, 0.65+.', { target_amount: 40e6, min_leaseability: 0.65 }],
      ['$40M. Keep to sites that could find another occupier fast, 0.6 at minimum.', { target_amount: 40e6, min_leaseability: 0.6 }],
      ['$40M. Only facilities that are simple to pass on to a new tenant (0.5 or higher).', { target_amount: 40e6, min_leaseability: 0.5 }],
      // Finding another site is no tenant; a building named after the verb is described, not asked for.
      ['$40M. We could easily find another site for the warehouse team.', { target_amount: 40e6 }],
      ['$40M. Another tenant could move straight into the Fontana warehouse.', { target_amount: 40e6 }],
    ],
  'easy to let again with a softened adverb or a floor "at minimum" ("could re-let fairly easily, 0.6 or higher")': [
    ['$40M. Only buildings a landlord could re-let fairly easily, 0.6 or higher.', { target_amount: 40e6, min_leaseability: 0.6 }],
    ['$40M. Only sites that are easy to re-let, 0.65 at minimum.', { target_amount: 40e6, min_leaseability: 0.65 }],
    ['$40M. Only easily re-lettable buildings, 0.6 at a minimum.', { target_amount: 40e6, min_leaseability: 0.6 }],
    [
      '$40M. Only buildings a new tenant could take over easily, at least 0.55 on that re-letting number.',
      { target_amount: 40e6, min_leaseability: 0.55 },
    ],
    [
      '$40M. Only buildings that re-let quite readily, 0.7 or better on the re-letting score.',
      { target_amount: 40e6, min_leaseability: 0.7 },
    ],
    // A figure "at minimum" that is no fraction belongs to its own field; the words keep their own level.
    [
      '$40M. Easy to re-let buildings only, 2% escalators at minimum.',
      { target_amount: 40e6, min_leaseability: 0.7, economics: { rent_escalator: 0.02 } },
    ],
    [
      '$40M. Easy-to-re-let sites, 15-year leases at minimum.',
      { target_amount: 40e6, min_leaseability: 0.7, economics: { lease_term_years: 15 } },
    ],
  ],
  'the leaseability key spelt another way in a template ("min_releasability: 0.7", "Leaseab. min ... 0.6")': [
    ['target: 50000000\nmin_releasability: 0.7', { target_amount: 50e6, min_leaseability: 0.7 }],
    ['target: 50000000\nmin_leasability: 0.65', { target_amount: 50e6, min_leaseability: 0.65 }],
    ['Target ..... 50M\nLeaseab. min ..... 0.6', { target_amount: 50e6, min_leaseability: 0.6 }],
    ['Target: $50M\nReleasability: 0.55', { target_amount: 50e6, min_leaseability: 0.55 }],
    // The short form with no level asks for nothing.
    ['Target: $50M\nLeaseab. notes: see appendix', { target_amount: 50e6 }],
  ],
  'a single-market cap written with the figure it replaces ("the single-market cap is 30%, not 40%")': [
    [
      'Update: the single-market cap is 30%, not 40%. Target $90M.\n\nEarlier note: market cap 40%; target $90M.',
      { target_amount: 90e6, max_market_share: 0.3 },
    ],
    ['Target $90M. Max 35% per market, not 25%.\n(Old draft: 25% per market.)', { target_amount: 90e6, max_market_share: 0.35 }],
    [
      "Target $90M. Cap any one market at 45%, not the 30% we used before. Last year's memo: no more than 30% from any one market.",
      { target_amount: 90e6, max_market_share: 0.45 },
    ],
    // Two caps with no figure set aside: the tightest is kept.
    ['Target $90M. Market cap 30%. Earlier draft: market cap 40%.', { target_amount: 90e6, max_market_share: 0.3 }],
  ],
  'a state as one market ("no more than 55% from either state")': [
    [
      'Run the $120M in Texas and Georgia, no more than 55% from either state.',
      { target_amount: 120e6, include_markets: ['Atlanta', 'Dallas', 'Houston'], max_market_share: 0.55 },
    ],
    ['$120M. No single state should supply more than 40% of the proceeds.', { target_amount: 120e6, max_market_share: 0.4 }],
    ['$120M. Cap any one state at 35%.', { target_amount: 120e6, max_market_share: 0.35 }],
    [
      '$120M. Keep it to Ohio and Illinois, with neither state above 50% of the money.',
      { target_amount: 120e6, include_markets: ['Chicago', 'Columbus'], max_market_share: 0.5 },
    ],
    // A state's share of revenue is no cap.
    ['$120M. Every state we operate in brings in about 30% of revenue.', { target_amount: 120e6 }],
  ],
};

describeFamilies('readBrief: scores and the single-market cap in plain words (twenty-fifth round)', FAMILIES);
