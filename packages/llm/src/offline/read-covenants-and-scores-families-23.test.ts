import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-third round of wording families for the covenants and the score filters: lease-adjusted leverage named by a
 * clause that says the leases are counted at eight times rent, where the eight is part of the name and never the
 * level; the adjective "lease-inclusive" before a ratio's noun; interest and rent said covered by earnings before rent,
 * with the floor after, or as "twice over"; and a criticality limit written against a scale whose own words (or the
 * critical words before a pronoun scale) name the score; and "neither" with a place noun as the cap on every market.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'leverage named by a clause that counts the leases at eight times rent ("the leverage figure that counts leases at 8x rent under 4.6")': [
    [
      '$75M. The leverage figure that counts leases at 8x rent must stay under 4.6.',
      { target_amount: 75e6, max_lease_adjusted_leverage: 4.6 },
    ],
    [
      '$75M. The version of leverage which includes rent as debt at eight times, at most 5.2.',
      { target_amount: 75e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      '$75M. Hold the debt number that adds in the leases at 8x annual rent below 4.4 times earnings before rent.',
      { target_amount: 75e6, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      '$75M. Our total debt measure that treats every lease as eight times its rent can be no higher than 5.05.',
      { target_amount: 75e6, max_lease_adjusted_leverage: 5.05 },
    ],
    // The eight is how the leases are counted: with no limit after it, nothing is read.
    ['$75M. The measure that counts leases at 8x rent is what the agencies use.', { target_amount: 75e6 }],
    // Net leverage with no leases counted stays net leverage.
    ['$75M. The leverage figure must stay under 3.6.', { target_amount: 75e6, max_net_leverage: 3.6 }],
  ],
  'the adjective "lease-inclusive" before a ratio\'s noun ("the lease-inclusive measure at most 5.3")': [
    ['Raise $90M. The lease-inclusive measure at most 5.3.', { target_amount: 90e6, max_lease_adjusted_leverage: 5.3 }],
    [
      'Raise $90M. Net leverage under 3.2; lease-inclusive leverage no more than 4.75.',
      { target_amount: 90e6, max_net_leverage: 3.2, max_lease_adjusted_leverage: 4.75 },
    ],
    // A lease-inclusive figure that is no ratio names no covenant.
    ['Raise $90M. The lease-inclusive budget under 4.5 percent of sales is fine.', { target_amount: 90e6 }],
  ],
  'interest and rent covered by earnings before rent, the floor after ("rent and interest covered by EBITDAR no less than 1.7x")': [
    ['$110M. Keep rent and interest covered by EBITDAR no less than 1.7x.', { target_amount: 110e6, min_fixed_charge_coverage: 1.7 }],
    [
      '$110M. Interest plus rent should be covered by our earnings before rent at least 1.45 times.',
      { target_amount: 110e6, min_fixed_charge_coverage: 1.45 },
    ],
    // Covered with no level names no floor.
    ['$110M. Interest plus rent is covered by earnings before rent comfortably today.', { target_amount: 110e6 }],
  ],
  'the charges covered "twice over" ("earnings before rent must cover rent and interest at least twice over")': [
    ['$60M. EBITDAR must cover rent and interest at least twice over.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    [
      '$60M. We have to keep rent plus interest covered no less than two times over by our earnings before rent.',
      { target_amount: 60e6, min_fixed_charge_coverage: 2 },
    ],
    // Twice over as a level measured, not asked for, is no floor.
    ['$60M. Last year earnings before rent covered interest plus rent twice over.', { target_amount: 60e6 }],
    ['$60M. Rent doubled twice over the decade.', { target_amount: 60e6 }],
  ],
  'a criticality limit against a named scale ("nothing rated over 0.5 on the how-much-we-rely-on-it scale")': [
    ['$45M. Exclude anything rated over 0.5 on the how-critical-is-it scale.', { target_amount: 45e6, max_criticality: 0.5 }],
    ['$45M. Keep the essential, critical stuff; nothing above 0.35 on that scale.', { target_amount: 45e6, max_criticality: 0.35 }],
    ['$45M. Sites at or below 0.25 on our criticality scale are fair game.', { target_amount: 45e6, max_criticality: 0.25 }],
    ['$45M. Stick to sites on the criticality scale - under 0.55.', { target_amount: 45e6, max_criticality: 0.55 }],
    // A scale that names nothing critical, with no critical words before it, is no criticality.
    ['$45M. Nothing above 0.4 on a scale of how busy the site is.', { target_amount: 45e6 }],
    ['$45M. Nothing above 0.4 on that scale.', { target_amount: 45e6 }],
  ],
  '"neither" with a place noun as every market\'s cap ("neither metro above 55% of proceeds")': [
    [
      '$90M from Phoenix and Houston only, with neither metro above 55% of proceeds.',
      { target_amount: 90e6, include_markets: ['Houston', 'Phoenix'], max_market_share: 0.55 },
    ],
    [
      '$90M. Keep it to Dallas and Atlanta, and neither city over 65% of the total.',
      { target_amount: 90e6, include_markets: ['Atlanta', 'Dallas'], max_market_share: 0.65 },
    ],
    // "Neither city" with no share names the places ruled out, not a cap.
    ['$90M. Neither city is in scope: skip Phoenix and Houston.', { target_amount: 90e6, exclude_markets: ['Houston', 'Phoenix'] }],
  ],
};

describeFamilies('readBrief: covenants and score filters in plain words (twenty-third round)', FAMILIES);
