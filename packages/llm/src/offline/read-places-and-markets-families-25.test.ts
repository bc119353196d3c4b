import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for markets and states: "none of it from" a place, with or without a verb
 * ("none of the proceeds should come from Newark"); a form's exclusion label written with an equals sign ("Exclude
 * markets = Phoenix"); where the person who asks sits or the next meeting is held ("Requested by Jim (Atlanta)",
 * "Requester location: Newark", "Next meeting: 4 May, Houston", "Thanks — Ida, Columbus FP&A"); and a town written with
 * its state as an address ("the lab in Dublin, Ohio"), whose state is no filter; a region defined in a bracket and ruled
 * out after it ("the West (Census def) is off limits"); and a place's mention the writer disowns ("ignore the Atlanta
 * mention"). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  '"none of it" or "nothing" taken from places, with or without a verb ("none of the proceeds should come from Newark")': [
    ['Raise $48M. None of it from Newark or Phoenix.', { target_amount: 48e6, exclude_markets: ['Newark', 'Phoenix'] }],
    ['$52M target; none of the proceeds should come from Houston.', { target_amount: 52e6, exclude_markets: ['Houston'] }],
    [
      'We need $61M and none of the money may come from Ohio or Georgia.',
      { target_amount: 61e6, exclude_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      '$39M. Nothing should come out of Chicago, Dallas or Newark.',
      { target_amount: 39e6, exclude_markets: ['Chicago', 'Dallas', 'Newark'] },
    ],
    ['Raise $44M; nothing is to be raised in Arizona.', { target_amount: 44e6, exclude_markets: ['Phoenix'] }],
    // A place the money should come from is still asked for.
    ['Raise $47M; all of it should come from Chicago or Columbus.', { target_amount: 47e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
  'a form\'s exclusion label written with an equals sign ("Exclude markets = Phoenix")': [
    ['Target = $57M\nExclude markets = Phoenix', { target_amount: 57e6, exclude_markets: ['Phoenix'] }],
    ['Exclude markets = Newark, Atlanta\nTarget = $66M', { target_amount: 66e6, exclude_markets: ['Atlanta', 'Newark'] }],
    ['Excluded states = Texas\nProceeds = $72M', { target_amount: 72e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['Target = 41000000\nExclude = Columbus', { target_amount: 41e6, exclude_markets: ['Columbus'] }],
    // An inclusion label with the same sign still asks for its list.
    ['Target = $58M\nInclude markets = Dallas, Chicago', { target_amount: 58e6, include_markets: ['Chicago', 'Dallas'] }],
  ],
  'where the person who asks sits, or where the next meeting is held ("Requested by Jim (Atlanta)", "Next meeting: 4 May, Houston")': [
    ['Target $64M. Requested by Jim (Atlanta).', { target_amount: 64e6 }],
    ['Please raise $37M. Submitted by Rosa, Newark team.', { target_amount: 37e6 }],
    ['Ticket 9120\nAmount: $83M\nRequester location: Phoenix', { target_amount: 83e6 }],
    ['Raise $59M from the warehouses.\nNext meeting: 4 May, Houston.', { target_amount: 59e6, asset_types: ['warehouse'] }],
    ['Run $46M with 2% bumps, please. Thanks — Ida, Columbus FP&A', { target_amount: 46e6, economics: { rent_escalator: 0.02 } }],
    // A place asked for beside the asker's stays read, and a meeting's line that rules a place out is an ask.
    ['Raise $53M, Dallas only. Requested by Omar (Chicago).', { target_amount: 53e6, include_markets: ['Dallas'] }],
    ['Target $49M.\nNext meeting: decide whether to exclude Newark.', { target_amount: 49e6, exclude_markets: ['Newark'] }],
  ],
  'a town written with its state as an address ("the lab in Dublin, Ohio"), whose state is no filter': [
    ['Raise $71M. The research lab in Dublin, Ohio cannot go.', { target_amount: 71e6, exclude_asset_ids: ['COL-03'] }],
    ['$84M. Please leave out the automated DC in Ontario, California.', { target_amount: 84e6, exclude_asset_ids: ['IE-01'] }],
    ['Target $62M. I flew into Elk Grove Village, Illinois last week for the review.', { target_amount: 62e6 }],
    ['For the $55M: the plant up in Pasadena, Texas cannot go.', { target_amount: 55e6, exclude_asset_ids: ['HOU-03'] }],
    // A market before the comma, or a list that goes on, stays a list of places.
    [
      'Raise $43M; exclude Chicago, Texas and Arizona.',
      { target_amount: 43e6, exclude_markets: ['Chicago', 'Dallas', 'Houston', 'Phoenix'] },
    ],
    ['$38M from Georgia, Arizona only.', { target_amount: 38e6, include_markets: ['Atlanta', 'Phoenix'] }],
    ['Hello, Arizona only this time: $36M.', { target_amount: 36e6, include_markets: ['Phoenix'] }],
  ],
  'a region defined in a bracket, then ruled out after it ("the West (Census def) is off limits")': [
    ['The West (Census definition) is off limits. Raise $67M.', { target_amount: 67e6, exclude_markets: ['Inland Empire', 'Phoenix'] }],
    [
      'Anything in the South (Census def) is off the table; target $73M.',
      { target_amount: 73e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] },
    ],
    ['Raise $56M. The Midwest (per the Census Bureau) is out of scope.', { target_amount: 56e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['Raise $45M. Our Northeast sites (Census definition) are not for sale.', { target_amount: 45e6, exclude_markets: ['Newark'] }],
    // A region so defined and asked for stays asked for.
    ['Raise $68M from the West (Census definition) only.', { target_amount: 68e6, include_markets: ['Inland Empire', 'Phoenix'] }],
  ],
  'a place\'s mention the writer disowns ("ignore the Atlanta mention", "the reference to Dallas is irrelevant")': [
    ['Raise $76M. Ignore the Phoenix mention in the cover email.', { target_amount: 76e6 }],
    ["Target $34M. Please don't read too much into the Chicago reference on slide 4.", { target_amount: 34e6 }],
    ['Raise $51M. The mention of Newark in the appendix was about a separate lease, disregard it.', { target_amount: 51e6 }],
    ['Raise $63M. The Houston footnote is just background.', { target_amount: 63e6 }],
    ['Target $42M; any reference to Columbus in the memo is irrelevant.', { target_amount: 42e6 }],
    // A place asked for beside a disowned mention stays read.
    ['Raise $57M from Dallas only; ignore the Atlanta mention in the deck.', { target_amount: 57e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading markets, states and regions (families, round 25)', FAMILIES);
