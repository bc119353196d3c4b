import type { TextEdit } from './restated-brief.js';
import { MILLION_SCALE } from './written-numbers.js';

/**
 * A cap on new rent as a labelled line whose label carries the unit, the figure bare after it: "Max new rent (USDm
 * p.a.): 8.8", "Incremental rent cap ($M): 12", "New rent ceiling (USD m, annual) = 9.5", as a pasted spreadsheet's cells
 * become once their references are dropped. The rent readers read money with its unit, so the line is restated as
 * "Max new rent: $8.8M a year", the label's words kept.
 *
 * Only a label that names the rent as new (or a cap, ceiling or maximum on added rent) is restated: "Existing rent
 * (USDm): 30" is rent in place, and a label with no unit in millions leaves a bare figure alone.
 */

/**
 * The words of a label that name new rent: "max new rent", "incremental rent cap", "added annual rent", "max rent
 * added", "rent added cap".
 */
const NEW_RENT_LABEL = String.raw`(?:(?:max(?:imum)?|cap(?:ped)?|limit)\s+)?(?:(?:new|added|additional|incremental|extra)\s+(?:annual\s+|yearly\s+)?rents?|(?:annual\s+|yearly\s+)?rents?\s+added)(?:\s+(?:cap|ceiling|limit|max(?:imum)?|headroom))?`;

/** A unit in millions of dollars in a bracket, perhaps with "a year" in it: "(USDm p.a.)", "($M)", "(USD m, annual)". */
const MILLIONS_BRACKET = String.raw`\((?:usd|us\$|\$)?[^\S\n]*(?:${MILLION_SCALE})(?<yearly>[,\s]+(?:p\.?a\.?|per\s+(?:year|annum)|a\s+year|annual|yearly|\/\s*yr))?[^\S\n]*\)`;

/** The whole line: the label, its bracket, a colon, equals sign or bar, and the figure alone. */
const RENT_LABEL_LINE = new RegExp(
  String.raw`^(?<indent>[^\S\n]*(?:[-*\u2022][^\S\n]*)?)(?<label>${NEW_RENT_LABEL})[^\S\n]*${MILLIONS_BRACKET}[^\S\n]*(?:[:=|]|\t)[^\S\n]*(?<value>\d+(?:\.\d+)?)[^\S\n]*$`,
  'i',
);

/** The edits restating each new-rent line labelled in millions with its figure bare; none when the brief has none. */
export function rentLabelInMillionsRestatements(brief: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let start = 0;
  for (const line of brief.split('\n')) {
    const found = RENT_LABEL_LINE.exec(line)?.groups;
    if (found !== undefined) {
      const yearly = found['yearly'] === undefined ? '' : ' a year';
      edits.push({
        start,
        end: start + line.length,
        text: `${found['indent'] ?? ''}${found['label'] ?? ''}: $${found['value'] ?? ''}M${yearly}`,
      });
    }
    start += line.length + 1;
  }
  return edits;
}
