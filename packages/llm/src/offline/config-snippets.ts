import type { TextEdit } from './restated-brief.js';

/**
 * Settings pasted as a configuration file or a line of code, restated as the labelled lines a brief writes: JSON
 * (`{"floor_amount": 200000000, "lease_term": "17 years"}`), an object literal (`{ target: "$45M", max_crit: 0.5 }`),
 * YAML with keys in snake case (`exclude_markets: [Phoenix]`) and assignments (`exclude_markets = ["Dallas"]`). Each
 * setting becomes "key words: value" on a line of its own ("floor amount: 200000000", "exclude markets: Dallas"), its
 * quotes and list brackets dropped, so that the label readers read it as they read a form. Spreadsheet cells copied with
 * their addresses ("A4<tab>Max criticality<tab>B4<tab>0.45") are settings too, one to a label and its value. A comment
 * after a setting ("# years") is dropped.
 */

/** A key: quoted (a JSON note's "_comment" too), or an identifier in snake or camel case. */
const KEY = String.raw`(?:"(?<quoted>_?[A-Za-z][\w .-]{0,40})"|'(?<single>[A-Za-z][\w .-]{0,40})'|(?<bare>[A-Za-z][A-Za-z0-9_]{0,40}))`;

/** A key and its separator at the start of what is left of a line. */
const KEY_AND_SEPARATOR = new RegExp(String.raw`^[^\S\n]*${KEY}[^\S\n]*(?<separator>:|=)[^\S\n]*`);

