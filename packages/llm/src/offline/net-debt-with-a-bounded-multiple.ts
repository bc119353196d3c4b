/**
 * Net leverage written as "net debt" with a bounded multiple right after it, as notes shorten the ratio: "Net debt max
 * 3.4x", "net debt 3.25x max", "net debt under 3.5x", "net debt: <= 3.6x". Net debt alone is an amount ("net debt of
 * $300M"), so only a multiple marked "x" with a bound on either side makes it the ratio; a bare level ("net debt 3.1x
 * today") is no limit and is left alone. A regular expression source (lower case) that `covenant-metric-names.ts`
 * joins to the net leverage names, so that the bound reader reads the limit after it.
 */

/** A multiple marked as one: "3.4x", "3.25 x", "4×". */
const MULTIPLE = String.raw`\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z])`;

/** A cap before the multiple: "max", "cap", "at most", "under", "no more than", "<=", with a colon or not. */
const CAP_BEFORE = String.raw`(?:max(?:imum)?|cap(?:ped\s+at)?|ceiling|limit|at\s+most|under|below|no\s+(?:more|higher|greater)\s+than|not\s+(?:above|over)|<=?|\u2264)`;

/** A cap after the multiple: "max", "maximum", "cap", "at most", "or less", "or lower", "or below", "or under". */
const CAP_AFTER = String.raw`(?:max(?:imum)?|cap|ceiling|at\s+most|or\s+(?:less|lower|below|under))\b`;

/** "net debt" before a bounded multiple (see the file's head). */
export const NET_DEBT_WITH_A_BOUNDED_MULTIPLE = String.raw`(?<![a-z-])net[-\s]debt(?=[^\S\n]*:?[^\S\n]*(?:${CAP_BEFORE}[^\S\n]*:?[^\S\n]*${MULTIPLE}|${MULTIPLE}[^\S\n]+${CAP_AFTER}))`;
