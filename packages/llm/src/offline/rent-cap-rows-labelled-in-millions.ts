import type { TextEdit } from './restated-brief.js';
import { MILLION_SCALE } from './written-numbers.js';

/**
 * A cap on rent as a pasted row whose label carries the unit in millions, the figure bare after a colon, a comma, a bar
 * or a tab: "Rent cap (USD m/yr), 5", "Max new rent (USDm/yr): 4.2", "New rent ceiling ($M): 9", "Cap on added rent
 * (USD mn, annual): 6", as a spreadsheet or a CSV export writes them, or the bracket after the figure as a form fills it
 * in ("Rent added cap: 7.5 (USD m per year)"). The rent readers read money with its unit, so the row is
 * restated as "Rent cap: $5M a year (USD m/yr)", the label kept and its bracket moved after the amount (a table's
 * unit is still read from it); `rent-labels-in-millions.ts` restates the new-rent
 * labels with a colon and a unit written apart from "a year".
 *
 * The label must cap the rent or call it new: "Annual rent (USD m), 30" and "Existing rent ($M): 30" are rent in
 * place, no cap, and are left alone, and so is a bracket with no unit in millions.
 */

/**
 * A rent label that caps the rent or calls it new: "rent cap", "max new rent", "incremental rent ceiling", "cap on added
 * rent", "rent added cap", "max rent added".
 */
const RENT_LABEL = String.raw`(?:(?:max(?:imum)?|cap(?:ped)?|limit|ceiling)\s+(?:on\s+)?)?(?:(?:new|added|additional|incremental|extra|annual|yearly)\s+)*rents?(?:\s+(?:added|new))?(?:\s+(?:cap|ceiling|limit|max(?:imum)?|headroom|budget))?`;

/** A unit in millions of dollars in a bracket, perhaps with "a year": "(USD m/yr)", "(USDm p.a.)", "($M)", "(USD mn, annual)". */
const MILLIONS_BRACKET = String.raw`\((?:usd|us\$|\$)?[^\S\n]*(?:${MILLION_SCALE})(?<yearly>(?:[,\s]+|[^\S\n]*\/[^\S\n]*)(?:p\.?a\.?|per\s+(?:year|annum)|a\s+year|annual|yearly|yr|year|annum))?[^\S\n]*\)`;

/** The whole row: the label, its bracket, a separator and the figure alone. */
const RENT_ROW = new RegExp(
  String.raw`^(?<indent>[^\S\n]*(?:[-*\u2022][^\S\n]*)?)(?<label>${RENT_LABEL})[^\S\n]*(?<bracket>${MILLIONS_BRACKET})[^\S\n]*(?:[:=|,]|\t)[^\S\n]*(?<value>\d+(?:\.\d+)?)[^\S\n]*$`,
  'i',
);

/**
 * The row with its bracket after the figure, as a form fills it in: "Rent added cap: 7.5 (USD m per year)". Only a
 * colon or an equals sign stands between, so that a list of figures is no row.
 */
const RENT_ROW_UNIT_AFTER = new RegExp(
  String.raw`^(?<indent>[^\S\n]*(?:[-*\u2022][^\S\n]*)?)(?<label>${RENT_LABEL})[^\S\n]*[:=][^\S\n]*(?<value>\d+(?:\.\d+)?)[^\S\n]*(?<bracket>${MILLIONS_BRACKET})[^\S\n]*$`,
  'i',
);

/** Words of a label that cap the rent or call it new; without one the row is rent in place. */
const CAPPED_OR_NEW = /\b(?:max(?:imum)?|cap(?:ped)?|limit|ceiling|headroom|budget|new|added|additional|incremental|extra)\b/i;

/** The edits restating each rent-cap row labelled in millions with its figure bare; none when the brief has none. */
export function rentCapRowLabelledInMillionsRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (!/rent/i.test(brief)) return edits;
  let start = 0;
  for (const line of brief.split('\n')) {
    const found = (RENT_ROW.exec(line) ?? RENT_ROW_UNIT_AFTER.exec(line))?.groups;
    if (found !== undefined && CAPPED_OR_NEW.test(found['label'] ?? '')) {
      const yearly = found['yearly'] === undefined ? '' : ' a year';
      edits.push({
        start,
        end: start + line.length,
        text: `${found['indent'] ?? ''}${found['label'] ?? ''}: $${found['value'] ?? ''}M${yearly} ${found['bracket'] ?? ''}`,
      });
    }
    start += line.length + 1;
  }
  return edits;
}
