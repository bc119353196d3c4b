import type { TextEdit } from './restated-brief.js';

/**
 * A covenant or a single-market cap pasted as a row of three cells, the label, the figure and its unit, parted by
 * commas: "Row 2: Net leverage cap, 3.7, x", "FCCR floor, 1.8, times", "Market share cap, 0.33, fraction", "Max share
 * per market, 35, %". The unit cell belongs to the figure, so the row is restated as the labelled line it stands for
 * ("Row 2: Net leverage cap: 3.7x", "Market share cap: 0.33", "Max share per market: 35%") and read as any other.
 *
 * Only a row whose label names a leverage, a coverage or a market share, and whose last cell is a unit of a ratio or a
 * share, is restated: "Target proceeds, 140, USD m" and "Rent cap, 5, USD m" are amounts, left to their own readers.
 */

/** The label's words that name a covenant or the single-market cap. */
const COVENANT_LABEL = /\b(?:lev(?:erage)?|gearing|coverage|fccr|fcc|cover|ebitdar?|market|metro|share|concentration)\b/i;

/** The row's last two cells: the figure and its unit ("x", "times", "fraction", "%"). */
const FIGURE_AND_UNIT =
  /,[^\S\n]*(?<value>\d+(?:\.\d+)?|\.\d+)[^\S\n]*,[^\S\n]*(?<unit>x|\u00d7|times|turns|fraction|ratio|decimal|%|percent|pct)[^\S\n]*\.?[^\S\n]*$/i;

/** What the unit is written as after the figure. */
function unitSuffix(unit: string): string {
  const lower = unit.toLowerCase();
  if (lower === 'x' || lower === '\u00d7' || lower === 'times' || lower === 'turns') return 'x';
  if (lower === '%' || lower === 'percent' || lower === 'pct') return '%';
  return '';
}

/** The edits restating each covenant row with a unit column as a labelled line; none when the brief has none. */
export function covenantRowWithUnitColumnRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!brief.includes(',')) return edits;
  let start = 0;
  for (const line of brief.split('\n')) {
    const found = FIGURE_AND_UNIT.exec(line);
    if (found !== null && COVENANT_LABEL.test(line.slice(0, found.index))) {
      const value = found.groups?.['value'] ?? '';
      edits.push({
        start: start + found.index,
        end: start + line.length,
        text: `: ${value}${unitSuffix(found.groups?.['unit'] ?? '')}`,
      });
    }
    start += line.length + 1;
  }
  return edits;
}
