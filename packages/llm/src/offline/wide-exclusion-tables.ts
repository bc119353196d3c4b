/*
 * A table laid out wide: one header row naming the fields ("| Target | Exclude | Basis |") over a single row of their
 * values ("| $115M | the Houston Regional Office | IFRS 16 |"). Read row by row, the values would lose their fields,
 * and the buildings under "Exclude" would be read as merely mentioned; so each value is restated under its own field
 * as a label's line ("Exclude: the Houston Regional Office").
 */

/** The cells of one table row and whether it is a separator row ("|---|---|"). */
interface WideRow {
  readonly cells: readonly string[];
  readonly rule: boolean;
}

/** A header cell that rules its values out: "Exclude", "Excluded sites", "Do not sell", "Keep", "Carve-outs". */
const EXCLUSION_FIELD = /^(?:exclu(?:de|ded|des|sions?)|do[- ]not[- ]sell|not for sale|keep|hold|retain|carve[- ]?outs?)\b/i;

/** A cell that could name a field: a few words, no figures. */
const FIELD_NAME = /^[A-Za-z][A-Za-z /&()'-]{0,40}$/;

/**
 * The lines of a wide table restated under their fields, written into `restated` from line `from`, when `rows` are a
 * header of field names with a ruling-out field, any separator rows, and one row of values; false (nothing written)
 * for any other table.
 */
export function restateWideExclusionTable(rows: readonly WideRow[], restated: string[], from: number): boolean {
  const header = rows[0];
  const values = rows.filter((row, index) => index > 0 && !row.rule);
  const data = values[0];
  if (header === undefined || data === undefined || values.length !== 1 || header.rule) return false;
  const fields = header.cells;
  if (fields.length < 2 || data.cells.length !== fields.length) return false;
  if (!fields.every((field) => FIELD_NAME.test(field))) return false;
  if (!fields.some((field, column) => column > 0 && EXCLUSION_FIELD.test(field))) return false;
  // The row of values must not itself be a list of field names (two header rows): its first cell holds a figure.
  if (!/\d/.test(data.cells[0] ?? '')) return false;
  rows.forEach((row, offset) => {
    restated[from + offset] = row === data ? fields.map((field, column) => `${field}: ${data.cells[column] ?? ''}`).join('\n') : '';
  });
  return true;
}

/**
 * A pasted two-column row with a tab for its colon: "exclude<TAB>DAL-01|CHI-02", "Excluded assets<TAB>Tempe Office",
 * and a "Keep" whose bracket says it is not sold: "Keep (do not sell)<TAB>COL-03", "Hold (not for sale)<TAB>HOU-02".
 * Groups: `label`, `value`.
 */
const TABBED_EXCLUSION_LINE =
  /^(?<label>[^\S\n\t]*(?:(?:exclu(?:de|ded|sions?)|do[- _]not[- _]sell)(?:[ _](?:asset[ _])?(?:ids?|assets?|sites?|buildings?|properties|markets?|metros?|cities))?|(?:keep|hold|retain)[^\S\n\t]*\((?:do[^\S\n\t]+not|don['\u2019]t|never)[^\S\n\t]+sell\)|(?:keep|hold|retain)[^\S\n\t]*\(not[^\S\n\t]+(?:for[^\S\n\t]+sale|to[^\S\n\t]+(?:be[^\S\n\t]+)?sold)\)))[^\S\n]*\t[^\S\n]*(?<value>[^\t\n]*\S)[^\S\n]*$/i;

/**
 * The line written with a colon ("exclude: DAL-01|CHI-02") when it is a two-column row of an exclusion key and its
 * value separated by a tab, so that the whole value is read as the key's list; else null.
 */
export function tabbedExclusionLine(line: string): string | null {
  const match = TABBED_EXCLUSION_LINE.exec(line);
  if (match?.groups === undefined) return null;
  return `${match.groups['label'] ?? ''}: ${match.groups['value'] ?? ''}`;
}
