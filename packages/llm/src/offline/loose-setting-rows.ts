import { lineStartsOf, type TextEdit } from './restated-brief.js';

/**
 * Settings pasted in loose shapes that `pasted-shapes.ts` leaves alone, restated as the labelled lines the readers know:
 * a snake-case key and its figure joined by a comma with no header above them ("target_usd,64000000", "target_usd,
 * 76000000," with an empty comment cell), the ask or the floor as a row of two cells ("target,$150M"), a key whose name ends in millions of dollars ("floor musd: 100", "floor_musd:
 * 100") as "floor (USD m): 100", and an ask and a floor named on one line and their figures on the next, split by
 * slashes ("Ask / Floor" over "$135M / $120M", or "Ask/Floor/Tax" over "$134M/$115M/21%"). Spreadsheet cells with references and no colons are restated with the
 * other cells, in `pasted-shapes.ts`.
 */

/** A snake-case key, its figure and an optional comment cell, joined by commas: "target_usd,64000000", "max_crit,0.45,". */
const COMMA_SETTING = /^(?<indent>[^\S\n]*)(?<key>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)[^\S\n]*,[^\S\n]*(?<value>\d[\d.]*)[^\S\n]*(?:,[^\n]*)?$/;

/** A key naming millions of dollars as its unit: "floor musd: 100", "target_usd_m: 120", "floor_mm: 95", "target_musd" and a tab. */
const MILLIONS_KEY =
  /^(?<indent>[^\S\n]*)(?<name>[a-z][a-z]*(?:[ _][a-z]+)*?)[ _](?:musd|usdm|usd[ _]m|mm|usd[ _]mn)(?:[^\S\n]*[:=]|[^\S\n]*\t)[^\S\n]*(?<value>\d[\d.]*)[^\S\n]*$/i;

/** A header of names split by slashes, the ask's and the floor's among them: "Ask / Floor", "Target / Minimum". */
const SLASH_HEADER = /^[^\S\n]*[A-Za-z][A-Za-z ()$]{0,30}(?:[^\S\n]*\/[^\S\n]*[A-Za-z][A-Za-z ()$]{0,30})+[^\S\n]*$/;
/** The ask's name and the floor's, as a slash header's cells. */
const ASK_NAME = /^(?:ask|target|target\s+proceeds|goal|raise)$/i;
const FLOOR_NAME = /^(?:floor|minimum|min|walk[-\s]?away|fall[-\s]?back)$/i;

/**
 * The ask or the floor as a two-cell row of a pasted sheet, its key one plain word and its figure money: "target,$150M",
 * "floor,120M", "target,$100,000,000". Only the two cells, so that a sentence ("Target, $150M, no plants") keeps its
 * words.
 */
const COMMA_AMOUNT_ROW =
  /^(?<indent>[^\S\n]*)(?<key>target|floor|ask|goal|minimum|raise)[^\S\n]*,[^\S\n]*(?<value>(?:us\$|usd[^\S\n]?|\$)?\d{1,3}(?:,\d{3})+|(?:us\$|usd[^\S\n]?|\$)?\d[\d.]*[^\S\n]?(?:mm|mn|m|bn|b|k|million|billion)?)[^\S\n]*$/i;

/** The edits restating each loose setting of the brief; none when it has none. */
export function looseSettingRestatements(brief: string): TextEdit[] {
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits: TextEdit[] = [];
  const replace = (first: number, last: number, text: string): void => {
    const start = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (lines[last] ?? '').length;
    if (brief.slice(start, end) !== text) edits.push({ start, end, text });
  };
  lines.forEach((line, index) => {
    const setting = COMMA_SETTING.exec(line)?.groups;
    if (setting !== undefined) {
      replace(index, index, `${setting['indent'] ?? ''}${setting['key'] ?? ''}: ${setting['value'] ?? ''}`);
      return;
    }
    const amount = COMMA_AMOUNT_ROW.exec(line)?.groups;
    if (amount !== undefined) {
      replace(index, index, `${amount['indent'] ?? ''}${amount['key'] ?? ''}: ${amount['value'] ?? ''}`);
      return;
    }
    const millions = MILLIONS_KEY.exec(line)?.groups;
    if (millions !== undefined) {
      replace(
        index,
        index,
        `${millions['indent'] ?? ''}${(millions['name'] ?? '').replace(/_/g, ' ')} (USD m): ${millions['value'] ?? ''}`,
      );
      return;
    }
    if (!SLASH_HEADER.test(line)) return;
    const names = line.split('/').map((name) => name.trim());
    const figures = (lines[index + 1] ?? '').split('/').map((figure) => figure.trim());
    if (!names.some((name) => ASK_NAME.test(name)) || !names.some((name) => FLOOR_NAME.test(name))) return;
    if (
      figures.length !== names.length ||
      !figures.every((figure) => /^(?:us\$|usd|\$)?[^\S\n]*\d[\d.,]*[^\S\n]*(?:[a-z]{0,7}|%)$/i.test(figure))
    )
      return;
    replace(index, index + 1, names.map((name, column) => `${name}: ${figures[column] ?? ''}.`).join(' '));
  });
  return edits;
}
