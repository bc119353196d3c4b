/**
 * Briefs pasted as parameter tables and forms: a pipe table ("| Target | 60 | USD m |"), a table aligned with
 * spaces ("Rent cap      6       $mm/yr"), or `key = value` lines with field-like names ("exclude_ids=ATL-03").
 * Each row is restated as the labelled statement it makes ("Target: $60m"), which the readers already know,
 * before the brief is read: a header row and a separator row state nothing and are dropped, a value and its
 * unit in separate cells are written together, and a column of ticks or reasons becomes what it decides.
 */

import { carvedOutNote } from './carved-out-table-notes.js';
import { restatedLineEdits, type TextEdit } from './restated-brief.js';
import { restateWideExclusionTable, tabbedExclusionLine } from './wide-exclusion-tables.js';

/** A cell that only numbers its row: "Row 3", "#", "2.". */
const ROW_NUMBER = /^(?:#|row\s*\d{1,3}|\d{1,3}\.?)$/i;
/** A label that is an asset's id, alone or before its name ("IE-01", "HOU-02 Baytown Cold Storage Warehouse"). */
const ASSET_ID_LABEL = /^[A-Z]{2,4}-\d{1,3}\b/;

/** A row of a table: its cells, trimmed, as written. */
interface Row {
  readonly cells: readonly string[];
  /** True for a separator row ("|---|---|"). */
  readonly rule: boolean;
}

/** What a column of a table holds, read from its header. */
type ColumnRole = 'label' | 'value' | 'unit' | 'note' | 'before' | 'bound' | 'decision';

/** A header cell that names a column of values, units or notes: what tells a header row from a row of figures. */
const HEADER_WORD =
  /\b(?:value|values|amount|units?|notes?|param|parameter|field|metric|item|line|input|constraint|control|reason|sell|scope|action|today|current|limit|applied|policy|asset|class|type|market|site|property|name|covenant|setting|figure|row|measure|level|id|status|draft|final|revised|proposed|previous|prior|original|why|include|included|eligible|decision)\b/;
/** The header of a column that only explains a row ("Notes", "Reason"): kept as a remark, never as the value. */
const NOTE_HEADER = /^(?:notes?|comments?|remarks?|reason|rationale|why|source|description)$/;
/** The header of a column of levels in place before the deal ("Today", "Policy value"): not what the brief asks. */
const BEFORE_HEADER = /\b(?:today|current|actual|actuals|existing|policy|pre-deal|draft|previous|prior|original|old)\b/;
/** The header of a column that says which way a bound runs ("Max/Min"). */
const BOUND_HEADER = /^(?:max\/min|min\/max|max \/ min|min \/ max|bound)$/;
/** The header of a column that decides each row ("Sell?", "In scope", "Action"). */
const DECISION_HEADER = /\b(?:sell|scope|include|included|action|eligible|decision|status)\b/;
/** The header of a first column whose rows are all ruled out ("Exclusion", "Excluded markets", "Do not sell"). */
const EXCLUSION_HEADER = /^(?:exclusions?|excluded\b.*|exclude\b.*|do[- ]not[- ]sell\b.*|not for sale|carve[- ]?outs?)$/;

/** A cell that says yes to its row ("✓", "Yes", "Include", "Sell"). */
const YES_CELLS: ReadonlySet<string> = new Set([
  '\u2713',
  '\u2714',
  '\u2611',
  'yes',
  'y',
  'include',
  'included',
  'in',
  'sell',
  'in scope',
  'available',
  'sell if needed',
]);
/** A cell that says no to its row ("✗", "No", "Exclude", "Out"). */
const NO_CELLS: ReadonlySet<string> = new Set([
  '\u2717',
  '\u2718',
  '\u2612',
  'x',
  'no',
  'n',
  'exclude',
  'excluded',
  'out',
  'remove',
  'drop',
  'do not sell',
  "don't sell",
  'not for sale',
  'out of scope',
  'hold',
  'retain',
  'retained',
  'keep',
]);
/** A row that stands for every item not listed ("Everything else | Yes"): the rows listed already decide it. */
const EVERYTHING_ELSE = /^(?:everything else|all others?|all other\b.*|the rest|rest|other|others|remaining\b.*)$/;

/** A bare figure in a value cell: "60", "95,000", "<= 3.5" (no unit of its own). */
const BARE_FIGURE = /^(?:[<>=~\u2264\u2265]=?\s*)?(\d[\d,]*(?:\.\d+)?|\.\d+)$/;
/** A unit of money: "USD m", "$mm", "$bn", "$000", "million". */
const MONEY_UNIT =
  /^(?:usd|us\$|\$)?\s*(?:(?<billions>billions?|bn|b)|(?<millions>millions?|mm|mn|mio|m)|(?<thousands>thousands?|'000|000|k)|(?<dollars>))(?![a-z])/;
/** A unit of a share or a rate: "%", "% p.a.", "percent". */
const PERCENT_UNIT = /^(?:%|percent|per cent|pct)(?![a-z])/;
/** A unit of a multiple: "x", "x EBITDA", "times". */
const MULTIPLE_UNIT = /^(?:x|times|turns)(?![a-z])/;
/** A unit of time: "years", "yrs", "y". */
const YEARS_UNIT = /^(?:years?|yrs?|y)(?![a-z])/;
/** A unit that is only a scale ("score", "decimal", "fraction of proceeds"): the figure reads as it stands. */
const PLAIN_UNIT = /^(?:score|decimal|fraction|ratio|share|index)(?![a-z])/;

/** A note that says a bound is a ceiling ("a ceiling, not an estimate", "maximum"): the label is read as a cap. */
const CEILING_NOTE = /\b(?:ceiling|cap|maximum|max|limit|at most|not to exceed)\b/;
/** A label that already says which way its bound runs. */
const BOUNDED_LABEL = /\b(?:max|maximum|min|minimum|cap|ceiling|floor|limit|target|proceeds|amount)\b/;
/**
 * A note that puts another figure in the value's place ("lender's limit; our internal 3.5x applies instead"): the
 * figure that applies is the one the row states.
 */
const REPLACING_NOTE =
  /(?<figure>\$?\d+(?:\.\d+)?\s*(?:x|%|m|bn)?)(?![\d.])[^\d]*\b(?:applies|apply|instead|governs|is binding)\b|\b(?:use|apply)\s+(?<used>\$?\d+(?:\.\d+)?\s*(?:x|%|m|bn)?)(?![\d.])/;

/** Short field names in a form ("nl_max", "fccr_min") spelt out as the words a brief uses. */
const FIELD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  nl: 'net leverage',
  lal: 'lease-adjusted leverage',
};
/** The words of an exclusion key that name what is listed ("exclude_ids"): the list itself says it. */
const LISTED_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'list']);

