import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for asset types, assets and mortgages: a chat's "anything out?" and
 * "which buildings can't go?" answered by names; asset ids scanned with a capital O for a zero; a scan's one or zero
 * in "lien", "labs", "no" and "to"; a line headed "OUT:" before buildings; mortgaged assets as a lettered item, an item
 * after "together with", "premises", a label "Excluded from the perimeter are:", and a chat answer's bare "anything
 * mortgaged"; a rule on mortgaged assets reported dropped; a kind opened by "all" or "any" after a place in a list
 * ruled out; "itself" after a building; one more building in a sentence that opens with "And"; "as must" taking an
 * order to keep out; a kind's buildings listed "by name"; a kind where people work or a brand lives; a building said to
 * stay at a chat line's end; a handle's "@"; a scanned office holder and a type word before a review; three places
 * sharing a type word after who reported the ruling; a building after a place in a list ruled out; "leave ... out, and
 * all the plants"; a market for letting a kind; a table of kinds and reasons under a title that rules them out; "any
 * sites off limits?" answered by names, with kinds "we can't run without" as the reason. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a chat\'s "anything out?" and "which buildings can\'t go?" answered by names on the next line': [
    ['Lee: anything out?\nMia: the Groveport Warehouse\nLee: size?\nMia: $58M', { target_amount: 58e6, exclude_asset_ids: ['COL-02'] }],
    // "DC" is how a chat names a distribution center.
    [
      'Lee: which sites cannot be sold?\nMia: Fontana Warehouse, Tolleson DC\nLee: size?\nMia: $58M',
      { target_amount: 58e6, exclude_asset_ids: ['IE-02', 'PHX-01'] },
    ],
    // An answer that names nothing, or puts the question off, rules nothing out.
    ['Lee: anything out?\nMia: not yet, ask me Monday\nLee: size?\nMia: $58M', { target_amount: 58e6 }],
    ["Lee: which ones can't go?\nMia: none\nLee: size?\nMia: $58M", { target_amount: 58e6 }],
  ],
  'asset ids scanned with a capital O for a zero': [
    ['Exc1ude COL-O2 and IE-O3. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['COL-02', 'IE-03'] }],
    // Codes that are no building of the portfolio keep their letters.
    ['See ref. ABC-OO and memo QX-O1. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a scan\'s one or zero in "lien", "labs", "no" and "to"': [
    ['N0 site with a 1ien t0 be s0ld. Raise $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
    [
      'N0 1abs to be sold. Raise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    // The word repaired is only a word: a lien search that came back clean rules nothing out.
    ['The 1ien search came back clean. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a line headed "OUT:" before buildings by name': [
    [
      'IN: warehouses\nOUT: Fontana Warehouse; Groveport Warehouse\nAsk: $58M',
      { target_amount: 58e6, asset_types: ['warehouse'], exclude_asset_ids: ['IE-02', 'COL-02'] },
    ],
    ['- Out: Mesa Parts Store (PHX-04)\n- Ask: $58M', { target_amount: 58e6, exclude_asset_ids: ['PHX-04'] }],
    // "Out:" before no building is someone's absence.
    ['Out: back Monday\nRaise $58M.', { target_amount: 58e6 }],
  ],
  'mortgaged assets as a lettered item, after "together with", as "premises", or under "Excluded from the perimeter"': [
    [
      'Carve-outs: the Tempe Office, the Mesa Parts Store and the Groveport Warehouse, all leased to third parties, together with any building subject to a lien. Raise $58M.',
      { target_amount: 58e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03', 'PHX-04', 'COL-02'] },
    ],
    [
      '"Excluded Assets" means (i) the Dublin Research Lab and (ii) any asset subject to a mortgage. Raise $58M.',
      { target_amount: 58e6, exclude_mortgaged: true, exclude_asset_ids: ['COL-03'] },
    ],
    ['Excluded from the perimeter are: all premises subject to a mortgage. Raise $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
    // A building's mortgage told as a fact after the list rules no class out.
    [
      'Excluded: the Tempe Office. The Groveport Warehouse, together with its yard, is subject to a mortgage. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a chat answer\'s bare "anything mortgaged" or "everything encumbered"': [
    [
      'Ann: anything off limits?\nRaj: the Tempe Office, and everything encumbered\nAnn: size?\nRaj: $58M',
      { target_amount: 58e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03'] },
    ],
    // Said fine in the answer, the class stays in.
    ['Ann: anything off limits?\nRaj: nothing, and mortgaged is fine\nAnn: size?\nRaj: $58M', { target_amount: 58e6 }],
  ],
  'a rule on mortgaged assets reported dropped': [
    ['At the last meeting the condition excluding encumbered sites was waived. Raise $58M.', { target_amount: 58e6 }],
    // A rule reported kept, or a question whether it was dropped, still rules the class out.
    ['The requirement to exclude mortgaged assets has been reaffirmed. Raise $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
    [
      'Was the rule against mortgaged properties dropped? Exclude mortgaged properties. Raise $58M.',
      { target_amount: 58e6, exclude_mortgaged: true },
    ],
  ],
  'a kind after a place in a list ruled out, opened by "all" or "any"': [
    [
      'Skip Phoenix, Dallas, all the labs, and the Tempe Office. Raise $58M.',
      {
        target_amount: 58e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'],
        exclude_markets: ['Dallas', 'Phoenix'],
        exclude_asset_ids: ['PHX-03'],
      },
    ],
    [
      'Exclude Ohio, any plants, and anything with a lien. Raise $58M.',
      {
        target_amount: 58e6,
        exclude_mortgaged: true,
        asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center', 'lab'],
        exclude_markets: ['Columbus'],
      },
    ],
    // A kind with a verb of its own after the comma starts a new clause: the warehouses are asked for.
    [
      'Exclude Newark, all warehouses are fine though. Raise $58M.',
      { target_amount: 58e6, asset_types: ['warehouse'], exclude_markets: ['Newark'] },
    ],
  ],
  '"itself" after a building in a list ruled out': [
    [
      'Exclude the Schaumburg Office itself and the Naperville Parts Store. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04', 'CHI-05'] },
    ],
    // "itself" after a place said fine rules nothing out.
    [
      'Chicago itself is fine; exclude the Schaumburg Office. Raise $58M.',
      { target_amount: 58e6, include_markets: ['Chicago'], exclude_asset_ids: ['CHI-04'] },
    ],
  ],
  'one more building kept out in a sentence that opens with "And"': [
    [
      'Keep the Schaumburg Office out. And the Naperville Parts Store. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04', 'CHI-05'] },
    ],
    [
      'Keep the Tempe Office out. And the Mesa Parts Store, Arizona. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    // A state that is not the building's is no place of it: the sentence is not read as one more building.
    ['Keep the Tempe Office out. And the Mesa Parts Store, Ohio. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['PHX-03'] }],
    // With a verb of its own the sentence says something else about the building.
    [
      'Keep the Schaumburg Office out. And the Naperville Parts Store can go. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04'] },
    ],
  ],
  'an order to keep out taken by a second subject after "as must" or "as should"': [
    [
      'The Schaumburg Office has to stay out, as must the Kearny plant. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04', 'NWK-03'] },
    ],
    [
      'The Schaumburg Office has to stay out, as should the data centers. Raise $58M.',
      {
        target_amount: 58e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'lab'],
        exclude_asset_ids: ['CHI-04'],
      },
    ],
    // A second subject that is no place, type or building takes nothing.
    ['The Schaumburg Office has to stay out, as should the CFO. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['CHI-04'] }],
  ],
  'a kind\'s buildings listed "by name"': [
    ['Leave out the plants by name: Cicero and Kearny. Raise $58M.', { target_amount: 58e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    // Names that are no buildings of that kind leave the kind itself ruled out.
    [
      'Exclude the data centers by name: Austin and Reno. Raise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'lab'] },
    ],
  ],
  'a kind where people work or a brand lives, then ruled out': [
    [
      'Our sales teams work out of the stores, so no stores in the program. Raise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'data_center', 'lab'] },
    ],
    [
      'Our people sit in the offices, so keep the offices out. Raise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'data_center', 'lab'] },
    ],
    // Where people sit, alone, asks for no kind.
    ['Our people sit in the offices. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a building said to stay at the end of a chat line': [
    [
      'Nia 4:02 PM\nPhoenix only. the Mesa Parts Store stays\nRob 4:03 PM\nsize?\nNia 4:03 PM\n$58M',
      { target_amount: 58e6, include_markets: ['Phoenix'], exclude_asset_ids: ['PHX-04'] },
    ],
    // A line that wraps on in lower case carries the sentence on: the building stays in the numbers, not out of the sale.
    ['The Mesa Parts Store stays\nin the numbers for comparison. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a chat handle\'s "@" before the speaker who answers': [
    [
      '@ann: any assets out?\n@raj: Schaumburg office + Tempe office\n@ann: size?\n@raj: $58M',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
  ],
  "an office holder's office scanned with a zero, and a type word before a review or a strategy": [
    // "CE0" is a scan's CEO: the office is who writes, not a type.
    ['FR0M: 0ffice of the CE0\nRaise $58M.', { target_amount: 58e6 }],
    [
      'The Tempe Office stays owned pending the office strategy review. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-03'] },
    ],
    // An order for the kind beside the review still asks for it.
    ['Pending the retail portfolio review, sell only stores. Raise $58M.', { target_amount: 58e6, asset_types: ['retail'] }],
    // A type ending a pasted row qualifies nothing on the next line.
    [
      'Target: USD 58m\nTypes: warehouse, retail\nStrategy: exact',
      { target_amount: 58e6, asset_types: ['warehouse', 'retail'], strategy: 'exact' },
    ],
    // A market for letting a kind is why a building goes, not a kind asked for.
    [
      'Drop the Schaumburg office; the office leasing market there is weak. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-04'] },
    ],
    ['Sell offices only; the office leasing market is strong. Raise $58M.', { target_amount: 58e6, asset_types: ['office'] }],
  ],
  'a table of kinds and reasons under a title that rules them out': [
    [
      'Types we will not sell\nType | Note\nData centres | specialist fit-out\nPlants | operations\nRaise $58M.',
      { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'lab'] },
    ],
    // A row that names no kind or building ends the table, and rules nothing out.
    ['Types we will not sell\nType | Reason\n(see attached) | tbd\nRaise $58M.', { target_amount: 58e6 }],
  ],
  'three places sharing one plural type word, after who reported the ruling': [
    [
      'The committee agreed that the Naperville, Secaucus and Columbus parts stores should remain owned. Raise $58M.',
      { target_amount: 58e6, exclude_asset_ids: ['CHI-05', 'NWK-05', 'COL-04'] },
    ],
    // Reported with no word that rules out, the building asks for nothing.
    ['The board agreed that the Tempe Office would be sold first. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a building by name after a place in a list ruled out': [
    [
      'Please exclude (a) every site in Ohio, (b) the Tempe Office, and (c) the Mesa Parts Store. Raise $58M.',
      { target_amount: 58e6, exclude_markets: ['Columbus'], exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    [
      'Exclude Dallas, Tempe Office (PHX-03). Raise $58M.',
      { target_amount: 58e6, exclude_markets: ['Dallas'], exclude_asset_ids: ['PHX-03'] },
    ],
    // A building with a verb of its own after the comma starts a new clause, and is said fine.
    ['Exclude Dallas, the Tempe Office is fine. Raise $58M.', { target_amount: 58e6, exclude_markets: ['Dallas'] }],
  ],
  'a kind opened by "all" or "every" after "leave ... out, and"': [
    [
      'Keep the Mesa Parts Store out, and frankly every store too. Raise $58M.',
      {
        target_amount: 58e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'data_center', 'lab'],
        exclude_asset_ids: ['PHX-04'],
      },
    ],
    // "all the plants in" asks for the plants.
    [
      'Leave the Tempe Office out, and all the plants in. Raise $58M.',
      { target_amount: 58e6, asset_types: ['manufacturing'], exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a chat\'s "any sites off limits?" answered by names, and kinds "we can\'t run without" as the reason': [
    [
      "Kim: any sites off limits?\nLou: Fontana Warehouse. warehouses we can't run without.\nKim: size?\nLou: $58M",
      { target_amount: 58e6, exclude_asset_ids: ['IE-02'] },
    ],
    ['Kim: any sites off limits?\nLou: not really\nKim: size?\nLou: $58M', { target_amount: 58e6 }],
    // The kind in an order is still asked for.
    ["Sell only warehouses we can't run without. Raise $58M.", { target_amount: 58e6, asset_types: ['warehouse'] }],
  ],
};

describeFamilies(
  'brief reader: chat questions what is out, scanned ids and words, OUT headings, mortgaged items in lettered lists, dropped mortgage rules, kinds in mixed lists, "as must", buildings by name',
  FAMILIES,
);
