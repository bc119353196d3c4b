/*
 * A table row that asks for a place, with a note that carves a building out of it: "Columbus | yes | except the Dublin
 * lab (COL-03), stays owned". The row is restated as the place alone; the note, kept beside it in brackets, rules the
 * building out as the same words would in a sentence ("Columbus (except the Dublin lab (COL-03), stays owned)").
 */

/** A note that opens by carving something out: "except ...", "excluding ...", "but not ...", "other than ...". */
const CARVE_OUT = /^(?:except(?:\s+for)?|excluding|but\s+not|not\s+incl(?:uding|\.)|other\s+than|apart\s+from|save\s+for|minus|less)\s+\S/i;

/**
 * The note of a row, among its cells under note columns (`noteColumns`), that carves something out of the row's item,
 * or null when none does.
 */
export function carvedOutNote(cells: readonly string[], noteColumns: readonly boolean[]): string | null {
  return cells.find((cell, column) => noteColumns[column] === true && CARVE_OUT.test(cell.trim()))?.trim() ?? null;
}
