/**
 * An amount pasted as a JSON object of a figure and its unit (`"ask": {"amount": 230, "unit": "USD mm"}`), restated as
 * the amount with its unit (`"ask": "USD 230 mm"`), which the setting readers know. The field keeps its own name, so
 * what it means is still left to the readers of that name. Lists of objects naming a field apart from its value
 * (`{"field": "floor", "value": "USD 240m"}`) are `settings-pasted-as-field-value-pairs.ts`'s.
 */
import type { TextEdit } from './restated-brief.js';

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
  for (const object of brief.matchAll(AMOUNT_AND_UNIT_OBJECT)) {
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
