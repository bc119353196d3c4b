import { cellsOf } from './ask-and-floor-columns.js';
import type { TextEdit } from './restated-brief.js';

/**
 * A pasted table of cases side by side, one row a case named in its first cell, and a line after it choosing one of
 * them by name: "Case | Target | Net lev cap" over "Low | 90 | 3.25", "Mid | 120 | 3.5", "High | 150 | 3.75", then
 * "-> Committee picked Mid." Read row by row, every case's figures would be asks and limits at once; only the chosen
 * row is the brief's, so the table is restated as the labelled statements of that row alone ("Target 120, Net lev
 * cap 3.5", each label before its figure as a terse list writes them). With no case chosen after it, a row whose own note
 * marks it as this run's ("Base (instruction for this run)", "v2 (final)") is chosen, or the one row left when the others
 * are marked as not run ("(draft, replaced)"): the other rows are dropped. A table with no case chosen, by a line
 * after it or by its rows' notes, states no ask and no limit: it is read as nothing, so that a brief holding only such
 * a table has no target rather than one case's.
 */

/** A header's first cell naming the cases' column: "Case", "Scenario", "Option", "Version". */
const CASE_COLUMN = /^(?:case|scenario|option|version)s?$/i;
/** A ruled separator under a header: "|---|---|", "--- | ---". */
const SEPARATOR = /^[\s|:-]+$/;
/**
 * The words choosing a case by its name, the name in the group `name`: "picked Mid", "chose the High case", "went with
 * Base", "approved option B", "Board approved: Lean", "let's use Low".
 */
const CASE_CHOSEN =
  /\b(?:picked|chose|chosen|selected|went\s+with|go(?:ing)?\s+with|approved|adopted|settled\s+on|use|run)[^\S\n]*:?\s+(?:the\s+)?(?:(?:case|scenario|option)\s+)?(?<name>[a-z][\w-]*)(?:\s+(?:case|scenario|option))?(?![\w-])/gi;

/**
 * A line's cells: split by pipes or tabs as the table readers do, or by commas for a sheet pasted as comma-separated
 * values ("Case,Target,Min FCCR" over "Low,70,2.0"); a comma inside a sentence never makes a case table, whose header
 * must open with `CASE_COLUMN` and whose rows must match its width.
 */
function caseCellsOf(line: string): string[] | null {
  // "v1 (draft, replaced),150,130": a comma inside a case's bracketed note splits no cell.
  return cellsOf(line) ?? (line.includes(',') ? line.split(/,(?![^()\n]*\))/).map((cell) => cell.trim()) : null);
}

/**
 * A case's bracketed note marking it as not this run's: "Stretch (reference only - do not run)", "v1 (draft, replaced)",
 * "(superseded)".
 */
