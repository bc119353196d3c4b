/**
 * Settings pasted as JSON objects that name their field apart from its value, restated as the labelled lines the
 * setting readers know: a list of `{"field": "floor", "value": "USD 240m"}` objects read as "floor: USD 240m", one line
 * each; and an amount written as an object of a figure and its unit (`"ask": {"amount": 230, "unit": "USD mm"}`) read
 * as the amount with its unit (`"ask": "USD 230 mm"`). Each restatement keeps the field's own name, so what it means
 * is still left to the readers of that name.
 */
import type { TextEdit } from './restated-brief.js';

/**
 * One object naming its field and its value, the field first: `{"field":"target","value":"USD 265m"}`, `{"name":
 * "fccr_min", "value": "2.2x"}`, `{"key":"exclude_mortgaged","value":true}`.
 */
const FIELD_AND_VALUE_OBJECT =
  /\{[^\S\n]*"(?:field|name|key|setting|parameter|param)"[^\S\n]*:[^\S\n]*"(?<field>[^"\n]{1,60})"[^\S\n]*,[^\S\n]*"(?:value|val)"[^\S\n]*:[^\S\n]*(?<value>"[^"\n]{0,80}"|-?\d[\d.,]*|true|false|null)[^\S\n]*\}/g;

/**
 * A list of such objects, brackets and commas between them: the whole list is restated, one line per object, so that
 * no stray bracket or comma is left beside a value.
 */
const FIELD_AND_VALUE_LIST = new RegExp(String.raw`\[[^\S\n]*(?:${FIELD_AND_VALUE_OBJECT.source}[^\S\n]*,?[^\S\n]*\n?[^\S\n]*)+\]`, 'g');

/**
 * An amount as an object of its figure and its unit, the figure first or second: `{"amount": 230, "unit": "USD mm"}`,
 * `{"unit": "USD m", "value": 95}`. The unit names the currency and the scale, so the two are read together.
 */
const AMOUNT_AND_UNIT_OBJECT =
  /\{[^\S\n]*(?:"(?:amount|value|figure)"[^\S\n]*:[^\S\n]*(?<figure>\d[\d.,]*)[^\S\n]*,[^\S\n]*"unit"[^\S\n]*:[^\S\n]*"(?<unit>[^"\n]{1,20})"|"unit"[^\S\n]*:[^\S\n]*"(?<unitFirst>[^"\n]{1,20})"[^\S\n]*,[^\S\n]*"(?:amount|value|figure)"[^\S\n]*:[^\S\n]*(?<figureSecond>\d[\d.,]*))[^\S\n]*\}/g;

/** A unit naming a currency and then a scale: "USD mm", "usd m", "$ millions", "EUR bn". */
const CURRENCY_AND_SCALE = /^(?<currency>usd|us\$|\$|eur|gbp)[^\S\n]*(?<scale>mm|mn|m|millions?|bn|billions?|k)?$/i;

/**
 * The edits restating the objects above; none when the brief holds neither. Edits are in the brief's positions and
 * never overlap.
 */
export function fieldAndValueObjectRestatements(brief: string): TextEdit[] {
  if (!brief.includes('{') || !brief.includes('"')) return [];
  const edits: TextEdit[] = [];
  for (const list of brief.matchAll(FIELD_AND_VALUE_LIST)) {
    const lines = [...list[0].matchAll(FIELD_AND_VALUE_OBJECT)].map((object) => {
      const field = object.groups?.['field'] ?? '';
      const value = (object.groups?.['value'] ?? '').replace(/^"|"$/g, '');
      return `${field}: ${value}`;
    });
    edits.push({ start: list.index, end: list.index + list[0].length, text: lines.join('\n') });
  }
  for (const object of brief.matchAll(AMOUNT_AND_UNIT_OBJECT)) {
    // An object inside a list already restated is left to that edit.
    if (edits.some((edit) => object.index < edit.end && object.index + object[0].length > edit.start)) continue;
    const figure = object.groups?.['figure'] ?? object.groups?.['figureSecond'] ?? '';
    const unit = (object.groups?.['unit'] ?? object.groups?.['unitFirst'] ?? '').trim();
    const parts = CURRENCY_AND_SCALE.exec(unit)?.groups;
    // A unit that is no currency ("x", "years", "%") is another setting's, left as written.
    if (parts === undefined) continue;
    const scale = parts['scale'] === undefined ? '' : ` ${parts['scale']}`;
    edits.push({ start: object.index, end: object.index + object[0].length, text: `"${parts['currency']} ${figure}${scale}"` });
  }
  return edits;
}
