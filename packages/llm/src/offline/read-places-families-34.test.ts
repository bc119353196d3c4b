import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fourth round of wording families for the markets: the writer's place in a closing bracket after an initial
 * or a team ("Thanks, Jo (RK, Phoenix office)", "- Sam (COO office, Newark)"), a name's bracket before "here", a dash
 * that closes the text with a team and a place but no comma between them ("- Lee, Tax Chicago"), an office of a chief
 * as a role ("CEO office, Houston."), a department such as people ops or corporate development, and a home town said
 * not to be a requirement; an earlier amount placed with its year or as a plan in mind ("we did $50M in 2020 out of
 * Dallas"); places ruled out by "don't pull anything from", by "outside ... only", by a form's "Exclude mkts:", and by
 * people placed there who ask for their markets to be kept out; a region cited to the "U.S. Census Bureau", a Census
 * bracket before "only", and a loose "the South" with none of the sale there; and place names scanned with a zero
 * for an o or a one for an i between two consonants ("Chicag0", "Ph0enix", "Ch1cago"). Every case states what it must
 * read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the writer\'s place in a closing or an opening with a team ("Thanks, Jo (RK, Phoenix office)", "CEO office, Houston.")': [
    ['Raise $64M with nothing mortgaged. Thanks, Jo (RK, Phoenix office)', { target_amount: 64e6, exclude_mortgaged: true }],
    ['Raise $64M. Cheers - Sam (COO office, Newark)', { target_amount: 64e6 }],
    ['Hello all, Dev (Corporate Development, Houston) here.\nRaise $64M.', { target_amount: 64e6 }],
    ['Raise $64M. Keep Newark out. - Lee, Tax Chicago', { target_amount: 64e6, exclude_markets: ['Newark'] }],
    ['CEO office, Houston. Raise $64M.', { target_amount: 64e6 }],
    ["COO's office, Atlanta. Raise $64M.", { target_amount: 64e6 }],
    ['Head of people ops, Dallas office. Raise $64M.', { target_amount: 64e6 }],
    ['Board member from Phoenix (home town, not a requirement). Raise $64M.', { target_amount: 64e6 }],
    // A bracket that rules out or asks, and a closing that asks, still read.
    ['Raise $64M. Thanks, Jo (RK, Phoenix excluded)', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M - Dallas only', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['CEO office. Raise $64M from Houston.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'an earlier amount placed with its year or as a plan in mind ("we did $50M in 2020 out of Dallas")': [
    ['We did $50M in 2020 out of Dallas. Now raise $64M.', { target_amount: 64e6 }],
    ['They raised $70M back in 2019 from Houston; we need $64M.', { target_amount: 64e6 }],
    ["We had $80M in mind last year from Newark; today's ask is $64M.", { target_amount: 64e6 }],
    // Money asked from a place now still asks for it.
    ['Raise $64M out of Dallas.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['We did $50M in 2020. Raise $64M from Houston only.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'places ruled out by "don\'t pull anything from", "outside ... only", "Exclude mkts:" and people\'s "their markets"': [
    ["Raise $64M. Don't pull anything from Dallas or Phoenix.", { target_amount: 64e6, exclude_markets: ['Dallas', 'Phoenix'] }],
    ['Raise $64M; please do not take any buildings from Houston.', { target_amount: 64e6, exclude_markets: ['Houston'] }],
    ['Raise $64M. Sites outside Texas and Ohio only.', { target_amount: 64e6, exclude_markets: ['Columbus', 'Dallas', 'Houston'] }],
    ['Raise $64M from assets outside of Illinois and Arizona only.', { target_amount: 64e6, exclude_markets: ['Chicago', 'Phoenix'] }],
    ['Ask $64M | Exclude mkts: Newark; Dallas', { target_amount: 64e6, exclude_markets: ['Dallas', 'Newark'] }],
    [
      'Raise $64M. The plant managers in Texas and Ohio want their sites left out of it.',
      { target_amount: 64e6, exclude_markets: ['Columbus', 'Dallas', 'Houston'] },
    ],
    [
      'Our regional heads at Newark and Phoenix asked us to keep their markets out. Raise $64M.',
      { target_amount: 64e6, exclude_markets: ['Newark', 'Phoenix'] },
    ],
    // A pull of money from a place, and "only" after a list that no "outside" opens, still ask for it.
    ['Pull $64M from Dallas.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    [
      'Raise $64M: no labs and Georgia sites only.',
      {
        target_amount: 64e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'data_center', 'retail'],
        include_markets: ['Atlanta'],
      },
    ],
  ],
  'a region cited to the U.S. Census Bureau, a Census bracket before "only", and "none from the South"': [
    [
      'Raise $64M from properties located in the Midwest (U.S. Census Bureau definition).',
      { target_amount: 64e6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Raise $64M in the South (Census def) only.', { target_amount: 64e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Run $64M for the Northeast (per the Census) only.', { target_amount: 64e6, include_markets: ['Newark'] }],
    ['Raise $64M, none from the South.', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Raise $64M with nothing in the West.', { target_amount: 64e6, exclude_markets: ['Inland Empire', 'Phoenix'] }],
    // A loose "the South" that rules nothing out stays unread.
    ['Raise $64M; our buyers are mostly in the South.', { target_amount: 64e6 }],
    ['Raise $64M; we have had no buyers from the South yet.', { target_amount: 64e6 }],
  ],
  'place names scanned with a zero for an o or a one for an i ("Chicag0", "Ch1cago")': [
    ['Target $64M\nMarkets: H0uston and Dallas only', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Target $64M; exc1ude Ph0enix', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Target $64M; Ch1cago + Columbus only', { target_amount: 64e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Target $64M. No sites in Phoen1x.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['NEWARK 0NLY. TARGET $64M.', { target_amount: 64e6, include_markets: ['Newark'] }],
    // Codes and years with a zero or a one are left as written.
    ['Target $64M; FY20 plan; exclude DAL-01.', { target_amount: 64e6, exclude_asset_ids: ['DAL-01'] }],
  ],
};

describeFamilies('reading markets: thirty-fourth round of wording families', FAMILIES);
