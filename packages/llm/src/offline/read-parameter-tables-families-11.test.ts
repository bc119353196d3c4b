import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Briefs pasted as parameter tables and forms: each row is read as its label stating its value in its unit. Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a pipe table whose value and unit sit in separate columns ("Target | 60 | USD m")': [
    [
      '| Setting | Value | Unit |\n|---|---|---|\n| Target | 90 | USD m |\n| Max rent added | 6.5 | USD m p.a. |\n| Tax rate | 24 | % |',
      { target_amount: 90e6, max_rent_added: 6.5e6, economics: { tax_rate: 0.24 } },
    ],
    [
      'Row | Amount | Units\nProceeds target | 0.4 | $bn\nMinimum proceeds | 350 | $m\nAnnual bumps | 2.25 | % p.a.',
      { target_amount: 400e6, floor_amount: 350e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'Item | Figure | Unit\nTarget | 120,000 | $000\nRent added, max | 8,000 | $000 / yr\nLease term | 12 | yrs',
      { target_amount: 120e6, max_rent_added: 8e6, economics: { lease_term_years: 12 } },
    ],
    [
      '| Input | Value | Unit |\n| Target | 75 | $mm |\n| Max market share | 35 | % |\n| Net leverage | 3.75 | x |',
      { target_amount: 75e6, max_market_share: 0.35, max_net_leverage: 3.75 },
    ],
    // A unit the table does not explain leaves the row as written: "120 widgets" is no amount.
    ['Item | Value | Unit\nTarget | $95m |\nSites | 12 | count', { target_amount: 95e6 }],
  ],
  'a table aligned with spaces ("Rent cap      6       $mm/yr")': [
    [
      'Metric          Value     Unit\nTarget          135       USD m\nFloor           110       USD m\nTax             22        %',
      { target_amount: 135e6, floor_amount: 110e6, economics: { tax_rate: 0.22 } },
    ],
    ['Input        Value    Units\nProceeds     2.1      $bn\nRent cap     40       $m/yr', { target_amount: 2.1e9, max_rent_added: 40e6 }],
    [
      'target      65     $m\nfloor       55     $m\nescalator   1.5    %',
      { target_amount: 65e6, floor_amount: 55e6, economics: { rent_escalator: 0.015 } },
    ],
    // One double space in a sentence makes no table.
    ['Raise $80M.  Leave out Phoenix  and keep it simple.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
  ],
  'the column the brief asks for, not the one in place ("Today | Post-deal limit", "Policy | Applied here")': [
    [
      '| Covenant | Current | Limit after the deal |\n|---|---|---|\n| Net leverage | 2.7x | 3.25x |\n| FCCR | 3.2x | 1.9x |\nRaise $150M.',
      { target_amount: 150e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.9 },
    ],
    [
      'Control | Policy | Applied here\nMax criticality | 0.9 | 0.6\nMin leaseability | 0.3 | 0.55\nAmount: $70m',
      { target_amount: 70e6, max_criticality: 0.6, min_leaseability: 0.55 },
    ],
    [
      '| Covenant | Max/Min | Value | Unit |\n| Lease-adjusted leverage | max | 4.4 | x |\n| FCCR | min | 2.2 | x |\n| Target | - | 175 | $m |',
      { target_amount: 175e6, max_lease_adjusted_leverage: 4.4, min_fixed_charge_coverage: 2.2 },
    ],
    [
      '| Item | Value | Notes |\n| Target | $130M | |\n| Net leverage | 4.25x | bank covenant; our own 3.75x applies instead |',
      { target_amount: 130e6, max_net_leverage: 3.75 },
    ],
    [
      '| Item | Value | Unit | Notes |\n| Target | 85 | $m | |\n| New rent | 6 | $m / yr | a hard ceiling |',
      { target_amount: 85e6, max_rent_added: 6e6 },
    ],
    // A note that only explains the figure changes nothing, and new rent with no ceiling is no cap.
    [
      '| Item | Value | Unit | Notes |\n| Target | 85 | $m | board approved |\n| New rent | 6 | $m / yr | our estimate |',
      { target_amount: 85e6 },
    ],
  ],
  'a form of field-like keys ("exclude_ids=ATL-03,HOU-04", "nl_max 3.4 x", "rent_cap: 16m/yr")': [
    [
      'target=70000000\nexclude_ids=DAL-05,PHX-02\ntax=0.23',
      { target_amount: 70e6, exclude_asset_ids: ['DAL-05', 'PHX-02'], economics: { tax_rate: 0.23 } },
    ],
    ['proceeds: 110m\nexcluded_assets: CHI-03,NWK-03', { target_amount: 110e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    [
      'target      140    USD m\nnl_max      3.6    x\nfccr_min    1.7    x',
      { target_amount: 140e6, max_net_leverage: 3.6, min_fixed_charge_coverage: 1.7 },
    ],
    ['amount: 95m\nrent_cap: 7m/yr\nlal_max: 4.9', { target_amount: 95e6, max_rent_added: 7e6, max_lease_adjusted_leverage: 4.9 }],
    // A score on the line above is no tax rate of its own.
    [
      'field | value | unit\ntarget | 60 | $m\nmin_leaseability | 0.65 | score\ntax_rate | 26 | %',
      { target_amount: 60e6, min_leaseability: 0.65, economics: { tax_rate: 0.26 } },
    ],
  ],
  'a table of places or types decided by a reason, a tick or yes/no ("Exclusion | Reason", "Asset class | Sell?")': [
    [
      'Exclusion | Reason\nGeorgia | zoning appeal\nArizona | heat risk\n\nTarget: $140m',
      { target_amount: 140e6, exclude_markets: ['Atlanta', 'Phoenix'] },
    ],
    [
      'Asset type | Sell?\nWarehouse | \u2713\nRetail | \u2713\nOffice | \u2717\nLab | \u2717\nAmount: $75m',
      { target_amount: 75e6, asset_types: ['warehouse', 'retail'] },
    ],
    [
      '| Asset class | In scope |\n|---|---|\n| Manufacturing | No |\n| Data center | No |\n| All others | Yes |\nTarget $200m',
      { target_amount: 200e6, asset_types: allTypesBut('manufacturing', 'data_center') },
    ],
    [
      'Asset | Action | Note\nTempe Office | exclude | lease ends soon\nGroveport Warehouse | exclude | roof\nTarget | $90m |',
      { target_amount: 90e6, exclude_asset_ids: ['PHX-03', 'COL-02'] },
    ],
    [
      'Item | Value\nTarget | $150m\nExclude types | labs, data centers',
      { target_amount: 150e6, asset_types: allTypesBut('lab', 'data_center') },
    ],
    // A two-column row that names a place in scope is no header and rules nothing out.
    ['Scope | Texas\nTarget | $120m', { target_amount: 120e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a form of labels and dashes ("mortgaged — exclude")': [
    [
      'amount \u2014 120m\nmortgaged \u2014 exclude\ncriticality \u2014 0.7',
      { target_amount: 120e6, exclude_mortgaged: true, max_criticality: 0.7 },
    ],
    ['Amount \u2013 60m\nMortgaged sites \u2013 out', { target_amount: 60e6, exclude_mortgaged: true }],
    // A single dash in a sentence makes no form.
    ['Raise $60m \u2014 mortgaged sites can stay in.', { target_amount: 60e6 }],
  ],
};

describeFamilies('parameter tables and forms', FAMILIES);