const ROW_NOT_RUN =
  /\([^()\n]*\b(?:reference\s+only|do\s+not\s+run|don'?t\s+run|not\s+(?:for\s+)?this\s+run|draft|replaced|superseded|withdrawn|not\s+approved)\b[^()\n]*\)/i;
/** A case's bracketed note marking it as the one to run: "Base (instruction for this run)", "v2 (final)", "(use this)". */
const ROW_TO_RUN = /\([^()\n]*\b(?:final|for\s+this\s+run|use\s+this|run\s+this|approved|current)\b[^()\n]*\)/i;
/** A header cell naming a column of notes on each case: "Note", "Notes", "Status", "Comment". */
const NOTE_COLUMN = /^(?:notes?|status|comments?|remarks?)$/i;

/**
 * The index of the one row its own note marks as this run's ("(final)", "(instruction for this run)"), or the one row
 * left when every other is marked as not run ("(draft, replaced)", "(reference only - do not run)"); undefined when the
 * notes choose no single row.
 */
function rowMarkedToRun(rows: readonly string[][], header: readonly string[]): number | undefined {
  // A row's note: its first cell's bracket ("Mid (for this run)"), or the cell under a header naming notes ("Note |
  // this run"), read as if bracketed.
  const noteColumn = header.findIndex((name, column) => column > 0 && NOTE_COLUMN.test(name.trim()));
  const noteOf = (row: readonly string[]): string => `${row[0] ?? ''}${noteColumn > 0 ? ` (${row[noteColumn] ?? ''})` : ''}`;
  const notRun = rows.map((row) => ROW_NOT_RUN.test(noteOf(row)));
  const toRun = rows.map((row, index) => !notRun[index] && ROW_TO_RUN.test(noteOf(row)));
  if (toRun.filter(Boolean).length === 1) return toRun.indexOf(true);
  const left = notRun.filter((marked) => !marked).length;
  return left === 1 ? notRun.indexOf(false) : undefined;
}

/** A line of the brief and where it starts. */
interface Line {
  readonly text: string;
  readonly start: number;
}

/** The brief's lines, each with its offset. */
function linesOf(brief: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of brief.split('\n')) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

/** The name of the case chosen in `text` among `names` (lower case), or undefined when none of them is chosen. */
function chosenName(text: string, names: readonly string[]): string | undefined {
  CASE_CHOSEN.lastIndex = 0;
  for (let match = CASE_CHOSEN.exec(text); match !== null; match = CASE_CHOSEN.exec(text)) {
    const name = (match.groups?.['name'] ?? '').toLowerCase();
    if (names.includes(name)) return name;
  }
  return undefined;
}

/** The edits restating each table of cases with one chosen by name as that case's labelled statements. */
export function chosenCaseRowRestatements(brief: string): TextEdit[] {
  // The cheap test first: a table of cases has a header whose first cell names the cases' column.
  if (!/[|\t,]/.test(brief) || !/^[^\S\n]*\|?[^\S\n]*(?:case|scenario|option|version)s?[^\S\n]*[|\t,]/im.test(brief)) return [];
  const edits: TextEdit[] = [];
  const lines = linesOf(brief);
  for (let index = 0; index < lines.length; index += 1) {
    const header = caseCellsOf(lines[index]?.text ?? '');
    if (header === null || header.length < 2 || !CASE_COLUMN.test(header[0] ?? '')) continue;
    // The rows under the header: as many cells as it has, the first naming the case, past a ruled separator.
    const rows: string[][] = [];
    let next = index + 1;
    if (SEPARATOR.test(lines[next]?.text ?? '') && (lines[next]?.text ?? '').includes('-')) next += 1;
    for (; next < lines.length; next += 1) {
      const cells = caseCellsOf(lines[next]?.text ?? '');
      if (cells === null || cells.length !== header.length || !/^[a-z]/i.test(cells[0] ?? '')) break;
      rows.push(cells);
    }
    // Cases side by side are two or more; a single row is a header and its values, read by the table readers.
    if (rows.length < 2) continue;
    const names = rows.map((row) => (row[0] ?? '').toLowerCase());
    if (new Set(names).size !== names.length) continue;
    const after = lines
      .slice(next, next + 4)
      .map((line) => line.text)
      .join('\n');
    const chosen = chosenName(after, names);
    if (chosen === undefined) {
      // "Stretch (reference only - do not run)" over "Base (instruction for this run)": with no case chosen after the
      // table, a row its own note marks as this run's is the table's one row; the others are dropped, and the header
      // with that row is left to the table readers.
      const marked = rowMarkedToRun(rows, header);
      if (marked === undefined) {
        // Cases side by side with none chosen: no row is the ask, so none is read (a table reader would take one
        // row's figures, or a column's, as the ask and the limits).
        const last = lines[next - 1] as Line;
        edits.push({ start: lines[index]?.start ?? 0, end: last.start + last.text.length, text: '' });
        index = next - 1;
        continue;
      }
      for (let row = 0; row < rows.length; row += 1) {
        const line = lines[next - rows.length + row] as Line;
        if (row !== marked) edits.push({ start: line.start, end: line.start + line.text.length + 1, text: '' });
      }
      index = next - 1;
      continue;
    }
    const row = rows[names.indexOf(chosen)] ?? [];
    const statements = header
      .slice(1)
      .map((name, column) => `${name} ${row[column + 1] ?? ''}`)
      .join(', ');
    const last = lines[next - 1] as Line;
    edits.push({ start: lines[index]?.start ?? 0, end: last.start + last.text.length, text: `${statements}.` });
    index = next - 1;
  }
  return edits;
}
