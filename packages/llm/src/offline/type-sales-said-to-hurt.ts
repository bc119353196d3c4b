import type { BriefText } from './brief-text.js';
import { TYPE } from './type-words-in-remarks.js';

/*
 * A sale of a type said to do harm, given as a reason and not as a filter: "selling offices is a morale problem we
 * don't need", "selling the plants would upset the unions", "letting go of the labs hurts recruiting". What the
 * writer asks for is said in words of its own ("keep it to warehouses"); the remark adds no type and rules none out.
 */

/** The sale as a gerund: "selling", "losing", "letting go of", "giving up", "parting with". */
const SELLING = String.raw`(?:selling|losing|letting\s+go\s+of|giving\s+up|parting\s+with|divesting)`;

/** What the sale is said to do: "is a morale problem", "would upset staff", "hurts recruiting", "is a bad look". */
const DOES_HARM = String.raw`(?:(?:is|was|would\s+be|will\s+be|['\u2019]s)\s+(?:a\s+|an\s+)?(?:(?:real|big|huge|serious|morale|political|pr|people|staff|reputational)\s+)?(?:problem|issue|headache|risk|nightmare|bad\s+look|non[-\s]?starter)|(?:would|will|could|might)\s+(?:upset|hurt|damage|demoralis|demoraliz|alarm|spook)|(?:upsets|hurts|damages|spooks|alarms))`;

/** "selling offices is a morale problem": the gerund, its type, and the harm. */
const SALE_DOING_HARM = new RegExp(String.raw`\b${SELLING}\s+(?:the\s+|our\s+|any\s+)?${TYPE}(?:\s+\w+)?\s+${DOES_HARM}`, 'g');

/** Claims a type's sale said to do harm, so that the reason adds no type to those asked for. */
export function claimTypeSalesSaidToHurt(text: BriefText): void {
  text.claimFreeMatches(SALE_DOING_HARM);
}
