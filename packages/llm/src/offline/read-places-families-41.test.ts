import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-first round of wording families for the markets: the whole sale kept away from a place in loose words ("keep
 * things out of Ohio") and a place said to lie outside the transaction perimeter; a chat question that names what it
 * rules out ("excluded markets?") answered on the next line; a scanned page whose double l came out as capital i's
 * ("aII properties in Arizona"); a numbered list of exclusions ("exclude (i) ... ; (ii) ...", "Exclusions: (1) ...;
 * (2) ..."), each number's reason set aside; and what the writer would not see in the program ("I don't want to see
 * any Dallas or Newark assets in this").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the sale kept away from a place in loose words, and a place outside the perimeter ("keep things out of Ohio")': [
    ['Raise $64M and keep things out of Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['Raise $64M. Please keep everything out of Texas.', { target_amount: 64e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['Arizona sites are outside the transaction perimeter. Raise $64M.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M; New Jersey assets are outside the deal perimeter.', { target_amount: 64e6, exclude_markets: ['Newark'] }],
    // A place asked for stays asked for; a place the writer works in is no place kept out.
    ['Raise $64M from Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    ['Raise $64M. Everything in Texas is inside the perimeter.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a chat question that names what it rules out, answered on the next line ("excluded markets?")': [
    ['Ana: excluded markets?\nBen: Dallas, Newark\nBen: $64M', { target_amount: 64e6, exclude_markets: ['Dallas', 'Newark'] }],
    [
      '[09:10] Ana: ruled-out cities?\n[09:11] Ben: Columbus\n[09:12] Ben: raise $64M',
      { target_amount: 64e6, exclude_markets: ['Columbus'] },
    ],
    // A question about where to sell asks for the place in its answer.
    ['Ana: markets?\nBen: Dallas, Newark\nBen: $64M', { target_amount: 64e6, include_markets: ['Dallas', 'Newark'] }],
  ],
  'a scanned page whose double l came out as capital i\'s ("aII properties in Arizona")': [
    ['Exclude: aII properties in Texas\nSize: $64M', { target_amount: 64e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['Size: $64M\nExclude aII sites in Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // A roman numeral after a capitalised word is no scanning slip.
    ['Phase II: raise $64M from Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'a numbered list of exclusions, each number\'s reason set aside ("exclude (i) ...; (ii) ...", "Exclusions: (1) ...")': [
    ['Raise $64M. Please exclude (i) Ohio; (ii) Arizona.', { target_amount: 64e6, exclude_markets: ['Columbus', 'Phoenix'] }],
    [
      'Raise $64M. Exclude (a) every site in Texas, given the flood review; (b) all properties in Arizona.',
      { target_amount: 64e6, exclude_markets: ['Dallas', 'Houston', 'Phoenix'] },
    ],
    [
      'Exclusions: (1) PHX-01, subject to a lender consent; (2) all properties in Ohio. Target: USD 64m.',
      { target_amount: 64e6, exclude_asset_ids: ['PHX-01'], exclude_markets: ['Columbus'] },
    ],
    ['Raise $64M. Exclude (a) Newark and (b) Dallas.', { target_amount: 64e6, exclude_markets: ['Dallas', 'Newark'] }],
    // A number that starts a sentence of its own, outside any exclusion, asks for nothing to be kept out.
    ['Raise $64M. (1) Sell from Ohio; (2) sell from Arizona.', { target_amount: 64e6, include_markets: ['Columbus', 'Phoenix'] }],
  ],
  'what the writer would not see in the program ("I don\'t want to see any Dallas or Newark assets in this")': [
    [
      "I don't want to see any Dallas or Newark assets in this. Raise $64M.",
      { target_amount: 64e6, exclude_markets: ['Dallas', 'Newark'] },
    ],
    ['Raise $64M. We do not want to see any Ohio buildings in the sale.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // A share over which a market may not go keeps no market out.
    ["Raise $64M. I don't want to see any market above 30%.", { target_amount: 64e6, max_market_share: 0.3 }],
  ],
};

describeFamilies('reading the forty-first round of place wording families', FAMILIES);
