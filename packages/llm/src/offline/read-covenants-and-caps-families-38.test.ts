import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-eighth round of wording families for the covenants and caps: new rent the writer refuses to add above an
 * amount ("don't add new rent above $4.5M a year"); a rent-cap row labelled with its unit in millions, the figure bare
 * after a comma or with "/yr" in the bracket ("Rent cap (USD m/yr), 5"); fixed-charge coverage said as the charges paid
 * out of earnings, or as earnings that could pay them, a number of times ("pay interest and rent out of earnings at
 * least 1.7 times"), and as a level "on" interest plus rent ("1.65x on interest plus rent"); lease-adjusted leverage
 * named by the rating agencies that use it, by its formula written as one word, and as "the lease-adjusted version";
 * bare levels said "on" their ratio after a comparison or as a chat's answer ("at or under 3.6 on net debt / EBITDA");
 * a level used in place of the covenant ("Use 3.3x, not the 4.0x covenant, as the net debt / EBITDA ceiling", "but the
 * working level we run to is 3.9x"); a bare level held by "it" after a semicolon or a dash; levels said to have no
 * bearing on the program ("another client's covenant is 4.5x net leverage — no bearing on us"); a single-market cap
 * with its old level struck through; and covenant rows with a unit column ("Net leverage cap, 3.7, x"). Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'new rent refused above an amount': [
    ['$80M. We will not take on any added rent over $6M.', { target_amount: 80e6, max_rent_added: 6e6 }],
    ['$80M. Do not sign up for extra rent beyond $3M annually.', { target_amount: 80e6, max_rent_added: 3e6 }],
    ['$80M, and never add incremental rent of more than $2.5M a year.', { target_amount: 80e6, max_rent_added: 2.5e6 }],
    // No refusal before the verb, or rent not called new: no cap on what the program adds.
    ['$80M. We add new rent above $4M only if the buildings are core.', { target_amount: 80e6 }],
    ["$80M. Don't add rent above $30M to the model.", { target_amount: 80e6 }],
  ],
  'a rent-cap row labelled with its unit in millions': [
    ['Target: $80M\nMax new rent (USDm/yr): 4.2', { target_amount: 80e6, max_rent_added: 4.2e6 }],
    ['Target: $80M\nNew rent ceiling ($M), 9', { target_amount: 80e6, max_rent_added: 9e6 }],
    ['Target: $80M\nCap on added rent (USD mn, annual): 7.5', { target_amount: 80e6, max_rent_added: 7.5e6 }],
    // Rent in place labelled in millions is no cap.
    ['Target: $80M\nAnnual rent (USD m), 30', { target_amount: 80e6 }],
  ],
  'coverage as the charges paid out of earnings, or earnings that could pay them': [
    [
      "$80M. We'd like to be able to pay rent and interest from EBITDA no less than twice over.",
      { target_amount: 80e6, min_fixed_charge_coverage: 2 },
    ],
    [
      '$80M. Ideally earnings would cover our interest plus rent at least 1.9 times.',
      { target_amount: 80e6, min_fixed_charge_coverage: 1.9 },
    ],
    // A level measured, or a level with no floor's words, is no limit.
    ['$80M. Last year we paid interest and rent out of earnings 2.4 times.', { target_amount: 80e6 }],
    ['$80M. It would be nice if earnings could pay our interest and rent 3 times over.', { target_amount: 80e6 }],
  ],
  'coverage as a level on interest plus rent': [
    ['$80M. FCCR? 2x on rent and interest, at least.', { target_amount: 80e6, min_fixed_charge_coverage: 2 }],
    ['Ana: $80M\nBen: coverage floor?\nAna: 1.8x on interest + rent', { target_amount: 80e6, min_fixed_charge_coverage: 1.8 }],
    // A level run last year, and rent alone capitalised at a multiple, are no coverage limit.
    ['$80M. We ran 2.3x on interest and rent last year.', { target_amount: 80e6 }],
    ['$80M. Net debt at 3x EBITDA; 8x on rent for the leases.', { target_amount: 80e6 }],
  ],
  'lease-adjusted leverage named by its users, by its formula as one word, or as the adjusted version': [
    ['$80M. Keep the leverage number S&P looks at below 5.2x.', { target_amount: 80e6, max_lease_adjusted_leverage: 5.2 }],
    [
      '$80M. Hold the leverage ratio the agencies track (the one that counts leases) under 5.4x.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 5.4 },
    ],
    ['$80M. Keep the debt-plus-8x-rent-to-EBITDAR ratio under 4.9x.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.9 }],
    [
      '$80M. Net leverage under 3.4x and the lease-adjusted equivalent under 5x.',
      { target_amount: 80e6, max_net_leverage: 3.4, max_lease_adjusted_leverage: 5 },
    ],
    // The leverage the company's own lenders use is net leverage.
    ['$80M. Keep the leverage measure our lenders use under 3.5x.', { target_amount: 80e6, max_net_leverage: 3.5 }],
  ],
  'bare levels said on their ratio, after a comparison or as an answer': [
    [
      '$80M. Stay no higher than 3.4 on net leverage and 4.9 on the lease-adjusted one.',
      { target_amount: 80e6, max_net_leverage: 3.4, max_lease_adjusted_leverage: 4.9 },
    ],
    ['$80M. Keep at least 1.9 on FCCR.', { target_amount: 80e6, min_fixed_charge_coverage: 1.9 }],
    ['Ana: $80M\nBen: and leverage?\nAna: 3.5 on net leverage', { target_amount: 80e6, max_net_leverage: 3.5 }],
    // A level run, a comparison the wrong way, and an answer that says more than the level: no limit.
    ['$80M. We ran 3.6 on net debt/EBITDA last year.', { target_amount: 80e6 }],
    ['$80M. Do not go above 3.6 on FCCR.', { target_amount: 80e6 }],
    ['Ana: $80M\nBen: where are we now?\nAna: 3.1 on net leverage, up from 2.8', { target_amount: 80e6 }],
  ],
  'a level used in place of the covenant': [
    [
      '$80M. Apply 4.6x, not our 5.0x covenant, as the cap on lease-adjusted leverage.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 },
    ],
    ['$80M. Go with 1.8x, not the 1.5x facility test, as the FCCR floor.', { target_amount: 80e6, min_fixed_charge_coverage: 1.8 }],
    [
      '$80M. The covenant floor on fixed charge coverage is 1.5x, while our internal floor is 1.8x.',
      { target_amount: 80e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      '$80M. The revolver caps net leverage at 4.0x, but the house limit management steers to is 3.5x.',
      { target_amount: 80e6, max_net_leverage: 3.5 },
    ],
    // A cap word the wrong way for the ratio, and a working level said as today's, are no limit.
    ['$80M. Use 3.2x, not the 3.75x covenant, as the FCCR ceiling.', { target_amount: 80e6 }],
    ['$80M. The net leverage covenant is 4.0x, but our working level is 3.4x today.', { target_amount: 80e6, max_net_leverage: 4 }],
  ],
  'a bare level held by "it" after a semicolon or a dash': [
    ['$80M. Net leverage is what the lenders test - hold it under 3.6.', { target_amount: 80e6, max_net_leverage: 3.6 }],
    ['$80M. The FCCR matters most; keep it above 1.8.', { target_amount: 80e6, min_fixed_charge_coverage: 1.8 }],
    // The comparison against the ratio's way, and a share, are no level.
    ['$80M. The FCCR matters most; keep it below 1.8.', { target_amount: 80e6 }],
    ['$80M. Net leverage matters; keep it under 40% of the budget.', { target_amount: 80e6 }],
  ],
  'levels said to have no bearing on the program': [
    [
      '$80M. The bond covenant of 2.0x coverage is not relevant for this. FCCR at least 1.6x.',
      { target_amount: 80e6, min_fixed_charge_coverage: 1.6 },
    ],
    [
      '$80M (a peer runs 5.5x lease-adjusted leverage, which has nothing to do with us). Lease-adjusted under 5x.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 5 },
    ],
    // Only the clause the remark closes is disowned, and a remark about something else disowns nothing.
    ['$80M. Keep net leverage under 3.5x, the 4.0x covenant is irrelevant here.', { target_amount: 80e6, max_net_leverage: 3.5 }],
    [
      '$80M. Net leverage under 3.5x is what the lenders want - no bearing on the choice of buildings.',
      { target_amount: 80e6, max_net_leverage: 3.5 },
    ],
  ],
  'a single-market cap with its old level struck through': [
    ['Target: $80M\nMax per metro: ~~45%~~ 35%', { target_amount: 80e6, max_market_share: 0.35 }],
    ['Target: $80M\nConcentration limit: ~~0.5~~ \u2192 0.4', { target_amount: 80e6, max_market_share: 0.4 }],
  ],
  'covenant rows with a unit column': [
    [
      'FCCR floor, 1.8, times\nMax share per market, 35, %\nTarget, $80M',
      { target_amount: 80e6, min_fixed_charge_coverage: 1.8, max_market_share: 0.35 },
    ],
    ['Target, $80M\nLease-adjusted leverage max, 5.1, x', { target_amount: 80e6, max_lease_adjusted_leverage: 5.1 }],
    // A unit column of money is no covenant's.
    ['Target, $80M\nLeverage headroom, 40, USD m', { target_amount: 80e6 }],
  ],
};

describeFamilies('Brief wording families, round 38: covenants and caps', FAMILIES);