/** A line assigning one value to a key, YAML or code: "exclude_markets: [Phoenix]", "target = 76_000_000". */
const SETTING_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:-[^\S\n]+)?${KEY}[^\S\n]*(?<separator>:|=)[^\S\n]*(?<value>\S.*?)[^\S\n]*,?[^\S\n]*$`,
);

/** Two or more assignments on one line split by spaces, none of whose values holds a space: "a=1 b_c=0.25". */
const ASSIGNMENTS_SIDE_BY_SIDE = /^(?:[A-Za-z][A-Za-z0-9_]{0,40}=[^\s=]+\s+)+[A-Za-z][A-Za-z0-9_]{0,40}=[^\s=]+$/;

/** A value's own shape: a quoted string, a bracketed list, or a bare token up to the next comma or brace. */
const VALUE = /^(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|\[(?<list>[^\]]*)\]|(?<bare>[^,{}[\]]*[^,{}[\]\s]))/;

/** One setting: the words of its key and its value as a brief writes them. */
interface Setting {
  readonly key: string;
  readonly value: string;
}

/** A key as the words a brief uses: "max_crit" as "max crit", "maxNetLeverage" as "max net leverage"; "lease_yrs" kept. */
function keyWords(key: string): string {
  // A snake-case key ending in its unit ("lease_yrs", "target_usd_m") is read as written: the unit says the measure. A
  // cap on rent ("max_new_rent_usd") is spelt out all the same, as the readers of rent caps know its words only.
  if (/_(?:yrs?|years?|y|pct|usd|usd_m|m|mm|x)$/i.test(key) && !/_rents?_/i.test(key)) return key;
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A value as a brief writes it: quotes dropped, a list's items joined with commas, an empty list as "none". */
function valueWords(groups: Record<string, string | undefined>): string {
  const list = groups['list'];
  if (list !== undefined) {
    const items = list
      .split(',')
      .map((item) => item.trim().replace(/^["']|["']$/g, ''))
      .filter((item) => item !== '');
    return items.length === 0 ? 'none' : items.join(', ');
  }
  return (groups['double'] ?? groups['single'] ?? groups['bare'] ?? '').trim();
}

/**
 * Where the object opening `text` closes: the brace that matches its first, so that a section holding sections of its
 * own (`{"run": {"covenants": {...}, "tax_rate": 0.27}}`) is read whole; -1 when it never closes.
 */
function matchingBrace(text: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (text[at] === '{') depth += 1;
    else if (text[at] === '}' && --depth === 0) return at;
  }
  return -1;
}

/** The settings of an object written on one line ("{ a: 1, "b": [x, y] }" or `"a": 1, "b": "x"`), or null for none. */
function inlineSettings(text: string): Setting[] | null {
  let rest = text.trim();
  const opened = rest.startsWith('{');
  if (opened) rest = rest.slice(1);
  // The object's own closing brace is dropped, and one that closes an object opened on an earlier line ('"tax": 0.2}');
  // a section's closing brace ('"terms": {"tax_rate": "25%"},') closes what the line opened, and stays for it.
  const unbalanced = (rest.match(/\}/g)?.length ?? 0) > (rest.match(/\{/g)?.length ?? 0);
  if (opened || unbalanced) rest = rest.replace(/\},?$/, '');
  rest = rest.trim();
  const settings: Setting[] = [];
  while (rest.trim() !== '') {
    const key = KEY_AND_SEPARATOR.exec(rest);
    if (key === null) return null;
    rest = rest.slice(key[0].length);
    // A section's object ("{"slb": {"target_amount": ...}}"): its settings are the program's, read as if unnested.
    if (rest.startsWith('{')) {
      const close = matchingBrace(rest);
      const nested = close < 0 ? null : inlineSettings(rest.slice(0, close + 1));
      if (nested === null) return null;
      settings.push(...nested);
      rest = rest.slice(close + 1).replace(/^[^\S\n]*,?[^\S\n]*/, '');
      continue;
    }
    const value = VALUE.exec(rest);
    if (value === null) return null;
    const name = key.groups?.['quoted'] ?? key.groups?.['single'] ?? key.groups?.['bare'] ?? '';
    // A JSON key opening with "_" ("_comment": "2024 used 0.3 share") is the writer's note, never a setting.
    if (!name.startsWith('_')) settings.push({ key: keyWords(name), value: valueWords(value.groups ?? {}) });
    rest = rest.slice(value[0].length).replace(/^[^\S\n]*,?[^\S\n]*/, '');
  }
  return settings.length > 0 ? settings : null;
}

/**
 * The edits restating settings pasted as configuration or code as labelled lines; none when the brief holds none.
 * A line counts when it is JSON (a quoted key), an object literal (opening with a brace), an assignment of one key, or
 * a YAML line whose key is in snake or camel case or whose value is a bracketed list: "Target: $50M" and a chat's
 * "Ana: 60" are left as written.
 */
export function configSnippetRestatements(brief: string): TextEdit[] {
  const pairs = labelValuePairs(brief);
  if (pairs.length > 0) return pairs;
  if (!/[{"=_[\t]/.test(brief)) return [];
  const edits: TextEdit[] = [];
  let start = 0;
  for (const line of brief.split('\n')) {
    const restated = restatedLine(line);
    if (restated !== null && restated !== line) edits.push({ start, end: start + line.length, text: restated });
    start += line.length + 1;
  }
  return edits;
}

/**
 * A row of two comma-separated cells: a label that starts with a letter, and its value, with no space either side of the
 * comma, as a spreadsheet writes it; a sentence's comma ("Cheers, Dana") has a space after it.
 */
const LABEL_VALUE_ROW = /^[^\S\n]*(?<label>[A-Za-z](?:[^,\n]{0,60}[^,\s])?),(?<value>[^,\s](?:[^,\n]*[^,\s])?)[^\S\n]*$/;

/**
 * A brief pasted as rows of comma-separated label and value, with no colons ("Target,$98M", "Criticality max,0.6"):
 * each row restated as "Label: value", so that the label readers read it as a form. Only when every line of two or
 * more is such a row, so that a sentence with one comma is never taken for one; none otherwise.
 */
function labelValuePairs(brief: string): TextEdit[] {
  if (!brief.includes(',') || brief.includes(':')) return [];
  const lines = brief.split('\n');
  if (lines.filter((line) => line.trim() !== '').length < 2) return [];
  const edits: TextEdit[] = [];
  let start = 0;
  for (const line of lines) {
    if (line.trim() !== '') {
      const row = LABEL_VALUE_ROW.exec(line)?.groups;
      // A label of more than six words is a sentence, not a cell; a label in snake case ("tax_rate,21%") is a key of
      // a table with a header row, which the parameter table reader reads as it stands.
      if (row === undefined || (row['label'] ?? '').split(/\s+/).length > 6 || (row['label'] ?? '').includes('_')) return [];
      edits.push({ start, end: start + line.length, text: `${row['label']}: ${row['value']}` });
    }
    start += line.length + 1;
  }
  return edits;
}

/** A comment after a setting, from a space and "#" to the end of the line: "   # on the net gain", "  # years". */
const TRAILING_COMMENT = /[^\S\n]+#[^\S\n]+\S[^\n]*$/;

/** A nested key that says what is done with its section ("exclude", "include", "only"), not a setting of its own. */
const SECTION_VERB = /^(?:exclude|excluded|include|included|only|allow|allowed|deny|denied|in|out)$/;

/** One line restated as the labelled lines of its settings, or null for a line that is no setting. */
function restatedLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  // A comment after a setting ("tax_rate: 0.21   # on the net gain", "lease_term = 17   # years") is the writer's note
  // on it, not part of its value: the setting is read as if written without it.
  const comment = TRAILING_COMMENT.exec(line);
  if (comment !== null && SETTING_LINE.test(line.slice(0, comment.index))) {
    const setting = line.slice(0, comment.index);
    return restatedLine(setting) ?? setting;
  }
  const indent = line.slice(0, line.length - line.trimStart().length);
  const cells = addressedCells(trimmed);
  if (cells !== null) return indent + cells;
  // JSON or an object literal: every setting of the line, each on its own line.
  if (/^\{|^"[A-Za-z][\w .-]*"[^\S\n]*:/.test(trimmed)) {
    const settings = inlineSettings(trimmed);
    if (settings === null) return null;
    return indent + settings.map(({ key, value }) => `${key}: ${value}`).join(`\n${indent}`);
  }
  // "target=56M criticality_max=0.25 method=greedy": assignments side by side, each a setting of its own.
  if (ASSIGNMENTS_SIDE_BY_SIDE.test(trimmed))
    return (
      indent +
      trimmed
        .split(/\s+/)
        .map((assignment) => {
          const [name = '', value = ''] = assignment.split('=');
          return `${keyWords(name)}: ${value.replace(/^["']|["']$/g, '')}`;
        })
        .join(`\n${indent}`)
    );
  const setting = SETTING_LINE.exec(line)?.groups;
  if (setting === undefined) return null;
  const name = setting['quoted'] ?? setting['single'] ?? setting['bare'] ?? '';
  const rawValue = setting['value'] ?? '';
  // "markets: {exclude: [Newark]}", "types: {only: [office, retail]}": a section whose settings say what is done with
  // it, each read with the section's name ("exclude markets: Newark").
  if (/^\{.*\}$/.test(rawValue)) {
    const nested = inlineSettings(rawValue);
    if (nested === null) return null;
    return (
      indent + nested.map(({ key, value }) => `${SECTION_VERB.test(key) ? `${key} ${keyWords(name)}` : key}: ${value}`).join(`\n${indent}`)
    );
  }
  // A key in single quotes ("'max_criticality': 0.35,") is a Python or JavaScript literal's, code whatever its value.
  const coded = setting['separator'] === '=' || setting['single'] !== undefined || /^\[.*\]$/.test(rawValue) || /^["']/.test(rawValue);
  if (!coded) return null;
  const value = VALUE.exec(rawValue);
  // The value must be the whole of what follows the key, and a value rather than prose: a sentence after "a_b:" or
  // "Critical = above 0.65; rule those out." (a definition, not a setting) is left as written.
  if (value === null || value[0].trim() !== rawValue.replace(/,$/, '').trim()) return null;
  if (value.groups?.['bare'] !== undefined && /[;!?]|\.\s/.test(value[0])) return null;
  return `${indent}${keyWords(name)}: ${valueWords(value.groups ?? {})}`;
}

/** A spreadsheet cell's address: "A3", "B12", "AA7". */
const CELL_ADDRESS = /^[A-Z]{1,2}\d{1,4}$/;

/**
 * Spreadsheet cells pasted with their addresses and without colons, "A4<tab>Max criticality<tab>B4<tab>0.45": each
 * address before a label and each address before its value, restated as "Max criticality: 0.45"; null for any other line.
 */
function addressedCells(line: string): string | null {
  if (!line.includes('\t')) return null;
  const cells = line.split(/\t+/).map((cell) => cell.trim());
  if (cells.length < 4 || cells.length % 4 !== 0) return null;
  const settings: string[] = [];
  for (let index = 0; index < cells.length; index += 4) {
    const [labelAddress = '', label = '', valueAddress = '', value = ''] = cells.slice(index, index + 4);
    if (!CELL_ADDRESS.test(labelAddress) || !CELL_ADDRESS.test(valueAddress) || !/[a-z]/i.test(label) || value === '') return null;
    settings.push(`${label}: ${value}`);
  }
  return settings.join('\n');
}
