import type { RentCapForm } from './rent-bill-raised-caps.js';

/**
 * Caps on the rent the program adds said as new rent the writer refuses to add, take on or sign for above the amount:
 * "don't add new rent above $4.5M a year", "we won't take on any added rent over $6M", "do not sign up for extra rent
 * beyond $3M annually", "never add incremental rent of more than $5M". Forms of wording for `plain-rent-caps.ts`,
 * which reads them with its others.
 *
 * The rent must be called new (or added, extra, incremental): "don't add rent above $30M to the model" is no cap on what
 * the program adds, and a refusal must stand before the verb, for "we add new rent above $4M only if..." refuses nothing.
 */

/** A refusal before the verb: "don't", "do not", "won't", "never", "must not", "not to". */
const REFUSED = String.raw`(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not|never|mustn['\u2019]?t|must\s+not|shouldn['\u2019]?t|should\s+not|can['\u2019]?t|cannot|not\s+to)`;

/** The verb of taking the rent on: "add", "take on", "sign (up) for", "commit to", "incur". */
const TAKE_ON = String.raw`(?:add|take\s+on|sign\s+(?:up\s+)?for|commit\s+to|incur|assume)`;

/** The new rent: "new rent", "any added annual rent", "extra rents", "incremental lease payments". */
const NEW_RENT = String.raw`(?:(?:any|more|the)\s+)?(?:new|added|additional|incremental|extra)\s+(?:annual\s+|yearly\s+)?(?:rents?|rental\s+(?:costs?|expense)|lease\s+payments?)`;

/** The words that pass the amount: "above", "over", "beyond", "of more than", "in excess of", "exceeding". */
const ABOVE = String.raw`(?:above|over|beyond|exceeding|(?:of\s+)?more\s+than|in\s+excess\s+of|north\s+of)`;

/** The form: the refusal, the verb, the new rent and the passing words, ending at the amount. */
export const NEW_RENT_REFUSED_ABOVE_AN_AMOUNT: readonly RentCapForm[] = [
  { before: new RegExp(String.raw`\b${REFUSED}\s+(?:(?:ever|really|want\s+to|need\s+to)\s+)?${TAKE_ON}\s+${NEW_RENT}\s+${ABOVE}\s*$`) },
];
