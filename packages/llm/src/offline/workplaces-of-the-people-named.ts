import type { BriefText } from './brief-text.js';
import { TYPE } from './type-words-in-remarks.js';

/*
 * A type's word after a possessive that stands for people named before it: "Employees at the Midtown Atlanta
 * Regional Office have been told their offices are staying", "the plant staff know their plant is safe". The word is
 * where those people work, the buildings named already, and not every building of the type.
 */

/** People a sentence names: "employees", "staff", "the team", "colleagues", "workers", "tenants". */
const PEOPLE = '(?:employees|staff|people|teams?|colleagues|workers|occupants|tenants|managers|crews?|scientists|engineers)';

/** "their offices" after the people in the same sentence. */
const THEIR_WORKPLACE = new RegExp(String.raw`(?<=\b${PEOPLE}\b[^.;!?\n]{0,120}\b(?:their|his|her)\s+)${TYPE}(?![a-z])`, 'g');

/** Claims a type's word that stands for the workplace of people named before it. */
export function claimWorkplacesOfThePeopleNamed(text: BriefText): void {
  text.claimFreeMatches(THEIR_WORKPLACE);
}
