import type { TextEdit } from './restated-brief.js';

// Spreadsheet cells pasted with their label in brackets or quotes, or by column letters, restated as the "label: value"
// lines the field readers know: "Cell C6 (Min leaseability): 0.55", "Cell B10 ('tax'): 0.25", "A: Min leaseability |
// B: 0.6", "Inputs!B3 = 0.55   (crit ceiling)", "D6: 'Tax'   E6: 25%". `pasted-shapes.ts` reads cells whose label
// stands bare after the reference; these shapes hide the label from it.

/** A cell reference, with its sheet's name when given: "C6", "B11", "Inputs!B3". */
const REFERENCE = String.raw`(?:[A-Za-z][\w ]{0,20}!)?[A-Z]{1,2}\d{1,4}`;

/** A label, quoted or not: "Min leaseability", "'tax'", "\"crit ceiling\"". */
const LABEL = String.raw`['"\u2018\u2019\u201c\u201d]?(?<label>[A-Za-z][A-Za-z0-9 _./%&-]{0,40}?)['"\u2018\u2019\u201c\u201d]?`;

/**
 * The cell shapes, one a line: the label in brackets after the reference ("Cell C6 (Min leaseability): 0.55"), column
 * letters before the label and the value ("A: Min leaseability | B: 0.6"), the value then the label in brackets
 * ("Inputs!B3 = 0.55   (crit ceiling)"), and a quoted label between two references ("D6: 'Tax'   E6: 25%").
 */
const CELL_SHAPES: readonly RegExp[] = [
  new RegExp(
    String.raw`^[^\S\n]*(?:cell[^\S\n]+)?${REFERENCE}[^\S\n]*\([^\S\n]*${LABEL}[^\S\n]*\)[^\S\n]*[:=][^\S\n]*(?<value>\S.*?)[^\S\n]*$`,
    'i',
  ),
  new RegExp(String.raw`^[^\S\n]*[A-Z]{1,2}[^\S\n]*:[^\S\n]*${LABEL}[^\S\n]*\|[^\S\n]*[A-Z]{1,2}[^\S\n]*:[^\S\n]*(?<value>\S.*?)[^\S\n]*$`),
  new RegExp(String.raw`^[^\S\n]*${REFERENCE}[^\S\n]*=[^\S\n]*(?<value>[^\s(]+)[^\S\n]*\([^\S\n]*${LABEL}[^\S\n]*\)[^\S\n]*$`),
  new RegExp(
    String.raw`^[^\S\n]*${REFERENCE}:[^\S\n]*['"\u2018\u201c](?<label>[A-Za-z][A-Za-z0-9 _./%&-]{0,40}?)['"\u2019\u201d][^\S\n]+${REFERENCE}:[^\S\n]*(?<value>\S.*?)[^\S\n]*$`,
  ),
];

/**
 * A label that says its cell is not to be used ("statutory rate - reference only, not used", "memo: prior year"): the
 * line is left as written, so that no reader takes its figure for a setting.
 */
const UNUSED_LABEL = /\b(?:not\s+used|unused|reference\s+only|for\s+reference|memo|ignore|prior|previous|old)\b/i;

/**
 * The edits restating such cells as "label: value" lines; none unless two lines at least hold cells of these shapes,
 * so that a lone "(see B3): 12" in a sentence is left alone.
 */
export function labelledCellRestatements(text: string): TextEdit[] {
  if (!/[A-Z]\d|[A-Z][^\S\n]*:[^\n]*\|/.test(text)) return [];
  const edits: TextEdit[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const groups = CELL_SHAPES.map((shape) => shape.exec(line)).find((match) => match !== null)?.groups;
    if (groups !== undefined) {
      const label = (groups['label'] ?? '').trim();
      if (!UNUSED_LABEL.test(label)) edits.push({ start: offset, end: offset + line.length, text: `${label}: ${groups['value'] ?? ''}` });
    }
    offset += line.length + 1;
  }
  return edits.length >= 2 ? edits : [];
}
