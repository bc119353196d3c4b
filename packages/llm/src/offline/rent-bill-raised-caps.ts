/**
 * Caps on the rent the program adds said as the rent bill pushed up or added to, where the amount is how much the
 * yearly rent may rise: "the new leases shouldn't push our annual rent up by more than $14.8M", "don't add more than
 * $7.1M to our yearly rent bill", "the deal mustn't raise our rent by over $6M a year". Forms of wording for
 * `plain-rent-caps.ts`, which reads them with its others: the words before the amount, and after it when the form is
 * no cap without them.
 */

/** A refusal before the verb: "shouldn't", "must not", "don't", "not to". */
const REFUSED = String.raw`(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|don'?t|do\s+not|can'?t|cannot|won'?t|will\s+not|never|not\s+to)`;
/** The company's rent as a bill: "our annual rent", "the yearly rent bill", "total rent". */
const RENT_BILL = String.raw`(?:our|the)\s+(?:(?:annual|yearly|total)\s+)?rents?(?:\s+(?:bill|roll|expense|costs?))?`;

/** One form: the words before the amount (to its start), and the words after it that the cap takes. */
export interface RentCapForm {
  /** The words before the amount, ending at its start. */
  readonly before: RegExp;
  /** The words after the amount that the cap takes. */
  readonly after?: RegExp;
  /** When the form is no cap without the words after the amount. */
  readonly afterRequired?: boolean;
}

/** The rent bill pushed up, raised or added to by no more than the amount. */
export const RENT_BILL_RAISED_FORMS: readonly RentCapForm[] = [
  // "The new leases shouldn't push our annual rent up by more than $14.8M", "mustn't raise our rent by over $6M".
  {
    before: new RegExp(
      String.raw`\b${REFUSED}\s+(?:push|drive|take|raise|lift|bump|increase)\s+${RENT_BILL}\s+(?:up\s+)?by\s+(?:(?:more|greater)\s+than|over|above)\s*$`,
    ),
  },
  // "Don't add more than $7.1M to our yearly rent bill": the addition refused, the rent bill after the amount.
  {
    before: new RegExp(String.raw`\b${REFUSED}\s+add\s+(?:(?:more|greater)\s+than|over|above)\s*$`),
    after: new RegExp(String.raw`^\s*(?:(?:a|per|each)\s+year\s+)?(?:on\s*)?to\s+${RENT_BILL}(?![a-z])`),
    afterRequired: true,
  },
];
