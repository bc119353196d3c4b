import type { SelectionObjective } from '@leaseback/domain';
import { matchesIn } from './required-text.js';
import { CHEAPEST_IN_TODAYS_MONEY } from './plain-cost-objectives.js';
import { CHEAPEST_AGAINST_BORROWING, LEAST_OVER_IN_EVERYDAY_WORDS } from './everyday-objective-phrasings.js';
import { LEAST_SOLD_IN_WORKING_WORDS, PV_COST_THEN_MINIMISE_IT } from './working-word-objectives.js';

/**
 * Objectives stated in plain working words rather than by name: the fewest dollars over the number, the smallest
 * sale that reaches the target, a target exceeded by the least possible amount (all "sell no more than needed"), and
 * the cheapest option counted in present value, or the package that costs the company least in present-value terms
 * (the cheapest capital); more forms are in `working-word-objectives.ts`, `plain-cost-objectives.ts` and `everyday-objective-phrasings.ts`. A proposal to maximise the proceeds names neither.
 */

/** A present value as a basis: "in NPV terms", "in PV terms", "in present-value terms", "on an NPV basis". */
const PV_TERMS = String.raw`(?:in|on)\s+(?:an?\s+)?(?:n?pv|present[-\s]value|net\s+present\s+value)(?:\s+(?:terms|basis))?`;

/** "Sell no more than needed" in working words. */
const LEAST_OVER_THE_TARGET = new RegExp(
  [
    // "fewest dollars over the number", "the least money above the target"
    String.raw`\b(?:fewest|least)\s+(?:possible\s+)?(?:dollars|money)\s+(?:over|above|beyond|past)\s+(?:the\s+)?(?:number|target|ask|goal|figure)\b`,
    // "sell the smallest amount possible that reaches it", "smallest package that gets Northwind to $185M"
    String.raw`\b(?:smallest|least|lowest)\s+(?:amount|volume|total|package|sale)\s+(?:possible\s+)?(?:that|which)\s+(?:reaches|meets|hits|covers|gets)\b`,
    // "the sale exceeds the target by the least possible amount"
    String.raw`\bexceeds?\s+(?:the\s+)?(?:target|goal|number|ask)\s+by\s+the\s+(?:least|smallest)\b`,
  ].join('|'),
  'g',
);

/** The cheapest capital in working words. */
const CHEAPEST_IN_PRESENT_VALUE = new RegExp(
  [
    // "the cheapest one in NPV terms", "the least expensive option on a PV basis"
    String.raw`\b(?:cheapest|least\s+expensive|lowest[-\s]cost)\s+(?:one|option|package|solution|combination|mix)\s+${PV_TERMS}`,
    // "costs Northwind the least over the lease in PV terms", "cost the company least in present-value terms"
    String.raw`\bcosts?\s+(?:[a-z']+\s+){0,2}least\b[^.;\n]{0,30}?\b${PV_TERMS}`,
    // "minimise Northwind's NPV cost"
    String.raw`\bminimi[sz]e\s+(?:[a-z]+'s\s+|the\s+)?(?:n?pv|present[-\s]value)\s+cost\b`,
  ].join('|'),
  'g',
);

/** An objective stated in working words: where it is in the lower-cased text, and which it is. */
export interface StatedObjective {
  readonly start: number;
  readonly end: number;
  readonly objective: SelectionObjective;
}

/** Finds the objectives stated in working words, in the lower-cased text. */
export function statedObjectives(lower: string): StatedObjective[] {
  const stated: StatedObjective[] = [];
  for (const [pattern, objective] of [
    [LEAST_OVER_THE_TARGET, 'min_proceeds'],
    [CHEAPEST_IN_PRESENT_VALUE, 'min_npv_cost'],
    [LEAST_SOLD_IN_WORKING_WORDS, 'min_proceeds'],
    [PV_COST_THEN_MINIMISE_IT, 'min_npv_cost'],
    [CHEAPEST_IN_TODAYS_MONEY, 'min_npv_cost'],
    [CHEAPEST_AGAINST_BORROWING, 'min_npv_cost'],
    [LEAST_OVER_IN_EVERYDAY_WORDS, 'min_proceeds'],
  ] as const) {
    for (const match of matchesIn(pattern, lower)) stated.push({ start: match.index, end: match.index + match[0].length, objective });
  }
  return stated;
}