/** A line of a form whose key is a field-like name ("exclude_ids=ATL-03,HOU-04", "rent_cap: 16m/yr"). */
const FIELD_KEY_LINE = /^(?<indent>\s*)(?<key>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?<joiner>\s*[:=]\s*)(?<value>.*)$/;

/**
 * The edits that restate every parameter-table row and form line as a labelled statement, one per line
 * restated; none when the brief holds no table. Lines keep their order, so a row is still where it was written.
 */
export function parameterTableRestatements(brief: string): TextEdit[] {
  // Cheap test first: a brief with no cell border, no aligned columns and no field-like key has no table.
  const dashed = brief.includes('\u2014') || brief.includes('\u2013') || brief.includes(' - ');
  if (
    !dashed &&
    !brief.includes('|') &&
    !brief.includes('  ') &&
    !brief.includes('\t') &&
    !brief.includes('=') &&
    !brief.includes('_') &&
    !brief.includes('xclud')
  )
    return [];
  const lines = brief.split('\n');
  const rows = lines.map(rowOf);
  const restated = [...lines];
  // A form is two lines or more of a label, a dash and its value ("Amount — 50m", "mortgaged — exclude").
  const dashForm = dashed ? lines.filter((line) => DASH_FORM_LINE.test(line.toLowerCase())).length >= 2 : false;
  for (let index = 0; index < lines.length; ) {
    if (rows[index] === null) {
      restated[index] = restateFormLine(lines[index] ?? '', dashForm);
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && rows[end] !== null) end += 1;
    if (!restateWideExclusionTable(rows.slice(index, end) as Row[], restated, index))
      restateTable(rows.slice(index, end) as Row[], restated, index, lines);
    index = end;
  }
  return restatedLineEdits(lines, restated);
}

