import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-eighth round of wording families for the target and the floor: a floor asked about in a chat and answered
 * with a bare figure under a condition ("Dev: 80 if we have to trim") or by a speaker whose label carries a role and a
 * time ("Diane (Treasurer) 9:42: $105M"), a floor said as where to stop if the raise comes up short, the ask corrected
 * on a later chat line that sets the old figure aside ("sorry, $175M - 215 was last quarter's draft", "not $80M - make
 * it $86M"), a past occasion's figure named at the opening of its sentence ("Last time, in 2022, we raised $60M"), an
 * earlier draft's floor replaced by the final one, and a figure the brief says to ignore. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a chat floor answered with a bare figure under a condition ("Dev: 80 if we have to trim")': [
    [
      '[10:01] Maya: size?\n[10:02] Tom: 140M\n[10:02] Maya: floor?\n[10:03] Tom: 115 if we have to trim',
      { target_amount: 140e6, floor_amount: 115e6 },
    ],
    ['Ana: how big?\nLuis: $66M\nAna: minimum?\nLuis: 52 if we must', { target_amount: 66e6, floor_amount: 52e6 }],
    // A bare answer to a question about a limit is no floor.
    ['Ana: how big?\nLuis: $66M\nAna: min rent cover?\nLuis: 2 if we can', { target_amount: 66e6 }],
  ],
  'a chat floor answered by a speaker labelled with a role and a time ("Diane (Treasurer) 9:42: $105M")': [
    ['Nora (CFO) 8:10: for the program - $150M\nKai 8:11: floor?\nNora (CFO) 8:12: $128M', { target_amount: 150e6, floor_amount: 128e6 }],
    ['Raj 4:05 PM: $72M please\nEve 4:06 PM: and the floor?\nRaj 4:07 PM: $61M', { target_amount: 72e6, floor_amount: 61e6 }],
    // Another question answered the same way names no floor.
    ['Nora (CFO) 8:10: $150M\nKai 8:11: why now?\nNora (CFO) 8:12: $128M of notes mature in June', { target_amount: 150e6 }],
  ],
  'a floor said as where to stop if the raise comes up short ("stop at $100M if we come up short")': [
    ['[09:20] Lee: $135M for the program\n[09:21] Lee: stop at $112M if we come up short', { target_amount: 135e6, floor_amount: 112e6 }],
    ['Raise $74M; $63M if we fall short.', { target_amount: 74e6, floor_amount: 63e6 }],
    // A shortfall on a limit is no floor's.
    ['Raise $74M. Tell me what $5M of rent buys if we fall short on coverage.', { target_amount: 74e6 }],
  ],
  'the ask corrected on a later chat line that sets the old figure aside ("sorry, $175M - 215 was last quarter\'s draft")': [
    ["Iris 9:02 AM: let's size it at $190M\nIris 9:04 AM: sorry, $160M - 190 was the old plan", { target_amount: 160e6 }],
    ['Ben 3:10 PM: $95M\nBen 3:12 PM: \u21b3 not $95M - make it $102M', { target_amount: 102e6 }],
    ['Ben: $95M\nBen: not $95M, $88M', { target_amount: 88e6 }],
    // A figure set beside the ask with no past word stays the second figure.
    ['Raise $160M - 190 was never on the table.', { target_amount: 160e6 }],
  ],
  'a past occasion\'s figure named at the opening of its sentence ("Last time, in 2022, we raised $60M")': [
    ['Last time, in 2021, we raised $45M. This time we need $70M.', { target_amount: 70e6 }],
    ['Two years ago, the company sold three stores for $30M. Now raise $84M.', { target_amount: 84e6 }],
    // An occasion still to come is no past one.
    ['Next time, we raise $50M.', { target_amount: 50e6 }],
  ],
  'an earlier draft\'s floor replaced by the final one ("A first draft had the floor at $100M; the final floor is $90M")': [
    ['Target $140M. An earlier draft had the floor at $125M; the final floor is $118M.', { target_amount: 140e6, floor_amount: 118e6 }],
    ['Raise $60M. The first version put the floor at $50M; the final floor is $45M.', { target_amount: 60e6, floor_amount: 45e6 }],
    // A draft's figure that nothing replaces still stands.
    ['Raise $60M. The first draft had the floor at $50M.', { target_amount: 60e6, floor_amount: 50e6 }],
  ],
  'a figure the brief says to ignore ("The buyer\'s counter at $92M is just market talk - ignore it")': [
    ["The buyer's counter at $88M for Phoenix is just market talk - ignore it. Raise $120M.", { target_amount: 120e6 }],
    ['The $300M in the press, disregard that; we need $210M.', { target_amount: 210e6 }],
    // Ignoring something else leaves the figure the ask.
    ['Raise $120M and ignore the noise in the press.', { target_amount: 120e6 }],
  ],
};

describeFamilies('the twenty-eighth round of target and floor families', FAMILIES);
