import { restatedLineEdits, type TextEdit } from './restated-brief.js';

/*
 * Tables of buildings kept out of the sale, each row a building and why it stays, in two shapes the parameter-table
 * reader does not take for exclusions: a bordered table whose header pairs the building with why it stays ("| Building
 * | Why it stays |", "| Site | Reason we keep it |"), and a heading that names the exclusions with its columns in
 * brackets ("Exclusions (building | why)", "Do not sell (site | reason):") over rows of a name, a bar and a reason
 * ("Wilmer Automated Distribution Center | automation lease-in"). Each row is restated as the exclusion it makes
 * ("Exclude: Wilmer Automated Distribution Center"), the header and separator rows as nothing. A table whose second
 * column says anything else ("| Building | Sale price |", "| Site | Notes |") is left to the other readers.
 */

/** A header cell that names the buildings of a table's first column: "Building", "Site", "Asset name", "Property". */
const BUILDING_HEADER =
  /^(?:the\s+)?(?:buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)|locations?)(?:\s+(?:name|names|id|ids))?$/i;

/**
 * A header cell that gives why its building is kept: "Why it stays", "Reason we keep it", "Why kept", "Why it can't be
 * sold", "Reason for keeping", "Why excluded".
 */
const KEPT_REASON_HEADER =
  /^(?:why|reasons?)\b(?=.*\b(?:stays?|staying|kept|keep(?:ing)?|held|hold(?:ing)?|retain(?:ed|ing)?|excluded|exclusion|out|can['\u2019]?t|cannot|not\s+(?:sold|for\s+sale|selling))\b)[^|\n\d$]{0,40}$/i;

/** A header that gives why a building is in the sale, not out of it: "Why it stays in the sale", "Why we can sell it". */
const IN_THE_SALE_HEADER =
  /\bin\s+(?:the\s+)?(?:sale|scope|program(?:me)?|deal|pool|mix|play|package)\b|\b(?:why|reasons?)\s+(?:we\s+|to\s+)?(?:sell|include)\b|\b(?:can|could|should|may)\s+(?:be\s+)?(?:sold|go|sell)\b/i;

/**
 * A heading that names the exclusions, its columns in brackets: "Exclusions (building | why)", "Excluded sites (name |
 * reason):", "Do not sell (site | reason)", "Keepers (building | why)".
 */
const EXCLUSIONS_HEADING =
  /^[^\S\n]*(?:exclusions?|excluded(?:\s+(?:buildings|sites|assets|properties))?|do[-\s]not[-\s]sell(?:\s+list)?|keepers|held\s+back|carve[-\s]?outs?|not\s+for\s+sale)[^\S\n]*\([^()|\n]{1,30}\|[^()|\n]{1,30}\)[^\S\n]*:?[^\S\n]*$/i;

/** A row's first cell that can name a building: words, or an asset's id, but no figure or money. */
const BUILDING_CELL = /^(?:[A-Za-z][A-Za-z .,'&()/-]{1,80}|[A-Z]{2,4}-\d{1,3}(?:\s+[A-Za-z][A-Za-z .,'&()/-]{0,80})?)$/;

/** The cells of a line split by bars, the outer borders dropped; null for a line with no bar. */
function cellsOf(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.includes('|')) return null;
  return trimmed
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Whether a row is a separator: "|---|---|". */
const isRule = (cells: readonly string[]): boolean => cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === '');

/**
 * The rows under a header or heading at `from`, restated into `restated` as exclusions while each row is a building
 * and its reason; the index of the first line after them.
 */
function restateRows(lines: readonly string[], restated: string[], from: number): number {
  let index = from;
  for (; index < lines.length; index += 1) {
    const cells = cellsOf(lines[index] ?? '');
    if (cells === null) break;
    if (isRule(cells)) {
      restated[index] = '';
      continue;
    }
    const [name, reason] = cells;
    if (cells.length !== 2 || name === undefined || reason === undefined || !BUILDING_CELL.test(name)) break;
    restated[index] = `Exclude: ${name}`;
  }
  return index;
}

/** The edits that restate tables of buildings kept out of the sale (see above) as exclusions; none when there is none. */
export function keptBuildingTableRestatements(brief: string): TextEdit[] {
  if (!brief.includes('|')) return [];
  const lines = brief.split('\n');
  const restated = [...lines];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const cells = cellsOf(line);
    const header =
      cells !== null &&
      cells.length === 2 &&
      BUILDING_HEADER.test(cells[0] ?? '') &&
      KEPT_REASON_HEADER.test(cells[1] ?? '') &&
      !IN_THE_SALE_HEADER.test(cells[1] ?? '');
    if (!header && !EXCLUSIONS_HEADING.test(line)) continue;
    const end = restateRows(lines, restated, index + 1);
    // A header with no row of buildings under it is left as written.
    if (!restated.slice(index + 1, end).some((row) => row.startsWith('Exclude: '))) {
      for (let row = index + 1; row < end; row += 1) restated[row] = lines[row] ?? '';
      continue;
    }
    restated[index] = '';
    index = end - 1;
  }
  return restatedLineEdits(lines, restated);
}
