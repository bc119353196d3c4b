import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-third round of wording families for markets, states and regions: a region kept to or named as where to
 * sell ("keep to the South", "the Northeast is where we'd like to sell", "West region only"); a region left out, or
 * none of the money to come from it ("leave out the South", "none of it should come from the Northeast"); a note's
 * bare "out" ending its line, and "out of it" after a place ("Georgia out", "wants Ohio out of it"); who raised a
 * request and where a contact sits ("Submitted by: Dallas treasury", "Name: ... | City: Houston", a contact table);
 * a closing's place ("Cheers, Dana (Houston office)", "Sent from Chicago"); and where a meeting is held or an attendee
 * sits ("(held in Atlanta)", "Dallas workshop", "Present: ... (Houston)"). Every case states what it must read; a field
 * it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a region kept to or named as where to sell ("keep to the South", "the Northeast is where we\'d like to sell")': [
    ['Raise $55M and keep to the South (Census definition).', { target_amount: 55e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ["Let's keep it Northeast this time. $35M.", { target_amount: 35e6, include_markets: ['Newark'] }],
    [
      'The Midwest (per the Census) is where we would like to sell. $60M.',
      { target_amount: 60e6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Run it at $45M, South region only (Census).', { target_amount: 45e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    // "keep the Midwest" retains it, and a region said to be where the company grows asks for nothing.
    ['Raise $50M. The Midwest is where we grow fastest.', { target_amount: 50e6 }],
  ],
  'a region left out, or none of the money to come from it ("leave out the South", "none of it from the Northeast")': [
    ['Raise $65M and leave out the South (Census).', { target_amount: 65e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['$70M, but carve out the Midwest.', { target_amount: 70e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['We need $80M; none of it should come from the Northeast.', { target_amount: 80e6, exclude_markets: ['Newark'] }],
    ['Raise $40M and keep it out of the Midwest.', { target_amount: 40e6, exclude_markets: ['Chicago', 'Columbus'] }],
    // Money said to come from a region asks for it.
    ['Raise $50M; most of it should come from the Midwest only.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
  'a note\'s bare "out" ending its line, and "out of it" after a place ("Georgia out", "wants Ohio out of it")': [
    ['Georgia out\nArizona out\nTarget $90M', { target_amount: 90e6, exclude_markets: ['Atlanta', 'Phoenix'] }],
    ['Midwest out\n$75M', { target_amount: 75e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['The board wants Ohio out of it. $60M.', { target_amount: 60e6, exclude_markets: ['Columbus'] }],
    // "out" that runs on, or money taken "out of" a place, rules nothing out.
    ['Raise $50M out of Houston.', { target_amount: 50e6, include_markets: ['Houston'] }],
  ],
  'who raised a request and where a contact sits ("Submitted by: Dallas treasury", "Name: ... | City: Houston")': [
    ['Submitted by: Dallas treasury team\nAsk: $40M from warehouses', { target_amount: 40e6, asset_types: ['warehouse'] }],
    ['Reported by: Newark controller\nTarget: $55M', { target_amount: 55e6 }],
    ['Name: Ola Berg | Role: Analyst | City: Houston\nTarget $45M', { target_amount: 45e6 }],
    ['Contact | Role | City\nT. Ruiz | Controller | Phoenix\n\nTarget $30M', { target_amount: 30e6 }],
    // A label of the ask itself still asks; a location label on a line naming nobody is the ask's.
    ['Raised by: CFO\nMarkets: Atlanta only\nTarget $50M', { target_amount: 50e6, include_markets: ['Atlanta'] }],
    ['Location: Chicago\nTarget $50M', { target_amount: 50e6, include_markets: ['Chicago'] }],
  ],
  'a closing\'s place ("Cheers, Dana (Houston office)", "Sent from Chicago", "Treasurer | Northwind | Atlanta")': [
    ['Target $50M, greedy is fine.\nCheers, Dana (Houston office)', { target_amount: 50e6, strategy: 'greedy' }],
    ['Raise $35M please. Sent from my phone in Chicago', { target_amount: 35e6 }],
    ['Please raise $65M.\n\nL. Osei | Treasurer | Northwind | Atlanta, GA', { target_amount: 65e6 }],
    // A place ruled out after the closing, or a barred line that asks, is read.
    ['Raise $50M.\nCheers, Dana (Houston)\nP.S. please exclude Phoenix.', { target_amount: 50e6, exclude_markets: ['Phoenix'] }],
    ['Raise $40M.\nAnalyst | Phoenix only', { target_amount: 40e6, include_markets: ['Phoenix'] }],
    // A chat's speaker before a colon is no signature: the line still rules its place out.
    ['Target: $50M\nCFO: and nothing in Ohio.', { target_amount: 50e6, exclude_markets: ['Columbus'] }],
  ],
  'where a meeting is held or an attendee sits ("(held in Atlanta)", "Dallas workshop", "Present: ... (Houston)")': [
    ['Planning notes (held in Atlanta)\n- Target $70M\n- Greedy', { target_amount: 70e6, strategy: 'greedy' }],
    ['Dallas workshop, 12 March\nTarget: $55M', { target_amount: 55e6 }],
    ['Target $40M. The next call is in Newark.', { target_amount: 40e6 }],
    ['Present: CFO, Ana (Houston), Lee\nTarget $45M', { target_amount: 45e6 }],
    // Places joined before a gathering's word are what it is about: "Chicago / Columbus workshop" asks for both.
    ['Chicago / Columbus workshop: raise $60M there.', { target_amount: 60e6, include_markets: ['Chicago', 'Columbus'] }],
    // A sale placed somewhere is still read, even in minutes.
    ['Minutes\nThe sale is limited to Phoenix. $50M.', { target_amount: 50e6, include_markets: ['Phoenix'] }],
  ],
};

describeFamilies('reading markets, states and regions (families, round 23)', FAMILIES);