/** The cells of a line that is a table row (cell borders, or three or more columns aligned with spaces); else null. */
function rowOf(line: string): Row | null {
  const trimmed = line.trim();
  if (trimmed.includes('|')) {
    const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
    const split = inner.split('|').map((cell) => cell.trim());
    // A first cell that only numbers the row ("Row 3", "#", "2.") says nothing of it.
    const cells = split.length >= 3 && ROW_NUMBER.test(split[0] ?? '') ? split.slice(1) : split;
    if (cells.length < 2) return null;
    const rule = cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === '');
    return { cells, rule };
  }
  if (!trimmed.includes('  ') && !trimmed.includes('\t')) return null;
  const cells = trimmed.split(/\s{2,}|\t/).map((cell) => cell.trim());
  // Three columns at least, so that a double space in a sentence makes no table.
  if (cells.length < 3 || cells.some((cell) => cell === '')) return null;
  return { cells, rule: false };
}

/** Restates the rows of one table, [from, from + rows.length) of the brief's lines, into `restated`. */
function restateTable(rows: readonly Row[], restated: string[], from: number, lines: readonly string[]): void {
  const first = rows[0];
  const header = first !== undefined && isHeader(first) ? first.cells.map((cell) => cell.toLowerCase()) : null;
  const roles = header === null ? [] : header.map(roleOf);
  const ruledOut = header !== null && (EXCLUSION_HEADER.test(header[0] ?? '') || isReasonedPlaces(header));
  rows.forEach((row, offset) => {
    const at = from + offset;
    if (row.rule || (header !== null && offset === 0)) {
      // A header row and a separator row state nothing.
      restated[at] = '';
      return;
    }
    restated[at] = restateRow(row.cells, roles, ruledOut) ?? restateFormLine(lines[at] ?? '');
  });
}

/**
 * True when a header pairs places with only a reason for each ("Market | Reason", "Site | Why"): a reason is given for
 * leaving a place out, so the rows rule their places out.
 */
function isReasonedPlaces(header: readonly string[]): boolean {
  const last = header[header.length - 1] ?? '';
  return (
    /^(?:markets?|metros?|sites?|assets?|buildings?|locations?|propert(?:y|ies)|(?:asset |site )?ids?)$/.test(header[0] ?? '') &&
    // "Market | Reason", "Market | Reason we can't sell there", or a reason for leaving out after the name ("Asset ID |
    // Name | Reason excluded").
    ((header.length === 2 &&
      /^(?:reasons?|why|rationale)(?: (?:out(?: of scope)?|excluded|for exclusion|kept|retained|(?:we )?(?:can['\u2019]?t|cannot|won['\u2019]t) sell(?: there| it| them)?))?$/.test(
        last,
      )) ||
      (header.length === 3 && /^(?:reasons?|why) (?:out|excluded|for exclusion|kept|retained)$/.test(last)))
  );
}

/** True when a row is a table's header: no figures, and every cell names a column ("Item", "Value", "Unit", "Sell?"). */
function isHeader(row: Row): boolean {
  const lower = row.cells.map((cell) => cell.toLowerCase());
  // Every cell a column's name: "Scope | Illinois" is a row that states a scope, not a header.
  return lower.every((cell) => !/\d/.test(cell) && (HEADER_WORD.test(cell) || EXCLUSION_HEADER.test(cell) || BOUND_HEADER.test(cell)));
}

function roleOf(header: string, column: number): ColumnRole {
  if (column === 0) return 'label';
  if (/^units?$/.test(header)) return 'unit';
  if (NOTE_HEADER.test(header)) return 'note';
  if (BOUND_HEADER.test(header)) return 'bound';
  if (BEFORE_HEADER.test(header)) return 'before';
  if (DECISION_HEADER.test(header)) return 'decision';
  return 'value';
}

