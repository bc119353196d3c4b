import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-sixth round of wording families for the scores and the economics: the full search turned around by a
 * prefix (a non-exhaustive pass); the best set as a setting's value, or the best possible answer as a clause of its
 * own; the cheapest or lowest cost, rent bill or stream as the aim; the cost over the term or the deal, with what it is
 * paid in; just over the figure and no further, the figure cleared as tightly as can be, the slimmest overshoot;
 * critical words ruled out with a bare level after them, and critical to operations with its bracket; low operational
 * importance with what is refused above its level; a building kept when it scores above a level on how critical it
 * is; and a chat's tax question answered by a percentage and the kind of rate. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the full search turned around by a prefix: a non-exhaustive pass': [
    ['$65M from Dallas; a non-exhaustive run is fine.', { target_amount: 65e6, include_markets: ['Dallas'], strategy: 'greedy' }],
    ['Could we get a rough, non-optimal answer for $65M?', { target_amount: 65e6, strategy: 'greedy' }],
    ['Give me a fast non-exhaustive look at $65M.', { target_amount: 65e6, strategy: 'greedy' }],
    // A list called non-exhaustive asks for no search.
    ['$65M. Here is a non-exhaustive list of sites to think about.', { target_amount: 65e6 }],
  ],
  "the best set as a setting's value, or the best possible answer as a clause of its own": [
    ['Target | 65000000\nMethod | best', { target_amount: 65e6, strategy: 'exact' }],
    ['target: 65m\nsearch mode = best possible', { target_amount: 65e6, strategy: 'exact' }],
    ['$65M out of Chicago. The best possible solution, please.', { target_amount: 65e6, include_markets: ['Chicago'], strategy: 'exact' }],
    ['$65M. Best possible result.', { target_amount: 65e6, strategy: 'exact' }],
    // A best answer promised inside a clause, or a label whose value says something else, asks for no search.
    ['$65M. We will send our best possible answer by Friday.', { target_amount: 65e6 }],
    ['Strategy: best to wait for the appraisals. $65M.', { target_amount: 65e6 }],
  ],
  'the cheapest or lowest cost, rent bill or stream as the aim': [
    ['$85M at the lowest overall cost, please.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $85M for the cheapest all-in cost.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['$85M - lowest rent bill please.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['Target $85M. Cheapest lease stream.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    // A cheapest cost told of, or asked about, is no aim.
    ['$85M. Dallas had the cheapest total cost last year.', { target_amount: 85e6, include_markets: ['Dallas'] }],
    ['Which market gives the cheapest total cost? $85M.', { target_amount: 85e6 }],
  ],
  'the cost over the term or the deal, with what it is paid in': [
    ['$85M; as cheap as possible over the term.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['$85M, pick the set that costs us least in rent over the years.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$85M. Choose whichever is cheapest in lease payments over the life of the deal.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The rent of one year made least is no objective.
    ['$90M. Tell me which set costs us least in rent in the first year.', { target_amount: 90e6 }],
  ],
  'just over the figure and no further, cleared as tightly as can be, the slimmest overshoot': [
    ['Get to just above $90M, no further.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Clear $90M as tightly as we can.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Target $90M; hit it as tightly as possible.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['$90M with the slimmest overshoot possible.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    // Something else packed tightly, or a rent that rose just above a figure, names no objective.
    ['$90M. Pack the moving schedule as tightly as possible.', { target_amount: 90e6 }],
    ['$90M. The rent rose just above $6M and no further.', { target_amount: 90e6 }],
  ],
  'critical words ruled out with a bare level after them, and critical to operations with its bracket': [
    ["$120M. Only buildings that aren't too critical - 0.45 or lower.", { target_amount: 120e6, max_criticality: 0.45 }],
    ['$120M, sites that are not highly essential: at most 0.5.', { target_amount: 120e6, max_criticality: 0.5 }],
    ['$120M; nothing essential to the business (over 0.6).', { target_amount: 120e6, max_criticality: 0.6 }],
    [
      'No single market above 30% of the money, and nothing critical to operations (above 0.45). $120M.',
      { target_amount: 120e6, max_market_share: 0.3, max_criticality: 0.45 },
    ],
    // A writer not critical of the plan rules out no building.
    ["$120M. We're not very critical of the plan - 0.5 of it is fine.", { target_amount: 120e6 }],
  ],
  'low operational importance, with what is refused above its level': [
    ['$60M from low operational importance sites - nothing above 0.35.', { target_amount: 60e6, max_criticality: 0.35 }],
    ['Only buildings of minor business importance, no sites rated over 0.45. $60M.', { target_amount: 60e6, max_criticality: 0.45 }],
    ['$60M: low business importance only, nothing scored above 0.3.', { target_amount: 60e6, max_criticality: 0.3 }],
    // The words told of a building, with no level, limit nothing.
    ['$60M. Low operational importance is how the auditors describe Joliet.', { target_amount: 60e6 }],
  ],
  'a building kept when it scores above a level on how critical it is': [
    ['$150M. If a building rates over 0.55 on how critical it is, we keep it.', { target_amount: 150e6, max_criticality: 0.55 }],
    ['Any site scoring above 0.5 on how essential it is stays put. Raise $150M.', { target_amount: 150e6, max_criticality: 0.5 }],
    ["If a facility comes in above 0.65 on how important it is, it can't go. $150M.", { target_amount: 150e6, max_criticality: 0.65 }],
    // A site said to sell slower when it scores high is not kept.
    ['If a site scores above 0.6 on how critical it is, it sells slower. $150M.', { target_amount: 150e6 }],
  ],
  "a chat's tax question answered by a percentage and the kind of rate": [
    ['Ann: tax rate to use?\nBo: 24% blended\nAnn: target?\nBo: $90M', { target_amount: 90e6, economics: { tax_rate: 0.24 } }],
    [
      'Jo: what tax rate should we assume?\nKai: 25% statutory\nJo: and the ask?\nKai: 90 million',
      { target_amount: 90e6, economics: { tax_rate: 0.25 } },
    ],
    [
      'Lee: which tax rate?\nMo: 26% combined, go with that\nLee: amount?\nMo: $90M',
      { target_amount: 90e6, economics: { tax_rate: 0.26 } },
    ],
    // A loan's rate answered the same way is no tax rate.
    ["Ann: what's the loan rate?\nBo: 6% blended\nAnn: target?\nBo: $90M", { target_amount: 90e6 }],
  ],
};

describeFamilies('reads scores and economics families (46)', FAMILIES);
