import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fourth round of wording families for the settings and the economics: the least overshoot said in words
 * (selling as little over the figure as can be, landing as close above or as near to it as can be, the set that
 * overshoots it the least), the option that costs least in today's dollars against borrowing, and settings pasted
 * a key a line with a fraction above the escalator's key. Every case states what
 * it must read; a field it does not name is read as absent. An objective read here steers the strategy
 * (`economicsSpecFields`), so `strategy` appears only where the brief names one.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the least overshoot in words ("sell as little over the 82 as you possibly can", "the set that overshoots $95M the least")': [
    ['We need $64M. Go as little over the 64 as we reasonably can.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $52M, coming in as little above the target as possible.', { target_amount: 52e6, economics: { objective: 'min_proceeds' } }],
    ['Target 140mm; finish as close above 140 as you can.', { target_amount: 140e6, economics: { objective: 'min_proceeds' } }],
    ['Please pick whichever mix overshoots $58M the least.', { target_amount: 58e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $73M and come in as near to $73M as we can.', { target_amount: 73e6, economics: { objective: 'min_proceeds' } }],
    // A rent rise kept little over a percentage is no objective, and an overshoot merely foreseen asks for nothing.
    ['Raise $64M. Keep rent growth as little over 2% as we can.', { target_amount: 64e6 }],
    ['Raise $58M. Every plan overshoots $58M by a few million.', { target_amount: 58e6 }],
  ],
  'settings pasted a key a line, a fraction above the escalator\'s key ("tax_rate: 0.21" over "rent_escalator: 0.02")': [
    [
      'target: 88000000\nmin_leaseability: 0.4\nrent_escalator: 0.015',
      { target_amount: 88e6, min_leaseability: 0.4, economics: { rent_escalator: 0.015 } },
    ],
    ['target=88000000\ntax_rate=0.19\nrent_escalator=0.035', { target_amount: 88e6, economics: { tax_rate: 0.19, rent_escalator: 0.035 } }],
    // A fraction before the escalator's words on its own line is still the escalator.
    ['Raise $88M with 0.015 annual escalators.', { target_amount: 88e6, economics: { rent_escalator: 0.015 } }],
  ],
  'the option that costs least in today\'s dollars against borrowing ("costs least in today\'s dollars versus borrowing")': [
    [
      "Raise $90M. Choose the package that costs the company least, in today's money, relative to taking on debt.",
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $90M; we want whatever costs us least against a loan, on a present-value basis.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A site that costs least to run, or a cost against borrowing with no basis named, is no objective.
    ["Raise $90M. Tell me which site costs least to run in today's dollars.", { target_amount: 90e6 }],
    ['Raise $90M. Note which building costs least compared with borrowing.', { target_amount: 90e6 }],
  ],
};

describeFamilies('reading pasted settings and economics (round 24)', FAMILIES);
