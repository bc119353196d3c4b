import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A nineteenth round of wording families for places, types and assets: the writer's own place given as background (a
 * greeting from a place, a title with its place in a bracket, where someone is based); places and types in another
 * party's deal or in market talk; regions cited by their Census definition or kept to ("keep things to the Midwest",
 * "Midwest-only"), and a region's sites said not to be for sale; buildings ruled out one sentence after another ("Also
 * Kearny."); the writer's own building named after "my store"; a chat answer that agrees and adds a place; and a
 * pronoun that stands for a setting said not to matter. Every case states what it must read; a field it does not name
 * is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the writer\'s place as background ("Hi, from the Chicago sites", "Finance dir (Columbus):", "(based in Atlanta)")': [
    ['Hi, from the Houston team. Raise $80M.', { target_amount: 80e6 }],
    ['Hello from Newark! We need $60M.', { target_amount: 60e6 }],
    ['Ops dir (Atlanta): raise $75M.', { target_amount: 75e6 }],
    ["Treasury analyst from Columbus (just so you know who's asking). Target $90M.", { target_amount: 90e6 }],
    ['Writing for the CFO (based in Chicago). Target $100M.', { target_amount: 100e6 }],
    // A place the sale is asked from, after a greeting, is read.
    ['Hi team. Raise $80M from Houston.', { target_amount: 80e6, include_markets: ['Houston'] }],
    ['Hi, from the treasury team: raise $50M from Chicago only.', { target_amount: 50e6, include_markets: ['Chicago'] }],
  ],
  'places and types in another party\'s deal or in market talk ("Peer did a $400M SLB on their Texas DCs")': [
    ['Competitor sold its Chicago warehouses last year. We want $90M.', { target_amount: 90e6 }],
    ['Rival raised $200M from Atlanta offices. Our target: $80M.', { target_amount: 80e6 }],
    ['Target $70M. Our adviser mentioned a peer raising $150M in Houston, which is not relevant.', { target_amount: 70e6 }],
    ['Brokers quote 5.9% caps on Phoenix boxes (market talk only). Target $60M.', { target_amount: 60e6 }],
    ['Acme sold its Columbus DCs - noted, not our plan. We need $95M.', { target_amount: 95e6 }],
    // The sentence after the peer's deal is the ask, and is read.
    ['Peer did a $400M deal last year. We want $120M from Texas.', { target_amount: 120e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a region by its Census definition, kept to, or not for sale ("the West (Census def)", "Midwest-only SLB")': [
    [
      '$70M from warehouses in the West (per the Census).',
      { target_amount: 70e6, asset_types: ['warehouse'], include_markets: ['Inland Empire', 'Phoenix'] },
    ],
    ['Raise $90M in the South (US Census).', { target_amount: 90e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Limit the sale to the Midwest. $60M.', { target_amount: 60e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Northeast-only SLB of $50M.', { target_amount: 50e6, include_markets: ['Newark'] }],
    ['Our Midwest assets are off limits. $80M.', { target_amount: 80e6, exclude_markets: ['Chicago', 'Columbus'] }],
    // "the West" and "western" without the Census cited fix no states, so no filter is read.
    ['$70M from the West.', { target_amount: 70e6 }],
    ['$70M from western markets.', { target_amount: 70e6 }],
  ],
  'buildings ruled out one sentence after another ("The Pasadena plant stays. Also Kearny.")': [
    ['The Cicero plant stays. Also the Dublin lab.', { exclude_asset_ids: ['CHI-03', 'COL-03'] }],
    ['Exclude the Tempe Office. Plus the Edison Warehouse.', { exclude_asset_ids: ['NWK-02', 'PHX-03'] }],
    // "Also" before a sentence of its own, or after a sentence that asks for places, rules nothing out.
    ['Exclude Dallas. Also, raise $50M.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
    ['Raise $50M from Chicago. Also Columbus.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
  'the writer\'s own building named after "my store" ("leave my store, the Naperville Parts Store, alone")': [
    ["Please don't sell my plant, the Cicero Main Plant. $60M.", { target_amount: 60e6, exclude_asset_ids: ['CHI-03'] }],
    ['Keep my warehouse - Fontana Warehouse - out of it. $45M.', { target_amount: 45e6, exclude_asset_ids: ['IE-02'] }],
    [
      'Store manager here. Leave my store, the Mesa Parts Store, alone. Target $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['PHX-04'] },
    ],
    [
      "Site manager for Houston. Please don't sell my building, the Houston Regional Office. Target $70M.",
      { target_amount: 70e6, exclude_asset_ids: ['HOU-04'] },
    ],
  ],
  'a chat answer that agrees and adds a place ("A: Inland Empire out? B: yes, and Newark too")': [
    ['A: Dallas out?\nB: yep, and Houston too', { exclude_markets: ['Dallas', 'Houston'] }],
    ['Q: Phoenix excluded?\nA: correct, and Newark as well', { exclude_markets: ['Newark', 'Phoenix'] }],
  ],
  'a pronoun that stands for a setting said not to matter ("30% cap per market doesn\'t matter here - skip it")': [
    ["$80M from Ohio only; the rent cap doesn't matter here, ignore it.", { target_amount: 80e6, include_markets: ['Columbus'] }],
    ['Raise $60M from Newark; the cap on rent is not needed, drop it.', { target_amount: 60e6, include_markets: ['Newark'] }],
    // A pronoun after a place that does not fit still rules the place out.
    ["Dallas doesn't fit - skip it. Raise $50M.", { target_amount: 50e6, exclude_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading places, types and assets (round 19)', FAMILIES);
