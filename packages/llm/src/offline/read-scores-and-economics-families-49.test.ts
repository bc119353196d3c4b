import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-ninth round of wording families for the scores and the economics: selling no more than it takes to reach the
 * target, or not much more than it; landing as near the figure as can be, and as little excess over it as can be
 * managed; what the program costs over time kept as low as possible, and a hyphenated lowest-PV cost; a criticality
 * level refused by "not selling", a note's "w/", or the buildings above it held on to; mission-critical sites after a
 * long item ruled out, and what the business truly cannot operate without wished unsold; buildings the company or a
 * buyer could reasonably let to someone else, that someone else would reasonably want to lease, or that are reasonably
 * easy to re-let (the weak level), a leaseability level that "is a no" below it, and a level on how easily a building
 * could be leased to someone else; what the company pays in tax and the federal rate; another company's lease term as
 * background, the years a yearly rent rise runs over, and a bare count correcting a term asked about; and the best
 * possible answer with no shortcuts. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'no more than it takes to reach the target, or not much more than it': [
    ['Raise $70M, and sell no more than it takes to get there.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['We need $70M. Please sell no more than it takes to reach that.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    [
      "$70M. Don't raise much more than that; extra cash just sits idle.",
      { target_amount: 70e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Target $70M, and we do not want to raise far more than the target.',
      { target_amount: 70e6, economics: { objective: 'min_proceeds' } },
    ],
    // A ceiling with a figure of its own, or a count of buildings, is no objective.
    ["$70M. Don't raise more than $80M.", { target_amount: 70e6 }],
    ['$70M. Sell no more than two buildings.', { target_amount: 70e6 }],
  ],
  'as near the figure as can be, and as little excess over it as can be managed': [
    ['We want $95M, landing as near that figure as we can.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['$95M, and come in as near the target as possible.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['We want as little excess over $95M as we can manage.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['$95M with as small an overshoot above the ask as you can manage.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    // Near a rent growth, or excess cash kept low somewhere, is no objective.
    ['$95M. Keep rent growth as near 2% as possible.', { target_amount: 95e6 }],
    ['$95M. Keep the excess cash as low as possible in the treasury account.', { target_amount: 95e6 }],
  ],
  'what the program costs over time kept low, and a hyphenated lowest-PV cost': [
    [
      'Keep what the leases cost us over time as low as possible. $120M.',
      { target_amount: 120e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$120M; hold what this costs the company over the years as low as we can.',
      { target_amount: 120e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Please find the lowest-NPV-cost set for $120M.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    ['$120M, at the minimum PV-cost.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    // A cost with no span of time is no objective.
    ['$120M. Keep what this costs us in fees as low as possible.', { target_amount: 120e6 }],
  ],
  'a criticality level refused by "not selling" or a note\'s "w/", or the buildings above it held on to': [
    ['$80M, and we are not selling anything with criticality above 0.65.', { target_amount: 80e6, max_criticality: 0.65 }],
    ['$80M; nothing w/ criticality over .55.', { target_amount: 80e6, max_criticality: 0.55 }],
    [
      'Plant managers want to hold on to any building scored above 0.7 for criticality. $80M.',
      { target_amount: 80e6, max_criticality: 0.7 },
    ],
    ['$80M. Retain anything rated over 0.6 on criticality.', { target_amount: 80e6, max_criticality: 0.6 }],
    // A building's score told of is no limit.
    ['$80M. The Joliet plant is scored above 0.8 for criticality.', { target_amount: 80e6, asset_types: ['manufacturing'] }],
  ],
  'mission-critical sites after a long item ruled out, and what the business truly cannot operate without': [
    [
      'Leave out the Fontana warehouse (long-dated lease) and anything mission-critical. $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['IE-02'], max_criticality: 0.7 },
    ],
    ["$65M. I don't want us selling anything we really can't run without.", { target_amount: 65e6, max_criticality: 0.7 }],
    ["$65M. Don't want you touching anything we simply cannot operate without.", { target_amount: 65e6, max_criticality: 0.7 }],
    // What the company cannot do without that is no building, or a wish about how to sell, sets no level.
    ["$65M. We can't operate without cash, which is why we are selling.", { target_amount: 65e6 }],
    ["$65M. I don't want us selling in a hurry.", { target_amount: 65e6 }],
  ],
  'buildings reasonably let to someone else, or reasonably easy to re-let (the weak level)': [
    ['Only sell buildings we could reasonably lease out to another tenant. $55M.', { target_amount: 55e6, min_leaseability: 0.5 }],
    ['Only sites a buyer could realistically rent to someone else. $55M.', { target_amount: 55e6, min_leaseability: 0.5 }],
    ['$55M. Only buildings another company would reasonably want to occupy.', { target_amount: 55e6, min_leaseability: 0.5 }],
    ['$55M from buildings that are reasonably easy to re-let.', { target_amount: 55e6, min_leaseability: 0.5 }],
    // Very easy is the strong level; one named building let to someone else asks for no level.
    ['$55M from buildings that are very easy to re-let.', { target_amount: 55e6, min_leaseability: 0.7 }],
    ['$55M. We could reasonably rent out the Dallas office to someone else.', { target_amount: 55e6 }],
  ],
  'a leaseability level that "is a no" below it, and a level on how easily a building could be leased': [
    ['$55M. Leaseability below 0.55 is a no.', { target_amount: 55e6, min_leaseability: 0.55 }],
    ['$55M, and anything with leaseability under 0.65 is a non-starter.', { target_amount: 55e6, min_leaseability: 0.65 }],
    ['$55M, every site at least 0.6 on how easily it could be leased to someone else.', { target_amount: 55e6, min_leaseability: 0.6 }],
    ['$55M; each building should score 0.45 or better on how easily it could be rented.', { target_amount: 55e6, min_leaseability: 0.45 }],
    // Another buyer's verdict in the past sets no level.
    ['$55M. Leaseability below 0.55 was a no for the last buyer.', { target_amount: 55e6 }],
  ],
  'what the company pays in tax, and the federal rate': [
    ['$45M. We pay about 24% in tax.', { target_amount: 45e6, economics: { tax_rate: 0.24 } }],
    ['$45M; assume the company pays 26% in taxes on the gain.', { target_amount: 45e6, economics: { tax_rate: 0.26 } }],
    ['$45M. Use the 21% federal rate.', { target_amount: 45e6, economics: { tax_rate: 0.21 } }],
    ['$45M, applying a 25% federal and state rate.', { target_amount: 45e6, economics: { tax_rate: 0.25 } }],
    // Tax paid in the past, or fees paid, is no tax rate.
    ['$45M. Last year we paid 30% in tax.', { target_amount: 45e6 }],
    ['$45M. We pay 5% in fees to the broker.', { target_amount: 45e6 }],
  ],
  "another company's lease term as background": [
    [
      '$45M and 15-year leases. Our neighbor signed 25-year leases last spring.',
      { target_amount: 45e6, economics: { lease_term_years: 15 } },
    ],
    [
      '$45M with 12-year leases; a competitor, a big retailer, took 20-year terms.',
      { target_amount: 45e6, economics: { lease_term_years: 12 } },
    ],
    ['$45M. Our peers signed 25-year leases.', { target_amount: 45e6 }],
    // Following the peers names this program's term.
    ['$45M. Like our peers, go with 20-year leases.', { target_amount: 45e6, economics: { lease_term_years: 20 } }],
  ],
  'the years a yearly rent rise runs over, and a bare count correcting a term asked about': [
    [
      '$45M with the leases rising 2% a year for 12 years.',
      { target_amount: 45e6, economics: { lease_term_years: 12, rent_escalator: 0.02 } },
    ],
    [
      '$45M, with rent stepping up 3% annually over twenty years.',
      { target_amount: 45e6, economics: { lease_term_years: 20, rent_escalator: 0.03 } },
    ],
    ['Lease term 15 years? Actually, make it 12. $45M.', { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    ['Use 20 year leases? No, make it 18. $45M.', { target_amount: 45e6, economics: { lease_term_years: 18 } }],
    // Earnings growing over years, a rise over the past years, or another question corrected, set no term.
    ['$45M. Our EBITDA grew 5% a year over ten years.', { target_amount: 45e6 }],
    ['$45M. The rent rose 2% a year over the past five years.', { target_amount: 45e6 }],
    ['$45M. Target? No -- make it 50.', { target_amount: 45e6 }],
  ],
  'the best possible answer with no shortcuts': [
    ['I want the best possible answer, no shortcuts. $140M.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M, the best possible solution, no heuristics.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M. Best result, no cutting corners.', { target_amount: 140e6, strategy: 'exact' }],
    // Shortcuts refused on something else, or an answer promised, ask for no search.
    ['$140M. No shortcuts on the diligence, please.', { target_amount: 140e6 }],
    ["$140M. We'll give you our best possible answer by Friday, no shortcuts there.", { target_amount: 140e6 }],
  ],
};

describeFamilies('reads scores and economics families (49)', FAMILIES);
