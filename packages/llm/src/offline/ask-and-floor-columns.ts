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

/** A line of a brief written with pipes or tabs, taken as a table's header, with the row of the table under it. */
export interface TableHeaderRow {
  /** The header's cells as written: "Ask", "Floor". */
  readonly names: string[];
  /** The header's cells lower-cased, for matching column names: "ask", "floor". */
  readonly header: string[];
  /** The header line's index among the brief's lines. */
  readonly index: number;
  /** The index of the row under the header, past a ruled separator ("|---|---|") when there is one. */
  readonly rowIndex: number;
  /** The cells of the row under the header; null when that line is no table line. */
  readonly row: string[] | null;
  /** Where the header line starts in the brief and where the row under it ends. */
  readonly start: number;
  readonly end: number;
  /** The brief's lines, for looking further down the table. */
  readonly lines: readonly string[];
}

/**
 * Each line of the brief written with pipes or tabs, as a table's header with the row under it (past a ruled
 * separator): the one place the ask-and-floor table readers find a table's header rows. None when the brief has no
 * pipe or tab at all.
 */
export function* tableHeaderRows(brief: string): Generator<TableHeaderRow> {
  if (!brief.includes('|') && !brief.includes('\t')) return;
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  for (const [index, line] of lines.entries()) {
    const names = cellsOf(line);
    if (names === null) continue;
    const separator = cellsOf(lines[index + 1] ?? '');
    const ruled = separator?.every((cell) => /^:?-{2,}:?$/.test(cell)) === true;
    const rowIndex = index + (ruled ? 2 : 1);
    const row = cellsOf(lines[rowIndex] ?? '');
    const header = names.map((cell) => cell.toLowerCase());
    const end = (starts[rowIndex] ?? 0) + (lines[rowIndex] ?? '').length;
    yield { names, header, index, rowIndex, row, start: starts[index] ?? 0, end, lines };
  }
}

/** The edit restating a header and the row under it as the labelled statements they make: "Ask: $140M. Floor: $120M." */
export function headerRowRestatement(table: TableHeaderRow, row: readonly string[]): TextEdit {
  const text = table.names.map((name, column) => `${name}: ${row[column] ?? ''}.`).join(' ');
  return { start: table.start, end: table.end, text };
}

/** The edits restating each ask-and-floor table of the brief; none when it has none. */
export function askAndFloorColumnRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of tableHeaderRows(brief)) {
    const { header, row, rowIndex, lines } = table;
    if (header.length < 2) continue;
    if (!header.some((cell) => ASK_COLUMN.test(cell)) || !header.some((cell) => FLOOR_COLUMN.test(cell))) continue;
    if (!header.every((cell) => OTHER_COLUMN.test(cell))) continue;
    // One row of figures, as many cells as the header, and nothing of the table after it.
    if (row === null || row.length !== header.length || !row.some((cell) => /\d/.test(cell))) continue;
    if (cellsOf(lines[rowIndex + 1] ?? '') !== null) continue;
    edits.push(headerRowRestatement(table, row));
  }
  return edits;
}
