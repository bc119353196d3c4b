import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Further families of wording about places, asset types and named assets: proposals turned down in the same
 * breath ("and decided against it", "rejected a proposal to"), floated ideas not yet decided, a carve-out "not
 * adopted", an exclusion left for a later meeting, and exclusions told in the past ("the Committee excluded
 * Houston"), the team a message comes from, a bare "out" closed by a time, and an exclusion taken back ("Houston's
 * fine"). Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'an exclusion talked about and decided against in the same sentence is no filter': [
    ['We talked about excluding Dallas and decided against it. Raise $65M.', { target_amount: 65e6 }],
    ['We discussed dropping the labs and decided not to. Raise $50M.', { target_amount: 50e6 }],
    ['The team considered leaving out Newark and rejected it. Raise $44M.', { target_amount: 44e6 }],
    ['We talked about excluding Dallas and agreed to do it. Raise $65M.', { target_amount: 65e6, exclude_markets: ['Dallas'] }],
  ],
  'a proposal rejected before it is told is no filter': [
    ['The Committee rejected a proposal to exclude Atlanta. Target $185M.', { target_amount: 185e6 }],
    ['The board turned down a motion to exclude Newark. Raise $50M.', { target_amount: 50e6 }],
    ['Lenders voted down a request to drop the offices. Raise $42M.', { target_amount: 42e6 }],
    ['The Committee adopted a proposal to exclude Atlanta. Target $185M.', { target_amount: 185e6, exclude_markets: ['Atlanta'] }],
  ],
  'an idea floated and not decided, or floated and then kept in, is no filter': [
    ["Someone floated excluding Phoenix but we haven't decided that. Raise $100M.", { target_amount: 100e6 }],
    ['The lender floated excluding Ohio but we have not decided. Raise $40M.', { target_amount: 40e6 }],
    ['Treasury floated excluding Phoenix, but later confirmed Phoenix stays in scope. Target $90m.', { target_amount: 90e6 }],
    ['The bank floated dropping Houston, but said Houston remains in. Raise $70M.', { target_amount: 70e6 }],
    ['Treasury floated excluding Phoenix, and we agree: exclude it. Target $90m.', { target_amount: 90e6, exclude_markets: ['Phoenix'] }],
  ],
  'something that may later be considered, or a question left with no decision, is no filter': [
    ['The company may later consider excluding Phoenix. For now: $200m.', { target_amount: 200e6 }],
    ['We might eventually consider dropping the labs. For now, raise $35M.', { target_amount: 35e6 }],
    ['Management asked, "Should we keep the HQ out of it?", with no decision taken. Target $130m.', { target_amount: 130e6 }],
    ['Should we keep Dallas out? No decision made. Raise $60M.', { target_amount: 60e6 }],
    ['Should we keep Dallas out? Yes. Raise $60M.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
  ],
  'a carve-out or exclusion discussed and not adopted, or left for a later meeting, is no filter': [
    ['Minutes: after discussion of a possible Houston carve-out (not adopted), the target is $132M.', { target_amount: 132e6 }],
    ['Minutes: a possible Dallas carve-out (not pursued) came up. Target $80M.', { target_amount: 80e6 }],
    [
      'A rent cap and the exclusion of Phoenix were both discussed; the committee will revisit them next quarter. Target $65M.',
      { target_amount: 65e6 },
    ],
    ['The removal of Newark was raised; we will revisit it in March. Raise $40M.', { target_amount: 40e6 }],
    [
      'After discussion of the Houston carve-out, the board excluded Houston. Target $80M.',
      { target_amount: 80e6, exclude_markets: ['Houston'] },
    ],
  ],
  'places excluded in the past tense are ruled out': [
    ['Minutes: after discussion, the committee excluded Houston. Target $80M.', { target_amount: 80e6, exclude_markets: ['Houston'] }],
    [
      'The Committee excluded Inland Empire and Columbus properties. Target $99M.',
      { target_amount: 99e6, exclude_markets: ['Inland Empire', 'Columbus'] },
    ],
    ['The board excluded the labs. Raise $45M.', { target_amount: 45e6, asset_types: allTypesBut('lab') }],
  ],
  'drafting that bars any property located in a state from every sale rules the place out': [
    [
      'No Sale and Leaseback Transaction shall include any property located in the State of Texas or the State of Georgia. Proceeds $85,000,000.',
      { target_amount: 85e6, exclude_markets: ['Dallas', 'Houston', 'Atlanta'] },
    ],
    [
      'Provided that no disposition shall include any Property located in the States of Ohio, Arizona or New Jersey; Target Proceeds of $100,000,000.',
      { target_amount: 100e6, exclude_markets: ['Columbus', 'Phoenix', 'Newark'] },
    ],
    ['No sale shall comprise any assets situated in Illinois. Raise $60M.', { target_amount: 60e6, exclude_markets: ['Chicago'] }],
    ['Leave out the States of Arizona and Georgia. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Phoenix', 'Atlanta'] }],
    [
      'Each sale shall include any property located in the State of Ohio. Raise $60M.',
      { target_amount: 60e6, include_markets: ['Columbus'] },
    ],
  ],
  'a defined term for excluded markets, "being" or "namely" its names, rules them out': [
    [
      '"Target Proceeds" means $115,000,000. No property in an Excluded Market (being Houston and Dallas) shall be sold.',
      { target_amount: 115e6, exclude_markets: ['Houston', 'Dallas'] },
    ],
    [
      'The Excluded Markets (namely Newark and Phoenix) are listed in Schedule 2. Raise $90M.',
      { target_amount: 90e6, exclude_markets: ['Newark', 'Phoenix'] },
    ],
    ['Excluded Markets (see schedule) apply. Raise $50M from Dallas.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'the team or office a message comes from names no place to sell and no type': [
    ['Regional ops Chicago: target $28M. Use 15-year terms.', { target_amount: 28e6, economics: { lease_term_years: 15 } }],
    ['Regional ops Atlanta here. The ask is $66M.', { target_amount: 66e6 }],
    ['Facilities team Dallas - raise $40M.', { target_amount: 40e6 }],
    ['Voice memo from the Chicago office. So, thirty-one million.', { target_amount: 31e6 }],
    ['A note from our Newark office: raise $40M.', { target_amount: 40e6 }],
    ['Operations: Chicago only. Raise $40M.', { target_amount: 40e6, include_markets: ['Chicago'] }],
    ['Memo: sell the Chicago office. Raise $40M.', { target_amount: 40e6, asset_types: ['office'], include_markets: ['Chicago'] }],
  ],
  'a bare "out" closed by a time ("this time", "for now") rules the list before it out': [
    [
      'I want the Phoenix and Dallas sites out this time. Ninety-two million.',
      { target_amount: 92e6, exclude_markets: ['Phoenix', 'Dallas'] },
    ],
    ['I want the Phoenix sites out this round. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Phoenix'] }],
    ['Labs out for now. Raise $50M.', { target_amount: 50e6, asset_types: allTypesBut('lab') }],
    ['Not this time. Raise $50M from Dallas.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'an exclusion taken back by naming the same thing again as fine or kept in is dropped': [
    [
      "Ivy: 45M, no Atlanta, no Houston.\nIvy: sorry, Houston's fine, just no Atlanta.",
      { target_amount: 45e6, exclude_markets: ['Atlanta'] },
    ],
    [
      'Uma: exclude Phoenix?\nRaj: no, keep Phoenix in. exclude Newark.\nUma: amount?\nRaj: $74M',
      { target_amount: 74e6, exclude_markets: ['Newark'] },
    ],
    ['Exclude the labs and offices. Actually offices are fine. Raise $40M.', { target_amount: 40e6, asset_types: allTypesBut('lab') }],
    ['Drop DAL-01 and HOU-02. Wait, HOU-02 is OK. Raise $30M.', { target_amount: 30e6, exclude_asset_ids: ['DAL-01'] }],
    ['No Dallas, no Newark. Newark is back in. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
    ['No Dallas. Raise $40M; Houston is fine.', { target_amount: 40e6, exclude_markets: ['Dallas'], include_markets: ['Houston'] }],
  ],
  '"all but" a list rules the list out': [
    ['Target $140M; Types: all but manufacturing.', { target_amount: 140e6, asset_types: allTypesBut('manufacturing') }],
    ['Raise $60M from all but Dallas.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
    ['Raise $45M; sell all but the labs and offices.', { target_amount: 45e6, asset_types: allTypesBut('lab', 'office') }],
    ['Raise $60M from Dallas.', { target_amount: 60e6, include_markets: ['Dallas'] }],
  ],
  'the one place or the only assets the company is not selling are ruled out': [
    [
      "Cal: and Columbus?\nDee: Columbus is the one place we're not selling. Target $80M.",
      { target_amount: 80e6, exclude_markets: ['Columbus'] },
    ],
    ["The labs are the only assets we won't sell. Raise $40M.", { target_amount: 40e6, asset_types: allTypesBut('lab') }],
    ["Newark is the only market we're keeping. Raise $40M.", { target_amount: 40e6, exclude_markets: ['Newark'] }],
    ["Dallas is the one place we're selling. Raise $40M.", { target_amount: 40e6, include_markets: ['Dallas'] }],
  ],
  'an asset type written by its own name, as a spec writes it, is read': [
    [
      'Target | $205M ; Types | not lab, not data_center ; Strategy | exact',
      { target_amount: 205e6, strategy: 'exact', asset_types: allTypesBut('lab', 'data_center') },
    ],
    ['Target $205M; exclude data_center and lab.', { target_amount: 205e6, asset_types: allTypesBut('lab', 'data_center') }],
    ['Raise $60M from distribution_centers only.', { target_amount: 60e6, asset_types: ['distribution_center'] }],
    ['Raise $60M; the data room is open.', { target_amount: 60e6 }],
  ],
};

describeFamilies('reading places and assets, further families', FAMILIES);
