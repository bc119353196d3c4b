import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Places and types named to describe something other than the program (who buys, a past program, an occupancy
 * event, a building sold before, a planning zone, what a score limit leaves behind, open questions, a scenario's
 * name), and the wordings that do ask for places: a return ruled out, a hyphen-joined allow-list, a "what if"
 * answered by an order. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type naming a firm that buys or runs buildings ("logistics funds", "a logistics operator")': [
    ['Phoenix only, where two logistics investors are active. $90M.', { target_amount: 90e6, include_markets: ['Phoenix'] }],
    ['$120M. We are a logistics company first, a landlord second.', { target_amount: 120e6 }],
    ['Offices only, $60M; the warehouse REITs have no appetite for them.', { target_amount: 60e6, asset_types: ['office'] }],
    // The type asked for is still read.
    ['Logistics assets only, $100M.', { target_amount: 100e6, asset_types: ['distribution_center'] }],
  ],
  'a share a place had, told as a fact ("had a 40% Dallas concentration")': [
    [
      'Raise $140M. Last time we had a 55% Houston exposure, which was too much; cap any market at 35%.',
      { target_amount: 140e6, max_market_share: 0.35 },
    ],
    ['$90M. The 2021 deal had a 45% Phoenix weighting; nobody liked it.', { target_amount: 90e6 }],
    // A place asked for beside a share is still read.
    ['$90M from Chicago only.', { target_amount: 90e6, include_markets: ['Chicago'] }],
  ],
  'an occupancy event a place or type names ("after the Chicago office renewal")': [
    ['Raise $80M; the Phoenix lease renewal already took most of the budget.', { target_amount: 80e6 }],
    ['$110M, once the office relocation is done.', { target_amount: 110e6 }],
    // The same place asked for is read.
    ['$110M, Phoenix offices only.', { target_amount: 110e6, asset_types: ['office'], include_markets: ['Phoenix'] }],
  ],
  'a building sold before ("the 2020 sale of our old Memphis cross-dock")': [
    ['The 2018 sale of a Denver warehouse went well. Now raise $95M.', { target_amount: 95e6 }],
    ['After the disposal of our former Tempe office, we need $70M.', { target_amount: 70e6 }],
    // Selling a type now asks for it.
    ['Sell the old warehouses: $70M.', { target_amount: 70e6, asset_types: ['warehouse'] }],
  ],
  'a building no longer owned ("a cross-dock we\'ve since sold")': [
    ['We ran the first round on two warehouses we have since sold. $85M this time.', { target_amount: 85e6 }],
    ['$85M. The labs that we already divested are not in the data.', { target_amount: 85e6 }],
    // A building to be sold now is asked for.
    ['$85M from the warehouses we own outright.', { target_amount: 85e6, asset_types: ['warehouse'] }],
  ],
  'the people of a place ("Ops in Newark are pushing back", "Regional ops, Chicago area.", "Treasury view, Sydney office:")': [
    ['The team in Phoenix wants this done by June. $75M.', { target_amount: 75e6 }],
    ['Facilities, Houston area. $75M, 15-year leases.', { target_amount: 75e6, economics: { lease_term_years: 15 } }],
    ['Finance team, Phoenix office: $75M please.', { target_amount: 75e6 }],
    // A place the same note asks for is read.
    ['Facilities, Houston area. $75M from Houston only.', { target_amount: 75e6, include_markets: ['Houston'] }],
    ['Legal, Newark office - $60M, offices only.', { target_amount: 60e6, asset_types: ['office'] }],
  ],
  'a list handled by another review ("the stores and offices are on a separate review")': [
    ['Warehouses only; the labs are part of a different process. $65M.', { target_amount: 65e6, asset_types: ['warehouse'] }],
    ['$65M. Houston is on its own track for now.', { target_amount: 65e6 }],
    // A list that goes through this review is read.
    ['$65M from the labs, which are under review.', { target_amount: 65e6, asset_types: ['lab'] }],
  ],
  'what an earlier program did ("Last year\'s program sold the old Memphis cross-dock and two stores")': [
    ['The previous round sold two Houston warehouses and a lab. Now $85M.', { target_amount: 85e6 }],
    ["Last year's program raised money from offices in Phoenix. This year, $85M.", { target_amount: 85e6 }],
    // What this program sells is read.
    ['This program sells offices in Phoenix: $85M.', { target_amount: 85e6, asset_types: ['office'], include_markets: ['Phoenix'] }],
  ],
  'a list named as part of everything left open ("Everything else is open, stores included")': [
    ['$120M. The HQ is out; everything else is in play, labs included.', { target_amount: 120e6, exclude_asset_ids: ['DAL-01'] }],
    ['$120M, no Houston. Everything else is fair game, Chicago too.', { target_amount: 120e6, exclude_markets: ['Houston'] }],
  ],
  'a planning zone a place names ("the Atlanta redevelopment zone")': [
    ['$130M. The Houston sites sit in an enterprise zone, which buyers like.', { target_amount: 130e6 }],
    ['$130M; part of the land sits in the Newark development district.', { target_amount: 130e6 }],
  ],
  'what a score limit leaves behind ("criticality above 0.6, so the plants stay")': [
    ['$100M. Criticality no higher than 0.5, so the plants and the data centers remain.', { target_amount: 100e6, max_criticality: 0.5 }],
    ['$100M with leaseability at least 0.7, so the labs drop out.', { target_amount: 100e6, min_leaseability: 0.7 }],
    // A type ruled out in its own words is still read.
    [
      '$100M, criticality at most 0.5, and no plants.',
      { target_amount: 100e6, max_criticality: 0.5, asset_types: allTypesBut('manufacturing') },
    ],
  ],
  'questions left open for later ("Open questions, not assumptions of this run: should ...?")': [
    ['Raise $150M.\nOpen questions for the board: should Houston be in play at all?', { target_amount: 150e6 }],
    ['Target $200M.\nNot part of this run: do the labs ever go?', { target_amount: 200e6 }],
    // A question that is still open, said in a sentence before a filter, leaves the filter read.
    ['Whether to use IFRS 16 is an open question. It was agreed: Dallas only. $90M.', { target_amount: 90e6, include_markets: ['Dallas'] }],
  ],
  'a scenario\'s quoted name ("Scenario \\"Sunset plants\\":")': [
    ['Scenario "Warehouse light": $75M from anything but labs.', { target_amount: 75e6, asset_types: allTypesBut('lab') }],
    ['Run the "Office exit" case at $60M.', { target_amount: 60e6 }],
    // A name that is a filter is read as one.
    ['The "offices only" scenario: $60M.', { target_amount: 60e6, asset_types: ['office'] }],
  ],
  'a return to a place ruled out ("would rather not go back to Chicago")': [
    ['$90M; we would rather not return to Houston after last year.', { target_amount: 90e6, exclude_markets: ['Houston'] }],
    ["$90M, and we don't want to go back to Ohio.", { target_amount: 90e6, exclude_markets: ['Columbus'] }],
    // Going back to a place asked for is no exclusion.
    ['$90M; we are happy to go back to Phoenix only.', { target_amount: 90e6, include_markets: ['Phoenix'] }],
  ],
  'a hyphen-joined allow-list as one scenario ("an Illinois-and-Ohio-only scenario")': [
    ['Please run a Texas-and-Georgia-only scenario at $140M.', { target_amount: 140e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Model an Arizona-and-Ohio-only case: $95M.', { target_amount: 95e6, include_markets: ['Columbus', 'Phoenix'] }],
  ],
  'a "what if we sold only in" answered by an order that sizes the program': [
    ['What if we only sold in Texas? Target $150M.', { target_amount: 150e6, include_markets: ['Dallas', 'Houston'] }],
    // Left unanswered, it stays a question.
    ['What if we sold only in Texas? Would that be enough? Raise $150M.', { target_amount: 150e6 }],
  ],
  'an "if we sold only" in a question asking how much it raises': [
    ['How much could we get if we sold only in Ohio and Arizona?', { include_markets: ['Columbus', 'Phoenix'] }],
    ["Hypothetically, if we only sold offices, what's the maximum?", { asset_types: ['office'] }],
    ['What could the company raise if it sold only labs outside Ohio?', { asset_types: ['lab'], exclude_markets: ['Columbus'] }],
    // An "if" that asks about something else stays a hypothetical.
    ['If we only sold offices, would the board object? $60M.', { target_amount: 60e6 }],
  ],
  'a place ruled out of the types asked for ("warehouses only, none of them in the Inland Empire")': [
    [
      '$70M from offices only, none of them in Texas.',
      { target_amount: 70e6, asset_types: ['office'], exclude_markets: ['Dallas', 'Houston'] },
    ],
    ['Stores only, and none of those from Ohio. $40M.', { target_amount: 40e6, asset_types: ['retail'], exclude_markets: ['Columbus'] }],
    // "none of them" that names no place rules nothing out.
    ['$40M from warehouses, none of them in poor repair.', { target_amount: 40e6, asset_types: ['warehouse'] }],
  ],
  'market codes for Dallas and Houston ("DAL + HOU")': [
    ['$80M, DAL and HOU only.', { target_amount: 80e6, include_markets: ['Dallas', 'Houston'] }],
    ['$80M, no HOU.', { target_amount: 80e6, exclude_markets: ['Houston'] }],
    // An asset id that opens with the code is that asset.
    ['$80M, excluding DAL-05.', { target_amount: 80e6, exclude_asset_ids: ['DAL-05'] }],
  ],
  'a list joined to "free" by a hyphen ("a manufacturing-free programme", "Ohio-free")': [
    ['$95M, and keep the program Ohio-free.', { target_amount: 95e6, exclude_markets: ['Columbus'] }],
    ['A lab-free and data-center-free sale of $95M.', { target_amount: 95e6, asset_types: allTypesBut('lab', 'data_center') }],
    // A word joined to "free" that names no place or type rules nothing out.
    ['$95M, tax-free where possible.', { target_amount: 95e6 }],
  ],
  'a sale not asked for ("we\'re not asking to sell plants")': [
    ["We're not asking to sell labs. Offices only. $45M.", { target_amount: 45e6, asset_types: ['office'] }],
    ['I am not asking to sell anything in Houston. $45M.', { target_amount: 45e6, exclude_markets: ['Houston'] }],
  ],
  'a type filter declined ("don\'t restrict the asset types")': [
    ['Warehouses look likeliest, but do not restrict the asset types. $50M.', { target_amount: 50e6 }],
    ['$50M, no asset-type filter; the stores will probably go first.', { target_amount: 50e6 }],
    // A restriction asked for is read.
    ['$50M, restricted to warehouses.', { target_amount: 50e6, asset_types: ['warehouse'] }],
  ],
  'a filter talked about and set aside ("we also discussed a Dallas-only version, but please ignore that")': [
    ['We talked about a Phoenix-only run, but ignore that. $80M.', { target_amount: 80e6 }],
    ['Someone floated excluding Houston. Please disregard it. $80M.', { target_amount: 80e6 }],
  ],
};

describeFamilies('offline brief reader, places and types (13)', FAMILIES);
