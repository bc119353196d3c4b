/**
 * Caps on the rent the program adds said as what the sale may add to the rent the company pays, with no "new rent"
 * named before the amount: "the rent we take on can't add more than $4.2M a year to the P&L", "whatever we sell
 * shouldn't add more than $6M a year to what we pay landlords", "we'll pay up to $4.6M more in rent each year", and
 * the most more the company can live with after the rent it pays is named ("Rent today is $30M. We can live with up to
 * another $12M on top of that", "We'd accept up to $9M more"), and the question of a Q&A log answered after it ("Rent we can add? - $8.5M per year max"). Read by `plainRentCap` when
 * none of its own forms holds.
 */

/** A modal that refuses: "can't", "shouldn't", "must not", "won't", "may not". */
const REFUSED = String.raw`(?:can(?:'|\u2019)?t|cannot|can\s+not|should(?:n(?:'|\u2019)?t|\s+not)|must(?:n(?:'|\u2019)?t|\s+not)|won(?:'|\u2019)?t|will\s+not|may\s+not|shall\s+not)`;

/** Adding past the amount: "add more than", "add over", "add above". */
const ADD_MORE_THAN = String.raw`add\s+(?:(?:any\s+)?more\s+than|over|above|beyond)`;

/** A year's worth said after the amount: "a year", "per year", "each year", "annually", "/yr". */
const A_YEAR = String.raw`(?:(?:(?:a|per|each|every)\s+year|annually|\/\s*(?:yr|year))\s*)?`;

/**
 * Each form: the words before the amount (to its start) and, optionally, the words after it that the cap takes, with
 * `afterRequired` when the form is no cap without them.
 */
