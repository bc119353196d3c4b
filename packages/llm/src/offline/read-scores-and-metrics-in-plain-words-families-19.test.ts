import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A nineteenth round of wording families for scores and covenant metrics in plain words: "re-let" as the
 * leaseability score's name right before its floor, how easy or simple a building is to let again with a level after
 * it, a score's level changed by a verb of change; leases counted as debt for lease-adjusted leverage; debt held below
 * a multiple of earnings for net leverage; the cover of rent plus interest; criticality as an essential-to-operations
 * or how-essential score, a ceiling on how critical a site is, lower-criticality sites with a level in brackets; a
 * trailing bound that is the next cell's label; "w/o" before mortgaged assets; and a building's reasons after a dash,
 * which set no limit. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  '"re-let" right before its floor and a fraction ("re-let at least 0.6", "re-let floor 0.55")': [
    ['Raise $70M; re-let at least 0.7.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ['$90M target, re-let >= 0.6, net leverage 3.5x.', { target_amount: 90e6, min_leaseability: 0.6, max_net_leverage: 3.5 }],
    ['Notes: $75M. Re-let floor of 0.45.', { target_amount: 75e6, min_leaseability: 0.45 }],
    ['$50M, re-let minimum 0.65.', { target_amount: 50e6, min_leaseability: 0.65 }],
    // "Re-let" alone keeps its weak level; a re-let risk is no limit.
    ['Raise $65M from re-let sites.', { target_amount: 65e6, min_leaseability: 0.5 }],
    ['Raise $80M; the re-let risk is 0.3 today.', { target_amount: 80e6 }],
  ],
  'how easy or simple a building is to let again, the level after it ("easy to re-let, 0.65 at least", "(score 0.7+)")': [
    ['$55M from assets that are pretty easy to re-lease, 0.6 minimum.', { target_amount: 55e6, min_leaseability: 0.6 }],
    [
      'Raise $45M using sites that are straightforward to rent to another tenant (score 0.75+).',
      { target_amount: 45e6, min_leaseability: 0.75 },
    ],
    ['Raise $40M; every asset sold should score 0.6 or better on re-leasing.', { target_amount: 40e6, min_leaseability: 0.6 }],
    // Without a level the words keep the strong level; one building's score for re-letting is no limit.
    ['$60M, only buildings simple to re-let.', { target_amount: 60e6, min_leaseability: 0.7 }],
    ['Raise $40M; the Joliet DC scores 0.4 on re-letting.', { target_amount: 40e6 }],
  ],
  'a score\'s level changed by a verb of change ("bump leaseability to 0.6")': [
    ['Target $100M with leaseability at 0.5. Actually raise leaseability to 0.65.', { target_amount: 100e6, min_leaseability: 0.65 }],
    ["Criticality max 0.7. $90M. Let's lower the criticality cap to 0.55.", { target_amount: 90e6, max_criticality: 0.55 }],
    ['Leaseability min 0.6, target $80M. Then move leaseability down to 0.5.', { target_amount: 80e6, min_leaseability: 0.5 }],
    // A verb of change before anything but a score changes no score.
    ['$90M, leaseability 0.6. We might raise prices to 0.7 of book.', { target_amount: 90e6, min_leaseability: 0.6 }],
  ],
  'lease-adjusted leverage as leases counted as debt ("leases-as-debt leverage max 4.75x")': [
    ['$120M; lease-as-debt ratio at most 4.6x.', { target_amount: 120e6, max_lease_adjusted_leverage: 4.6 }],
    ['Raise $75M, keep the number that treats the leases as debt under 5x.', { target_amount: 75e6, max_lease_adjusted_leverage: 5 }],
    [
      'Raise $90M: net leverage 3.5x, leases-as-debt leverage 4.5x or less.',
      { target_amount: 90e6, max_net_leverage: 3.5, max_lease_adjusted_leverage: 4.5 },
    ],
  ],
  'net leverage as debt held below a multiple of earnings ("debt should stay below 3 times earnings")': [
    ['$60M, our debt must stay under 3.25 times annual EBITDA.', { target_amount: 60e6, max_net_leverage: 3.25 }],
    ['Raise $85M; total debt no more than 3.5x earnings.', { target_amount: 85e6, max_net_leverage: 3.5 }],
    ['$70M, keep the debt ratio against EBITDA at 3.4x or lower.', { target_amount: 70e6, max_net_leverage: 3.4 }],
    // Debt in money, or a multiple of earnings before rent, is no net leverage.
    ['Raise $85M; debt under $50M.', { target_amount: 85e6 }],
    ['Raise $85M; debt under 4x earnings before rent.', { target_amount: 85e6 }],
  ],
  'fixed-charge coverage as the cover of rent plus interest ("the cover of rent plus interest by earnings")': [
    ['Raise $95M and coverage of interest and rent by EBITDAR at least 1.7x.', { target_amount: 95e6, min_fixed_charge_coverage: 1.7 }],
    ['$95M; the cover of rent and interest must be 2x or more.', { target_amount: 95e6, min_fixed_charge_coverage: 2 }],
  ],
  'criticality as an essential or how-critical score, a ceiling on it, or lower-criticality sites with a level': [
    ['Raise $110M with nothing whose importance-to-operations score is over 0.5.', { target_amount: 110e6, max_criticality: 0.5 }],
    ['$90M; keep the how-critical rating at 0.6 or lower.', { target_amount: 90e6, max_criticality: 0.6 }],
    ['$70M, a cap of 0.45 on how essential each building is.', { target_amount: 70e6, max_criticality: 0.45 }],
    ['$80M from less-critical sites only (under 0.5).', { target_amount: 80e6, max_criticality: 0.5 }],
    // The words without a level set no level.
    ['$80M from lower-criticality assets.', { target_amount: 80e6 }],
  ],
  'a trailing bound word that is the next cell\'s label ("Max net lev: 3.25x<TAB>Min FCCR: 1.75x")': [
    [
      'Program: A\tTarget: $55m\tMax net leverage: 3.5x\tMin coverage: 1.6x',
      { target_amount: 55e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.6 },
    ],
    ['Target $60m\tNet lev max: 3.4x\tMin leaseability: 0.6', { target_amount: 60e6, max_net_leverage: 3.4, min_leaseability: 0.6 }],
    // A bound word that ends the clause is still the level's, and a lower one on leverage is no limit.
    ['Raise $60M, net leverage 3.5x min.', { target_amount: 60e6 }],
  ],
  'mortgaged assets after "w/o" ("w/o selling anything mortgaged")': [
    ['Raise $55M w/o touching anything with a mortgage on it.', { target_amount: 55e6, exclude_mortgaged: true }],
    ['hey can we get 65m w/o selling anything mortgaged', { target_amount: 65e6, exclude_mortgaged: true }],
  ],
  'a building\'s reasons after a dash or in brackets set no criticality ("Exclude Chandler - mortgaged and critical")': [
    ['Raise $80M. Exclude Chandler - old and critical.', { target_amount: 80e6, exclude_asset_ids: ['PHX-02'] }],
    ['Raise $80M. Exclude Chandler - mortgaged and critical.', { target_amount: 80e6, exclude_asset_ids: ['PHX-02'] }],
    // Joined to the list with no dash, critical sites are ruled out with it.
    [
      'Raise $80M. Avoid the Atlanta market and anything mission-critical.',
      { target_amount: 80e6, exclude_markets: ['Atlanta'], max_criticality: 0.7 },
    ],
  ],
};

describeFamilies('readBrief: scores and metrics in plain words', FAMILIES);
