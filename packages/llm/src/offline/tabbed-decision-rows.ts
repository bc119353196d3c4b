/*
 * A two-column sheet pasted from a spreadsheet, split by tabs, whose second column says yes or no to each row: "Asset
 * class<TAB>Include?" over "office<TAB>Y", "warehouse<TAB>N"; "Market<TAB>Sell?" over "Dallas<TAB>yes". Written with
 * cell borders ("office | Y"), the table reader already knows it: a row marked no rules its item out, a row marked
 * yes asks for it. Without the borders every item would read as asked for, the "N" unseen.
 */

/** A decision column's name: "Include?", "Sell?", "In scope", "Eligible (Y/N)". */
const DECISION_HEADER = /^(?:include|included|sell|in[^\S\n]+scope|eligible)[^\S\n]*\??(?:[^\S\n]*\(y\/n\))?$/i;

/** A first column's name: a few words with no figure ("Asset class", "Market", "Type"). */
const ITEM_HEADER = /^[A-Za-z][A-Za-z /_-]{0,29}$/;

/** A cell that says yes or no, and nothing else: "Y", "N", "yes", "no", a tick or a cross. */
const YES_OR_NO = /^(?:y|n|yes|no|\u2713|\u2714|\u2717|\u2718)$/i;

/** Replaces the lines [first, last] of the brief with `text`. */
type ReplaceLines = (first: number, last: number, text: string) => void;

/** The two cells of a line split by one tab, trimmed, or null for any other line. */
function twoCells(line: string): [string, string] | null {
  const cells = line.split('\t').map((cell) => cell.trim());
  return cells.length === 2 && cells[0] !== '' && cells[1] !== '' ? [cells[0] ?? '', cells[1] ?? ''] : null;
}

/**
 * Restates each pasted two-column sheet whose header names a decision ("Asset class<TAB>Include?") and whose rows
 * below answer it yes or no as the same table with cell borders ("Asset class | Include?" over "office | Y"), the
 * rows that follow and answer nothing left as they are.
 */
export function tabbedDecisionRows(lines: readonly string[], replace: ReplaceLines): void {
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = twoCells(lines[index] ?? '');
    if (header === null || !ITEM_HEADER.test(header[0]) || !DECISION_HEADER.test(header[1])) continue;
    const rows: [string, string][] = [];
    for (let next = index + 1; next < lines.length; next += 1) {
      const row = twoCells(lines[next] ?? '');
      if (row === null || !YES_OR_NO.test(row[1])) break;
      rows.push(row);
    }
    if (rows.length === 0) continue;
    const last = index + rows.length;
    replace(index, last, [header, ...rows].map((cells) => cells.join(' | ')).join('\n'));
    index = last;
  }
}