/** One row restated ("Target: $60m"), an empty line for a row that only restates what others decide, or null to keep it. */
function restateRow(cells: readonly string[], roles: readonly ColumnRole[], ruledOut: boolean): string | null {
  const label = labelWords(cells[0] ?? '');
  // An asset's id is the one label with a figure in it ("IE-01 | No", "HOU-02 Baytown Cold Storage Warehouse | retain").
  const assetId = ASSET_ID_LABEL.test(label);
  if (label === '' || (/\d/.test(label) && !assetId)) return null;
  if (assetId && ruledOut) return `Exclude ${label}`;
  const decisionColumn = roles.indexOf('decision');
  const decision = decisionColumn > 0 ? decisionOf(cells[decisionColumn] ?? '') : null;
  if (decision !== null) {
    if (EVERYTHING_ELSE.test(label.toLowerCase())) return '';
    // "Columbus | yes | except the Dublin lab": the note's carve-out stays beside the place.
    const noteColumns = roles.map((role) => role === 'note');
    const carved = decision ? carvedOutNote(cells, noteColumns) : null;
    return decision ? (carved === null ? label : `${label} (${carved})`) : `Exclude ${label}`;
  }
  const valueColumn = roles.indexOf('value') > 0 ? roles.indexOf('value') : 1;
  const value = cells[valueColumn] ?? '';
  if (ruledOut && !/^\$?\d/.test(value)) return `Exclude ${label}`;
  // The unit is in its own column, or (with no such column) in the cell after the value ("Target | 140 | $m").
  const unitColumn = roles.includes('unit') ? roles.indexOf('unit') : valueColumn + 1;
  const bare = BARE_FIGURE.exec(value.replace(/\s+/g, ' '));
  const unit = cells[unitColumn] ?? '';
  let figure = bare !== null && unit !== '' ? withUnit(bare[1] ?? '', unit) : null;
  // Cells after the value and its unit only explain the row ("board-approved 12 March"), unless the header says otherwise.
  const notes = cells.filter(
    (cell, column) =>
      column > valueColumn &&
      cell !== '' &&
      (roles[column] === 'note' || roles[column] === undefined) &&
      (column !== unitColumn || (figure === null && roles[column] === 'note')),
  );
  const boundColumn = roles.indexOf('bound');
  const bound = boundColumn > 0 ? (cells[boundColumn] ?? '').toLowerCase() : '';
  const replacing = notes.map((note) => REPLACING_NOTE.exec(note.toLowerCase())).find((match) => match !== null && match !== undefined);
  const replaced = replacing?.groups?.figure ?? replacing?.groups?.used;
  if (replaced !== undefined) figure = replaced;
  const reordered = roles.includes('before') || bound === 'max' || bound === 'min' || label !== (cells[0] ?? '');
  if (figure === null && !reordered) return null;
  const ceiling = notes.some((note) => CEILING_NOTE.test(note.toLowerCase())) && !BOUNDED_LABEL.test(label.toLowerCase());
  const named = `${bound === 'max' || bound === 'min' ? `${bound} ` : ceiling ? 'max ' : ''}${label}`;
  const remarks = replaced === undefined && notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const unwritten = roles[unitColumn] === 'unit' ? [value, unit] : [value];
  return `${named}: ${figure ?? unwritten.filter((cell) => cell !== '').join(' ')}${remarks}`;
}

/** True for a cell that says yes to its row, false for one that says no, null for anything else. */
function decisionOf(cell: string): boolean | null {
  const lower = cell.toLowerCase().replace(/[.!]+$/, '');
  if (YES_CELLS.has(lower)) return true;
  if (NO_CELLS.has(lower)) return false;
  return null;
}

/**
 * A label as words: a field-like name spelt out ("nl_max" as "max net leverage", "tax_rate" as "tax rate") and a
 * bound written after its label put before it ("Rent added, max" as "max Rent added"), as a brief says it.
 */
function labelWords(label: string): string {
  if (label.includes('_')) {
    const keys = label.toLowerCase().split('_');
    // Most field-like keys are read as written ("tax_rate", "lease_yrs", "max_net_leverage"); only a bound after
    // its name, a short name, an exclusion list or a rent cap needs the words a brief would use.
    const last = keys[keys.length - 1];
    const spelt =
      last === 'max' ||
      last === 'min' ||
      keys[0] === 'exclude' ||
      keys[0] === 'excluded' ||
      (keys.includes('rent') && keys[0] !== 'max') ||
      keys.some((key) => FIELD_ABBREVIATIONS[key] !== undefined);
    if (!spelt) return label;
    const words = keys.filter((word) => !LISTED_WORDS.has(word)).map((word) => FIELD_ABBREVIATIONS[word] ?? word);
    const bounds = words.filter((word) => word === 'max' || word === 'min');
    return [...bounds, ...words.filter((word) => word !== 'max' && word !== 'min')].join(' ');
  }
  const trailing = /^(?<name>.*[a-z)]),\s*(?<bound>max|min|maximum|minimum)$/i.exec(label);
  if (trailing?.groups !== undefined) return `${trailing.groups.bound} ${trailing.groups.name}`;
  return label;
}

