import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirtieth round of wording families for asset types: a type word in the singular right after a place's name is one
 * building, not its type asked for (the writer's workplace "our Tulsa office", a reviewer "(Boise office)", a
 * sender "Submitted by ..., Phoenix DC", buildings named loosely "the Newark DC" or "the Dallas legacy plant"); a
 * type in a sentence that tells of a past sale ("in 2018 we sold two stores") asks for nothing now; and a question
 * whether we take a type ("are we doing the labs?", "should we include the plants?") asks for nothing by itself. Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a singular type right after a place\'s name is one building ("our Houston office", "the Newark DC")': [
    ['We need $58M. Our Tulsa office is not a filter.', { target_amount: 58e6 }],
    ['Raise $61M. Questions go to the controller (Boise office).', { target_amount: 61e6 }],
    ['Amount sought: $75M\nSubmitted by: R. Diaz, Phoenix DC', { target_amount: 75e6 }],
    ['Please raise $83M. Nothing mortgaged: the Newark DC carries a loan.', { target_amount: 83e6, exclude_mortgaged: true }],
    ['Raise $66M. The Omaha legacy plant is being retooled, but that does not matter here.', { target_amount: 66e6 }],
    // The plural, and a singular that no place names, still ask for the type.
    ['Raise $66M from offices only.', { target_amount: 66e6, asset_types: ['office'] }],
    ['Raise $59M, one warehouse at most.', { target_amount: 59e6, asset_types: ['warehouse'] }],
  ],
  'a type in a sentence that tells of a past sale ("in 2018 we sold two stores")': [
    ['Raise $72M. In 2018 we sold two stores for $20M.', { target_amount: 72e6 }],
    ['We need $64M. The last time we did this (2020) we raised $30M from three labs.', { target_amount: 64e6 }],
    ['Target $81M. Years ago we divested a couple of plants; different story.', { target_amount: 81e6 }],
    // A turn to this sale after the past one asks for what follows it.
    [
      'Back in 2019 we raised $30M from stores, but this time use warehouses only. $50M.',
      { target_amount: 50e6, asset_types: ['warehouse'] },
    ],
  ],
  'a question whether we take a type ("are we doing the labs?")': [
    [
      'Ana: are we doing the labs?\nBo: only if they clear the criticality cap of 0.7\nAna: amount?\nBo: $90M',
      {
        target_amount: 90e6,
        max_criticality: 0.7,
      },
    ],
    ['Q: should we include the plants?\nA: not decided. Raise $77M for now.', { target_amount: 77e6 }],
    // A question that asks for a type with "only", and an answer naming types, still ask for them.
    ['Can we do warehouses only? $55M.', { target_amount: 55e6, asset_types: ['warehouse'] }],
    ['Ana: can we sell the labs?\nBo: no, just stores and offices. $45M.', { target_amount: 45e6, asset_types: ['office', 'retail'] }],
  ],
};

describeFamilies('types and assets: families, round 30', FAMILIES);
