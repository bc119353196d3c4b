import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-ninth round of wording families for markets and states: a wish that nothing in a place is sold ("I do not
 * want anything sold in Ohio", "I don't want anything in Arizona to go", "the program should not pick up anything from
 * Illinois", "I want nothing coming from Texas", "We don't want any of the Ohio sites sold"), but not a share kept
 * under a cap or a past fact; the writer's own team after a greeting ("Hi, Chicago region treasury here.", "Hey, this
 * is the Ohio region here."); the writer's workplace in "I'm in the treasurer's office in Houston", "I'm writing from
 * Newark", "this is Ana from treasury in Chicago" and an opening note "from the Atlanta office -- I'm the controller
 * here"; a reason for keeping buildings that names the place they serve ("both are core to the Texas operation"); a
 * header of who writes with the place in brackets ("From: Controller (Chicago)", "Treasury update (Atlanta):") or a
 * closing sentence of the next meeting; a region ruled out as "anywhere but the Northeast" or kept out beside a market
 * ("Keep the Midwest and Newark out"); a sale kept in a place ("Keep it there") and a place whose buildings all stay
 * ("nothing there is to be sold"); where the portfolio is heavy, as the reason for a cap on each market ("Chicago alone
 * could make up half the sale"); and the building the writer runs or has worked at ("I've managed a plant in the
 * Chicago area for eleven years", "I manage the Kearny plant in New Jersey and people say"). Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a wish that nothing in a place is sold ("do not want anything sold in", "should not pick up anything from")': [
    ['We need $80M. I do not want anything sold in Ohio - the permits took years.', { target_amount: 80e6, exclude_markets: ['Columbus'] }],
    ["Raise $70M, but we don't want any buildings to go from Georgia.", { target_amount: 70e6, exclude_markets: ['Atlanta'] }],
    ["I don't want anything in Arizona to go; the team just moved. $66M please.", { target_amount: 66e6, exclude_markets: ['Phoenix'] }],
    [
      'Target $90M. The program should not pick up anything from Illinois, given the lease renewals.',
      { target_amount: 90e6, exclude_markets: ['Chicago'] },
    ],
    ['Raise $75M. I want nothing coming from Texas.', { target_amount: 75e6, exclude_markets: ['Dallas', 'Houston'] }],
    ["We don't want any of the Ohio sites sold. Raise $50M.", { target_amount: 50e6, exclude_markets: ['Columbus'] }],
    // A share kept under a cap, money coming from a place, and a past fact rule nothing out.
    ["Raise $75M. We don't want anything in Texas to exceed 30% of proceeds.", { target_amount: 75e6 }],
    ['Raise $75M, with most coming from Texas.', { target_amount: 75e6, include_markets: ['Dallas', 'Houston'] }],
    ['We had nothing coming from Ohio last year. Raise $60M from Ohio.', { target_amount: 60e6, include_markets: ['Columbus'] }],
  ],
  'the writer\'s team after a greeting ("Hi, Chicago region treasury here.", "Hey, this is the Ohio region here.")': [
    ['Hi, Chicago region treasury here. Corporate wants $61M.', { target_amount: 61e6 }],
    ['Hello team, Atlanta region FP&A here. Raise $58M.', { target_amount: 58e6 }],
    ['Hey, this is the Ohio region here. The target is $49M.', { target_amount: 49e6 }],
    // Without "here" the greeting may address the region, and a place asked for later is still read.
    ['Hi, this is the Dallas region. Raise $52M.', { target_amount: 52e6, include_markets: ['Dallas'] }],
    ['Hi, Phoenix region treasury here. Raise $52M, Phoenix only.', { target_amount: 52e6, include_markets: ['Phoenix'] }],
  ],
  'the writer\'s workplace ("I\'m in the treasurer\'s office in", "I\'m writing from", "this is Ana from treasury in")': [
    ["I'm in the treasurer's office in Houston. We need $77M.", { target_amount: 77e6 }],
    ["I'm writing from Newark, where I run the plant. Raise $63M.", { target_amount: 63e6 }],
    ['Hello, this is Ana from treasury in Chicago. The target is $84M.', { target_amount: 84e6 }],
    ["A quick update from the Atlanta office -- I'm the controller here. Raise $71M.", { target_amount: 71e6 }],
    // A place asked for after the introduction, and money raised from a hub, are still read.
    ["I'm writing from Newark to ask that we sell only in Newark. $40M.", { target_amount: 40e6, include_markets: ['Newark'] }],
    ['Quick note: raise $50M from the Columbus hub.', { target_amount: 50e6, include_markets: ['Columbus'] }],
  ],
  'a reason for keeping buildings that names the place they serve ("both are core to the Texas operation")': [
    [
      'Raise $80M. Leave out HOU-03 and DAL-02; both are core to the Texas operation.',
      { target_amount: 80e6, exclude_asset_ids: ['DAL-02', 'HOU-03'] },
    ],
    ["Exclude ATL-02; it's part of our Atlanta network plan. Raise $60M.", { target_amount: 60e6, exclude_asset_ids: ['ATL-02'] }],
    // A place asked for beside the reason, or a market itself, is still read.
    [
      'Raise $70M. Exclude CHI-01; it is core to the business. Sell only in Houston.',
      { target_amount: 70e6, exclude_asset_ids: ['CHI-01'], include_markets: ['Houston'] },
    ],
    ["Raise $70M; they're core to the Dallas market, so sell there.", { target_amount: 70e6, include_markets: ['Dallas'] }],
  ],
  'a header of who writes with the place in brackets, and a closing sentence of the next meeting': [
    ['From: Controller (Chicago)\nRe: SLB\nRaise $66M.', { target_amount: 66e6 }],
    ['Treasury update (Atlanta):\nThe target is $92M.', { target_amount: 92e6 }],
    [
      'The target is $59M with leases of 15 years. Next meeting: Houston, 3 April.',
      { target_amount: 59e6, economics: { lease_term_years: 15 } },
    ],
    // A bracket that scopes the ask, a place asked for under the header, and a meeting that decides, are still read.
    ['Scope (Dallas):\nRaise $50M.', { target_amount: 50e6, include_markets: ['Dallas'] }],
    ['From: Controller (Chicago)\nRaise $66M, Chicago only.', { target_amount: 66e6, include_markets: ['Chicago'] }],
    ['Raise $59M. Next meeting: decide whether to sell in Houston only.', { target_amount: 59e6, include_markets: ['Houston'] }],
  ],
  'a region ruled out as "anywhere but the Northeast", or kept out beside a market ("Keep the Midwest and Newark out")': [
    ['Raise $150M from anywhere but the Midwest.', { target_amount: 150e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['Raise $150M, anything except the Northeast.', { target_amount: 150e6, exclude_markets: ['Newark'] }],
    ['Keep the Midwest and Newark out. Raise $120M.', { target_amount: 120e6, exclude_markets: ['Chicago', 'Columbus', 'Newark'] }],
    ['Leave the Northeast and Chicago out of it. Raise $120M.', { target_amount: 120e6, exclude_markets: ['Chicago', 'Newark'] }],
    // A region and a market raised from together are still asked for.
    ['Raise $150M from the Midwest and Newark.', { target_amount: 150e6, include_markets: ['Chicago', 'Columbus', 'Newark'] }],
  ],
  'a sale kept in a place ("Keep it there"), and a place whose buildings are all kept ("nothing there is to be sold")': [
    ['We want a $50M raise focused on Phoenix. Keep it there.', { target_amount: 50e6, include_markets: ['Phoenix'] }],
    ['Raise $50M in Georgia and keep it there.', { target_amount: 50e6, include_markets: ['Atlanta'] }],
    [
      'Ohio is where the company began, so nothing there should be sold. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Columbus'] },
    ],
    ['Raise $60M. We have a lot in Georgia and nothing there goes.', { target_amount: 60e6, exclude_markets: ['Atlanta'] }],
    // "nothing there to worry about" keeps nothing.
    ['Raise $60M from Georgia; there is nothing there to worry about.', { target_amount: 60e6, include_markets: ['Atlanta'] }],
  ],
  'where the portfolio is heavy, as the reason for a cap on each market ("Dallas alone could end up being half the deal")': [
    [
      'Raise $80M. Chicago alone could easily make up half the sale, so no market should exceed 30%.',
      { target_amount: 80e6, max_market_share: 0.3 },
    ],
    [
      'We need $90M, and since so much of the portfolio is in Ohio, cap each market at 20%.',
      { target_amount: 90e6, max_market_share: 0.2 },
    ],
    // Without a cap, or asked for "alone", the place is still read.
    ['Raise $90M from Chicago alone.', { target_amount: 90e6, include_markets: ['Chicago'] }],
    ['Raise $90M. Chicago alone could be a third of the sale.', { target_amount: 90e6, include_markets: ['Chicago'] }],
  ],
  'the writer\'s building ("I\'ve managed a plant in the Chicago area for eleven years", "I manage the Kearny plant in New Jersey and")': [
    ["I've managed a plant in the Chicago area for eleven years. The company needs $95 million.", { target_amount: 95e6 }],
    ['I have worked at the warehouse in Ohio for six years. Raise $40M.', { target_amount: 40e6 }],
    ['I manage the Kearny plant in New Jersey and people say it is on a list. The company wants about $50M.', { target_amount: 50e6 }],
    ['I run the plant in Ohio and we want $50M from Ohio.', { target_amount: 50e6, include_markets: ['Columbus'] }],
    // A place asked for after the introduction, and a company's past sales, are still read.
    ["I've run a site in Phoenix for 3 years. Raise $40M, Phoenix only.", { target_amount: 40e6, include_markets: ['Phoenix'] }],
    [
      "We've sold a plant in Chicago for years. Raise $40M.",
      { target_amount: 40e6, asset_types: ['manufacturing'], include_markets: ['Chicago'] },
    ],
  ],
};

describeFamilies('reading places, twenty-ninth round', FAMILIES);
