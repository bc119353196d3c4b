import { lineStartsOf, type TextEdit } from './restated-brief.js';

/**
 * A table whose columns are the ask and the floor, with one row of figures under them: "| Ask | Floor |" then
 * "| $140M | $120M |", or the same with tabs. Its header is no row of labels and values, so the one row under it is
 * restated as the labelled statements it makes ("Ask: $140M. Floor: $120M."), which the amounts' readers know; the
 * header and its separator state nothing and are dropped. A table with more rows (cases side by side) is left alone.
 */

/** A header cell naming the ask's column: "Ask", "Target", "Target proceeds", "Amount ($)". */
const ASK_COLUMN = /^(?:ask|target|target\s+proceeds|amount|raise|size)(?:\s*\([^)]*\))?$/;
/** A header cell naming the floor's column: "Floor", "Minimum", "Min acceptable", "Walk-away". */
const FLOOR_COLUMN = /^(?:floor|minimum|min(?:imum)?\s+acceptable|min|walk[-\s]?away|fallback)(?:\s*\([^)]*\))?$/;
/** Any other header cell: a few words with no figure ("Term", "Basis", "Tax rate"). */
const OTHER_COLUMN = /^[a-z][a-z /&().%$-]{0,30}$/;

/** The cells of a table line written with pipes or tabs; null for any other line. */
export function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  if (trimmed.includes('|'))
    return trimmed
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim());
  return trimmed.includes('\t') ? trimmed.split('\t').map((cell) => cell.trim()) : null;
}

/** The edits restating each ask-and-floor table of the brief; none when it has none. */
export function askAndFloorColumnRestatements(brief: string): TextEdit[] {
  if (!brief.includes('|') && !brief.includes('\t')) return [];
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits: TextEdit[] = [];
  lines.forEach((line, index) => {
    const header = cellsOf(line)?.map((cell) => cell.toLowerCase());
    if (header === undefined || header.length < 2) return;
    if (!header.some((cell) => ASK_COLUMN.test(cell)) || !header.some((cell) => FLOOR_COLUMN.test(cell))) return;
    if (!header.every((cell) => OTHER_COLUMN.test(cell))) return;
    const separator = cellsOf(lines[index + 1] ?? '');
    const ruled = separator?.every((cell) => /^:?-{2,}:?$/.test(cell)) === true;
    const rowIndex = index + (ruled ? 2 : 1);
    const row = cellsOf(lines[rowIndex] ?? '');
    // One row of figures, as many cells as the header, and nothing of the table after it.
    if (row === null || row.length !== header.length || !row.some((cell) => /\d/.test(cell))) return;
    if (cellsOf(lines[rowIndex + 1] ?? '') !== null) return;
    const statements = (cellsOf(line) ?? []).map((name, column) => `${name}: ${row[column] ?? ''}.`).join(' ');
    const end = starts[rowIndex] ?? 0;
    edits.push({ start: starts[index] ?? 0, end: end + (lines[rowIndex] ?? '').length, text: statements });
  });
  return edits;
}
