import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fifteenth round of wording families for places and types, in an adviser's voice: a sale advised against, an
 * idiom that keeps the program simple, and places or types named only as context (another party's deal, deals a
 * sizing is benchmarked on, a variant rejected, what a pool of buyers wants, how a place fared last time, a place
 * said to be no restriction), a topic opened after a greeting, a list held back, places focused on beside market talk and one building named by its town in the
 * possessive. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a sale advised against ("we do not recommend selling the Ohio assets")': [
    ['We would not recommend selling anything in Phoenix. Raise $80M.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
    ['Our advice: $65M, and we advise against selling the Atlanta sites.', { target_amount: 65e6, exclude_markets: ['Atlanta'] }],
    // Advice against something else leaves the places asked for.
    ['We do not recommend a large program. Sell the Houston sites, $40M.', { target_amount: 40e6, include_markets: ['Houston'] }],
  ],
  'an idiom that says how, after a place ("Texas only. Keep it simple.")': [
    ['$55M from Ohio only. Keep it short.', { target_amount: 55e6, include_markets: ['Columbus'] }],
    ['Raise $45M in Phoenix; keep it clean.', { target_amount: 45e6, include_markets: ['Phoenix'] }],
    // A pronoun kept back still rules its place out.
    ['Atlanta is strategic, keep it. $45M.', { target_amount: 45e6, exclude_markets: ['Atlanta'] }],
  ],
  'another party\'s deal, told in the past ("a retail client ran its SLB with Ohio excluded")': [
    ['A packaging client of ours sold its Arizona sites last spring. We suggest $85M from the whole portfolio.', { target_amount: 85e6 }],
    ['One of our clients did an all-warehouse deal in 2023. For you: $60M.', { target_amount: 60e6 }],
    ['One of our other retail clients kept its program small. For you: $60M.', { target_amount: 60e6 }],
    // The client's own ask names its places.
    ['Sell the Phoenix sites, $60M. A peer did similar.', { target_amount: 60e6, include_markets: ['Phoenix'] }],
  ],
  'deals a sizing is benchmarked on ("the last six SLBs in retail")': [
    ['Looking at the recent eight deals in retail, we suggest $75M.', { target_amount: 75e6 }],
    ['Three comparable transactions in manufacturing closed at 6%. Raise $75M.', { target_amount: 75e6 }],
    // The types asked for beside the benchmark are read.
    ['Recent deals were small. Raise $75M from the warehouses.', { target_amount: 75e6, asset_types: ['warehouse'] }],
  ],
  'a variant looked at and rejected ("we evaluated an Ohio-only structure and rejected it")': [
    ['We evaluated a Phoenix-only option but decided against it. $95M across the portfolio.', { target_amount: 95e6 }],
    ['We modelled excluding Atlanta, but on reflection it costs too much. Target $95M.', { target_amount: 95e6 }],
    // The ask after the rejection is read.
    ['We evaluated three options and rejected two; Phoenix only, $95M.', { target_amount: 95e6, include_markets: ['Phoenix'] }],
  ],
  'what a pool of buyers wants ("the 1031 money wants small retail")': [
    ['Private capital wants labs right now. We recommend $70M.', { target_amount: 70e6 }],
    ['Core investors prefer offices; our ask is $70M.', { target_amount: 70e6 }],
    // What the writer's own side wants is asked for.
    ['We want offices only, $70M.', { target_amount: 70e6, asset_types: ['office'] }],
  ],
  'how a place fared last time ("last time Dallas was too concentrated")': [
    ['Raise $90M, max 30% per market; last time Houston was too heavy.', { target_amount: 90e6, max_market_share: 0.3 }],
    ['$90M. Previously Atlanta was half the program.', { target_amount: 90e6 }],
    // A place asked for after "last time" with no verb of its own is still read.
    ['$90M from Atlanta, like last time.', { target_amount: 90e6, include_markets: ['Atlanta'] }],
  ],
  'a place said to be no restriction ("Phoenix came up; it isn\'t a restriction")': [
    ['Houston was mentioned by the buyers, but that is not a constraint. Target $110M.', { target_amount: 110e6 }],
    ['$110M. Columbus came up on the call; this is not meant as a filter.', { target_amount: 110e6 }],
    // A restriction stated in its own sentence is read.
    ['$110M, Columbus only. This is a hard limit.', { target_amount: 110e6, include_markets: ['Columbus'] }],
  ],
  'a topic opened after a greeting ("Hi, re the Columbus question -")': [
    [
      "Hello, re the Phoenix question - we'd keep Phoenix in but drop Atlanta. $85M.",
      { target_amount: 85e6, exclude_markets: ['Atlanta'] },
    ],
    ['Hi Maria, regarding the Houston issue: no change. Target $85M.', { target_amount: 85e6 }],
    // A place asked for after the topic is read.
    ['Hi, re the plan - Houston only, $85M.', { target_amount: 85e6, include_markets: ['Houston'] }],
  ],
  'one building named by its town in the possessive ("Chandler\'s data center is encumbered")': [
    ["Raise $100M; Tempe's office is half empty anyway.", { target_amount: 100e6 }],
    ["Raise $100M. Cicero's plant runs three shifts.", { target_amount: 100e6 }],
    // A plural after the possessive is a kind asked for.
    ["Sell Dallas's warehouses, $50M.", { target_amount: 50e6, asset_types: ['warehouse'], include_markets: ['Dallas'] }],
  ],
  'a list held back with the particle after it, and the buildings it means in a bracket ("hold the labs back too (...)")': [
    [
      'Raise $60M. Hold the data centers back too (Carrollton and Chandler).',
      { target_amount: 60e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    ['Hold our Houston sites back, $60M.', { target_amount: 60e6, exclude_markets: ['Houston'] }],
    // Holding back something that is no list rules nothing out.
    ['Hold the sale back until June; Phoenix only, $60M.', { target_amount: 60e6, include_markets: ['Phoenix'] }],
  ],
  'places focused on beside what the market pays there ("focusing on Texas, where cap rates are tightest")': [
    [
      "We'd suggest focusing on Ohio and Georgia, where buyers are deepest. $90M.",
      { target_amount: 90e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
    // Market talk with no one asking leaves the places unread.
    ['Buyers are deepest in Ohio and Georgia. Raise $90M.', { target_amount: 90e6 }],
  ],
};

describeFamilies('offline brief reader, places and names (15)', FAMILIES);
