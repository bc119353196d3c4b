import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fifth round of wording families for the markets: a place said to be beside the point ("our lender sits in
 * Atlanta but that's irrelevant", "a vendor based in Phoenix — unrelated", "(no bearing on selection)", "that shouldn't
 * affect which assets are chosen", "(it's in Atlanta, for what it's worth)"); people shown with where they sit, in a
 * form's or a ticket's credit line ("Completed by:", "Watchers:", "Cc:", "Adviser:", "Zendesk #123, from:"), as a first
 * name with a bracketed place and a task ("Jen (Atlanta) to circulate minutes"), as a group with a bracket of places
 * ("site leads (Dallas/Houston)"), and as a writer who says what they do or that it is them ("Hello from the Atlanta
 * office (I handle vendor contracts)", "From the Houston site (that's me, Karen):", "Auditor, Newark engagement
 * office."); a deal with its sum and its place closed in a bracket as over ("$55M, Phoenix (closed)"); and places ruled
 * out by "don't bother with", by a snake-case key with an equals sign ("exclude_markets=Phoenix") and by the answer to
 * "exclude list?". Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a place said to be beside the point ("that\'s irrelevant", "— unrelated", "no bearing on", "for what it\'s worth")': [
    ['Our broker is in Dallas, but that is irrelevant. Raise $64M.', { target_amount: 64e6 }],
    ["The appraiser we use is in Newark; it's unrelated. Raise $64M.", { target_amount: 64e6 }],
    ['Raise $64M. Our counsel sits in Columbus — unrelated to the sale.', { target_amount: 64e6 }],
    ['The committee chair lives in Phoenix (no bearing on the choice). Raise $64M.', { target_amount: 64e6 }],
    ["Raise $64M. The lender's office is in Chicago; that should not affect which buildings go.", { target_amount: 64e6 }],
    ["Raise $64M. The offsite (in Houston, for what it's worth) is next month.", { target_amount: 64e6 }],
    // A place asked for beside such a remark is still asked for.
    ["Raise $64M from Dallas. Our lender sits in Atlanta, but that's irrelevant.", { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['Raise $64M, excluding Phoenix; our auditor is in Newark - unrelated.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M from Houston only.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'people shown with where they sit, in a credit line, a bracket or an introduction': [
    ['Request form\nTarget: $64M\nFilled in by: Omar P., Columbus', { target_amount: 64e6 }],
    ['Ticket\nTarget: $64M\nWatchers: @dallas-treasury', { target_amount: 64e6 }],
    ['From: Ana Lee\nSubject: SLB\nCc: tax (Newark office)\nRaise $64M please.', { target_amount: 64e6 }],
    ['Raise $64M.\nLegal adviser: Kirkland (Chicago)', { target_amount: 64e6 }],
    ['Jira #4410, from: Real Estate Ops (Houston)\nRaise $64M.', { target_amount: 64e6 }],
    ['Notes\n- Raise $64M\n- Priya (Phoenix) will send the model', { target_amount: 64e6 }],
    ['Raise $64M. Met the plant managers (Chicago, Columbus) to walk them through it.', { target_amount: 64e6 }],
    ['Hi from the Newark office (I look after leases). Raise $64M.', { target_amount: 64e6 }],
    ["From the Dallas team (that's me, Lou):\n- raise $64M", { target_amount: 64e6 }],
    ['Consultant, Phoenix engagement office. Raise $64M.', { target_amount: 64e6 }],
    // A credit line that asks, a bracket of places after an ask, and a place that is a place's name still read.
    ['Target: $64M\nCompleted by: Omar P. - only Texas', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M from the markets (Dallas/Houston) only.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M. Exclude (Phoenix) to be safe.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
  ],
  'a deal with its sum and its place closed in a bracket as over ("$55M, Phoenix (closed)")': [
    ["Last year's deal: $48M, Newark (done)\nThis year's ask: $64M", { target_amount: 64e6 }],
    ["Minutes. The committee noted a bidder's $150M for the Ohio sites (declined). Our ask: $64M.", { target_amount: 64e6 }],
    ['Prior raise: $70M, Atlanta (completed)\nThis round: $64M', { target_amount: 64e6 }],
    // A place asked for beside the sum of this deal still reads.
    ['Raise $64M from Atlanta.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
  ],
  'places ruled out by "don\'t bother with", "exclude_markets=" and the answer to "exclude list?"': [
    ["Raise $64M. Don't bother with Newark or Phoenix.", { target_amount: 64e6, exclude_markets: ['Newark', 'Phoenix'] }],
    ['Raise $64M; no need to bother with anything in Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['target=$64M; exclude_markets=Dallas,Newark', { target_amount: 64e6, exclude_markets: ['Dallas', 'Newark'] }],
    ['<kt> exclude list?\n<jo> Chicago and Atlanta\n<jo> target 64m', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Chicago'] }],
    // Bothering with a place, and a key that asks, ask for it.
    ['Raise $64M; please bother with Dallas first.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['target=$64M; include_markets=Houston', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'a portfolio building the program sells from, placed by its own metro ("from the Tolleson DC outside Phoenix")': [
    ['Raise $40M from the Tolleson DC outside Phoenix.', { target_amount: 40e6 }],
    ['Sell the Joliet DC outside Chicago for about $64M.', { target_amount: 64e6 }],
    ['We could raise $64M selling off our Grand Prairie warehouse near Dallas.', { target_amount: 64e6 }],
    // Kept back, the building is ruled out, not its market; a plural type outside a place still rules the place out.
    ['Raise $64M, but not from the Tolleson DC outside Phoenix: it stays.', { target_amount: 64e6, exclude_asset_ids: ['PHX-01'] }],
    ['Raise $64M from the warehouses outside Ohio.', { target_amount: 64e6, asset_types: ['warehouse'], exclude_markets: ['Columbus'] }],
  ],
};

describeFamilies('reading markets: thirty-fifth round of wording families', FAMILIES);
