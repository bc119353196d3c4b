import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-sixth round of wording families for the markets: people, a place's unit or a firm's office shown with
 * where they sit as they speak or review ("our bankers in Dallas asked", "the Phoenix office wondered", "our appraisers
 * (Columbus office) noted", "the lender's Houston team will review"); a trip, where a text was drafted and a meeting's
 * line ("(Dallas site visit)", "drafted in Newark", "Next: board call Friday, Atlanta", "Venue: Chicago boardroom");
 * credit lines of a region's lead, a site's contact, an agent, where a form was submitted from and the business unit
 * asking, and closings "Sent from my tablet, Houston" and "-- Priya, Head of Group Treasury, Newark"; several places
 * before a team's role ("Ohio and Illinois team lead here"); a place said to have nothing to do with which buildings
 * are picked, or a past sale said after a comma to be not relevant; places ruled out by a list line's "out" with its
 * reason, by "don't sell there" and by "those two states"; "keep it US GAAP", which rules nothing out; and a question
 * about ruling a place out answered no. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'people, a unit or a firm placed as they speak or review ("our bankers in Dallas asked", "(Columbus office) noted")': [
    ['Raise $58M. Our bankers in Dallas asked whether the plants could go too; we will decide later.', { target_amount: 58e6 }],
    ['Raise $58M. A tax colleague in Newark says the timing works for Q3.', { target_amount: 58e6 }],
    ['Raise $58M. The Phoenix office wondered if we could move faster.', { target_amount: 58e6 }],
    ['Raise $58M. Our appraisers (Columbus office) noted that cap rates have widened.', { target_amount: 58e6 }],
    ["Raise $58M. The lender's Houston team will review the lease drafts.", { target_amount: 58e6 }],
    ['Raise $58M. Someone at Atlanta asked me about the schedule.', { target_amount: 58e6 }],
    // An ask before the party still reads; what the party says is read on its own; a place's sites are asked for.
    ['Raise $58M from Dallas only; our lawyers in Chicago asked about timing.', { target_amount: 58e6, include_markets: ['Dallas'] }],
    ['Raise $58M. Our lawyers in Chicago say to exclude Phoenix.', { target_amount: 58e6, exclude_markets: ['Phoenix'] }],
    ['Raise $58M. The Chicago sites are fine.', { target_amount: 58e6, include_markets: ['Chicago'] }],
  ],
  'a trip, where a text was drafted, and a meeting\'s line ("(Dallas site visit)", "Next: board call Friday, Atlanta")': [
    ['Raise $58M. Back Tuesday (Dallas site visit).', { target_amount: 58e6 }],
    ["Raise $58M. I'm on the Houston roadshow all week.", { target_amount: 58e6 }],
    ['target: 58000000\nnotes: drafted in Newark', { target_amount: 58e6 }],
    ['Agenda\n1. SLB target $58M.\n2. Next: board call Friday, Atlanta.', { target_amount: 58e6 }],
    ['Minutes\nDate: 3 May | Venue: Chicago boardroom\n- Target $58M.', { target_amount: 58e6 }],
    // A "Next:" line that asks still reads.
    ['Agenda\n1. SLB target $58M.\n2. Next: sell Atlanta first.', { target_amount: 58e6, include_markets: ['Atlanta'] }],
  ],
  'credit lines and closings: a region\'s lead, a site\'s contact, an agent, "Submitted from:", a business unit, "Sent from my tablet, Houston"':
    [
      ['Request\nTarget: $58M\nRegional lead: Phoenix', { target_amount: 58e6 }],
      ['Request\nTarget: $58M\nSite contact: Omar (Columbus)', { target_amount: 58e6 }],
      ['Target: $58M\nListing agent: Marcus & Reed, Dallas', { target_amount: 58e6 }],
      ['Target: $58M\nSubmitted from: Atlanta treasury', { target_amount: 58e6 }],
      ['Target: $58M\nBusiness unit: Central Region (Chicago)', { target_amount: 58e6 }],
      ['Raise $58M please. Sent from my tablet, Houston', { target_amount: 58e6 }],
      ['Raise $58M.\n-- Priya, Head of Group Treasury, Newark', { target_amount: 58e6 }],
      // A credit line that asks still reads.
      ['Target: $58M\nRegion lead: Dallas - only Texas assets', { target_amount: 58e6, include_markets: ['Dallas', 'Houston'] }],
    ],
  'several places before a team\'s role ("Ohio and Illinois team lead here")': [
    ['Ohio and Illinois team lead here. Raise $58M.', { target_amount: 58e6 }],
    ['Dallas/Phoenix region heads. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a place said to have nothing to do with the pick, or a past sale "not relevant here" after a comma': [
    ['Raise $58M. Our broker sits in Dallas, but that has nothing to do with which buildings are picked.', { target_amount: 58e6 }],
    ['Raise $58M. We sold two warehouses in Phoenix in 2022, not relevant here.', { target_amount: 58e6 }],
  ],
  'places ruled out by a list line\'s "out" with its reason, by "don\'t sell there" and by "those two states"': [
    [
      'Summary\n- Raise $58M\n- Newark out (port lease dispute)\n- Max 30% per market',
      { target_amount: 58e6, exclude_markets: ['Newark'], max_market_share: 0.3 },
    ],
    ['Summary\n- Raise $58M\n- Phoenix out - heat stress on roofs', { target_amount: 58e6, exclude_markets: ['Phoenix'] }],
    [
      "Raise $58M. Columbus and Newark both face rezoning, so don't sell there.",
      { target_amount: 58e6, exclude_markets: ['Columbus', 'Newark'] },
    ],
    ['Raise $58M. Houston has flood exposure; no sales there.', { target_amount: 58e6, exclude_markets: ['Houston'] }],
    [
      'Raise $58M. Our regulators in Arizona and Ohio have open reviews, so exclude any assets in those two states.',
      { target_amount: 58e6, exclude_markets: ['Columbus', 'Phoenix'] },
    ],
    [
      'Raise $58M. Dallas and Atlanta are under redevelopment plans - leave out those markets.',
      { target_amount: 58e6, exclude_markets: ['Atlanta', 'Dallas'] },
    ],
    // "there" that is no order, and "those states" kept in, still ask for the places.
    ['Raise $58M from Phoenix; there is plenty of stock there.', { target_amount: 58e6, include_markets: ['Phoenix'] }],
    [
      'Raise $58M. We like Texas and Georgia; focus on those states.',
      { target_amount: 58e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] },
    ],
  ],
  '"keep it US GAAP" rules nothing out, and a question about ruling a place out answered no': [
    [
      'Raise $58M from Ohio sites alone. Keep it US GAAP.',
      { target_amount: 58e6, include_markets: ['Columbus'], economics: { accounting_basis: 'us_gaap' } },
    ],
    [
      'Raise $58M from Dallas. Keep it IFRS.',
      { target_amount: 58e6, include_markets: ['Dallas'], economics: { accounting_basis: 'ifrs16' } },
    ],
    [
      'Raise $58M. Exclude Phoenix. (Lee asked whether to exclude Dallas too - the answer is no.)',
      { target_amount: 58e6, exclude_markets: ['Phoenix'] },
    ],
    ['Raise $58M. Ana asked if we should drop Houston as well; answer: no.', { target_amount: 58e6 }],
    // Answered yes, or asked of no one, the place is ruled out.
    ['Raise $58M. Ana asked if we should drop Houston as well; answer: yes.', { target_amount: 58e6, exclude_markets: ['Houston'] }],
    ['Raise $58M. Keep it to Dallas.', { target_amount: 58e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading markets: thirty-sixth round of wording families', FAMILIES);
