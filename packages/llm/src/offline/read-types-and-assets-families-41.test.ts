import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-first round of wording families for asset types, assets and mortgages: asset ids typed in lower case;
 * numbered items after an order or a heading that rules out; two places sharing one plural type word; "and also" and
 * "minus" in a list ruled out; a chat's "exclude anything?" answered by a name; "mortgaged ok?" answered no; settings
 * pasted as field-and-value pairs; a "keepers" heading; a wish that none of a kind "were sold"; a chat's "are the labs
 * in or out?" answered out; a job after a type word in a speaker's bracket; the writer's own buildings named after a
 * comma; a second subject taking an order by ellipsis; a list after "with" ruled out by "all excluded"; types
 * "outside the perimeter"; a mortgage exclusion lifted later; "are both staying". Every case states what it must
 * read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'asset ids typed in lower case': [
    ['Leave out chi-02 and ie-03. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['CHI-02', 'IE-03'] }],
    ['Raise $58M; drop col-04 from the pool.', { target_amount: 58e6, exclude_asset_ids: ['COL-04'] }],
    // Lower-case codes that are no building of the portfolio stay what they were.
    ['See memo ab-12 and q3-24. Raise $58M.', { target_amount: 58e6 }],
  ],
  'numbered items after an order or a heading that rules out': [
    [
      'Exclusions: (1) DAL-03 and PHX-01, both under option agreements. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['DAL-03', 'PHX-01'] },
    ],
    [
      'Please exclude (i) the Tempe Office, lease dispute; (ii) the Groveport Warehouse, roof works. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'COL-02'] },
    ],
    // A numbered step that rules nothing out asks for nothing.
    ['Step (1) is sizing; raise $58M.', { target_amount: 58e6 }],
  ],
  'two places sharing one plural type word': [
    ['The Fontana and Edison warehouses both stay. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['IE-02', 'NWK-02'] }],
    ['Keep the Tempe and Schaumburg offices out. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'CHI-04'] }],
    // Named with no word that rules them out, the pair asks for nothing.
    ['Raise $58M. The Fontana and Edison warehouses were re-roofed last year.', { target_amount: 58e6 }],
  ],
  '"and also" and "minus" in a list ruled out': [
    [
      'Exclude the Tempe office and also the Mesa parts store. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    [
      'Ohio only, minus the Groveport warehouse. Raise $58M.',
      { target_amount: 58e6, include_markets: ['Columbus'], exclude_asset_ids: ['COL-02'] },
    ],
    // "minus" before no building is arithmetic.
    ['Raise $58M minus the fees.', { target_amount: 58e6 }],
  ],
  'a chat\'s "exclude anything?" answered by a name on the next line': [
    ['Kai: exclude anything?\nMo: the Mesa Parts Store\nKai: size?\nMo: $58M', { target_amount: 58e6, exclude_asset_ids: ['PHX-04'] }],
    [
      'Kai: anything to leave out?\nMo: Tempe Office and Groveport Warehouse\nKai: size?\nMo: $58M',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'COL-02'] },
    ],
    // Answered "nope": nothing is ruled out.
    ['Kai: exclude anything?\nMo: nope\nKai: size?\nMo: $58M', { target_amount: 58e6 }],
  ],
  '"mortgaged ok?" answered no': [
    ['Jo: mortgaged ok?\nAl: no\nJo: amount?\nAl: $58M', { target_amount: 58e6, exclude_mortgaged: true }],
    ['Jo: are encumbered sites fine?\nAl: nope, leave them out\nJo: amount?\nAl: $58M', { target_amount: 58e6, exclude_mortgaged: true }],
    // "yes" or "no problem" lets them in.
    ['Jo: mortgaged ok?\nAl: yes, fine\nJo: amount?\nAl: $58M', { target_amount: 58e6 }],
    ['Jo: mortgaged ok?\nAl: no problem\nJo: amount?\nAl: $58M', { target_amount: 58e6 }],
  ],
  'settings pasted as field-and-value pairs': [
    ['[{"field":"target","value":"$58M"},{"field":"exclude_mortgaged","value":true}]', { target_amount: 58e6, exclude_mortgaged: true }],
    // A pair whose value is false rules nothing out.
    ['[{"name":"target","value":"$58M"},{"name":"exclude_mortgaged","value":false}]', { target_amount: 58e6 }],
  ],
  'a "keepers" heading over the buildings kept': [
    ['Keepers: the Tempe Office, Groveport. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'COL-02'] }],
    [
      'Sites to keep - the Mesa Parts Store and the Dublin lab. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-04', 'COL-03'] },
    ],
    // The keepers as people, with no list after a colon, keep nothing.
    ['The keepers were consulted. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a wish that none of a kind "were sold", and a chat\'s "in or out?" answered out': [
    [
      "We'd much rather none of the labs were sold. Raise $58M.",
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    [
      'Ann: are the labs in or out?\nRaj: out\nAnn: size?\nRaj: $58M',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    // Answered "in", the labs are asked for; "none of the options" names nothing the portfolio holds.
    ['Ann: are the labs in or out?\nRaj: in\nAnn: size?\nRaj: $58M', { target_amount: 58e6, asset_types: ['lab'] }],
    ['None of the options were sold last year. Raise $58M.', { target_amount: 58e6 }],
    // A type word before a job in a speaker's bracket says who speaks.
    ["Ann (warehouse mgr): what's the size?\nRaj: $58M", { target_amount: 58e6 }],
  ],
  "the writer's own buildings named after a comma": [
    [
      'Leave out our two Chicago sites, Elk Grove Village Warehouse and Naperville Parts Store. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-02', 'CHI-05'] },
    ],
    ['Our lab, the Dublin Research Lab, must stay out. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['COL-03'] }],
    // No name after the comma, or a name with no order: nothing is ruled out.
    ['Our plant, like every site, has a story. Raise $58M.', { target_amount: 58e6 }],
    ['Our office, the Tempe Office, is where I work. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a second subject taking an order to stay out by ellipsis': [
    [
      'The Dublin lab must stay out, and all the plants should too. Raise $58M.',
      {
        target_amount: 58e6,
        asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center', 'lab'],
        exclude_asset_ids: ['COL-03'],
      },
    ],
    // A second subject that is no place, type or building takes nothing.
    ['The Tempe office needs to stay out, and the board should. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'a list after "with" ruled out by "all excluded"': [
    [
      'Raise $58M, with the Mesa Parts Store, the Tempe Office and Groveport all excluded.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-04', 'PHX-03', 'COL-02'] },
    ],
    [
      'Raise $58M, with Dallas, Houston and Phoenix all excluded.',
      { target_amount: 58e6, exclude_markets: ['Dallas', 'Houston', 'Phoenix'] },
    ],
  ],
  'types "outside the perimeter"': [
    [
      'Labs are outside the deal perimeter. Raise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    [
      'Raise $58M. Stores and offices are outside the transaction perimeter.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'data_center', 'lab'] },
    ],
  ],
  'a mortgage exclusion lifted later': [
    ['Exclude mortgaged assets. Update: encumbered sites are fine now. Raise $58M.', { target_amount: 58e6 }],
    // Buildings without a mortgage said fine, or the class asked about, lift nothing.
    ['Exclude mortgaged assets; non-mortgaged buildings are fine. Raise $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
    ['Exclude mortgaged assets. Are mortgaged buildings fine? Raise $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
  ],
  'buildings "both staying" or "all staying"': [
    ['The Tempe office and the Mesa store are both staying. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    [
      'The Tempe Office and the Dublin lab are all staying, per ops. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'COL-03'] },
    ],
    // People staying keep no building.
    ['The analysts are all staying late tonight. Raise $58M.', { target_amount: 58e6 }],
  ],
};

describeFamilies(
  'brief reader: lower-case ids, numbered and paired exclusions, chat answers, keepers, ellipsis, lifted mortgage rulings',
  FAMILIES,
);
