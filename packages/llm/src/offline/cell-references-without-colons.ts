/**
 * Spreadsheet cells pasted with their references but no colons, a label cell and its value cell on one row: "A2 FCCR
 * min    B2 1.8x", "A1 Target\tB1 $210M", "A4 Min leaseability B4 0.7" (a label as wide as its column leaves one
 * space). With no colon to mark them, the two references must share their row, so that words such as "A4 paper" or
 * "Q2 FY25" in a sentence are never taken for cells; `pasted-shapes.ts` restates such rows as "label: value", as it
 * does the cells written with colons, and only where two lines at least hold cells.
 */
export const CELL_LINE_WITHOUT_COLONS =
  /^[^\S\n]*[A-Z](?<row>\d{1,3})[^\S\n]+(?<label>[A-Za-z]\S*(?:[^\S\n]\S+)*?)(?:[^\S\n]+|\t)[^\S\n]*[A-Z]\k<row>[^\S\n]+(?<value>\S.*?)[^\S\n]*$/;
