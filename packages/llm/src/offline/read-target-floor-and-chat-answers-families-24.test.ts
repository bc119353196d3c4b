import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fourth round of wording families for the target and the floor in pasted chats: a speaker whose label names
 * the role they answer in ("Dora (Treasurer): $85M"), answering a question that proposed another figure or a floor
 * question that proposed none. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a proposed figure answered by a speaker labelled with their role ("Kai: floor at $70M?" then "Dora (Treasurer): $75M")': [
    [
      'Kai: floor at $70M?\nDora (Treasurer): $75M\nKai: target 95?\nDora (Treasurer): $95M is fine.',
      { target_amount: 95e6, floor_amount: 75e6 },
    ],
    [
      'Lin: are we raising $140M?\nOmar (Group CFO): $150M, and keep rent added under $12M\nLin: noted',
      { target_amount: 150e6, max_rent_added: 12e6 },
    ],
    // A statement, not a question, keeps its own figure: the reply below it is another figure said alongside.
    [
      'Lin: we are raising $140M.\nOmar (Group CFO): 12-year leases\nLin: noted',
      { target_amount: 140e6, economics: { lease_term_years: 12 } },
    ],
  ],
  'a floor question answered by a speaker labelled with their role ("Jo: where is our floor?" then "Ann (CFO): $55M")': [
    ['Jo: where is our floor?\nAnn (CFO): $55M\nJo: and the target 70?\nAnn (CFO): $70M yes.', { target_amount: 70e6, floor_amount: 55e6 }],
    // A question about another figure's minimum names no floor.
    [
      'Jo: minimum coverage?\nAnn (CFO): 1.6x\nJo: target 70?\nAnn (CFO): $70M yes.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.6 },
    ],
  ],
};

describeFamilies('the twenty-fourth round of target, floor and chat answer families', FAMILIES);
