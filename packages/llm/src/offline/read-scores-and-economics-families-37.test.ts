import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-seventh round of wording families for the scores and the lease economics: a term, escalator, tax rate or
 * basis named and disowned in the same breath ("a lender pitched 4% bumps; we said no", "the lender's model had
 * 30-year terms, we're not using that", "a rival reports under IFRS - not relevant", "the 3% is the valuer's
 * assumption, not ours"); an escalator answered on a chat export's next line under a time-stamped speaker ("[09:14]
 * Lee (CFO): 2.25%", "Ivy 2:05 PM: ok, use 2%"); a settings object with a "_comment" note, and a tax key named for the
 * gain ("tax_rate_on_gain: 22%"); a score label with its bound spelt out ("Criticality: must be <= 0.45"); assets kept
 * out by how they score ("leave alone anything that scores above 0.6 on criticality"); rent "steps", "0.23 tax" and
 * gains modelled at a combined rate; a term cap then the term chosen under it ("no leases longer than 20 years, so use
 * 17"); and a table row whose label carries a bracketed note ("Lease term (base case) | 16 years"). Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a term, escalator, tax rate or basis disowned in the same breath ("a lender pitched 4% bumps; we said no")': [
    [
      'Raise $72M with escalators of 1.75% a year. A lender pitched 4% bumps; we said no.',
      { target_amount: 72e6, economics: { rent_escalator: 0.0175 } },
    ],
    [
      'Raise $72M on 12-year leases. The lender model had 30-year terms, we are not using that.',
      { target_amount: 72e6, economics: { lease_term_years: 12 } },
    ],
    [
      'Raise $72M under US GAAP. A rival in our sector reports under IFRS - not relevant.',
      { target_amount: 72e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    [
      'Raise $72M, rent escalator 2.25% per annum. (The 3.5% escalator in the valuation is the valuer’s assumption, not ours.)',
      { target_amount: 72e6, economics: { rent_escalator: 0.0225 } },
    ],
    ['Raise $72M. Tax on the gain at 24%. An old draft used 19% tax; superseded.', { target_amount: 72e6, economics: { tax_rate: 0.24 } }],
    [
      'Raise $72M, 16-year leases. (Sales wanted 9-year leases; the CFO overruled.)',
      { target_amount: 72e6, economics: { lease_term_years: 16 } },
    ],
    [
      'Raise $72M with 2% bumps. Our 2019 deal used flat rents, which tenants disliked - not repeating that.',
      { target_amount: 72e6, economics: { rent_escalator: 0.02 } },
    ],
    // A limit is no refusal, and a reaction in another sentence leaves a figure alone.
    ['Raise $72M. No leases longer than 20 years; 18-year leases please.', { target_amount: 72e6, economics: { lease_term_years: 18 } }],
    ['Raise $72M with 2.5% bumps. That is all.', { target_amount: 72e6, economics: { rent_escalator: 0.025 } }],
    // A reaction after a figure of another kind is about that figure: the economics before it stand.
    [
      "Raise $72M on IFRS 16 with the gain taxed at 26%; the $95M in the adviser's model is their idea, not ours.",
      { target_amount: 72e6, economics: { accounting_basis: 'ifrs16', tax_rate: 0.26 } },
    ],
  ],
  'an escalator answered on a chat export\'s next line under a time-stamped speaker ("[09:14] Lee (CFO): 2.25%")': [
    [
      '[09:12] Lee (CFO): raise $90M\n[09:13] Abi (Legal): escalator?\n[09:14] Lee (CFO): 2.25%',
      { target_amount: 90e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'Ivy (Treasury) 2:01 PM: sizing is $90M\nTom 2:04 PM: rent bumps?\nIvy (Treasury) 2:05 PM: 1.5%',
      { target_amount: 90e6, economics: { rent_escalator: 0.015 } },
    ],
    [
      'Ivy (Treasury) 2:01 PM: target $90M\nTom (Ops) 2:04 PM: rent bumps? the broker says 3%\nIvy (Treasury) 2:05 PM: ok, use 2%',
      { target_amount: 90e6, economics: { rent_escalator: 0.02 } },
    ],
  ],
  'a settings object with a "_comment" note, and a tax key named for the gain ("tax_rate_on_gain: 22%")': [
    [
      '{"target": 95000000, "max_crit": 0.55, "escalator": 0.025, "_comment": "last year used 0.4 share"}',
      { target_amount: 95e6, max_criticality: 0.55, economics: { rent_escalator: 0.025 } },
    ],
    ['Inputs\ntarget_amount: 95,000,000\ntax_rate_on_gain: 22%', { target_amount: 95e6, economics: { tax_rate: 0.22 } }],
  ],
  'a score label with its bound spelt out ("Criticality: must be <= 0.45")': [
    ['Raise $58M.\nCriticality: must be <= 0.45', { target_amount: 58e6, max_criticality: 0.45 }],
    ['Raise $58M.\nLeaseability: should be at least 0.6', { target_amount: 58e6, min_leaseability: 0.6 }],
    // A bound pointing the wrong way for its score is no limit the spec has.
    ['Raise $58M.\nCriticality: must be at least 0.45', { target_amount: 58e6 }],
  ],
  'assets kept out by how they score ("leave alone anything that scores above 0.6 on criticality")': [
    ['Raise $58M; leave alone anything that scores above 0.6 on criticality.', { target_amount: 58e6, max_criticality: 0.6 }],
    ["Raise $58M. Don't touch sites rated over 0.7 for criticality.", { target_amount: 58e6, max_criticality: 0.7 }],
    ['Raise $58M, and avoid anything scoring below 0.4 on leaseability.', { target_amount: 58e6, min_leaseability: 0.4 }],
  ],
  'rent "steps", "0.23 tax", gains at a combined rate, a term chosen under its cap, a row label\'s bracketed note': [
    ['Raise $66M. Assume rent steps of 1.8% a year.', { target_amount: 66e6, economics: { rent_escalator: 0.018 } }],
    ['Raise $66M and use 0.23 tax.', { target_amount: 66e6, economics: { tax_rate: 0.23 } }],
    ['Raise $66M. Tax the gain at a 26% blended rate.', { target_amount: 66e6, economics: { tax_rate: 0.26 } }],
    ['Raise $66M. No leases longer than 20 years, so use 17.', { target_amount: 66e6, economics: { lease_term_years: 17 } }],
    ['Item | Value\nTarget | $66m\nLease term (base case) | 16 years', { target_amount: 66e6, economics: { lease_term_years: 16 } }],
    // A tax credit is no rate, and a term over its own cap is not taken.
    ['Raise $66M. Claim the 0.5 tax credits.', { target_amount: 66e6 }],
    ['Raise $66M. No leases longer than 15 years, so use 20.', { target_amount: 66e6 }],
  ],
};

describeFamilies('reading the scores and the lease economics (families 37)', FAMILIES);
