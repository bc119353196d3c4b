import type { TextEdit } from './restated-brief.js';

/**
 * A pasted table of covenants with a column for the level the company plans to, beside the covenant's own:
 *
 *     | Metric | Covenant | Plan to |
 *     |---|---|---|
 *     | Net debt / EBITDA | 4.0x | 3.25x |
 *     | FCCR | 1.5x | 1.9x |
 *
 * The planned column is the limit to run with, as "the covenant is 4.0x; plan to 3.25x" is in words, so each row is
 * restated as its label with the planned level ("| Net debt / EBITDA: 3.25x") and read as any labelled line. A table
 * with no planned column ("| Metric | Covenant |") is left to the other readers, and so is a row whose label names no
 * ratio ("| Proceeds | $160M | $150M |").
 */

/** A table row's cells, between its pipes. */
const ROW = /^[^\S\n]*\|(?<cells>.*)\|[^\S\n]*$/;

/** A header cell for the level planned inside the covenant: "Plan to", "Planning level", "Target", "Internal", "Use". */
const PLANNED_HEADER =
  /^(?:plan(?:ned)?(?:\s+(?:to|at|level))?|planning(?:\s+(?:level|limit|figure))?|target|internal(?:\s+(?:limit|policy|level))?|working(?:\s+(?:limit|level))?|use|model(?:\s+(?:at|to))?|board(?:\s+(?:limit|level|policy))?)$/i;

/** A header cell for the lenders' level: "Covenant", "Limit", "Credit agreement", "Lender". */
const COVENANT_HEADER = /^(?:covenant|covenant\s+level|limit|credit\s+agreement|lenders?|bank|facility)$/i;

/** A row label that names a covenant ratio: leverage, debt over earnings, coverage. */
const RATIO_LABEL = /\b(?:lev(?:erage)?|gearing|debt|coverage|fccr|fcc|cover|ebitdar?)\b/i;

/** A planned cell: a multiple, with or without its "x". */
const LEVEL_CELL = /^(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|times)?$/i;

/** The cells of a table line, trimmed; null for a line that is no table row. */
function cellsOf(line: string): string[] | null {
  const row = ROW.exec(line);
  return row === null ? null : (row.groups?.['cells'] ?? '').split('|').map((cell) => cell.trim());
}

/** The edits restating each ratio row of a covenant table with a planned column as its label and planned level. */
export function covenantTablePlanColumnRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!brief.includes('|')) return edits;
  let planned = -1;
  let start = 0;
  for (const line of brief.split('\n')) {
    const cells = cellsOf(line);
    if (cells === null) planned = -1;
    else if (cells.some((cell) => COVENANT_HEADER.test(cell)) && cells.some((cell) => PLANNED_HEADER.test(cell)))
      planned = cells.findIndex((cell) => PLANNED_HEADER.test(cell));
    else if (planned > 0) {
      const label = cells[0] ?? '';
      const level = LEVEL_CELL.exec(cells[planned] ?? '');
      if (level !== null && RATIO_LABEL.test(label)) {
        // From the end of the label's cell to the end of the row: the covenant's cell goes, the planned level stays.
        const labelEnd = line.indexOf(label) + label.length;
        edits.push({ start: start + labelEnd, end: start + line.length, text: `: ${level.groups?.['value'] ?? ''}x` });
      }
    }
    start += line.length + 1;
  }
  return edits;
}
