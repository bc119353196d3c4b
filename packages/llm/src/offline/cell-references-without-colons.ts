/**
 * Spreadsheet cells pasted with their references but no colons, a label cell and its value cell on one row: "A2 FCCR
 * min    B2 1.8x", "A1 Target\tB1 $210M". With no colon to mark them, the two references must share their row and the
 * value cell must stand apart from the label by a tab or two spaces, so that words such as "A4 paper" or "Q2 FY25" in a
 * sentence are never taken for cells. `pasted-shapes.ts` restates such a row as "label: value", as it does the cells
 * written with colons.
 */
export const CELL_LINE_WITHOUT_COLONS =
  /^[^\S\n]*[A-Z](?<row>\d{1,3})[^\S\n]+(?<label>[A-Za-z]\S*(?:[^\S\n]\S+)*?)(?:[^\S\n]{2,}|\t)[^\S\n]*[A-Z]\k<row>[^\S\n]+(?<value>\S.*?)[^\S\n]*$/;
