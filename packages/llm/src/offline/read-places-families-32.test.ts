import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-second round of wording families for the markets: lines that say where a message comes from (a greeting
 * from a team with its place in brackets, a note's title with its place, a role's place then "here", a closing's name
 * and role or name "from the Dallas office", a form's "Your office:"), a person named with their place in brackets
 * ("- Sergio (Newark)"), and a head of a department or the leader of a
 * region introducing themselves; another party's place in brackets ("our auditors (they're in Newark)") and an offer
 * of help about a place's buildings ("happy to share detail on the Phoenix sites"); a named building placed near a
 * market ("the Groveport warehouse just outside Columbus") and the trade a building serves ("too important to the
 * Atlanta routes"); an earlier deal with its place in a bracket ("our previous leaseback (Dallas, 2019)"); refusals to
 * take anything out of a market, or a penny from it, its buildings "not part of it - none of them", and a refusal kept
 * apart from a score limit after it; a label's list split by bars; a question what to exclude answered on the next line
 * by the list alone; and a quoted exclusion left standing when the reply corrects another figure. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lines that say where a message comes from ("Hello - from Group Tax (Dallas).", "Treasury memo, Phoenix:")': [
    ['Hello - from Group Tax (Dallas). Raise $64M.', { target_amount: 64e6 }],
    ['Treasury memo, Phoenix:\nRaise $64M.', { target_amount: 64e6 }],
    ['Hi, FP&A Houston here. Raise $64M.', { target_amount: 64e6 }],
    ['Raise $64M.\nKind regards, Sam - Tax, Columbus', { target_amount: 64e6 }],
    ['Raise $64M.\nCheers, Priya from the Newark office', { target_amount: 64e6 }],
    ['Raise $64M.\nMy office: Atlanta', { target_amount: 64e6 }],
    ['Raise $64M.\nBest regards, Ana - FP&A - Houston', { target_amount: 64e6 }],
    ['Hi all, from Group Treasury (Newark): raise $64M.', { target_amount: 64e6 }],
    // An ask beside the line of origin still stands.
    ['Hello - from Group Tax (Dallas). Raise $64M from Houston only.', { target_amount: 64e6, include_markets: ['Houston'] }],
    ['Raise $64M.\nThanks, Dallas only please', { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'a person named with their place in brackets ("- Sergio (Newark)", "Assignee: A. Nguyen (Houston)")': [
    ['Raise $64M.\n- Tomas (Phoenix)', { target_amount: 64e6 }],
    ['Raise $64M. Thanks - Ines, Tax (Chicago).', { target_amount: 64e6 }],
    ['Quick note from Bea (Houston): raise $64M.', { target_amount: 64e6 }],
    ['Owner: R. Silva (Dallas)\nRaise $64M.', { target_amount: 64e6 }],
    // A place in brackets after a place, or after a building, is no person's.
    ['Raise $64M from Texas (Houston) only.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M. Keep Marietta (Atlanta).', { target_amount: 64e6, exclude_asset_ids: ['ATL-04'] }],
  ],
  'a head of a department or the leader of a region introducing themselves ("I\'m the director of finance for the Houston region")': [
    ["I'm the director of finance for the Houston region. Raise $64M.", { target_amount: 64e6 }],
    ['I lead the Columbus team, but this covers everyone. Raise $64M.', { target_amount: 64e6 }],
    ['Head of FP&A, Dallas. Raise $64M.', { target_amount: 64e6 }],
    ['Hi, VP of operations in Newark here. Raise $64M.', { target_amount: 64e6 }],
    ["I'm the head of tax for the Atlanta office. Raise $64M.", { target_amount: 64e6 }],
    // The writer's own region ruled out by name is ruled out.
    ['I head up the Phoenix region. Raise $64M and exclude Phoenix.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
  ],
  'another party\'s place in brackets and help offered about a place ("our auditors (they\'re in Newark)", "ping me for numbers on Columbus")':
    [
      ["Raise $64M. Our auditors (they're in Newark) signed off.", { target_amount: 64e6 }],
      ['Raise $64M. The buyer (she is based in Dallas) asked about timing.', { target_amount: 64e6 }],
      ["Raise $64M. Our friends (they're in Newark) did this last year.", { target_amount: 64e6 }],
      ['Raise $64M. Happy to share detail on the Phoenix sites.', { target_amount: 64e6 }],
      ['Raise $64M. Ping me for numbers on Columbus.', { target_amount: 64e6 }],
      // A market ruled out beside the offer, or in a bracket of its own, is still ruled out.
      ['Raise $64M. Exclude the Phoenix sites; let me know if you need data.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
      ["Raise $64M. Exclude Houston (they're in Houston anyway).", { target_amount: 64e6, exclude_markets: ['Houston'] }],
    ],
  'a named building placed near a market, and the trade a building serves ("the Groveport warehouse just outside Columbus")': [
    ['Raise $64M. Keep the Groveport warehouse just outside Columbus.', { target_amount: 64e6, exclude_asset_ids: ['COL-02'] }],
    ["Raise $64M. Don't sell the Fontana Warehouse outside the Inland Empire.", { target_amount: 64e6, exclude_asset_ids: ['IE-02'] }],
    ['Raise $64M. Hold back our Tolleson DC near Phoenix.', { target_amount: 64e6, exclude_asset_ids: ['PHX-01'] }],
    ['Raise $64M. Keep the Wilmer DC near Dallas.', { target_amount: 64e6, exclude_asset_ids: ['DAL-02'] }],
    ['Raise $64M. Keep Marietta - too important to the Atlanta routes.', { target_amount: 64e6, exclude_asset_ids: ['ATL-04'] }],
    [
      'Raise $64M. Our Houston customers depend on the Baytown warehouse, so it stays.',
      { target_amount: 64e6, exclude_asset_ids: ['HOU-02'] },
    ],
    // A type in the plural outside a place rules the place out.
    ['Raise $64M from the warehouses outside Ohio.', { target_amount: 64e6, asset_types: ['warehouse'], exclude_markets: ['Columbus'] }],
  ],
  'an earlier deal with its place in a bracket ("our previous leaseback (Dallas, 2019)")': [
    ['Raise $64M. Our previous leaseback (Dallas, 2019) raised $40M.', { target_amount: 64e6 }],
    ['Raise $64M. The earlier program (2018, Houston) was smaller.', { target_amount: 64e6 }],
    ['Raise $64M. The last sale ($35M, Atlanta) closed in May.', { target_amount: 64e6 }],
    ['Raise $64M; our first SLB (Chicago, $50M) set the template.', { target_amount: 64e6 }],
    // This program's own bracket asks.
    ['Raise $64M. This program (Houston only).', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'refusals to take anything from a market ("don\'t take anything out of Newark", "not a penny from Phoenix")': [
    ["Raise $64M. Don't take anything out of Newark.", { target_amount: 64e6, exclude_markets: ['Newark'] }],
    ["Raise $64M. We can't take anything out of Ohio.", { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['Raise $64M. Not a penny from Phoenix.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M. Not a cent from Dallas.', { target_amount: 64e6, exclude_markets: ['Dallas'] }],
    ["Raise $64M. Dallas buildings aren't part of it - none of them.", { target_amount: 64e6, exclude_markets: ['Dallas'] }],
    [
      'Raise $64M. Nothing out of Atlanta, and nothing above 0.5 on the criticality score.',
      { target_amount: 64e6, exclude_markets: ['Atlanta'], max_criticality: 0.5 },
    ],
    // Money taken out of a market asks for it.
    ['Raise $64M. Take $30M out of Houston.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'a label\'s list split by bars ("Excluded markets: Atlanta | Newark")': [
    ['Excluded markets: Atlanta | Newark\nTarget: $64M', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Newark'] }],
    [
      'Target: $64M\nExcluded markets: Chicago | Phoenix | Dallas',
      { target_amount: 64e6, exclude_markets: ['Chicago', 'Phoenix', 'Dallas'] },
    ],
    ['Exclusions: Columbus | Houston\nRaise $64M.', { target_amount: 64e6, exclude_markets: ['Columbus', 'Houston'] }],
    // A bar after the list that opens another cell adds nothing to it; a label that asks keeps its list asked for.
    ['Raise $64M. Exclude Atlanta | Owner: Dallas team', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    ['Markets: Dallas | Houston\nRaise $64M.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a question what to exclude answered on the next line by the list alone ("> any markets to exclude?" then "Dallas, Phoenix.")': [
    ['> target $64M, any markets to exclude?\nDallas, Phoenix.', { target_amount: 64e6, exclude_markets: ['Dallas', 'Phoenix'] }],
    ['Which markets to exclude?\nHouston and Newark. Raise $64M.', { target_amount: 64e6, exclude_markets: ['Houston', 'Newark'] }],
    // An answer of none rules nothing out; a list with "only" asks for it.
    ['> target $64M, which markets to exclude?\nNone.', { target_amount: 64e6 }],
    ['> target $64M, any markets out?\nDallas only.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['Anything to exclude?\nTarget $64M, Dallas only.', { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'a quoted exclusion left standing when the reply corrects another figure': [
    [
      '> Target $70M, floor $60M, exclude Newark\nMake the floor $65M.',
      { target_amount: 70e6, floor_amount: 65e6, exclude_markets: ['Newark'] },
    ],
    [
      '> Target $70M, floor $60M, skip Houston\nFloor should be $65M. Rest as is.',
      { target_amount: 70e6, floor_amount: 65e6, exclude_markets: ['Houston'] },
    ],
    ['> Target $70M, exclude Chicago and Dallas\nTarget should be $75M.', { target_amount: 75e6, exclude_markets: ['Chicago', 'Dallas'] }],
    [
      '> Target $70M, floor $60M, exclude Phoenix\nFloor $65M, and exclude Newark too.',
      { target_amount: 70e6, floor_amount: 65e6, exclude_markets: ['Phoenix', 'Newark'] },
    ],
  ],
};

describeFamilies('places: families, round 32', FAMILIES);
