import type { TextEdit } from './restated-brief.js';

/**
 * A figure and its money unit in cells of their own, as a pasted row of comma-separated cells writes them: "Target
 * proceeds, 140, USD m", "Floor,95,US$ mm", "Max new rent, 8.5, $m". The unit cell gives the figure its scale, so the
 * two cells are restated as the one amount they make ("$140m"), which the amounts' readers know; read before the
 * currency written after a figure in one cell ("125 USD m"), whose figure would otherwise keep the comma between the
 * cells. A unit that is no money ("3.7, x", "0.33, fraction") is left to the readers of its field.
 */

/** A figure cell and the money-unit cell after it, each ending at a comma or the end of the line. */
const FIGURE_AND_UNIT_CELLS =
  /(?<=,[^\S\n]*)(?<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[^\S\n]*,[^\S\n]*(?:usd|us\$|\$)[^\S\n]*(?<scale>mm|mn|m|millions?|bn|billions?)\.?(?=[^\S\n]*(?:,|\n|$))/gi;

/** The edits restating each figure and unit cell pair of the brief as one amount; none when it has none. */
export function figureAndUnitCellRestatements(brief: string): TextEdit[] {
  if (!brief.includes(',')) return [];
  return [...brief.matchAll(FIGURE_AND_UNIT_CELLS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: `$${match.groups?.['figure'] ?? ''}${(match.groups?.['scale'] ?? '').toLowerCase()}`,
  }));
}