/** A bare figure and its unit written together as a brief writes them ("60" "USD m" as "$60m"); null for a unit not known. */
function withUnit(figure: string, unitCell: string): string | null {
  const unit = unitCell.toLowerCase();
  const amount = Number(figure.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  const money = MONEY_UNIT.exec(unit);
  if (money?.groups !== undefined && money[0].trim() !== '') {
    const { billions, millions, thousands } = money.groups;
    const dollars = amount * (billions !== undefined ? 1e9 : millions !== undefined ? 1e6 : thousands !== undefined ? 1e3 : 1);
    return `${moneyFigure(dollars)}${unitCell.slice(money[0].length)}`;
  }
  for (const [pattern, written] of [
    [PERCENT_UNIT, '%'],
    [MULTIPLE_UNIT, 'x'],
    [YEARS_UNIT, ' years'],
    [PLAIN_UNIT, null],
  ] as const) {
    const match = pattern.exec(unit);
    if (match === null) continue;
    return written === null ? figure : `${figure}${written}${unitCell.slice(match[0].length)}`;
  }
  return null;
}

/** Dollars written as a brief writes them: "$60m", "$1.2bn", "$95000" below a million. */
function moneyFigure(dollars: number): string {
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  if (dollars >= 1e9) return `$${round(dollars / 1e9)}bn`;
  if (dollars >= 1e6) return `$${round(dollars / 1e6)}m`;
  return `$${round(dollars)}`;
}

/**
 * A form line of a label, a dash and its value ("Amount — 50m", "mortgaged — exclude"); never a checklist line
 * with a tick, nor a label of more than four words.
 */
const DASH_FORM_LINE =
  /^\s*[a-z][a-z]*(?: [a-z]+){0,3} +[\u2014\u2013-] +[^\s\u2713\u2714\u2717\u2718\u2610\u2611\u2612][^\u2713\u2714\u2717\u2718\u2610\u2611\u2612]*$/;
/** The words of a dash form line: its label and its value. */
const DASH_FORM_PARTS = /^(?<label>\s*[a-z][a-z]*(?: [a-z]+){0,3}) +[\u2014\u2013-] +(?<value>.*)$/;
/**
 * A key that rules out types by their kind ("Exclude types: manufacturing", "Excluded asset classes | labs"): the
 * value is what is ruled out, as after "Exclude:".
 */
const EXCLUDED_TYPES_KEY = /^(?<indent>\s*)(?:exclude[ds]?|excluding)[ _](?:asset[ _])?(?:types?|classes|class)\s*[:=|]\s*(?<value>\S.*)$/;

/**
 * A form line restated: a field-like key spelt out where the readers need the words ("nl_max = 3.4" as "max net
 * leverage = 3.4") and a list packed without spaces written as a list ("exclude_ids=ATL-03,HOU-04" as
 * "exclude: ATL-03, HOU-04"); a key that excludes types as "Exclude:"; in a form of dashes, the dash as a colon
 * ("mortgaged — exclude" as "mortgaged: exclude"). Any other line is kept as written.
 */
function restateFormLine(line: string, dashForm = false): string {
  const tabbed = line.includes('\t') ? tabbedExclusionLine(line) : null;
  if (tabbed !== null) return tabbed;
  const lower = line.toLowerCase();
  const excludedTypes = lower.includes('xclud') ? EXCLUDED_TYPES_KEY.exec(lower) : null;
  if (excludedTypes?.groups !== undefined && !/\d/.test(excludedTypes.groups.value ?? '')) {
    const { indent = '', value = '' } = excludedTypes.groups;
    return `${indent}Exclude: ${line.slice(line.length - value.length)}`;
  }
  const dashed = dashForm && DASH_FORM_LINE.test(lower) ? DASH_FORM_PARTS.exec(lower) : null;
  if (dashed?.groups !== undefined) {
    const { label = '', value = '' } = dashed.groups;
    return `${line.slice(0, label.length)}: ${line.slice(line.length - value.length)}`;
  }
  if (!line.includes('_')) return line;
  const field = FIELD_KEY_LINE.exec(lower);
  if (field?.groups === undefined) return line;
  const { indent = '', key = '', joiner = '', value = '' } = field.groups;
  const written = line.slice(line.length - value.length);
  const listed = /^[a-z0-9-]*[a-z][a-z0-9-]*(?:,[a-z0-9-]*[a-z][a-z0-9-]*)+$/.test(value) ? written.replace(/,/g, ', ') : written;
  const label = labelWords(key);
  // "exclude=ATL-03": an exclusion is read after a colon, as a brief writes it ("Exclude: ATL-03").
  return `${indent}${label}${label.startsWith('exclude') ? ': ' : joiner}${listed}`;
}
