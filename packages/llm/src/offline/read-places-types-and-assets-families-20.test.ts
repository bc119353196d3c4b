import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twentieth round of wording families for places, types and assets: where the writer works ("I'm in procurement in
 * Phoenix", "logistics planning lead, Columbus hub", "started Monday in the Toronto office") and where colleagues sit
 * or meet ("Our Atlanta colleagues", "the Newark offsite"); signatures under a sign-off or a delimiter; regions kept to
 * or ruled out in more words ("Keep the sales to the Northeast", "Don't sell anything in the Midwest", a label's
 * "Markets in scope:"); assets taken out of the pool; one building of a type the sale is limited to ("Only sell the
 * lab"); plural types after "our" that name at most one asset; and another company's deal on its own buildings. Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'where the writer works ("I\'m in procurement in Phoenix", "planning lead, Columbus hub", "started Monday in the Toronto office")': [
    ["I'm in finance in Houston. Raise $60M.", { target_amount: 60e6 }],
    ["Hi, I'm the planner at the Dallas hub. Target $70M.", { target_amount: 70e6 }],
    ['Hey, shift supervisor, Atlanta site. We need $45M.', { target_amount: 45e6 }],
    ['I run finance for the Chicago region. Raise $80M.', { target_amount: 80e6 }],
    ['Started last week in the Denver office. Raise $55M.', { target_amount: 55e6 }],
    ["I'm the plant director out of Newark. Target $90M.", { target_amount: 90e6 }],
    ['Hello from procurement in Phoenix! Raise $40M.', { target_amount: 40e6 }],
    // The place of the ask, and a place the writer says they want, are still read.
    ["I'm in procurement. Raise $60M from Houston.", { target_amount: 60e6, include_markets: ['Houston'] }],
    ["I'm interested in Dallas only. Raise $60M.", { target_amount: 60e6, include_markets: ['Dallas'] }],
  ],
  'where colleagues sit or meet ("Our Atlanta colleagues", "A colleague in Phoenix", "the Newark offsite")': [
    ['Our Houston colleagues will run the data room. Raise $50M.', { target_amount: 50e6 }],
    ['A colleague in Dallas sent me the model. Target $65M.', { target_amount: 65e6 }],
    ['We met at the Chicago offsite. Target $75M.', { target_amount: 75e6 }],
    ['The Atlanta site visit is next week, unrelated. Raise $30M.', { target_amount: 30e6 }],
    ['Our counterparts at the Newark team agreed. Raise $35M.', { target_amount: 35e6 }],
    // What the colleagues ask for is read.
    ['Our Houston colleagues want Dallas only. Raise $50M.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'a signature under a sign-off or a delimiter ("Thanks,\\nNeil\\nHead of Corporate Development, Phoenix")': [
    ['Raise $50M.\n\nThanks,\nPriya\nTreasury Manager, Houston', { target_amount: 50e6 }],
    ['Raise $50M.\n\n--\nLena Park | Treasurer | Northwind | Columbus, OH', { target_amount: 50e6 }],
    ['Raise $60M.\n\nRegards,\nSam\nDirector of Finance, Atlanta, GA', { target_amount: 60e6 }],
    // A line after a name that holds no title is an ask, and is read.
    ['Raise $60M.\nBest,\nSam\nPlease exclude Dallas.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
  ],
  'a region kept to or ruled out in more words ("Keep the sales to the Northeast", "Don\'t sell anything in the Midwest")': [
    ['Keep the sale to the Northeast. Raise $50M.', { target_amount: 50e6, include_markets: ['Newark'] }],
    ['Keep the deals to the Midwest. Raise $50M.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Only look at the Northeast sites; raise $50M.', { target_amount: 50e6, include_markets: ['Newark'] }],
    ['All sites must be in the Midwest. Raise $50M.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
    ["Don't sell anything on the West Coast. Raise $50M.", { target_amount: 50e6, exclude_markets: ['Inland Empire'] }],
    ["We won't sell any buildings in the Midwest. Raise $50M.", { target_amount: 50e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['Markets in scope: the Northeast\nTarget: $50M', { target_amount: 50e6, include_markets: ['Newark'] }],
    ['Excluded regions: the Midwest\nTarget: $50M', { target_amount: 50e6, exclude_markets: ['Chicago', 'Columbus'] }],
    // The label on the next line rules out its own list, not the region above it.
    [
      'Markets in scope: the Midwest\nExcluded assets: NWK-02\nTarget: $50M',
      { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'], exclude_asset_ids: ['NWK-02'] },
    ],
  ],
  'assets taken out of the pool ("Take ATL-03 out of the pool", "Take X, Y and Z out of the pool")': [
    ['Take DAL-03 out of the pool. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['DAL-03'] }],
    [
      'Take the Edison Warehouse and HOU-02 out of the sale pool. Target $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['HOU-02', 'NWK-02'] },
    ],
    [
      'Please take DAL-03, HOU-02 and NWK-02 out of the pool. Target $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['DAL-03', 'HOU-02', 'NWK-02'] },
    ],
    [
      'Pull Dallas, Houston and Chicago off the list. Raise $50M.',
      { target_amount: 50e6, exclude_markets: ['Chicago', 'Dallas', 'Houston'] },
    ],
    // A pool that is not taken from rules nothing out.
    ['Keep the pool wide this time. Raise $50M.', { target_amount: 50e6 }],
  ],
  'one building of a type the sale is limited to ("Only sell the lab", "Limit it to the plant")': [
    ['Only sell the plant. Raise $50M.', { target_amount: 50e6, asset_types: ['manufacturing'] }],
    ['Stick to the lab. Raise $50M.', { target_amount: 50e6, asset_types: ['lab'] }],
    ['Keep it to the data center. Raise $50M.', { target_amount: 50e6, asset_types: ['data_center'] }],
    // A headquarters is one building, not the office type; one building talked about asks for nothing.
    ['Only sell the HQ. Raise $50M.', { target_amount: 50e6 }],
    ['Investors asked about the lab. Raise $50M.', { target_amount: 50e6 }],
  ],
  'plural types after "our" that name one asset at most ("our storage warehouses and plants")': [
    ['Limit it to our storage warehouses and plants. Raise $50M.', { target_amount: 50e6, asset_types: ['manufacturing', 'warehouse'] }],
    ['Only our cold storage warehouses and labs. Raise $50M.', { target_amount: 50e6, asset_types: ['lab', 'warehouse'] }],
  ],
  'another company\'s deal on its own buildings ("Contoso Freight closed a $180M SLB on its Memphis DCs")': [
    ['Our peer Acme did $80M of warehouses in Dallas. Raise $50M.', { target_amount: 50e6 }],
    ['Fabrikam closed a $120M SLB on its Chicago plants last month. Raise $50M.', { target_amount: 50e6 }],
    ['Acme completed an SLB of its Phoenix stores in May. Target $40M.', { target_amount: 40e6 }],
    ['A REIT sold their Atlanta offices. Raise $50M from Houston.', { target_amount: 50e6, include_markets: ['Houston'] }],
    // "its own" is no building of another's deal.
    ["Texas is off the table; Houston's got its own mess. Raise $50M.", { target_amount: 50e6, exclude_markets: ['Dallas', 'Houston'] }],
  ],
};

describeFamilies('reading places, types and assets (round 20)', FAMILIES);
