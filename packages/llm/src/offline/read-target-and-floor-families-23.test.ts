import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-third round of wording families for the ask and its floor: the floor said as where to stop when the ask
 * falls short ("if we can't get there, $90M", "if it has to come down, not below 95M", "if we must trim, stop at
 * $80M", "Floor if market softens: $120M"), also after an ask someone else said; and a floor's label on a form or a
 * checklist, with its currency in brackets ("Least acceptable (USD): 96,000,000") or marked settled ("Floor
 * confirmed: $125M"); and the ask corrected on a later line of notes or a thread ("CFO (later): make it $135M",
 * "(edited) target 65M", "Email 2 (Tue): revise target to $126M"); an amount beside the ask that is not it (another
 * company's deal by its possessive, what the sale pays for, a ceiling authorized, the company's debt or earnings); and
 * a figure written out in full before the next item's letter. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor where to stop when the ask falls short ("if we can\'t get there, $90M", "if we must trim, stop at $80M")': [
    ['Aim for $130M. If we cannot reach it, $105M.', { target_amount: 130e6, floor_amount: 105e6 }],
    ['We want $75M; should the target have to come down, no lower than $60M.', { target_amount: 75e6, floor_amount: 60e6 }],
    ['Go for $200M, and if we need to scale back, stop at $170M.', { target_amount: 200e6, floor_amount: 170e6 }],
    ["$88M please. If demand comes in soft, we'd settle for $70M.", { target_amount: 88e6, floor_amount: 70e6 }],
    ['Fallback if bids are light: $45M. Target $60M.', { target_amount: 60e6, floor_amount: 45e6 }],
    // The ask someone else gave stays the ask: the figure after the fallback condition is no replacement.
    ['The client told us raise $140M but if it has to come down, not below $115M.', { target_amount: 140e6, floor_amount: 115e6 }],
    // A condition of falling short with no figure after it, or in another sentence, sets no floor.
    ["Raise $90M. If we can't get there, tell me why.", { target_amount: 90e6 }],
    ["If we can't get there on $50M, the board wants a call. Raise $50M.", { target_amount: 50e6 }],
    ["Target $100M. Last year, if we couldn't get there, we stopped at $80M.", { target_amount: 100e6 }],
  ],
  'a floor\'s label on a form or a checklist ("Least acceptable (USD): 96,000,000", "Floor confirmed: $125M")': [
    ['Request form\nTarget amount (USD): 64,000,000\nLeast acceptable (USD m): 52', { target_amount: 64e6, floor_amount: 52e6 }],
    ['Checklist\n- Target agreed: $110M\n- Floor agreed: $95M', { target_amount: 110e6, floor_amount: 95e6 }],
    ['Minimum approved: $70M. Target $85M.', { target_amount: 85e6, floor_amount: 70e6 }],
    // A floor asked about, or only the target settled, names no floor.
    ['Floor confirmed? Not yet. Target $85M.', { target_amount: 85e6 }],
    ['Target confirmed: $85M.', { target_amount: 85e6 }],
  ],
  'the ask corrected on a later line of notes or a thread ("CFO (later): make it $135M", "(edited) target 65M")': [
    ['Thread\nAnna: target $80M\nBen: make it $95M', { target_amount: 95e6 }],
    ['Memo v1: ask $70M\nMemo v2 (Fri): change the amount to $64M', { target_amount: 64e6 }],
    ['Call notes\nTreasurer: $120M\nCorrection from the CFO: the ask should be $112M', { target_amount: 112e6 }],
    ['Notes\nGoal $60M\nCFO (Thu): (edited) target $58M', { target_amount: 58e6 }],
    // "make it" with a figure far from the ask may correct some other figure; with no figure, it corrects nothing.
    ['Raise $100M\nLater: make it $9M', { target_amount: 100e6 }],
    ['Kim: target $90M\nLee: make it a quick one, $90M is fine', { target_amount: 90e6 }],
    ['Make it $45M. That is the ask.', { target_amount: 45e6 }],
  ],
  'an amount beside the ask that is not it ("competitor\'s SLB ($500M)", "fund a $300M special dividend", "authorizes up to $250M", "$2.2bn is our total debt")':
    [
      ["A rival's leaseback ($650M, last spring) came up. Ours: $140M.", { target_amount: 140e6 }],
      ['Sell enough to finance the $120M acquisition; the leaseback itself should bring in $80M.', { target_amount: 80e6 }],
      ['The credit agreement permits up to $400M of asset sales, but this run is for $210M.', { target_amount: 210e6 }],
      ['$900M is about our annual revenue; we want $60M from the sale.', { target_amount: 60e6 }],
      // Alone, each is still the ask.
      ['We need $75M to fund the expansion.', { target_amount: 75e6 }],
      ['The committee approved up to $130M.', { target_amount: 130e6 }],
    ],
  'a figure written out in full before the next item\'s letter ("$145,000,000" then "B. Floor"): the letter is no scale': [
    ['Request\n1) Target: $55,000,000\nB) Floor: $40,000,000', { target_amount: 55e6, floor_amount: 40e6 }],
    ['Form\nA. Ask: $72,000,000\nM. Leases: 15 years', { target_amount: 72e6, economics: { lease_term_years: 15 } }],
    // A scale on the figure's own line is still its scale.
    ['Form\nA. Ask: $72 M\nB. Leases: 15 years', { target_amount: 72e6, economics: { lease_term_years: 15 } }],
  ],
};

describeFamilies('reads the ask and its floor in the wordings of round twenty-three', FAMILIES);
