import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-sixth round of wording families for the scores and the lease economics: a lease term switched to a new
 * length ("switch the lease term to 10 yrs") or written as the shorthand "LT" ("LT 15"); a past deal's term disowned
 * even with a rate between ("Prior program raised $60M at a 6.1% cap with 20-year leases - don't reuse those terms");
 * a tax rate put on the taxable gain ("Assume 21% on the taxable gain"), and one kept when another sentence sets a
 * peer's basis aside ("tax at 21%. The peer reports under US GAAP, ignore that"); an escalator proposal refused beside
 * the one asked for ("(The buyer's 2.75% bumps were rejected.)"), and "escalate" mistyped before the rent; assets kept
 * out by a score ("keep out assets whose criticality is over 0.65"); a level on a named score's scale ("0.7 or better
 * on that leaseability scale you use"); a score question answered with the level and its bound word ("leaseability
 * cutoff?" / "0.65 minimum"); and a level kept when the next sentence disowns its own clause ("... for the review, but
 * that's not relevant"). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a lease term switched to a new length, or written "LT" ("switch the lease term to 10 yrs", "LT 15")': [
    ['Raise $64M, and change the lease term to 12 yrs.', { target_amount: 64e6, economics: { lease_term_years: 12 } }],
    ['Raise $64M. Move the leaseback term from 20 to 15 years.', { target_amount: 64e6, economics: { lease_term_years: 15 } }],
    ['Raise $64M; please bump the term up to 18 years.', { target_amount: 64e6, economics: { lease_term_years: 18 } }],
    ['Raise $64M from Phoenix only. LT 20.', { target_amount: 64e6, include_markets: ['Phoenix'], economics: { lease_term_years: 20 } }],
    ['Raise $64M. LT: 12y.', { target_amount: 64e6, economics: { lease_term_years: 12 } }],
    // A change refused, a loan-to-value or a long-term ratio is no term.
    ["Raise $64M. Don't change the lease term to 10 years.", { target_amount: 64e6 }],
    ['Raise $64M. LTV 60% on the buyer side.', { target_amount: 64e6 }],
  ],
  'a past deal\'s term disowned, with a rate between ("raised $60M at a 6.1% cap with 20-year leases - don\'t reuse those terms")': [
    ['Raise $88M. The previous deal (2019) closed at a 5.9% cap with 25-year leases; do not reuse those terms.', { target_amount: 88e6 }],
    [
      'Raise $88M on 15-year leases. Our last program raised $40M at a 6.25% cap with 20-year leases, ignore that.',
      { target_amount: 88e6, economics: { lease_term_years: 15 } },
    ],
  ],
  'a tax rate put on the taxable gain ("Assume 21% on the taxable gain"), kept beside a peer\'s basis set aside': [
    ['Raise $64M. Assume 25% on the taxable gain.', { target_amount: 64e6, economics: { tax_rate: 0.25 } }],
    ['Raise $64M and use 23 pct on taxable gains.', { target_amount: 64e6, economics: { tax_rate: 0.23 } }],
    ['Raise $64M. Model 26% on any taxable gain.', { target_amount: 64e6, economics: { tax_rate: 0.26 } }],
    [
      'Raise $64M on IFRS 16 with tax at 24%. A competitor reports under US GAAP, ignore that.',
      { target_amount: 64e6, economics: { tax_rate: 0.24, accounting_basis: 'ifrs16' } },
    ],
    // A share of the gain kept back is no rate of tax.
    ['Raise $64M. Keep 20% of the gain in reserve.', { target_amount: 64e6 }],
  ],
  'an escalator proposal refused beside the one asked for ("(The buyer\'s 2.75% bumps were rejected.)"), and "escalate" mistyped': [
    [
      'Raise $64M with rent escalators of 2% a year. (The investor asked for 3% annual increases; that was refused.)',
      { target_amount: 64e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      'Raise $64M. Escalator 1.75% per year. (Their opening 2.5% bumps were turned down.)',
      { target_amount: 64e6, economics: { rent_escalator: 0.0175 } },
    ],
    [
      'Raise $64M. Escalator 2% a year. The buyer suggested 3% bumps; we rejected them.',
      { target_amount: 64e6, economics: { rent_escalator: 0.02 } },
    ],
    ['Raise $64M; esclate rents at 2.5% a year.', { target_amount: 64e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $64M. Escalatte the rent by 2% each year.', { target_amount: 64e6, economics: { rent_escalator: 0.02 } }],
    // A proposal accepted stands, and a word further from "escalate" is not mistyped.
    ['Raise $64M. The buyer floated 3% bumps; we agreed.', { target_amount: 64e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $64M. Estimate rents at 3% a year.', { target_amount: 64e6 }],
  ],
  'assets kept out by a score ("keep out assets whose criticality is over 0.65")': [
    ['Raise $64M, so keep out sites whose criticality is above 0.55.', { target_amount: 64e6, max_criticality: 0.55 }],
    ['Raise $64M. Screen out any buildings with criticality over 0.6.', { target_amount: 64e6, max_criticality: 0.6 }],
    ['Raise $64M. Filter out properties whose leaseability is below 0.5.', { target_amount: 64e6, min_leaseability: 0.5 }],
    // Kept out of a market, with no score named: a place, not a level.
    ['Raise $64M and keep out of Dallas.', { target_amount: 64e6, exclude_markets: ['Dallas'] }],
  ],
  'a level on a named score\'s scale ("0.7 or better on that leaseability scale you use")': [
    ['Raise $64M; 0.6 or higher on the leaseability score we use.', { target_amount: 64e6, min_leaseability: 0.6 }],
    ['Raise $64M. I would say at least 0.55 on our leasability measure.', { target_amount: 64e6, min_leaseability: 0.55 }],
    ['Raise $64M, 0.5 or lower on the criticality scale you guys keep.', { target_amount: 64e6, max_criticality: 0.5 }],
    // A level only described rules nothing out.
    ['Raise $64M. Our sites average 0.6 on the leaseability scale.', { target_amount: 64e6 }],
  ],
  'a score question answered with the level and its bound word ("leaseability cutoff?" / "0.65 minimum")': [
    [
      '[09:10] lee: target 64m\n[09:11] kim: leaseability floor?\n[09:12] lee: 0.6 minimum. last year we had 0.5',
      { target_amount: 64e6, min_leaseability: 0.6 },
    ],
    ['ana: target 64m\nana: max criticality?\nraj: 0.55 max', { target_amount: 64e6, max_criticality: 0.55 }],
    // A question about something else takes no score.
    ['ana: target 64m\nana: how many scenarios?\nraj: 3 max', { target_amount: 64e6 }],
  ],
  'a level kept when the next sentence disowns its own clause ("... for the review, but that\'s not relevant")': [
    [
      'Raise $64M. Only buildings a new tenant could move into: leaseability of 0.6 or better. I was in Denver for a site tour, but that is not relevant.',
      { target_amount: 64e6, min_leaseability: 0.6 },
    ],
    // A figure disowned by its own next sentence is still set aside.
    ['Raise $64M. We looked at a 3x leverage test last year. That is not relevant now.', { target_amount: 64e6 }],
  ],
};

describeFamilies('reading the scores and the lease economics (families 36)', FAMILIES);
