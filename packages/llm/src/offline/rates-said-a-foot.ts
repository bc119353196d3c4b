/**
 * An area's unit said in plain words after a rate: "$140 a foot", "$9.25 a square foot", "$12 a sq ft". A figure
 * priced by the foot is the market's (a land or building price, a rent), never the ask: `market-commentary.ts` claims
 * it with the other rates per square foot.
 */
export const A_FOOT = String.raw`an?[^\S\n]+(?:square[^\S\n]+)?(?:foot|feet|sq\.?[^\S\n]*ft)\b`;
