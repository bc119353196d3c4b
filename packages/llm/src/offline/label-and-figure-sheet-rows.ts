import { lineStartsOf, type TextEdit } from './restated-brief.js';

/**
 * A sheet pasted as rows of two cells, a label and its value, split by a tab or by a comma and a space, under any line
 * of prose ("Pasting from the sheet:" then "Max net leverage, 3.6" and "Tax rate, 21%"; "metric<TAB>limit" then
 * "net_debt_to_ebitda<TAB>3.8"): each row restated as "label: value", which the label readers read as a form. Rows
 * count only two or more together with a figure in each of two at least, so that a sentence with a comma ("Thanks,
 * Dana") is never taken for one; a row whose value is a word ("Strategy, optimal") is restated with its block. Rows
 * split by a tab are a sheet's whatever they hold: their values may be lists or words ("markets_excluded<TAB>Dallas",
 * "exclude_ids<TAB>DAL-01, NWK-03"), and one figure among two rows or more is enough.
 */

/** One row: a label of a few words with no figure and no colon, the split, and a value of one cell. */
const ROW = /^(?<indent>[^\S\n]*)(?<label>[A-Za-z][^\d,:;\t\n.!?]{0,50}?)[^\S\n]*(?<split>\t+|,[^\S\n]+)(?<value>[^,;:\t\n]+?)[^\S\n]*$/;

/** A value that is a figure, with its currency and unit: "3.6", "$14m", "21%", "0.22", "130", "4.5x", "15 years". */
const FIGURE_VALUE =
  /^(?:[$\u20ac\u00a3][^\S\n]?|usd[^\S\n]*)?\d[\d,]*(?:\.\d+)?[^\S\n]*(?:%|x|m|mm|mn|bn|k|million|billion|years?|yrs?)?$/i;

/**
 * One row split by a tab, whose value cell may hold commas and spaces, as a spreadsheet's cell keeps them
 * ("exclude_ids<TAB>DAL-01, NWK-03", "types<TAB>office,retail", "target_proceeds<TAB>$260,000,000"). A label that
 * holds its currency ("Floor $<TAB>30,000,000") is left to the readers of pasted columns, which read it as a form would
 * not. A third cell of words is the row's note ("Mortgaged<TAB>Exclude<TAB>lender consent not available"), kept in a
 * bracket after the value; a third cell with a figure makes the row another table's.
 */
const TAB_ROW =
  /^(?<indent>[^\S\n]*)(?<label>[A-Za-z][^\d,:;\t\n.!?$\u20ac\u00a3]{0,50}?)[^\S\n]*(?<split>\t+)(?<value>[^\t\n]{1,80}?)(?:\t+(?<note>[A-Za-z][^\d\t\n]{0,80}?))?[^\S\n]*$/;

/**
 * A third cell that is a note, not a unit: two words at least, the first no unit ("per board", "lender consent not
 * available"; never "years", "USD m" or "x").
 */
const NOTE_CELL =
  /^(?!(?:usd|eur|gbp|us\$|years?|yrs?|x|percent|pct|m|mm|mn|bn|millions?|billions?|fraction|ratio|times|months?|bps|dollars?)\b)[a-z][\w'-]*[^\S\n]+[a-z]/i;

/** A value that is one word: "optimal", "exclude", "us_gaap". */
const WORD_VALUE = /^[A-Za-z][\w-]{0,30}$/;

/** The edits restating each block of label-and-value rows as labelled lines; none when the brief has no such block. */
export function labelAndFigureSheetRowRestatements(brief: string): TextEdit[] {
  if (!brief.includes('\t') && !brief.includes(', ')) return [];
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits: TextEdit[] = [];
  let block: { index: number; text: string; figure: boolean; split: string }[] = [];
  const close = (): void => {
    // Rows split by tabs are a sheet's whatever their values, so one figure among them is enough; rows split by a comma
    // need two, so that prose is never taken for them.
    const figuresNeeded = block[0]?.split === 'tab' ? 1 : 2;
    if (block.length >= 2 && block.filter((row) => row.figure).length >= figuresNeeded)
      for (const { index, text } of block)
        edits.push({ start: starts[index] ?? 0, end: (starts[index] ?? 0) + (lines[index] ?? '').length, text });
    block = [];
  };
  lines.forEach((line, index) => {
    const tabRow = TAB_ROW.exec(line)?.groups;
    const row = tabRow ?? ROW.exec(line)?.groups;
    const value = row?.['value'] ?? '';
    const figure = FIGURE_VALUE.test(value);
    const label = row?.['label'] ?? '';
    const split = (row?.['split'] ?? '').startsWith('\t') ? 'tab' : 'comma';
    // A tab row's value may be words and lists ("DAL-01, NWK-03", "IFRS 16"); a comma row's must be a figure or a word.
    if (row === undefined || (!figure && tabRow === undefined && !WORD_VALUE.test(value)) || label.trim().split(/\s+/).length > 6) {
      close();
      return;
    }
    // A block keeps one split: a tab row after comma rows starts a block of its own.
    if (block.length > 0 && block[0]?.split !== split) close();
    // A unit in the third cell ("years", "USD m", "x") is the value's own, left as the readers of units read it.
    const written = tabRow?.['note'];
    const note = written !== undefined && NOTE_CELL.test(written) ? written : undefined;
    if (written !== undefined && note === undefined) {
      close();
      return;
    }
    block.push({ index, text: `${row['indent'] ?? ''}${label}: ${value}${note === undefined ? '' : ` (${note})`}`, figure, split });
  });
  close();
  return edits;
}
