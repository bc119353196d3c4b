import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-first round of wording families for the target, the floor and the search: the search by a plain name (the
 * solver, a full solve, the quick method, an optimum nobody needs); an optimiser run put off to a later paper; a floor
 * set anew on a later line of a thread; a floor answered in a chat and then refused on a reply line; a cap's figure
 * refused on a reply line; the ask let go down to a bare figure; an amount said before and the right one named, one
 * mistyped, one taken back with "wait no" and one amended in a bracket; a transcript's numbered speaker answering a
 * floor question, and a question asked after a settled figure on its line; a scanned scale word one character long;
 * settings as JSON objects naming their field apart from its value; and the floor set by name with "make it". Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the search by a plain name': [
    ['Raise $70M and run it through the solver.', { target_amount: 70e6, strategy: 'exact' }],
    ['$95M please, go with the solver.', { target_amount: 95e6, strategy: 'exact' }],
    ['Can we do $40M? Full solve this time.', { target_amount: 40e6, strategy: 'exact' }],
    ['Raise $65M. Take the fast route for this one.', { target_amount: 65e6, strategy: 'greedy' }],
    ['$58M; stick with the simple approach.', { target_amount: 58e6, strategy: 'greedy' }],
    ['$72M. No one needs the optimal set here.', { target_amount: 72e6, strategy: 'greedy' }],
    // Turning the solver down asks for the ranking rule, and the solver only told of asks for nothing.
    ['Raise $50M. No need for the solver.', { target_amount: 50e6, strategy: 'greedy' }],
    ['Raise $50M. Ask the solver team about timing.', { target_amount: 50e6 }],
  ],
  'an optimiser run put off to a later paper': [
    ['Raise $120M. Greedy is fine for the memo; the optimiser run can follow later.', { target_amount: 120e6, strategy: 'greedy' }],
    ['Raise $85M with the greedy rule - an exact solve may come afterwards.', { target_amount: 85e6, strategy: 'greedy' }],
    // The optimiser asked for now is still asked for.
    ['Raise $85M with the optimiser.', { target_amount: 85e6, strategy: 'exact' }],
  ],
  'a floor set anew on a later line of a thread': [
    ['Rui 9:10: ask $110M, floor $95M\nLia 9:14: ↳ floor should be $90M per the CFO', { target_amount: 110e6, floor_amount: 90e6 }],
    ['Rui: target $80M, floor $60M\nLia 4:02 PM: correction: floor should be $55M', { target_amount: 80e6, floor_amount: 55e6 }],
    // A second floor with no word of correction keeps the highest.
    ['Rui: target $80M, floor $60M\nLia: floor $65M', { target_amount: 80e6, floor_amount: 65e6 }],
  ],
  'a floor answered in a chat, then refused on a reply line': [
    ['Ola: ask is $130M\nMo: floor?\nOla: $100M\n↳ Tess: not $100M - make it $110M', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Ola: ask?\nMo: $75M\nOla: floor?\nMo: 60 if we must\nTess: ↳ not $60M - make it $64M', { target_amount: 75e6, floor_amount: 64e6 }],
  ],
  "a cap's figure refused on a reply line": [
    ['Ned: target $90M, new rent max $7M\nAmy: ↳ not $7M - make it $8M', { target_amount: 90e6, max_rent_added: 7e6 }],
    // The ask's own figure refused is corrected.
    ['Ned: target $90M\nAmy: ↳ not $90M - make it $95M', { target_amount: 95e6 }],
  ],
  'the ask let go down to a bare figure': [
    ['we want 90m, could drop to 75 if needed.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Ask is USD 120m; we can go as low as 100 at a stretch.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['Raise $60M - we could live with fifty in a pinch.', { target_amount: 60e6, floor_amount: 50e6 }],
    // A limit's figure, or a term, let go up to is no floor.
    ['Raise $60M; the term could go to 20 if needed.', { target_amount: 60e6 }],
    ['Raise $60M; new rent can go to 12 if needed.', { target_amount: 60e6 }],
  ],
  'an amount said before, and the right one named': [
    ['Earlier I wrote $70M; the right figure is $77M.', { target_amount: 77e6 }],
    ['We gave $45M last time, but the correct amount is $48M.', { target_amount: 48e6 }],
    ['Raise USD 2.1bn - oops, fat-fingered, USD 210m.', { target_amount: 210e6 }],
    ['Ken: do $140M\nKen: hang on, no - treasury only needs $125M', { target_amount: 125e6 }],
    ['- Programme: $60M (revised by the board: $66M)', { target_amount: 66e6 }],
    // An amount said without the right one named stands.
    ['I said $70M on the call and that stands.', { target_amount: 70e6 }],
  ],
  "a transcript's numbered speaker, and a question after a settled figure": [
    ['Speaker 1: ninety million.\nSpeaker 2: Any floor?\nSpeaker 1: $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Ann: $70M?\nBo: 70 it is. floor?\nAnn: 55', { target_amount: 70e6, floor_amount: 55e6 }],
    // A question proposing a figure still takes the answer's.
    ['Ann: amount 70m?\nBo: 75m', { target_amount: 75e6 }],
  ],
  'a scanned scale word one character long': [
    ['Raise $ 9O rnillion, minimum $ 8O rnillion.', { target_amount: 90e6, floor_amount: 80e6 }],
    ['Amount: USD l2O mil lion', { target_amount: 120e6 }],
    ['Raise $ 1OOM.', { target_amount: 100e6 }],
  ],
  'settings as JSON objects naming their field apart from its value': [
    ['[{"field":"target","value":"USD 140m"},{"field":"floor","value":"USD 120m"}]', { target_amount: 140e6, floor_amount: 120e6 }],
    ['[{"name": "ask", "value": "$85M"}, {"name": "fccr_min", "value": "1.9x"}]', { target_amount: 85e6, min_fixed_charge_coverage: 1.9 }],
    ['{"target": {"amount": 75, "unit": "USD m"}}', { target_amount: 75e6 }],
    // A figure with a unit that is no currency is no amount.
    ['{"target": "$75M", "buildings": {"amount": 12, "unit": "sites"}}', { target_amount: 75e6 }],
  ],
  'the floor set by name with "make it"': [
    [
      'OK with the draft except the floor - make it $85M.\n\n> Draft: target $100M, floor $80M.',
      { target_amount: 100e6, floor_amount: 85e6 },
    ],
  ],
};

describeFamilies('target, floor and search families, round 41', FAMILIES);
