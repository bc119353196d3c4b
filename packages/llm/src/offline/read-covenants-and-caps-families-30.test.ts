import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirtieth round of wording families for the covenants: lease-adjusted leverage called a "measure" ("the
 * lease-adjusted measure under 5.1", "the leverage measure that includes rent under 4.8"); net leverage as debt
 * staying or remaining at no more than a multiple of EBITDA; covenant limits as a model's cell names with the bound in
 * the name ("MaxNetLeverage 3.6", "min_fccr 1.5"), also after a pasted cell address; fixed-charge coverage of twice
 * asked for with "make sure" or "ensure" before the earnings that cover the charges; and a coverage or leverage level
 * given to "it" or "that" as a bare decimal with its direction after it ("keep that at 1.65 or more"). Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage called a measure ("the lease-adjusted measure below 5.1", "the leverage measure that counts leases")': [
    ['$70M. Hold the lease-adjusted measure below 5.1.', { target_amount: 70e6, max_lease_adjusted_leverage: 5.1 }],
    ['$70M. The rent-adjusted measure must stay under 4.6x.', { target_amount: 70e6, max_lease_adjusted_leverage: 4.6 }],
    ['$70M. Keep the leverage measure that counts leases at or below 4.8.', { target_amount: 70e6, max_lease_adjusted_leverage: 4.8 }],
    ['$70M. The leverage metric which includes rents should stay below 5.3x.', { target_amount: 70e6, max_lease_adjusted_leverage: 5.3 }],
    // A level the measure stands at is no limit.
    ['$70M. The lease-adjusted measure is 4.4x today.', { target_amount: 70e6 }],
  ],
  'net leverage as debt staying or remaining at no more than a multiple of EBITDA': [
    ['$95M, with debt staying at no more than 3.1 times EBITDA.', { target_amount: 95e6, max_net_leverage: 3.1 }],
    ['$95M; net debt remaining at most 3.6x annual EBITDA.', { target_amount: 95e6, max_net_leverage: 3.6 }],
    // Debt bounded in money is no ratio, and a bare "at" is a level today.
    ['$95M, with debt staying at no more than $40M.', { target_amount: 95e6 }],
    ['$95M. Debt staying at 3.1 times EBITDA has been the pattern.', { target_amount: 95e6 }],
  ],
  'covenant limits as a model\'s cell names, the bound in the name ("MaxNetLeverage 3.6", "min_fccr 1.5")': [
    ['Target 88000000\nMaxNetLeverage 3.4\nMinFCCR 1.7', { target_amount: 88e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.7 }],
    [
      'Target 88000000\nmax_net_leverage = 3.25\nmin_fixed_charge_coverage = 1.55',
      { target_amount: 88e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.55 },
    ],
    ['Target 88000000\nMaxLeaseAdjLeverage: 5.1', { target_amount: 88e6, max_lease_adjusted_leverage: 5.1 }],
    [
      'Sheet paste:\nC2 Target 88000000\nC3 MaxNetLeverage 3.9\nC4 MinFCCR 1.35',
      { target_amount: 88e6, max_net_leverage: 3.9, min_fixed_charge_coverage: 1.35 },
    ],
    // A quarter is a date, not a cell: the level then is no limit.
    ['$88M.\nQ2 FCCR 1.6', { target_amount: 88e6 }],
  ],
  'fixed-charge coverage of twice asked for with "make sure" or "ensure" before the earnings ("make sure earnings still cover rent and interest twice over")':
    [
      ['$72M. Make sure our earnings still cover interest and rent twice over.', { target_amount: 72e6, min_fixed_charge_coverage: 2 }],
      ['$72M. Ensure EBITDAR covers rent plus interest at least twice.', { target_amount: 72e6, min_fixed_charge_coverage: 2 }],
      [
        '$72M, making sure that earnings can cover interest plus rent two times over.',
        { target_amount: 72e6, min_fixed_charge_coverage: 2 },
      ],
      // "Twice" with neither "over" nor a floor's words may count occasions.
      ['$72M. Make sure earnings cover rent and interest twice, in each half-year.', { target_amount: 72e6 }],
    ],
  'a level given to "it" or "that" as a bare decimal with its direction after it ("keep that at 1.65 or more")': [
    [
      '$64M. The banks watch how many times earnings cover rent plus interest; keep that at 1.7 or more.',
      { target_amount: 64e6, min_fixed_charge_coverage: 1.7 },
    ],
    ['$64M. Fixed-charge coverage matters to us; hold it at 1.45 or higher.', { target_amount: 64e6, min_fixed_charge_coverage: 1.45 }],
    ['$64M. We watch net leverage closely; keep it at 3.3 or lower.', { target_amount: 64e6, max_net_leverage: 3.3 }],
    // The direction against the metric's is no limit on it.
    ['$64M. We watch net leverage closely; keep it at 3.3 or more.', { target_amount: 64e6 }],
  ],
};

describeFamilies('reads the covenants and caps in their thirtieth round of wording families', FAMILIES);
