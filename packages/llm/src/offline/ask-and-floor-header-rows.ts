import { cellsOf, headerRowRestatement, tableHeaderRows } from './ask-and-floor-columns.js';
import type { TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * A pasted table that opens with a header naming the ask and the floor and one row of their figures, the table then
 * going on as rows of a label and its value: "Ask | Floor" over "$125M | $105M", then "Excluded markets | Phoenix".
 * Read row by row, the header would be one more label ("Ask: Floor") and the figures its value, so the header and its
 * row are restated first as the labelled statements they make ("Ask: $125M. Floor: $105M."). A second row of figures
 * under the header (cases side by side) is left alone, as `ask-and-floor-columns.ts` leaves it.
 */

/** A header cell naming the ask's column: "Ask", "Target", "Target proceeds", "Amount ($M)". */
const ASK_COLUMN = /^(?:ask|target|target\s+proceeds|amount|raise|size|goal)(?:\s*\([^)]*\))?$/;
/** A header cell naming the floor's column: "Floor", "Minimum", "Min acceptable", "Walk-away". */
const FLOOR_COLUMN = /^(?:floor|minimum|min(?:imum)?\s+acceptable|min|walk[-\s]?away|fall[-\s]?back)(?:\s*\([^)]*\))?$/;
/** A cell holding one amount of money: "$125M", "USD 105m", "120 mm". */
const MONEY_CELL = new RegExp(String.raw`^(?:us\$|usd|\$)?[^\S\n]*\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?$`);

/** Whether a row of the table below the given one opens with a figure: a second case, not a label and its value. */
function hasFurtherCase(lines: readonly string[], rowIndex: number): boolean {
  for (let next = rowIndex + 1; next < lines.length; next += 1) {
    const cells = cellsOf(lines[next] ?? '');
    if (cells === null) return false;
    if (/\d/.test(cells[0] ?? '')) return true;
  }
  return false;
}

/** The edits restating each ask-and-floor header and its row of figures; none when the brief has none. */
export function askAndFloorHeaderRowRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of tableHeaderRows(brief)) {
    const { header, row, rowIndex, lines } = table;
    // Only the ask and the floor: a header with other columns is a table of its own, read by the table readers.
    if (header.length !== 2) continue;
    if (!ASK_COLUMN.test(header[0] ?? '') || !FLOOR_COLUMN.test(header[1] ?? '')) continue;
    if (row === null || row.length !== 2 || !row.every((cell) => MONEY_CELL.test(cell.toLowerCase()))) continue;
    // The rows after it must each be a label and its value; another row of figures is a second case.
    if (hasFurtherCase(lines, rowIndex)) continue;
    edits.push(headerRowRestatement(table, row));
  }
  return edits;
}
