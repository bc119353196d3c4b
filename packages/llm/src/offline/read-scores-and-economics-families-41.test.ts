import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-first round of wording families for the scores and the lease economics: the criticality score described by
 * the harm of losing a building or its weight in operations, a ceiling's lead said as keeping off or as leaving it
 * after, a level straight after words on how badly a loss would hurt, a question on selling critical sites answered
 * no, a limit named before its score, a capital I scanned for an l; marketable buildings, another operator moving
 * in with a level, leaseability described by a coinage or a level after what is hard to let; the cheapest over the
 * term as a list item; a percentage spelt out, a figure applied to the gain, gains tax-effected; the term and the
 * escalator as a bare pair, a term corrected in passing. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the criticality score described by the harm of losing a building or its weight in operations': [
    ['Raise $75M; nothing over 0.55 on how badly losing it would hurt the business.', { target_amount: 75e6, max_criticality: 0.55 }],
    ['Raise $75M, nothing above 0.45 on how much the plant floor would suffer.', { target_amount: 75e6, max_criticality: 0.45 }],
    ['Raise $75M. Leave out anything scoring over 0.6 on business importance.', { target_amount: 75e6, max_criticality: 0.6 }],
    ['Raise $75M, nothing above 0.4 on the ops-impact rating.', { target_amount: 75e6, max_criticality: 0.4 }],
    ['Raise $75M. Nothing over 0.5 on the we-would-be-lost-without-it scale.', { target_amount: 75e6, max_criticality: 0.5 }],
    ['Raise $75M. Nothing over point five on that criticality thing.', { target_amount: 75e6, max_criticality: 0.5 }],
    // A level described on a building, with no ceiling before it, and a coinage about letting, are not criticality.
    ['Raise $75M. The Denver hub sits at 0.9 on operations impact.', { target_amount: 75e6 }],
    ['Raise $75M. Nothing over 0.5 on the easy-to-find-a-tenant score.', { target_amount: 75e6 }],
  ],
  'a ceiling\'s lead said as keeping off, or as leaving it after ("anything rated over 0.6 on criticality, leave it")': [
    ['Raise $75M and keep off anything scored above 0.45 on criticality.', { target_amount: 75e6, max_criticality: 0.45 }],
    ['Raise $75M. Any site scoring over 0.65 on criticality - drop it.', { target_amount: 75e6, max_criticality: 0.65 }],
    // A rating only described keeps no building out.
    ['Raise $75M. The Reno plant is rated above 0.8 on criticality.', { target_amount: 75e6 }],
  ],
  'a level straight after words on how badly a loss would hurt ("badly hurt to lose, so nothing over 0.4")': [
    ['Raise $75M; skip what would seriously hurt us to lose (nothing above 0.35).', { target_amount: 75e6, max_criticality: 0.35 }],
    ['Raise $75M. Nothing that would hurt the business badly if sold, i.e. over 0.55.', { target_amount: 75e6, max_criticality: 0.55 }],
    ['Raise $75M, nothing that would badly harm operations if it went - cap it at 0.5.', { target_amount: 75e6, max_criticality: 0.5 }],
    // A hurt said in passing, then a share, is no score's level.
    ['Raise $75M. Rates hurt us badly last year; no market over 30%.', { target_amount: 75e6, max_market_share: 0.3 }],
  ],
  'a question on selling critical sites answered no, a limit named before its score': [
    ['Raise $75M.\nQ: Are we selling any critical facilities? A: No.', { target_amount: 75e6, max_criticality: 0.7 }],
    [
      'Raise $75M. Cap for criticality: 0.45; minimum for leaseability 0.6.',
      { target_amount: 75e6, max_criticality: 0.45, min_leaseability: 0.6 },
    ],
    // An answer that goes on is no refusal; a floor talked of without a level sets nothing.
    ['Raise $75M. Will we sell any critical sites? No more than two.', { target_amount: 75e6 }],
    ['Raise $75M. A floor on leaseability matters to the buyer.', { target_amount: 75e6 }],
  ],
  'a capital I scanned for an l ("ceiIing", "Ieaseability")': [
    ['Raise $75M. CriticaIity ceiIing 0.45.', { target_amount: 75e6, max_criticality: 0.45 }],
    ['Raise $75M. Minimum Ieaseability 0.65.', { target_amount: 75e6, min_leaseability: 0.65 }],
    ['Raise $75M, onIy assets at or beIow 0.5 for criticaIity.', { target_amount: 75e6, max_criticality: 0.5 }],
  ],
  'marketable buildings, another operator moving in with a level': [
    ['Raise $75M from plain, marketable sites only.', { target_amount: 75e6, min_leaseability: 0.7 }],
    ['Raise $75M; only highly marketable buildings.', { target_amount: 75e6, min_leaseability: 0.7 }],
    ['Raise $75M from sites another operator could take over easily, 0.65 or better.', { target_amount: 75e6, min_leaseability: 0.65 }],
    [
      "Raise $75M. I don't want anything a different company would struggle to rent (keep it at 0.55 and up).",
      { target_amount: 75e6, min_leaseability: 0.55 },
    ],
    // The most marketable buildings named in a statement ask for nothing.
    ['Raise $75M. The most marketable buildings went first last time.', { target_amount: 75e6 }],
    ['Raise $75M. Marketable buildings are scarce this year.', { target_amount: 75e6 }],
  ],
  'leaseability described by a coinage or a level after what is hard to let': [
    ['Raise $75M. Nothing under 0.6 on the could-we-re-let-it score.', { target_amount: 75e6, min_leaseability: 0.6 }],
    ['Raise $75M. Skip anything difficult to lease - below 0.45.', { target_amount: 75e6, min_leaseability: 0.45 }],
    ['Raise $75M. Nothing too hard to re-let (under 0.65).', { target_amount: 75e6, min_leaseability: 0.65 }],
  ],
  'the cheapest over the term as a list item of its own, the deal costing as little as possible over the years': [
    ['Raise $75M. Cheapest over the lease term.', { target_amount: 75e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Notes: 1) $75M 2) cheapest over the years 3) greedy',
      { target_amount: 75e6, strategy: 'greedy', economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $75M; we want the deal to cost us as little as possible over the life of the leases.',
      { target_amount: 75e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A site that is cheapest over the years is described, not chosen; a rent that costs little in a year is no objective.
    ['Raise $75M. Tulsa was the cheapest site over the years.', { target_amount: 75e6 }],
  ],
  'a percentage spelt out, a figure applied to the gain, gains tax-effected': [
    ['Raise $75M. Tax on the gain: twenty-four percent.', { target_amount: 75e6, economics: { tax_rate: 0.24 } }],
    ['Raise $75M. Escalator two and a half per cent.', { target_amount: 75e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $75M and apply 27% to the gains.', { target_amount: 75e6, economics: { tax_rate: 0.27 } }],
    ['Raise $75M. Net gains will be tax-effected at 24%.', { target_amount: 75e6, economics: { tax_rate: 0.24 } }],
    ['Raise $75M.\nTax on gain (our advisers): 22%', { target_amount: 75e6, economics: { tax_rate: 0.22 } }],
    // A share applied to something else, or a number in words with no percent, is no tax rate.
    ['Raise $75M and apply 10% to the contingency.', { target_amount: 75e6 }],
    ['Raise $75M from twenty-four sites.', { target_amount: 75e6 }],
  ],
  'the term and the escalator as a bare pair, a term corrected in passing': [
    ['Raise $75M. 18 years, 2.25% a year.', { target_amount: 75e6, economics: { lease_term_years: 18, rent_escalator: 0.0225 } }],
    ['Raise $75M. Fifteen years, 3% annual bumps.', { target_amount: 75e6, economics: { lease_term_years: 15, rent_escalator: 0.03 } }],
    [
      'Ana: escalator / term?\nBo: 1.5% / 20y\nAna: amount?\nBo: $75M',
      { target_amount: 75e6, economics: { lease_term_years: 20, rent_escalator: 0.015 } },
    ],
    ['Raise $75M; lease term 12 not 20.', { target_amount: 75e6, economics: { lease_term_years: 12 } }],
    // Years beside a rent in money are no escalator and no term; a count of sites set aside is no term.
    ['Raise $75M. 15 years, $4M a year in rent.', { target_amount: 75e6 }],
    ['Raise $75M from 12 sites, not 20.', { target_amount: 75e6 }],
  ],
};

describeFamilies('offline brief reader: scores and economics wording families, round 41', FAMILIES);
