import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * More families of wording about places, asset types and named assets: questions put off to later, filters that
 * would follow an event that has not happened, plans abandoned or reversed, hypotheticals closed by a dash, sales
 * that hang on a trade, refusals to add a type, exclusions continued with "plus", assets that stay on the balance
 * sheet, the people of a place, a place with its type after a named asset, a cap on one market's share, part of an
 * asset's name, names after a ruled-out type, and a question about one thing alone. Each family has cases where its
 * rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a place asked about and put off to later is no filter': [
    ['Could we include Houston? Maybe later. Raise $60M.', { target_amount: 60e6 }],
    ['Would we add the labs? Perhaps next round. $45M for now.', { target_amount: 45e6 }],
    ['Would we do Newark? Possibly later. Raise $52M.', { target_amount: 52e6 }],
    ['Would we do Phoenix? Maybe later. Right now it is $55M from Dallas only.', { target_amount: 55e6, include_markets: ['Dallas'] }],
    ['We might revisit the labs next year. Raise $40M.', { target_amount: 40e6 }],
    ['The board may revisit Houston later. Raise $45M.', { target_amount: 45e6 }],
    ['We may revisit Dallas later but for now leave it out. Raise $40M.', { target_amount: 40e6, exclude_markets: ['Dallas'] }],
    ['Should we include Houston? Yes. Raise $60M.', { target_amount: 60e6, include_markets: ['Houston'] }],
  ],
  'a filter suggested and disagreed with, or left for a later talk, is no filter': [
    ['Hi Raj - the bank suggested Houston only, but we disagreed. Use all markets. $75m.', { target_amount: 75e6 }],
    ['The lender proposed excluding Ohio, but the CFO declined. Raise $40M.', { target_amount: 40e6 }],
    ["Should we exclude offices? Let's discuss Monday. For now just run $100m.", { target_amount: 100e6 }],
    ["Should we drop Atlanta? Let's talk about it Friday. Raise $50M.", { target_amount: 50e6 }],
    [
      'Thinking about maybe including Phoenix later, but not now. For this run, $110m from Dallas and Atlanta only.',
      { target_amount: 110e6, include_markets: ['Dallas', 'Atlanta'] },
    ],
    ['Thinking of dropping the labs, but not yet. Raise $35M.', { target_amount: 35e6 }],
    ['Should we drop Atlanta? Yes, drop it. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Atlanta'] }],
  ],
  'a wish to have stayed out of a place rules it out': [
    ["I'd rather we stayed out of Newark entirely. Raise $95m.", { target_amount: 95e6, exclude_markets: ['Newark'] }],
    ['I wish we kept away from Houston. Raise $45M.', { target_amount: 45e6, exclude_markets: ['Houston'] }],
    ['Stay out of Newark. Raise $44M.', { target_amount: 44e6, exclude_markets: ['Newark'] }],
  ],
  'a filter that would follow an event that has not happened is no filter': [
    ["We'd consider excluding Columbus if the buyer insists, but it hasn't. Raise $48M.", { target_amount: 48e6 }],
    ["I'd entertain dropping the labs if the bank asked, but the bank didn't. Raise $40M.", { target_amount: 40e6 }],
    ["Raise $70M; we'd entertain adding Newark if the buyer asks, but he hasn't.", { target_amount: 70e6 }],
    [
      "We'd consider dropping Atlanta if the lender pushes, and they have. Raise $40M.",
      { target_amount: 40e6, exclude_markets: ['Atlanta'] },
    ],
  ],
  'a plan abandoned, decided against or reversed is no filter': [
    ['The team thought about dropping Dallas and then decided against it. Raise $70M.', { target_amount: 70e6 }],
    ['We were going to exclude Houston, then decided against it. Raise $61M.', { target_amount: 61e6 }],
    ['I considered leaving out the offices, then decided to keep them. Raise $33M.', { target_amount: 33e6 }],
    ['We were going to drop the labs, but the CFO likes them. Raise $50M.', { target_amount: 50e6 }],
    ['I was going to leave out Georgia but the board wants Atlanta in play. Raise $66M.', { target_amount: 66e6 }],
    [
      'I was going to say exclude Ohio, but the CFO wants Columbus in. So: exclude Phoenix only. Raise $45M.',
      { target_amount: 45e6, exclude_markets: ['Phoenix'] },
    ],
    ['Initially the board said no Houston, but that has since been reversed. Raise $58M.', { target_amount: 58e6 }],
    ['At first we wanted the offices out, but that was walked back. Raise $47M.', { target_amount: 47e6 }],
    ["Raise $53M. Originally we said no Columbus but that's been reversed - Columbus is fine.", { target_amount: 53e6 }],
    ['We were going to drop the labs. Raise $50M.', { target_amount: 50e6, asset_types: allTypesBut('lab') }],
    ['Originally we said no Newark, and that still stands. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Newark'] }],
  ],
  'a hypothetical ends at a dash before "but", and what follows is read': [
    [
      'We could reach $90M if we sold the labs — but no, keep the labs out. Ask $70M.',
      { target_amount: 70e6, asset_types: allTypesBut('lab') },
    ],
    [
      'We could do more if we included the plants - but no, leave the plants out. Raise $64M.',
      { target_amount: 64e6, asset_types: allTypesBut('manufacturing') },
    ],
    ['We could reach $90M if we sold the labs — that would be ideal. Ask $70M.', { target_amount: 70e6 }],
  ],
  'a place or asset whose sale a condition hangs on is no filter': [
    ['Raise $50M; more if Dallas clears by June.', { target_amount: 50e6 }],
    ['Raise $50M; maybe $60M if Houston trades.', { target_amount: 50e6 }],
    ['If we can land Phoenix at a 7 cap, great. Raise $45M.', { target_amount: 45e6 }],
    ['If we can get the Tolleson DC done at a 6 cap, we need less. Raise $45M.', { target_amount: 45e6 }],
    ['If they can close Chicago this quarter, great. Raise $45M.', { target_amount: 45e6 }],
    ['If possible, avoid Dallas. Raise $45M.', { target_amount: 45e6, exclude_markets: ['Dallas'] }],
  ],
  'a type not to be added is ruled out': [
    ["Don't add labs. Raise $30M.", { target_amount: 30e6, asset_types: allTypesBut('lab') }],
    ['Raise $42M and do not add plants.', { target_amount: 42e6, asset_types: allTypesBut('manufacturing') }],
    ["Don't add more than $3M of rent. Raise $40M.", { target_amount: 40e6, max_rent_added: 3e6 }],
  ],
  'an exclusion continued with "plus" or "along with"': [
    [
      'Exclude mortgaged properties plus the Fontana Warehouse. Raise $40M.',
      { target_amount: 40e6, exclude_mortgaged: true, exclude_asset_ids: ['IE-02'] },
    ],
    [
      'Leave out encumbered sites plus the Dublin Research Lab. Raise $36M.',
      { target_amount: 36e6, exclude_mortgaged: true, exclude_asset_ids: ['COL-03'] },
    ],
    [
      'Exclude Dallas along with the Tempe Office. Raise $40M.',
      { target_amount: 40e6, exclude_markets: ['Dallas'], exclude_asset_ids: ['PHX-03'] },
    ],
    ['Raise $40M from Houston plus Dallas.', { target_amount: 40e6, include_markets: ['Houston', 'Dallas'] }],
  ],
  'what stays on the balance sheet is not sold': [
    [
      'The McDonough and Groveport warehouses stay on balance sheet. Raise $55M.',
      { target_amount: 55e6, exclude_asset_ids: ['ATL-02', 'COL-02'] },
    ],
    [
      'The Dublin lab and the Tempe office remain on the balance sheet. Raise $45M.',
      { target_amount: 45e6, exclude_asset_ids: ['COL-03', 'PHX-03'] },
    ],
    ['The labs stay on balance sheet. Raise $52M.', { target_amount: 52e6, asset_types: allTypesBut('lab') }],
    ['Plants remain on the balance sheet; raise $48M.', { target_amount: 48e6, asset_types: allTypesBut('manufacturing') }],
  ],
  "a place's people ask for nothing": [
    ["Raise $60M; don't sell the Tempe Office, the Phoenix team sits there.", { target_amount: 60e6, exclude_asset_ids: ['PHX-03'] }],
    ["Dana: 'Raise $80m; keep the Schaumburg Office, Chicago ops needs it.'", { target_amount: 80e6, exclude_asset_ids: ['CHI-04'] }],
    ['Raise $50M; Columbus ops is fine with anything.', { target_amount: 50e6 }],
    ['Raise $60M from Dallas; the Dallas team will help.', { target_amount: 60e6, include_markets: ['Dallas'] }],
  ],
  'a place with a singular type after a named asset names one more asset': [
    [
      'Raise $62M. Exclude the Edison warehouse, the Newark office and the Secaucus store.',
      { target_amount: 62e6, exclude_asset_ids: ['NWK-02', 'NWK-04', 'NWK-05'] },
    ],
    ['Exclude the Fontana warehouse, the Dallas data center. Raise $41M.', { target_amount: 41e6, exclude_asset_ids: ['IE-02', 'DAL-05'] }],
    [
      'Skip the Groveport warehouse, the Houston office and the Naperville store. Raise $39M.',
      { target_amount: 39e6, exclude_asset_ids: ['COL-02', 'HOU-04', 'CHI-05'] },
    ],
    ['Hold back the Tempe Office, the Columbus store. Raise $44M.', { target_amount: 44e6, exclude_asset_ids: ['PHX-03', 'COL-04'] }],
    [
      'Exclude the Edison warehouse, Chicago warehouses only. Raise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['NWK-02'], include_markets: ['Chicago'], asset_types: ['warehouse'] },
    ],
  ],
  "a cap on one market's share asks for no market": [
    ['Raise $50M, Dallas max 30% of proceeds.', { target_amount: 50e6 }],
    ['Raise $50M with Houston capped at 25%.', { target_amount: 50e6 }],
    ['Raise $50M; no more than 30% from Dallas.', { target_amount: 50e6 }],
    ['Raise $50M. Phoenix at most 20% of the total.', { target_amount: 50e6 }],
    // The share a market must not pass, and a market singled out under a cap for every market, are no ask for it.
    ["Raise $50M. We don't want Dallas to exceed 30%.", { target_amount: 50e6 }],
    ['Raise $50M, and Houston should not go above 35%.', { target_amount: 50e6 }],
    ['Raise $50M. No market above 30%, Dallas especially.', { target_amount: 50e6, max_market_share: 0.3 }],
    ['Raise $50M from Dallas. No market above 30%.', { target_amount: 50e6, include_markets: ['Dallas'], max_market_share: 0.3 }],
    [
      'Raise $50M from Dallas and Houston, max 40% each.',
      { target_amount: 50e6, include_markets: ['Dallas', 'Houston'], max_market_share: 0.4 },
    ],
  ],
  "part of an asset's name asks for no market within it": [
    ['Port Houston is mortgaged. Raise $40M.', { target_amount: 40e6 }],
    ['Kearny is encumbered, and so is Port Houston. Raise $40M.', { target_amount: 40e6 }],
    ['Raise $40M; Port Newark is leased to a customer.', { target_amount: 40e6 }],
    ['Exclude Port Newark. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['NWK-01'] }],
    ['Raise $40M from Newark.', { target_amount: 40e6, include_markets: ['Newark'] }],
  ],
  "part of an asset's name and its type name the asset, not the type": [
    ['The Joliet DC is leased to a key customer. Raise $40M.', { target_amount: 40e6 }],
    ['The Tolleson DC is our best asset. Raise $40M.', { target_amount: 40e6 }],
    ['The Chandler DC runs hot. Raise $40M.', { target_amount: 40e6 }],
    ['The Rickenbacker DC has a new tenant. Raise $40M.', { target_amount: 40e6 }],
    ['Raise $40M from DCs.', { target_amount: 40e6, asset_types: ['distribution_center'] }],
  ],
  'a pronoun after "for now" or "not in this run" stands for what the sentence before named': [
    [
      'We should look at the Tolleson DC at some point. Not in this run though - exclude it. Raise $50M.',
      { target_amount: 50e6, exclude_asset_ids: ['PHX-01'] },
    ],
    ['The Tempe Office came up. For now: exclude it. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'We talked about the labs and the plants. This time, drop them. Raise $40M.',
      { target_amount: 40e6, asset_types: allTypesBut('lab', 'manufacturing') },
    ],
    ['The Tempe Office came up. Raise $40M.', { target_amount: 40e6 }],
  ],
  'a DC said to be of the data kind is a data center': [
    ['Raise $40M. No data DCs.', { target_amount: 40e6, asset_types: allTypesBut('data_center') }],
    ['Raise $40M from DCs of the data kind.', { target_amount: 40e6, asset_types: ['data_center'] }],
    [
      'Warehouses and DCs are fine; no DCs of the data sort. Raise $60M.',
      { target_amount: 60e6, asset_types: ['warehouse', 'distribution_center'] },
    ],
    ['Raise $40M from DCs.', { target_amount: 40e6, asset_types: ['distribution_center'] }],
  ],
  'a ruled-out type restated by naming its assets is those assets': [
    [
      "CFO: 'let's not sell HQs or plants.' Me: that means no Las Colinas HQ, no Cicero, no Pasadena, no Kearny. Amount $120m.",
      { target_amount: 120e6, exclude_asset_ids: ['DAL-01', 'CHI-03', 'HOU-03', 'NWK-03'] },
    ],
    ['No labs, i.e. exclude the Dublin Research Lab. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['COL-03'] }],
    [
      'No data centers. In other words, skip Carrollton and Chandler. Raise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    [
      'No plants; that means nothing in Dallas either. Raise $40M.',
      { target_amount: 40e6, asset_types: allTypesBut('manufacturing'), exclude_markets: ['Dallas'] },
    ],
  ],
  'names after a ruled-out type say which of its assets are meant': [
    [
      "Partner: 'And the plants?' CFO: 'Both plants out \u2014 Cicero and Pasadena.' Raise $40M.",
      { target_amount: 40e6, exclude_asset_ids: ['CHI-03', 'HOU-03'] },
    ],
    ['Exclude both plants - Kearny and Cicero. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['NWK-03', 'CHI-03'] }],
    ['Both data centers excluded (Carrollton and Chandler). Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] }],
    ['Two warehouses off the table - Fontana and Groveport. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'COL-02'] }],
    [
      'Raise $40M. Plants excluded - all three, Kearny, Cicero and Pasadena.',
      { target_amount: 40e6, exclude_asset_ids: ['NWK-03', 'CHI-03', 'HOU-03'] },
    ],
    ['Raise $40M. Data centers off the table - namely Carrollton.', { target_amount: 40e6, exclude_asset_ids: ['DAL-05'] }],
    ['Both plants out. Raise $40M.', { target_amount: 40e6, asset_types: allTypesBut('manufacturing') }],
  ],
  'a place or type that is all a question is about asks for nothing': [
    ['What about Phoenix? Raise $40M.', { target_amount: 40e6 }],
    ['Raise $40M from Dallas. And Houston?', { target_amount: 40e6, include_markets: ['Dallas'] }],
    ['Raise $40M. And the labs? Keep them out.', { target_amount: 40e6, asset_types: allTypesBut('lab') }],
  ],
};

describeFamilies('reading places and assets, more families', FAMILIES);
