import { lineStartsOf, type TextEdit } from './restated-brief.js';

// Pasted notes in shapes the line readers do not know, restated line by line as the shapes they do: a setting keyed
// under an object's name ("slb.tax = 0.21") as the bare key ("tax = 0.21"); a header of labels split by slashes over one row of as many values ("Ask/Floor/Tax" over
// "$134M/$115M/21%") as the labelled statements it makes ("Ask: $134M. Floor: $115M. Tax: 21%."); and a scanned lease
// length whose second digit was read as a letter ("1O yrs", "1S yrs") or a key word whose l was read as a capital I
// ("criticaIity"), written as it stands for.

/** "slb.tax = 0.21", "deal.term: 16": a setting keyed under an object's name, the key after the dot. */
const KEY_UNDER_AN_OBJECT = /^([^\S\n]*)[a-z][a-z0-9_]{0,20}\.(?=[a-z][a-z0-9_]{0,40}[^\S\n]*[:=][^\S\n]*\S)/i;

/** A header cell: a label of one to three words ("Ask", "Floor", "Tax rate", "Max crit"). */
const LABEL_CELL = /^[A-Za-z][A-Za-z-]*(?:[^\S\n][A-Za-z-]+){0,2}$/;
/** A value cell: a figure with any money mark, scale, unit or sign ("$134M", "21%", "0.6", "4.5x", "15 yrs"). */
const VALUE_CELL = /^(?:us\$|usd|\$)?[^\S\n]*\d[\d,]*(?:\.\d+)?[^\S\n]*(?:mm|mn|m|million|bn|billion|k|%|x|yrs?|years?)?$/i;

/**
 * A lease length whose second digit a scan read as a letter, before its unit of years: "1O yrs" (O for a zero), "1S
 * years" (S for a five), "2O-year".
 */
const SCANNED_YEARS = /\b([1-4])([OoS])(?=[^\S\n]*-?(?:yrs?|years?)\b)/g;
/** The key words a scan may spell with a capital I for an l inside them: "criticaIity", "Ieaseability", "moIrtgaged". */
const KEY_WORDS_WITH_L = ['criticality', 'leaseability', 'leasability', 'eligible', 'excluded', 'exclude', 'floor', 'million', 'only'];
const CAPITAL_I_INSIDE_A_WORD = /\b[a-z]+I[a-zI]*\b/g;

/** A line of labels split by slashes over a line of as many values, restated as statements; null otherwise. */
function slashedRow(header: string, row: string): string | null {
  const labels = header.split('/').map((cell) => cell.trim());
  const values = row.split('/').map((cell) => cell.trim());
  if (labels.length < 2 || labels.length !== values.length) return null;
  if (!labels.every((label) => LABEL_CELL.test(label)) || !values.every((value) => VALUE_CELL.test(value))) return null;
  return labels.map((label, column) => `${label}: ${values[column] ?? ''}.`).join(' ');
}

/** The edits writing a scanned lease length and key words as they stand for, each where it stands in the brief. */
function scannedSlips(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of brief.matchAll(SCANNED_YEARS))
    edits.push({ start: match.index + 1, end: match.index + 2, text: /s/i.test(match[2] ?? '') ? '5' : '0' });
  for (const match of brief.matchAll(CAPITAL_I_INSIDE_A_WORD)) {
    const spelt = match[0].replace(/I/g, 'l');
    if (KEY_WORDS_WITH_L.includes(spelt.toLowerCase())) edits.push({ start: match.index, end: match.index + spelt.length, text: spelt });
  }
  return edits;
}

/** The edits restating object-keyed settings, slashed header rows and scanned slips; none when absent. */
export function keyedSettingsAndSlashedRows(brief: string): TextEdit[] {
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits: TextEdit[] = [];
  // An object's name before a key goes.
  lines.forEach((line, index) => {
    const found = KEY_UNDER_AN_OBJECT.exec(line);
    if (found === null) return;
    const start = starts[index] ?? 0;
    const kept = found[1]?.length ?? 0;
    edits.push({ start: start + kept, end: start + found[0].length, text: '' });
  });
  // A slashed header and its row become one statement line, in place of both.
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const statements = slashedRow(lines[index] ?? '', lines[index + 1] ?? '');
    if (statements === null) continue;
    const start = starts[index] ?? 0;
    const end = (starts[index + 1] ?? 0) + (lines[index + 1] ?? '').length;
    edits.push({ start, end, text: statements });
    index += 1;
  }
  const free = scannedSlips(brief).filter((slip) => !edits.some((edit) => slip.start < edit.end && edit.start < slip.end));
  return [...edits, ...free].sort((left, right) => left.start - right.start);
}
