import { restatedLineEdits, type TextEdit } from './restated-brief.js';

// A table pasted as text whose header names what each row is (a type, a market, a building) and a column that says
// whether it is excluded: "asset_type,excluded,reason" then "data_center,yes,mission-critical IT", or "market | out"
// then "Phoenix | y". A row marked yes is restated as the order it gives ("Exclude: data_center"); a row marked no
// asks for nothing and is restated as nothing, as is the header. The first row whose mark is neither ends the table
// ("Target,$115M," is another kind of line, left as written). A table with no mark column but a reason column
// ("Type | Reason") under a title that rules out ("Fwd: types we won't sell") has every row marked yes by its title.

/** The cells of a row: split at commas, tabs, bars or semicolons, whichever the header uses. */
const SEPARATORS = [',', '\t', '|', ';'] as const;

/** A header cell naming what a row is: "asset_type", "type", "market", "asset id", "building". */
const ITEM_HEADER =
  /^(?:asset[_\s-]?types?|property[_\s-]?types?|types?|markets?|metros?|states?|assets?|asset[_\s-]?ids?|ids?|sites?|buildings?|propert(?:y|ies)|names?)$/i;
/** A header cell for the mark: "excluded", "exclude", "out", "keep_out", "do not sell", "off limits". */
const MARK_HEADER =
  /^(?:exclude[ds]?|exclusions?|out|keep[_\s-]?out|do[_\s-]?not[_\s-]?sell|off[_\s-]?limits|not[_\s-]?for[_\s-]?sale)\??$/i;
/** A header cell that gives each row's reason: "reason", "why", "rationale", "notes". */
const REASON_HEADER = /^(?:reasons?|why|rationale|notes?|comments?)$/i;
/**
 * A title over a table with no mark column that rules out every row: "Fwd: types we won't sell", "Assets we can't
 * include", "Carve-outs", "Excluded types". Never one that asks a question ("which types won't we sell?").
 */
const TITLE_RULING_OUT =
  /^(?![^\n]*\?)[^\n]*(?:\b(?:won['\u2019]?t|will\s+not|can['\u2019]?t|cannot|do\s+not|don['\u2019]?t|not\s+to)\s+(?:sell|touch|include)\b|\b(?:excluded|exclusions|keep[-\s]?outs?|off[-\s]limits|not\s+for\s+sale|carve[-\s]?outs?)\b)/i;

/** A mark that rules the row's item out. */
const YES = /^(?:yes|y|true|x|excluded?|out)$/i;
/** A mark that leaves the row's item in. */
const NO = /^(?:no|n|false|in|included?)$/i;
/** What a row's item may be: a name of up to five words, or an id ("data_center", "Inland Empire", "CHI-03"). */
const ITEM = /^[A-Za-z][\w.'&-]*(?:\s+[\w.'&-]+){0,4}$/;

/** A row's cells, trimmed, at the separator the header uses (a leading and a trailing bar dropped). */
function cellsOf(line: string, separator: string): string[] {
  const inner = separator === '|' ? line.trim().replace(/^\|/, '').replace(/\|$/, '') : line;
  return inner.split(separator).map((cell) => cell.trim());
}

/**
 * Restates the pasted tables that mark items excluded: each row marked yes as "Exclude: <item>", each row marked no
 * and the header as nothing.
 */
export function pastedExclusionTableRestatements(brief: string): TextEdit[] {
  if (!/exclu|out|off|sell/i.test(brief)) return [];
  const lines = brief.split('\n');
  const restated: (string | undefined)[] = [...lines];
  let changed = false;
  for (let index = 0; index < lines.length; index += 1) {
    const header = lines[index] ?? '';
    const separator = SEPARATORS.find((candidate) => header.includes(candidate));
    if (separator === undefined) continue;
    const headings = cellsOf(header, separator);
    const itemColumn = headings.findIndex((cell) => ITEM_HEADER.test(cell));
    const markColumn = headings.findIndex((cell) => MARK_HEADER.test(cell));
    // "Type | Reason" under "Fwd: types we won't sell": the title is every row's mark.
    const ruledByTitle =
      markColumn < 0 && headings.some((cell) => REASON_HEADER.test(cell)) && TITLE_RULING_OUT.test(lines[index - 1] ?? '');
    if (itemColumn < 0 || (markColumn < 0 && !ruledByTitle)) continue;
    const rows: string[] = [];
    let next = index + 1;
    for (; next < lines.length; next += 1) {
      const cells = cellsOf(lines[next] ?? '', separator);
      const item = cells[itemColumn] ?? '';
      const mark = ruledByTitle ? 'yes' : (cells[markColumn] ?? '');
      if (cells.length < headings.length - 1 || cells.length < 2 || !ITEM.test(item) || !(YES.test(mark) || NO.test(mark))) break;
      rows.push(YES.test(mark) ? `Exclude: ${item}.` : '');
    }
    // A header with no marked row under it is left as written.
    if (rows.length === 0) continue;
    restated[index] = '';
    for (const [offset, row] of rows.entries()) restated[index + 1 + offset] = row;
    changed = true;
    index = next - 1;
  }
  return changed ? restatedLineEdits(lines, restated) : [];
}
