import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fourth round of wording families for the covenants: lease-adjusted leverage written as its formula with the
 * rent counted into the debt by a clause ("counting rent at eight times", "with rent counted in at 8x", "plus eight
 * times your rent") or leverage with the formula in a dashed aside, where the eight is part of the name and never the
 * level; net leverage as debt capped or held at a multiple of a year's earnings; and fixed-charge coverage as earnings
 * asked to cover or pay interest and rent a number of times, or at least twice. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the formula with the rent counted into the debt ("debt - counting rent at 8x as if it were debt - over earnings before rent under 4.9")':
    [
      [
        '$95M. Our debt - counting the rent at 8x as if it were debt - over earnings before rent has to stay below 4.9.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.9 },
      ],
      [
        '$95M. Total borrowings with the rent counted in at eight times, relative to EBITDAR, no more than 5.1.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 5.1 },
      ],
      [
        '$95M. Debt including rent (times 8) divided by earnings before rent: keep it at or below 4.4.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.4 },
      ],
      [
        '$95M. Keep debt plus eight times our annual rent, compared against what you make before paying rent, under 5.3.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 5.3 },
      ],
      [
        '$95M. The leverage with the leases counted in - borrowings plus 8x rent over EBITDAR - cannot exceed 4.85.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.85 },
      ],
      // The eight is how the rent is counted: with no limit after the divisor, nothing is read.
      ['$95M. Debt counting rent at 8x, over earnings before rent, is how the bank looks at us.', { target_amount: 95e6 }],
      // Rent not counted at eight names no ratio.
      ['$95M. Debt counting the rent, over earnings before rent, under 4.5 is fine.', { target_amount: 95e6 }],
    ],
  'debt capped or held at a multiple of a year\'s earnings ("debt limited to 3.6 times annual earnings")': [
    ['$140M. Debt limited to 3.6 times annual earnings.', { target_amount: 140e6, max_net_leverage: 3.6 }],
    ["$140M. Total debt must remain at 2.9 times a year's EBITDA or lower.", { target_amount: 140e6, max_net_leverage: 2.9 }],
    ['$140M. Hold our debt at most 3.15x yearly earnings.', { target_amount: 140e6, max_net_leverage: 3.15 }],
    // A level today, with no bound, names no limit.
    ['$140M. Our debt sits at 3.6 times annual earnings right now.', { target_amount: 140e6 }],
    // Debt capped in money is no ratio.
    ['$140M. Debt capped at $60M for the year.', { target_amount: 140e6 }],
  ],
  'earnings asked to cover interest and rent a number of times ("earnings must meet interest and rent by 1.65x")': [
    ['$60M. Earnings must meet interest and rent by 1.65x.', { target_amount: 60e6, min_fixed_charge_coverage: 1.65 }],
    ['$60M. Our earnings need to cover interest plus rent 2.1 times over.', { target_amount: 60e6, min_fixed_charge_coverage: 2.1 }],
    ['$60M. Earnings should pay rent and interest at least twice.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['$60M. Earnings have to cover interest and rent two times over.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    // Coverage measured today, not asked for, is no floor.
    ['$60M. Earnings cover interest and rent 1.9 times today.', { target_amount: 60e6 }],
    ['$60M. Earnings cover interest and rent twice at the moment.', { target_amount: 60e6 }],
  ],
};

describeFamilies('readBrief: covenants in plain words (twenty-fourth round)', FAMILIES);