const FORMS: readonly { readonly before: RegExp; readonly after?: RegExp; readonly afterRequired?: boolean }[] = [
  // "the rent we take on can't add more than $4.2M a year to the P&L": rent said to add is rent the program adds.
  {
    before: new RegExp(String.raw`\brents?\b[^.;!?\n\d$]{0,40}?\b${REFUSED}\s+${ADD_MORE_THAN}\s*$`),
    after: new RegExp(
      String.raw`^\s*${A_YEAR}(?:to\s+(?:the\s+|our\s+)?(?:p\s*&\s*l|p\s*and\s*l|income\s+statement|costs?|bills?|budget|books))?`,
    ),
  },
  // "whatever we sell shouldn't add more than $6M a year to what we pay landlords": the sale as the subject, the rent
  // named after the amount, which it needs, for a sale may add other things.
  {
    before: new RegExp(
      String.raw`\b(?:whatever|anything|what)\s+(?:we\s+)?(?:sell|sold|we\s+sell)\b[^.;!?\n\d$]{0,20}?\b${REFUSED}\s+${ADD_MORE_THAN}\s*$`,
    ),
    after: new RegExp(
      String.raw`^\s*${A_YEAR}(?:(?:in|of)\s+(?:new\s+|extra\s+)?rents?\b|to\s+(?:what\s+we\s+pay\s+(?:in\s+rent|(?:our\s+)?landlords)|(?:our|the)\s+(?:annual\s+|yearly\s+)?rent(?:\s+bill)?))`,
    ),
    afterRequired: true,
  },
  // "We'll pay up to $4.6M more in rent each year": the most the company will pay, more rent after the amount.
  {
    before:
      /\bwe(?:['\u2019]ll|\s+will|['\u2019]d|\s+would|\s+can|\s+could)?\s+(?:pay|take\s+on|accept|absorb|carry)\s+(?:up\s+to|at\s+(?:the\s+)?most|no\s+more\s+than)\s*$/,
    after: /^\s*(?:(?:a|per|each)\s+year\s+)?(?:more|extra|additional|new)\s+(?:in\s+)?(?:annual\s+|yearly\s+)?rents?\b/,
    afterRequired: true,
  },
  // "We pay $18M in rent today; this sale shouldn't add more than $5M a year on top", "I don't want the deal to add
  // more than 4 million on top of that": the deal as the subject, after rent is named, with "on top" after the amount.
  // "Rent today is $22M; we don't want to add more than another $6M on top of that": the company as the subject, who
  // refuses to add more rent than the amount, "another" before it; "on top" after the amount still required.
  // "Our existing rent bill is $14M. We don't want to add more than $8M to it": "to it" after the amount, the rent
  // named before, says the same as "on top of it".
  {
    before: new RegExp(
      String.raw`\brents?\b[^]{0,100}?\b(?:(?:this|the)\s+(?:deal|sale|program(?:me)?|transaction|leaseback)\s+(?:(?:to|should|must|can|may|will|would)\s+)?|we\s+(?:don(?:'|\u2019)?t|do\s+not)\s+want\s+to\s+)(?:add\s+(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to)|${REFUSED}\s+${ADD_MORE_THAN}|add\s+(?:any\s+)?more\s+than)\s*(?:another\s+|an?\s+(?:extra|further)\s+)?$`,
    ),
    after:
      /^\s*(?:(?:a|per|each)\s+year\s+|annually\s+|yearly\s+)?(?:on\s+top|to\s+(?:it|that|this|(?:the|our|that)\s+(?:annual\s+|yearly\s+)?(?:rent(?:\s+bill)?|bill|figure|number)))\b/,
    afterRequired: true,
  },
  // "Rent today is $30M a year. We can live with up to another $12M on top of that", "Our rent bill is $30M; we'd
  // accept up to $9M more": after the rent is named, the most more the company will bear, "more" or "on top" after the
  // amount required, and no proceeds or price after it.
  {
    before:
      /\brents?\b[\s\S]{0,100}?\bwe(?:['\u2019]d|['\u2019]ll|\s+would|\s+will|\s+can|\s+could)?(?:\s+(?:can|could)(?:\s+only)?)?\s+(?:live\s+with|accept|take|stomach|tolerate|absorb|carry|handle|bear|swallow)\s+(?:up\s+to|at\s+(?:the\s+)?most|no\s+more\s+than)\s*(?:another\s+|an?\s+(?:extra|further)\s+)?$/,
    after:
      /^\s*(?:(?:a|per|each)\s+year\s+|annually\s+|yearly\s+)?(?:more|extra|additional|on\s+top)\b(?!\s+(?:in|of)\s+(?:proceeds|cash|price|value)\b)(?:\s+of\s+(?:it|that|this))?/,
    afterRequired: true,
  },
  // "Rent added, cap at $6M a year", "rent added: 5 million yearly max": the added rent as a label before its cap.
  {
    before:
      /\brents?\s+added\s*[,:\u2013\u2014-]?\s*(?:cap(?:ped)?\s+(?:it\s+)?at|max(?:imum)?(?:\s+of)?|at\s+most|no\s+more\s+than|up\s+to)\s*$/,
    after: /^\s*(?:(?:a|per|each)\s+year|annually|yearly|\/\s*(?:yr|year))?/,
  },
  // "Q4 Rent we can add? - $8.5M per year max": the rent that may be added asked, the amount answering it.
  {
    before: /\brents?\s+(?:that\s+)?we\s+(?:can|could|may)\s+(?:add|take\s+on|absorb)\s*\?[^\S\n]*(?:[-\u2013\u2014:]+|a:)?[^\S\n]*$/,
    after: /^\s*(?:(?:a|per|each)\s+year|annually|\/\s*(?:yr|year))?\s*(?:max(?:imum)?|tops|at\s+(?:the\s+)?most)?/,
  },
];

/**
 * A cap on added rent said as what the sale may add to what the company pays, around the amount at [`amountStart`,
 * `amountEnd`) of the lower-cased text: where the cap's words start and end, or null when none of the forms holds.
 */
export function rentAddedToWhatWePay(lower: string, amountStart: number, amountEnd: number): { start: number; end: number } | null {
  const from = Math.max(0, amountStart - 120);
  const before = lower.slice(from, amountStart);
  for (const form of FORMS) {
    const found = form.before.exec(before);
    if (found === null) continue;
    const after = form.after?.exec(lower.slice(amountEnd, amountEnd + 60));
    if (form.afterRequired === true && (after === null || after === undefined)) continue;
    return { start: from + found.index + (found[0].length - found[0].trimStart().length), end: amountEnd + (after?.[0].length ?? 0) };
  }
  return null;
}
