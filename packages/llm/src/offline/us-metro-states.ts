/**
 * A small built-in table of US metros and the state each belongs to, so that a
 * brief can say "outside Texas" or "only in California" about a portfolio whose
 * markets are metro names. A metro that spans states is filed under the state
 * of its principal city (Kansas City: Missouri; Washington DC: District of
 * Columbia; Newark and Jersey City: New Jersey). Aliases are other spellings a
 * portfolio or a brief may use for the same metro.
 *
 * A portfolio market written as `City, ST` is placed in state `ST` without this
 * table. Callers can add metros through the offline client's options.
 */
export interface MetroEntry {
  /** The metro's usual name. */
  readonly name: string;
  /** Two-letter postal code of its state. */
  readonly state: string;
  /** Other names for the metro, lower case. */
  readonly aliases?: readonly string[];
}

/** The built-in metros (about 90 of the largest US metros and logistics markets). */
export const US_METROS: readonly MetroEntry[] = [
  { name: 'New York', state: 'NY', aliases: ['new york city', 'nyc'] },
  { name: 'Los Angeles', state: 'CA', aliases: ['la', 'l.a.', 'greater los angeles'] },
  { name: 'Chicago', state: 'IL', aliases: ['chicagoland', 'chi'] },
  { name: 'Dallas', state: 'TX', aliases: ['dallas-fort worth', 'dallas fort worth', 'dallas/fort worth', 'dfw', 'dal'] },
  { name: 'Fort Worth', state: 'TX' },
  { name: 'Houston', state: 'TX', aliases: ['hou'] },
  { name: 'Austin', state: 'TX' },
  { name: 'San Antonio', state: 'TX' },
  { name: 'El Paso', state: 'TX' },
  { name: 'Laredo', state: 'TX' },
  { name: 'Washington DC', state: 'DC', aliases: ['washington, dc', 'washington d.c.', 'washington, d.c.', 'washington dc metro'] },
  { name: 'Philadelphia', state: 'PA', aliases: ['philly'] },
  { name: 'Pittsburgh', state: 'PA' },
  { name: 'Lehigh Valley', state: 'PA', aliases: ['allentown'] },
  { name: 'Harrisburg', state: 'PA' },
  { name: 'Miami', state: 'FL', aliases: ['south florida'] },
  { name: 'Tampa', state: 'FL' },
  { name: 'Orlando', state: 'FL' },
  { name: 'Jacksonville', state: 'FL' },
  { name: 'Atlanta', state: 'GA', aliases: ['atl'] },
  { name: 'Savannah', state: 'GA' },
  { name: 'Boston', state: 'MA' },
  { name: 'Phoenix', state: 'AZ', aliases: ['phoenix metro', 'phx'] },
  { name: 'Tucson', state: 'AZ' },
  { name: 'San Francisco', state: 'CA', aliases: ['sf', 'bay area', 'san francisco bay area'] },
  { name: 'Oakland', state: 'CA', aliases: ['east bay'] },
  { name: 'San Jose', state: 'CA', aliases: ['silicon valley'] },
  { name: 'Inland Empire', state: 'CA', aliases: ['riverside', 'san bernardino', 'ontario', 'ie'] },
  { name: 'San Diego', state: 'CA' },
  { name: 'Sacramento', state: 'CA' },
  { name: 'Fresno', state: 'CA' },
  { name: 'Orange County', state: 'CA' },
  { name: 'Detroit', state: 'MI' },
  { name: 'Grand Rapids', state: 'MI' },
  { name: 'Seattle', state: 'WA', aliases: ['seattle-tacoma', 'puget sound'] },
  { name: 'Spokane', state: 'WA' },
  {
    name: 'Minneapolis',
    state: 'MN',
    aliases: ['minneapolis-st. paul', 'minneapolis-st paul', 'twin cities', 'st. paul', 'st paul', 'saint paul'],
  },
  { name: 'Denver', state: 'CO' },
  { name: 'Baltimore', state: 'MD' },
  { name: 'St. Louis', state: 'MO', aliases: ['st louis', 'saint louis'] },
  { name: 'Kansas City', state: 'MO' },
  { name: 'Charlotte', state: 'NC' },
  { name: 'Raleigh', state: 'NC', aliases: ['raleigh-durham', 'durham', 'research triangle'] },
  { name: 'Greensboro', state: 'NC' },
  { name: 'Portland', state: 'OR' },
  { name: 'Las Vegas', state: 'NV', aliases: ['vegas'] },
  { name: 'Reno', state: 'NV' },
  { name: 'Cincinnati', state: 'OH' },
  { name: 'Columbus', state: 'OH', aliases: ['col'] },
  { name: 'Cleveland', state: 'OH' },
  { name: 'Dayton', state: 'OH' },
  { name: 'Indianapolis', state: 'IN', aliases: ['indy'] },
  { name: 'Nashville', state: 'TN' },
  { name: 'Memphis', state: 'TN' },
  { name: 'Knoxville', state: 'TN' },
  { name: 'Chattanooga', state: 'TN' },
  { name: 'Virginia Beach', state: 'VA', aliases: ['norfolk', 'hampton roads'] },
  { name: 'Richmond', state: 'VA' },
  { name: 'Providence', state: 'RI' },
  { name: 'Milwaukee', state: 'WI' },
  { name: 'Oklahoma City', state: 'OK' },
  { name: 'Tulsa', state: 'OK' },
  { name: 'Louisville', state: 'KY' },
  { name: 'Lexington', state: 'KY' },
  { name: 'New Orleans', state: 'LA' },
  { name: 'Baton Rouge', state: 'LA' },
  { name: 'Salt Lake City', state: 'UT', aliases: ['salt lake'] },
  { name: 'Hartford', state: 'CT' },
  { name: 'Buffalo', state: 'NY' },
  { name: 'Rochester', state: 'NY' },
  { name: 'Albany', state: 'NY' },
  { name: 'Birmingham', state: 'AL' },
  { name: 'Huntsville', state: 'AL' },
  { name: 'Omaha', state: 'NE' },
  { name: 'Albuquerque', state: 'NM' },
  { name: 'Boise', state: 'ID' },
  { name: 'Greenville', state: 'SC', aliases: ['greenville-spartanburg'] },
  { name: 'Charleston', state: 'SC' },
  { name: 'Columbia', state: 'SC' },
  { name: 'Des Moines', state: 'IA' },
  { name: 'Little Rock', state: 'AR' },
  { name: 'Newark', state: 'NJ', aliases: ['northern new jersey', 'north jersey'] },
  { name: 'Jersey City', state: 'NJ' },
  { name: 'Edison', state: 'NJ', aliases: ['central new jersey', 'central jersey'] },
  { name: 'Honolulu', state: 'HI' },
  { name: 'Anchorage', state: 'AK' },
];

/**
 * Metro aliases that count only written in capitals: "IE" is the Inland Empire, but "ie" is also "that is" written
 * without its stops; "CHI" and "COL" are Chicago and Columbus in a list of market codes ("ATL, CHI, COL only"), but
 * "col" is also a column and "chi" a word.
 */
export const CAPITALS_ONLY_ALIASES: ReadonlySet<string> = new Set(['ie', 'chi', 'col']);

/** US states (and DC) by full name, lower case, to postal code. */
export const US_STATES: Readonly<Record<string, string>> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york state': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'washington state': 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'district of columbia': 'DC',
};
