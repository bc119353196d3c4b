import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-first round of wording families for the scores and the lease economics: leaseability said as what someone
 * else could take on, with its level held from below after it ("buildings an outside tenant could take on easily, 0.7
 * or better", "and that a new tenant would want (0.6 or better)"); high leaseability in words or as how easily a
 * building could be leased, with its level; a score's level named a ceiling or a floor beside its words ("not critical
 * (0.5 ceiling)", "re-let easily (0.6 floor)", "the ceiling is 0.5 on the criticality score"); a bracket comparing
 * with a level on a named score, whatever it describes ("(below 0.5 on leaseability)"); critical words, then a
 * refused level without the score's name ("nobody wants critical sites sold; anything rated above 0.35 is off the
 * table"); what may be sold as a loss that would not hurt, with its level; score limits as settings keys, sheet cells
 * copied without colons, comma rows with an empty last cell and a chat's question on a score's floor; and the lease
 * economics: flat rent as "no yearly increase", a term someone will not commit to, a basis set against the one asked
 * for, the rate after-tax figures are shown at, and options ticked side by side on one checklist line. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'leaseability as what someone else could take on, its level after ("an outside tenant could take on easily, 0.7 or better")': [
    ['Raise $62M from buildings an outside firm could move into easily, 0.65 or better.', { target_amount: 62e6, min_leaseability: 0.65 }],
    ['Raise $62M, only sites other businesses would happily take (0.7 or more).', { target_amount: 62e6, min_leaseability: 0.7 }],
    [
      'Raise $62M from sites that are not critical (criticality 0.5 max) and that a new occupier would take quickly (0.55 or higher).',
      { target_amount: 62e6, max_criticality: 0.5, min_leaseability: 0.55 },
    ],
    [
      'Raise $62M from buildings that would be easy to let to another company (at least 0.6).',
      { target_amount: 62e6, min_leaseability: 0.6 },
    ],
    // A level held from above is no floor, and what the company itself relies on is no leaseability.
    ['Raise $62M from buildings a new tenant could take on, 0.4 or lower.', { target_amount: 62e6 }],
    ['Raise $62M. Exclude buildings the company relies on, 0.6 or higher.', { target_amount: 62e6 }],
  ],
  'high leaseability in words, or as how easily a building could be leased, with its level ("high-leaseability sites only, 0.75 and up")': [
    ['Raise $70M. High-leaseability buildings only, 0.65 and up.', { target_amount: 70e6, min_leaseability: 0.65 }],
    ['Raise $70M from highly re-lettable sites - at least 0.8.', { target_amount: 70e6, min_leaseability: 0.8 }],
    [
      'Raise $70M from sites scored 0.6 or higher on how easily they could be let to someone else.',
      { target_amount: 70e6, min_leaseability: 0.6 },
    ],
    // The words alone keep their own level.
    ['Raise $70M from highly leasable sites.', { target_amount: 70e6, min_leaseability: 0.7 }],
  ],
  'a level named a ceiling or a floor beside the score\'s words ("not critical (0.5 ceiling)", "the ceiling is 0.5 on the criticality score")':
    [
      ['Raise $66M from buildings that are not essential (0.45 ceiling).', { target_amount: 66e6, max_criticality: 0.45 }],
      ['Raise $66M from sites that re-let easily (floor 0.65).', { target_amount: 66e6, min_leaseability: 0.65 }],
      [
        'Raise $66M. Nothing mission-critical goes: the cap is 0.4 on the criticality scale.',
        { target_amount: 66e6, max_criticality: 0.4 },
      ],
      ['Raise $66M. The floor is 0.55 on the leaseability score.', { target_amount: 66e6, min_leaseability: 0.55 }],
      // A ceiling on another figure beside no score's words limits no score.
      ['Raise $66M (0.5 ceiling on nothing else).', { target_amount: 66e6 }],
      ['Raise $66M; leverage has a ceiling of 3.5x.', { target_amount: 66e6, max_net_leverage: 3.5 }],
    ],
  'a bracket comparing with a level on a named score ("(below 0.5 on leaseability)")': [
    [
      'Raise $74M. Leave out anything a buyer could not re-let quickly (under 0.55 on leaseability).',
      { target_amount: 74e6, min_leaseability: 0.55 },
    ],
    ['Raise $74M. Keep the core sites (above 0.6 on the criticality scale) out.', { target_amount: 74e6, max_criticality: 0.6 }],
    // A bracketed share is no score.
    ['Raise $74M (below 40% from any one market).', { target_amount: 74e6, max_market_share: 0.4 }],
  ],
  'critical words, then a refused level without the score\'s name ("nobody wants critical sites sold; anything rated above 0.35 is off the table")':
    [
      [
        'Raise $81M. Nobody wants essential sites sold; anything scored over 0.4 is excluded.',
        { target_amount: 81e6, max_criticality: 0.4 },
      ],
      ['Raise $81M. No critical buildings, so nothing rated above 0.45.', { target_amount: 81e6, max_criticality: 0.45 }],
      // A level not refused, or one after no critical words, is not read this way.
      ['Raise $81M. The critical sites are fine; anything rated above 0.4 is popular with buyers.', { target_amount: 81e6 }],
    ],
  'what may be sold as a loss that would not hurt, with its level ("where losing them wouldn\'t hurt much, 0.45 or lower")': [
    ['Raise $59M from sites where losing them would not hurt operations, 0.4 or lower.', { target_amount: 59e6, max_criticality: 0.4 }],
    ["Raise $59M, only buildings whose loss wouldn't really matter (0.35 max).", { target_amount: 59e6, max_criticality: 0.35 }],
    // Without a level it limits nothing.
    ["Raise $59M from sites where losing them wouldn't hurt much.", { target_amount: 59e6 }],
  ],
  "score limits as settings keys, sheet cells without colons, comma rows with an empty last cell, and a chat's score floor": [
    ['Target: $90M\nMaxCrit: 0.55\nMinLease: 0.65', { target_amount: 90e6, max_criticality: 0.55, min_leaseability: 0.65 }],
    [
      'field,value,note\ntarget_usd,64000000,\ncrit_cap,0.4,\nleaseability_floor,0.6,',
      { target_amount: 64e6, max_criticality: 0.4, min_leaseability: 0.6 },
    ],
    ['Cells:\nA1 Target (USD m)  B1 84\nA2 Crit ceiling  B2 0.45', { target_amount: 84e6, max_criticality: 0.45 }],
    ['Ana: raise is $52M\nBo: any leaseability floor?\nAna: 0.6', { target_amount: 52e6, min_leaseability: 0.6 }],
    // A minimum lease in years is a term, not the score.
    ['Target: $90M\nMin lease: 12 years', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
  ],
  'flat rent as "no yearly increase", and a term someone will not commit to': [
    ['Raise $68M; the leases should carry no annual increase.', { target_amount: 68e6, economics: { rent_escalator: 0 } }],
    ['Raise $68M with no rent bump.', { target_amount: 68e6, economics: { rent_escalator: 0 } }],
    [
      'Raise $68M on 12-year leases. Our operators will not sign 20-year terms.',
      { target_amount: 68e6, economics: { lease_term_years: 12 } },
    ],
    ["Raise $68M. Our tenants can't commit to 25-year leases.", { target_amount: 68e6 }],
    // An increase in something else is no escalator.
    ['Raise $68M with no increase in leverage.', { target_amount: 68e6 }],
  ],
  'a basis set against the one asked for, the rate after-tax figures are shown at, and options ticked side by side': [
    ['Raise $77M and report it under IFRS 16, not US GAAP.', { target_amount: 77e6, economics: { accounting_basis: 'ifrs16' } }],
    [
      'Raise $77M on US GAAP. GAAP was the original request too; IFRS 16 was the old plan.',
      { target_amount: 77e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    ['Raise $77M and show the after-tax figures using a 24% rate.', { target_amount: 77e6, economics: { tax_rate: 0.24 } }],
    ['Setup:\n[x] Target: $77M\n[ ] US GAAP   [x] IFRS 16', { target_amount: 77e6, economics: { accounting_basis: 'ifrs16' } }],
    // An empty box alone on its line asks for nothing.
    ['Setup:\n[x] Target: $77M\n[ ] IFRS 16', { target_amount: 77e6 }],
  ],
};

describeFamilies('reading scores and lease economics: thirty-first round of wording families', FAMILIES);
