import type { TextEdit } from './restated-brief.js';

/*
 * Settings pasted as a list of pairs that name the field and give its value apart:
 * `[{"field":"target","value":"USD 265m"},{"field":"exclude_mortgaged","value":true}]`. Each pair is restated as the
 * object it stands for (`{"target":"USD 265m"}`), the shape the reader of pasted settings already takes. Why: an
 * export from a form or a spreadsheet often writes a setting this way, and read as it stands, the key "value" names
 * no setting at all.
 */

/**
 * `{"field":"exclude_mortgaged","value":` up to the value: the key may be "field", "name", "key", "setting" or
 * "parameter", the value's key "value" or "val"; single or double quotes.
 */
const FIELD_THEN_VALUE =
  /\{\s*(?<quote>["'])(?:field|name|key|setting|parameter)\k<quote>\s*:\s*(?<nameQuote>["'])(?<name>[A-Za-z_][\w.-]{0,60})\k<nameQuote>\s*,\s*(?<valueQuote>["'])(?:value|val)\k<valueQuote>\s*:\s*/g;

/** Each field-and-value pair, restated as the one-key object it stands for. */
export function fieldAndValuePairRestatements(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(FIELD_THEN_VALUE)) {
    const name = match.groups?.['name'] ?? '';
    edits.push({ start: match.index, end: match.index + match[0].length, text: `{"${name}": ` });
  }
  return edits;
}
