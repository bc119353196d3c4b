/*
 * The regions of the United States whose states an official statistical definition fixes, so that "from the Midwest"
 * or "the West Coast is off limits" can be read as the portfolio's markets in those states: the Census Bureau's
 * Midwest, Northeast, South, West, New England and Middle Atlantic, the Bureau of Economic Analysis's Southeast and Great Lakes,
 * and the three Pacific states of the West Coast (Washington and Oregon for the Pacific Northwest, with Idaho). Regions
 * no definition fixes (the Sun Belt, the Southwest, the Gulf Coast, the East Coast) are never read as places.
 */

/** The states of each defined region, by postal code, keyed by the region's name in lower case without hyphens. */
const REGION_STATES: Readonly<Record<string, readonly string[]>> = {
  midwest: ['IL', 'IN', 'IA', 'KS', 'MI', 'MN', 'MO', 'NE', 'ND', 'OH', 'SD', 'WI'],
  northeast: ['CT', 'ME', 'MA', 'NH', 'RI', 'VT', 'NJ', 'NY', 'PA'],
  // The Census Bureau's South: "Southern markets only (Census South)".
  south: ['DE', 'MD', 'DC', 'VA', 'WV', 'NC', 'SC', 'GA', 'FL', 'KY', 'TN', 'AL', 'MS', 'AR', 'LA', 'OK', 'TX'],
  // The Census Bureau's West, read only when the brief cites the Census: "DCs in the West (Census def)".
  west: ['AK', 'AZ', 'CA', 'CO', 'HI', 'ID', 'MT', 'NV', 'NM', 'OR', 'UT', 'WA', 'WY'],
  'census west': ['AK', 'AZ', 'CA', 'CO', 'HI', 'ID', 'MT', 'NV', 'NM', 'OR', 'UT', 'WA', 'WY'],
  'census south': ['DE', 'MD', 'DC', 'VA', 'WV', 'NC', 'SC', 'GA', 'FL', 'KY', 'TN', 'AL', 'MS', 'AR', 'LA', 'OK', 'TX'],
  'new england': ['CT', 'ME', 'MA', 'NH', 'RI', 'VT'],
  'mid atlantic': ['NY', 'NJ', 'PA'],
  southeast: ['AL', 'AR', 'FL', 'GA', 'KY', 'LA', 'MS', 'NC', 'SC', 'TN', 'VA', 'WV'],
  'great lakes': ['IL', 'IN', 'MI', 'OH', 'WI'],
  'west coast': ['CA', 'OR', 'WA'],
  'pacific northwest': ['WA', 'OR', 'ID'],
};

/**
 * The states of a region as a brief writes it ("the Mid-West", "midwestern", "South East"), or undefined when no
 * definition fixes its states.
 */
export function statesOfRegion(written: string): readonly string[] | undefined {
  const key = written
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/\b(mid|south|north) (west|east|atlantic)\b/g, (_whole, first: string, second: string) =>
      second === 'atlantic' ? `${first} ${second}` : `${first}${second}`,
    )
    .replace(/ern$/, '')
    .trim();
  return REGION_STATES[key];
}
