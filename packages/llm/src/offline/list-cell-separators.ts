/*
 * A table's or a pasted setting's cell may hold a whole list joined by semicolons or bars ("Excluded markets
 * Atlanta; Newark", "exclude_markets,Dallas|Phoenix"). There the separator joins items as a comma would; in running
 * text a semicolon ends a clause ("exclude Dallas; Houston is where we sell"), so the separator counts only when the
 * rest of its line is made of such short items and nothing else.
 */

/**
 * A semicolon with spaces around it, or a bar written tight between two words ("Dallas|Phoenix") or with a space on
 * each side ("Atlanta | Dallas"); the reading copy writes a bar as a colon (a table's border read as a label's), so
 * such a colon is one too.
 */
const CELL_SEPARATOR = /^[^\S\n]*;[^\S\n]*|^[|:](?=[^\s|:])|^[^\S\n]+[|:][^\S\n]+(?=[a-z])/i;

/** An item of a cell's list: a few words, no figures, no sentence punctuation ("Inland Empire", "NJ"). */
const CELL_ITEM = /^[A-Za-z][A-Za-z.'&-]*(?:[^\S\n]+[A-Za-z][A-Za-z.'&-]*){0,3}$/;

/**
 * The separator at `index` of `text` that joins the items of one cell's list, or null: a semicolon or a tight bar,
 * after which the rest of the line (up to a trailing comma of a pasted row) is only short items so joined.
 */
export function cellListSeparator(text: string, index: number): RegExpExecArray | null {
  const rest = text.slice(index);
  const separator = CELL_SEPARATOR.exec(rest);
  if (separator === null) return null;
  const mark = separator[0].trim();
  const lineEnd = rest.indexOf('\n');
  const line = (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).slice(separator[0].length).replace(/[^\S\n]*,?[^\S\n]*$/, '');
  const items = line.split(mark).map((item) => item.trim());
  return items.length > 0 && items.every((item) => CELL_ITEM.test(item)) ? separator : null;
}
