import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-ninth round of wording families for asset types, the buildings ruled out and mortgaged assets: a type's
 * word naming a group of people, the party asking or the writer's job ("Compliance office.", "our family office",
 * "HQ wants $50M", "Lab operations, East.", "I ran a warehouse"); the buildings carrying a loan given a verdict
 * ("leave anything with a lien on it alone", "we want any site with a mortgage excluded", "no sites carrying a
 * mortgage", "keep X out, and any buildings with a loan against them too"); a type that is the subject of a reason
 * beside types asked for with "only" or "restrict to" ("Plants only - our warehouses are full"); single buildings
 * said to be where a place ruled out is ("that's where the HQ is"); a type's word qualifying something else ("the
 * manufacturing restructuring", "R&D grants", "the offices' leases"); a count of some of a type's buildings named
 * after it ("both of our data centers (Carrollton and Chandler)"); one more building after "and so should"; and an
 * order not to sell with no object before a dash that gives the reason, or "neither can go".
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type\'s word naming a group, the party asking or the writer\'s job ("Compliance office.", "HQ wants $50M")': [
    ['Compliance office. The program is $52M.', { target_amount: 52e6 }],
    ['Raise $51M; our family office will review the output.', { target_amount: 51e6 }],
    ['HQ wants $50M from the warehouses only.', { target_amount: 50e6, asset_types: ['warehouse'] }],
    ['Lab operations, East. We need $49M.', { target_amount: 49e6 }],
    ['I ran a warehouse in Fontana for years. The company needs $48M.', { target_amount: 48e6 }],
    // Offices asked for in words of their own stay a type.
    ['Sell the offices. $47M.', { target_amount: 47e6, asset_types: ['office'] }],
    // A building's name that opens a line is still that building.
    ['Tempe Office. Exclude it. $46M.', { target_amount: 46e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'the buildings carrying a loan given a verdict ("leave anything with a lien on it alone")': [
    ['Raise $45M and leave anything with a lien on it alone.', { target_amount: 45e6, exclude_mortgaged: true }],
    ['$44M. We want any site with a mortgage excluded.', { target_amount: 44e6, exclude_mortgaged: true }],
    ['$43M, and no sites carrying a mortgage.', { target_amount: 43e6, exclude_mortgaged: true }],
    [
      'Keep the Edison Warehouse out, and any buildings with a loan against them too. $42M.',
      { target_amount: 42e6, exclude_asset_ids: ['NWK-02'], exclude_mortgaged: true },
    ],
    // A loan the company owes is no building ruled out.
    ['Raise $41M; leave the loan with the bank alone for now.', { target_amount: 41e6 }],
  ],
  'a type that is the subject of a reason beside types asked for with "only" ("Plants only - our warehouses are full")': [
    ['Raise $40M. Plants only - our warehouses are full to the roof.', { target_amount: 40e6, asset_types: ['manufacturing'] }],
    [
      'Offices and labs would not sell well this year, so restrict it to parts stores. $39M.',
      { target_amount: 39e6, asset_types: ['retail'] },
    ],
    // Types joined in one list with "only" are all asked for, though the list is a sentence's subject.
    ['Just the plants and the lab are up for sale. $37.5M.', { target_amount: 37.5e6, asset_types: ['lab', 'manufacturing'] }],
    // A type let in by its statement is still asked for.
    ['Raise $38M. Warehouses only, though offices are fine too.', { target_amount: 38e6, asset_types: ['office', 'warehouse'] }],
  ],
  'single buildings said to be where a place ruled out is ("that\'s where the HQ is")': [
    ['Raise $37M. Leave Dallas out; that is where the HQ and the data center are.', { target_amount: 37e6, exclude_markets: ['Dallas'] }],
    // Buildings asked for in their own words are still read.
    ['Raise $36M from data centers. Leave Dallas out.', { target_amount: 36e6, asset_types: ['data_center'], exclude_markets: ['Dallas'] }],
  ],
  'a type\'s word qualifying something else ("the manufacturing restructuring", "R&D grants", "the offices\' leases")': [
    ['Raise $35M while the manufacturing restructuring runs its course.', { target_amount: 35e6 }],
    ['We have R&D grants tied to Columbus, so keep Columbus out. $34M.', { target_amount: 34e6, exclude_markets: ['Columbus'] }],
    ["Raise $33M, or else the offices' budgets break.", { target_amount: 33e6 }],
    // A sale program of a type asks for it.
    ['For the plant and lab program: $31.5M.', { target_amount: 31.5e6, asset_types: ['lab', 'manufacturing'] }],
    // The type asked for before what it qualifies is still read.
    ['Raise $32M from the labs.', { target_amount: 32e6, asset_types: ['lab'] }],
  ],
  'a count of some of a type\'s buildings named after it ("both of our data centers (Carrollton and Chandler)")': [
    [
      'Two of the warehouses, Fontana and Edison, are committed, so keep both of them. $31M.',
      { target_amount: 31e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
    // A type asked for whole is still a type.
    ['Raise $30M from the warehouses.', { target_amount: 30e6, asset_types: ['warehouse'] }],
  ],
  'one more building after "and so should" an exclusion': [
    [
      'Raise $29M. Anything above 0.7 on criticality should be excluded, and so should the Tempe Office.',
      { target_amount: 29e6, max_criticality: 0.7, exclude_asset_ids: ['PHX-03'] },
    ],
    // "so should we" is no building.
    ['Raise $28M. The market has moved, and so should we.', { target_amount: 28e6 }],
  ],
  'an order not to sell with no object before a dash giving the reason, or "neither can go"': [
    [
      'Raise $27M. The Joliet Distribution Center cannot go - it is the busiest hub we run.',
      { target_amount: 27e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      'Raise $26M. The Fontana Warehouse and the Edison Warehouse are under contract, so neither can go.',
      { target_amount: 26e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
    // A wish about the program is no building ruled out.
    ['Raise $25M. Neither can go wrong with this plan.', { target_amount: 25e6 }],
  ],
};

describeFamilies('reading the types and assets families (29)', FAMILIES);
