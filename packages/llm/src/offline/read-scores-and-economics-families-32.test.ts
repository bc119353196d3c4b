import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-second round of wording families for the scores and the lease economics: a criticality level said as what
 * is scored above it "on criticality" and refused ("weed out anything rated over 0.45 on criticality", "anything
 * scoring above 0.5 on the criticality scale is a no"); leaseability said as who else could take a building, in more
 * words ("places a new tenant would take", "without a big refit", "scoring 0.7 or more", "for how easily it could be
 * leased", "0.75 or up") and as a level "on that score" after letting words; a score's level changed by a verb on a
 * pronoun ("the criticality cap was 0.7 - bring it down to 0.6"); a question weighing two levels and the level chosen in
 * answer; a scanned note's slips in the critical words and the level ("critica1 above O.4"); and the lease economics:
 * the rent itself rising by a percentage a year, an escalator taken back after "no", a proposal then the figure agreed,
 * a chat's escalator question settled lines later, a chain written newest first whose earlier messages give way to the
 * reply, a tax label with a note pasted from a sheet, and spreadsheet cells written "Cell C6:". Every case states what
 * it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a level scored above "on criticality", refused ("weed out anything rated over 0.45 on criticality")': [
    ['Raise $64M. Weed out anything rated over 0.45 on criticality.', { target_amount: 64e6, max_criticality: 0.45 }],
    ['Raise $64M and exclude any site scoring higher than 0.55 for criticality.', { target_amount: 64e6, max_criticality: 0.55 }],
    ['Raise $64M. Leave every building scored above 0.35 on criticality alone.', { target_amount: 64e6, max_criticality: 0.35 }],
    [
      'Raise $64M. Anything scoring above 0.5 on the criticality scale is a no for the board.',
      { target_amount: 64e6, max_criticality: 0.5 },
    ],
    ['Raise $64M. Whatever rates more than 0.6 on criticality is off the table.', { target_amount: 64e6, max_criticality: 0.6 }],
    // Nothing refuses the level, or "leave" keeps it without "alone": no limit.
    ['Raise $64M. Sites scoring above 0.5 on criticality sell best.', { target_amount: 64e6 }],
  ],
  'leaseability as who else could take a building, in more words ("places a new tenant would take, at least 0.7")': [
    [
      'Raise $58M from places another tenant would take quickly, at least 0.65 on that scale.',
      { target_amount: 58e6, min_leaseability: 0.65 },
    ],
    [
      'Raise $58M. Only buildings another company could lease without much work (0.55 and up).',
      { target_amount: 58e6, min_leaseability: 0.55 },
    ],
    ['Raise $58M from sites that another occupier could move into, scoring 0.6 or more.', { target_amount: 58e6, min_leaseability: 0.6 }],
    [
      'Raise $58M. Sell what scores 0.7 or better for how easily it could be let to someone else.',
      { target_amount: 58e6, min_leaseability: 0.7 },
    ],
    ['Raise $58M from buildings easy to pass to another tenant, 0.8 or up.', { target_amount: 58e6, min_leaseability: 0.8 }],
    // What the company cannot run without is criticality's words (read alone), and a level held from above is no floor.
    ['Raise $58M. Keep the buildings we cannot operate without, 0.6 or more.', { target_amount: 58e6, max_criticality: 0.7 }],
    ['Raise $58M from places a new tenant would take, 0.4 or lower.', { target_amount: 58e6 }],
  ],
  'a level "on that score" after letting words ("a buyer who can\'t re-let them, so 0.65 or above on that score")': [
    [
      'Raise $77M. Investors fear buildings they cannot re-let, so only sites at 0.65 or above on that score.',
      { target_amount: 77e6, min_leaseability: 0.65 },
    ],
    [
      'Raise $77M. Whether a new tenant could take a building over matters: 0.7 or better on that measure.',
      { target_amount: 77e6, min_leaseability: 0.7 },
    ],
    // Critical words in the sentence name no leaseability: they are read alone, and the level is not.
    ['Raise $77M. Nothing critical to operations, so 0.6 or above on that score is out.', { target_amount: 77e6, max_criticality: 0.7 }],
    // Letting words in another sentence give the pronoun no score: the words alone keep their own level.
    ['Raise $77M. Buyers like to re-let. Anything 0.6 or above on that score is fine.', { target_amount: 77e6, min_leaseability: 0.5 }],
  ],
  'a score\'s level changed by a verb on a pronoun ("the criticality cap was 0.7 - bring it down to 0.6")': [
    ['Raise $88M. Criticality cap was 0.75 last time - bring it down to 0.55.', { target_amount: 88e6, max_criticality: 0.55 }],
    ['Raise $88M. Leaseability floor of 0.5; please raise it to 0.6.', { target_amount: 88e6, min_leaseability: 0.6 }],
    ['Raise $88M. Max criticality 0.6, so lower that to 0.45.', { target_amount: 88e6, max_criticality: 0.45 }],
    // The first level must be the score's own: a pronoun after another figure changes no score.
    ['Raise $88M. Leaseability min 0.6. The fee ratio was 0.8 - bring it down to 0.5.', { target_amount: 88e6, min_leaseability: 0.6 }],
  ],
  'a question weighing two levels, and the level chosen in answer ("> leaseability floor 0.6 or 0.7?" / "Go with 0.65")': [
    ['Go with 0.65. Target stays $52M.\n> Should the leaseability floor be 0.6 or 0.7?', { target_amount: 52e6, min_leaseability: 0.65 }],
    ['Target $52M. Criticality cap 0.4 or 0.5?\nOK, use 0.45 then.', { target_amount: 52e6, max_criticality: 0.45 }],
    // Two answers leave the choice open; the question's levels are then read by their readers.
    ['Target $52M. Use 0.5 then.', { target_amount: 52e6 }],
  ],
  'a scanned note\'s slips in the critical words and the level ("don\'t sell anything critica1 above O.4")': [
    ['Raise $49M. Nothing critica1 above O.35.', { target_amount: 49e6, max_criticality: 0.35 }],
    ["Raise $49M. Don't sell anything critical above O.5.", { target_amount: 49e6, max_criticality: 0.5 }],
    ['Raise $49M. Exclude sites critica1 over 0.45.', { target_amount: 49e6, max_criticality: 0.45 }],
    // Without a refusal the slipped words limit nothing.
    ['Raise $49M. Ops calls the sorting hub critica1 above all.', { target_amount: 49e6 }],
  ],
  'the rent itself rising by a percentage a year ("we expect that rent to creep up 1.5% a year")': [
    ['Raise $93M. We think the rent will edge up 1.75% a year.', { target_amount: 93e6, economics: { rent_escalator: 0.0175 } }],
    [
      'Raise $93M. The new owners will want the rent to go up each year; assume 2.25% a year.',
      { target_amount: 93e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'Raise $93M. Added rent no more than $4.5M a year, climbing 2.5% annually.',
      { target_amount: 93e6, max_rent_added: 4.5e6, economics: { rent_escalator: 0.025 } },
    ],
    ['Raise $93M. Rents should grow by 3% per year on the new leases.', { target_amount: 93e6, economics: { rent_escalator: 0.03 } }],
    // A rise that is not yearly, or the market's rent rising, is no escalator.
    ['Raise $93M. Rent went up 4% when we renewed.', { target_amount: 93e6 }],
    ['Raise $93M. Local market rents should climb 3% a year.', { target_amount: 93e6 }],
  ],
  'an escalator taken back, agreed after a proposal, or settled in a chat ("3% bumps — we agreed 2.25%")': [
    ['Raise $101M. Escalator: 2.5% - no, Legal wants 2%.', { target_amount: 101e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $101M. Annual bumps of 3%, sorry, 2.75%.', { target_amount: 101e6, economics: { rent_escalator: 0.0275 } }],
    [
      'Raise $101M. The buyers proposed 3.5% bumps; after some back and forth we agreed 2.5%.',
      { target_amount: 101e6, economics: { rent_escalator: 0.025 } },
    ],
    [
      'Raise $101M. Investors asked for a 3% escalator and we settled on 2%.',
      { target_amount: 101e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      '<mia> target 101\n<raj> escalator?\n<mia> the buyer side says 3%\n<raj> go with 2.75 - that is our number',
      { target_amount: 101e6, economics: { rent_escalator: 0.0275 } },
    ],
    // "No" opening another limit takes nothing back.
    [
      'Raise $101M with 2.5% bumps; no one market above 35%.',
      { target_amount: 101e6, max_market_share: 0.35, economics: { rent_escalator: 0.025 } },
    ],
    // A proposal with no figure agreed is read as the figure written.
    ['Raise $101M. Investors proposed 3% bumps.', { target_amount: 101e6, economics: { rent_escalator: 0.03 } }],
  ],
  'a chain written newest first: the earlier messages give way to the reply ("-----Original Message-----")': [
    [
      'Go ahead at $96M, tax 24%.\n-----Original Message-----\nFrom: Analyst\nPlan: $96M, tax 21%.',
      { target_amount: 96e6, economics: { tax_rate: 0.24 } },
    ],
    [
      'Thread (latest on top)\nFrom: CFO - "US GAAP, $96M."\nFrom: Analyst - "IFRS 16 as before?"',
      { target_amount: 96e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    [
      'Use 2% escalators. $96M.\nOn Mon, Kim wrote:\n> Buyers want 3% escalators.',
      { target_amount: 96e6, economics: { rent_escalator: 0.02 } },
    ],
    // What only the earlier message states is still read.
    ['Looks good, $96M.\n-----Original Message-----\nFrom: Analyst\nTax rate 22%.', { target_amount: 96e6, economics: { tax_rate: 0.22 } }],
  ],
  'a tax label with a note pasted from a sheet, and cells written "Cell C6:" ("Tax rate (on the gain)<tab>23.5%")': [
    ['Inputs\nTarget raise\t$ 72.0m\nTax rate (on the gain)\t23.5%', { target_amount: 72e6, economics: { tax_rate: 0.235 } }],
    // A rate with more words after it is left to the other readers.
    ['Inputs\nTarget raise\t$ 72.0m\nTax (federal) 21% plus state', { target_amount: 72e6 }],
    ['Cell B2: Target (USDm)   C2: 72\nCell B3: Min leaseability C3: 0.6', { target_amount: 72e6, min_leaseability: 0.6 }],
    ['Cell B2: Target (USDm)   C2: 72\nCell B3: Criticality cap C3: 0.55', { target_amount: 72e6, max_criticality: 0.55 }],
  ],
};

describeFamilies('reading the thirty-second round of scores and economics wording', FAMILIES);
