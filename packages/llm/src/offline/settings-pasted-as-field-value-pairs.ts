import type { TextEdit } from './restated-brief.js';

/**
 * Settings pasted as a list of name-and-value records, as an export of a form or a key-value store writes them:
 * `[{"field":"target","value":"USD 265m"},{"field":"net_leverage_max","value":"3.1x"}]`, or with "name", "key",
 * "parameter" or "setting" for the name and "val" for the value. Each record says one setting, but its name and its
 * figure stand apart as two values, so no reader of labelled settings can join them. The whole list is restated as the
 * one object those records stand for (`{"target": "USD 265m", "net_leverage_max": "3.1x"}`), which the reader of
 * pasted settings reads as any other, its keys of earlier rounds and notes included.
 *
 * Only a list whose every record is such a pair is restated: a list of other objects ("assets": [{...}]) keeps its
 * shape, and a record's other members would be lost, so a record with a third member leaves the list as it was.
 */

/** The member naming the setting: "field", "name", "key", "parameter", "param", "setting". */
const NAME_KEY = '"(?:field|name|key|param(?:eter)?|setting)"';

/** The member holding its value: "value", "val". */
const VALUE_KEY = '"(?:value|val)"';

/** A value as JSON writes it: a string, a number, or true, false or null. */
const JSON_VALUE = String.raw`(?:"(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|true|false|null)`;

/** One record, its name first or its value first: `{"field":"target","value":"USD 265m"}`. */
const RECORD = String.raw`\{\s*(?:${NAME_KEY}\s*:\s*(?<name>"[^"\n]{1,60}")\s*,\s*${VALUE_KEY}\s*:\s*(?<value>${JSON_VALUE})|${VALUE_KEY}\s*:\s*(?<valueFirst>${JSON_VALUE})\s*,\s*${NAME_KEY}\s*:\s*(?<nameSecond>"[^"\n]{1,60}"))\s*\}`;

/** A record with its groups left unnamed, so that a list can repeat it. */
const UNNAMED_RECORD = RECORD.replace(/\(\?<[A-Za-z]+>/g, '(?:');

/** A whole list of such records, two or more, between square brackets. */
const RECORD_LIST = new RegExp(String.raw`\[\s*${UNNAMED_RECORD}(?:\s*,\s*${UNNAMED_RECORD})+\s*,?\s*\]`, 'gi');

/** Each record on its own, to take the name and value out of a list already matched. */
const ONE_RECORD = new RegExp(RECORD, 'gi');

/** A JSON string's text without its quotes and escapes, so that a name is written once with its own quotes. */
function unquoted(written: string): string {
  if (!written.startsWith('"')) return written;
  try {
    return String(JSON.parse(written));
  } catch {
    return written.slice(1, -1);
  }
}

/**
 * The edits restating each list of name-and-value records as one object of those settings (see the file's head);
 * none when the brief has no such list.
 */
export function fieldValuePairRestatements(brief: string): TextEdit[] {
  if (!/"(?:value|val)"/i.test(brief)) return [];
  const edits: TextEdit[] = [];
  for (const list of brief.matchAll(RECORD_LIST)) {
    const members: string[] = [];
    for (const record of list[0].matchAll(ONE_RECORD)) {
      const name = record.groups?.['name'] ?? record.groups?.['nameSecond'] ?? '""';
      const value = record.groups?.['value'] ?? record.groups?.['valueFirst'] ?? '""';
      members.push(`${JSON.stringify(unquoted(name))}: ${value}`);
    }
    edits.push({ start: list.index, end: list.index + list[0].length, text: `{${members.join(', ')}}` });
  }
  return edits;
}
