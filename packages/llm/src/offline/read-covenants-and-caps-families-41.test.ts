import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-first round of wording families for the covenants and caps: net leverage shortened to debt over plain
 * earnings ("debt/earnings", "debt-to-earnings"); lease-adjusted leverage named "rent-as-debt leverage"; a multiple in
 * hyphenated words ("three-and-a-half"); a scanned capital I for the l of a key word ("Net Ieverage ceiIing"); coverage
 * described without its verb, with earnings plus rent over the charges alone, or as the charges "covered at least
 * twice"; a market-share cap ending "from one"; a rent-cap row whose unit bracket follows its figure or whose label
 * says "rent added"; and settings pasted as a list of name-and-value records. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'net leverage shortened to debt over plain earnings': [
    ['$70M. Keep debt/earnings at or below 3.4x.', { target_amount: 70e6, max_net_leverage: 3.4 }],
    ['$70M. Debt-to-earnings limit: 3.9 times.', { target_amount: 70e6, max_net_leverage: 3.9 }],
    ['$70M. Max debt to earnings 3.2.', { target_amount: 70e6, max_net_leverage: 3.2 }],
    // A level seen last year is no limit; earnings before rent are the lease-adjusted ratio's, and earnings over the
    // charges are coverage.
    ['$70M. Debt/earnings was 4.1x last year.', { target_amount: 70e6 }],
    ['$70M. Debt/EBITDAR no more than 5x.', { target_amount: 70e6, max_lease_adjusted_leverage: 5 }],
    ['$70M. Earnings over interest and rent at least 1.9x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.9 }],
  ],
  'lease-adjusted leverage named "rent-as-debt leverage"': [
    ["$70M. The agencies' rent-as-debt leverage must stay under 4.9.", { target_amount: 70e6, max_lease_adjusted_leverage: 4.9 }],
    ["$70M. Our lease-as-debt leverage figure can't exceed 5.3x.", { target_amount: 70e6, max_lease_adjusted_leverage: 5.3 }],
    // A level seen at year end, and rent said to count as debt with no level, are no limit.
    ['$70M. Rent-as-debt leverage was 5.8x at year end.', { target_amount: 70e6 }],
    ["$70M. The agencies treat rent as debt; we don't mind.", { target_amount: 70e6 }],
  ],
  'a multiple in hyphenated words': [
    ['$70M. Net leverage no more than three-and-a-quarter times.', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['$70M. Fixed charge cover at least two-and-a-half times.', { target_amount: 70e6, min_fixed_charge_coverage: 2.5 }],
    // Years of a lease in hyphenated words are no ratio.
    ['$70M. three-and-a-half years of leases.', { target_amount: 70e6 }],
  ],
  'a scanned capital I for the l of a key word': [
    ['[scan] $70M. Net Ieverage ceiIing 3.4x.', { target_amount: 70e6, max_net_leverage: 3.4 }],
    ['[scan] $70M. FCCR not Iess than 1.65x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.65 }],
    ['[scan] $70M. no more than 30% of proceeds from a singIe market.', { target_amount: 70e6, max_market_share: 0.3 }],
    // Names opening with a capital I keep it.
    ['$70M. Ian and Ivan sign the memo; Isla checks it.', { target_amount: 70e6 }],
  ],
  'coverage described without its verb, or as the charges covered': [
    [
      '$70M. Earnings at least 1.7 times what we pay in rent and interest; debt under 3x EBITDA.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.7, max_net_leverage: 3 },
    ],
    ['$70M. Fixed charges covered at least twice.', { target_amount: 70e6, min_fixed_charge_coverage: 2 }],
    ['$70M. EBITDAR has to be at least 2.1 times interest plus rent.', { target_amount: 70e6, min_fixed_charge_coverage: 2.1 }],
    // Charges covered last year, and earnings over interest alone, are no floor of this ratio.
    ['$70M. Fixed charges were covered twice last year.', { target_amount: 70e6 }],
    ['$70M. EBITDA at least 4 times interest.', { target_amount: 70e6 }],
  ],
  'a market-share cap ending "from one"': [
    ['$70M. Sell across markets, no more than 30% from one.', { target_amount: 70e6, max_market_share: 0.3 }],
    ['no more than 25% from one. $70M.', { target_amount: 70e6, max_market_share: 0.25 }],
    // A floor of a share is no cap.
    ['At least 10% from one. $70M.', { target_amount: 70e6 }],
  ],
  'a rent-cap row with its unit after the figure, or labelled "rent added"': [
    ['Target: 70 (USD m)\nRent added cap: 6.5 (USD m per year)', { target_amount: 70e6, max_rent_added: 6.5e6 }],
    ['Target: 70 (USD m)\nMax rent added (USD m/yr): 4', { target_amount: 70e6, max_rent_added: 4e6 }],
    // Rent paid today is no cap.
    ['Target: 70 (USD m)\nRent paid today: 30 (USD m per year)', { target_amount: 70e6 }],
  ],
  'settings pasted as a list of name-and-value records': [
    [
      '[{"field":"target","value":"USD 70m"},{"field":"net_leverage_max","value":"3.3x"},{"field":"fccr_min","value":"1.9x"}]',
      { target_amount: 70e6, max_net_leverage: 3.3, min_fixed_charge_coverage: 1.9 },
    ],
    ['[{"key": "target", "value": "$70M"}, {"key": "max_market_share", "value": 0.3}]', { target_amount: 70e6, max_market_share: 0.3 }],
    // A record of an earlier round's figure is no ask.
    ['$70M. [{"field":"prior_target","value":"USD 90m"},{"field":"note","value":"none"}]', { target_amount: 70e6 }],
  ],
};

describeFamilies('Brief wording families, round 41: covenants and caps', FAMILIES);
