import { RENT_BILL_RAISED_FORMS, type RentCapForm } from './rent-bill-raised-caps.js';
import { rentAddedToWhatWePay } from './rent-added-to-what-we-pay.js';
import { RENT_ADDED_BY_WHAT_IS_SOLD_FORMS } from './rent-added-by-what-is-sold.js';
import { NEW_RENT_CAPS_NAMED_AROUND_THE_AMOUNT } from './new-rent-caps-named-around-the-amount.js';
import { NEW_RENT_REFUSED_ABOVE_AN_AMOUNT } from './new-rent-refused-above-an-amount.js';

/**
 * Caps on the rent the program adds said in plain words, where no capping word stands right beside the amount: rent
 * refused above an amount ("no rent above $5M added"), the new rent said not to add more ("the new rent we'd pay each
 * year shouldn't add more than 6 million dollars"), the new rent capped by a pronoun later in its sentence ("the new
 * rent lands in operating budgets, so cap it at $8 million a year extra"), the new rent as a label with the cap after
 * the amount ("New rent across whatever we sell: $1.5M a year, tops"), a terse label ("rent add cap $6M/yr") and
 * the room left for more rent ("room for maybe $9M more rent"), the rent "we're adding" capped by a pronoun, a label
 * with its cap after a comma ("New annual rent, cap: $11.0M") and the rent the company can carry ("we can carry an
 * additional $7.5M a year of rent"), no more rent than the amount ("no more rent than $7.5M a year") and the rent as the
 * sentence's concern, then the program not let to add more a year ("nervous about the rent, so don't let the program
 * add more than $8M a year"). Read by
 * `rentTopicCap` as its last resort.
 */

/** Rent the program adds, as named before a cap: "the new rent", "added rent", "extra rents". */
const NEW_RENT = String.raw`\b(?:the\s+|our\s+|any\s+)?(?:new|added|extra|additional|incremental)\s+(?:annual\s+|yearly\s+)?rents?\b`;

/**
 * Each form: the words before the amount (to its start) and, optionally, the words after it that the cap takes;
 * `afterRequired` when the form is no cap without them.
 */
const FORMS: readonly RentCapForm[] = [
  // "New rent across whatever we sell: $1.5M a year, tops", "added rent: $4M max": the new rent as a label, and the
  // cap's word after the amount, past a comma that ends the clause.
  {
    before: new RegExp(String.raw`${NEW_RENT}[^.;!?\n\d$:]{0,50}:\s*$`),
    after:
      /^\s*(?:(?:(?:a|per|each)\s+year|annually|\/\s*(?:yr|year))\s*)?,?\s*(?:tops|max(?:imum)?|at\s+(?:the\s+)?most|at\s+the\s+outside)(?![a-z])/,
    afterRequired: true,
  },
  // "No rent above $5M added", "no new rent over $4M"
  {
    before: /\bno\s+(?:(?:new|added|extra|additional)\s+)?rents?\s+(?:above|over|beyond|exceeding|of\s+more\s+than|in\s+excess\s+of)\s*$/,
    after: /^\s*(?:(?:a|per)\s+year\s+)?(?:added|extra|more|on\s+top)(?![a-z])/,
  },
  // "the new rent we'd pay each year shouldn't add more than 6 million dollars", "added rent must not exceed $5M",
  // "the extra rent we'd be paying each year shouldn't come to more than $5 million"
  {
    before: new RegExp(
      String.raw`${NEW_RENT}[^.;!?\n]{0,50}?\b(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot|won'?t|will\s+not|may\s+not|needs?\s+to\s+stay\s+(?:under|below))\s*(?:(?:add|exceed|go\s+(?:over|above|past)|top|be|come\s+to|amount\s+to|add\s+up\s+to|run\s+to|total)\s+(?:(?:more|higher|greater)\s+than\s+|above\s+|over\s+)?)?$`,
    ),
  },
  // "the new rent lands in operating budgets, so company-wide cap it at $8 million a year extra"
  {
    before: new RegExp(
      String.raw`${NEW_RENT}[^.;!?\n]{0,80}?\b(?:cap|limit|hold|keep)\s+(?:it|that|this|them)\s+(?:at|to|under|below)\s*$`,
    ),
    after: /^\s*(?:(?:a|per)\s+year\s+)?(?:added|extra|more|on\s+top)(?![a-z])/,
  },
  // "the rent we're adding, cap that at $12M a year": the rent the program adds named by what "we" add, then held by a
  // pronoun; rent "we're paying" may be rent in place, so only adding or taking on counts.
  {
    before:
      /\b(?:the\s+)?rents?\s+(?:that\s+)?we(?:['\u2019]re|\s+are|['\u2019]d\s+be|\s+would\s+be|['\u2019]ll\s+be|\s+will\s+be)?\s+(?:adding|taking\s+on|add|take\s+on)\b[^.;!?\n\d$]{0,30}?\b(?:cap|limit|hold|keep)\s+(?:it|that|this)\s+(?:at|to|under|below)\s*$/,
  },
  // "New annual rent, cap: $11.0M", "| New annual rent, cap | $11.0M |": a label naming the new rent, then its cap after
  // a comma, with the amount in the label's value or the next cell.
  { before: new RegExp(String.raw`${NEW_RENT}\s*,\s*(?:cap|ceiling|max(?:imum)?|limit)[^\S\n]*(?:[:=]|\|)?[^\S\n]*$`) },
  // "we can carry an additional $7.5M a year of rent": what the company can take on, which is the most it may add.
  {
    before:
      /\b(?:we|the\s+(?:company|group|business))\s+(?:can|could)\s+(?:carry|absorb|afford|take\s+on|add|handle|shoulder)\s+(?:an?\s+)?(?:additional|extra|further|incremental)\s*$/,
    after: /^\s*(?:(?:a|per)\s+year\s+)?(?:of|in)\s+(?:annual\s+|yearly\s+)?rents?\b/,
  },
  // "our operating budget can only take $6 million more rent each year", "the company can stand at most $8M a year
  // more in rent": what the company or its budget can bear with "more rent" after the amount, the most it may add.
  {
    before:
      /\b(?:we|the\s+(?:company|group|business)|(?:our|the)\s+(?:operating\s+)?budgets?)\s+(?:can|could)\s+(?:only\s+)?(?:take|stand|bear|stomach|tolerate|absorb|carry|afford|handle)\s+(?:at\s+(?:the\s+)?most\s+|up\s+to\s+|no\s+more\s+than\s+)?$/,
    after: /^\s*(?:(?:a|per|each)\s+year\s+)?(?:more|extra|additional)\s+(?:in\s+)?(?:annual\s+|yearly\s+)?rents?\b/,
  },
  // "also add a cap on new rent, $12M a year max", "put a limit on the added rent - $6M": a cap on the new rent named,
  // its amount after a comma or a dash.
  {
    before: new RegExp(
      String.raw`\b(?:a|the)\s+(?:cap|limit|ceiling|max(?:imum)?)\s+(?:on|for)\s+${NEW_RENT}\s*(?:,|[-\u2013\u2014]{1,2})\s*$`,
    ),
  },
  // "Raise $95M and no more rent than $7.5M a year", "no more new rent than $6M": the rent refused past the amount,
  // "more" before the rent and "than" after it. Rent the company says it pays ("we pay no more rent than $20M") is
  // what it pays today, not what the sale may add.
  {
    before:
      /(?<!\b(?:pay|pays|paid|paying)\s+)\bno\s+more\s+(?:(?:new|added|extra|additional|incremental)\s+)?(?:annual\s+|yearly\s+)?(?:in\s+)?rents?\s+than\s*$/,
    after: /^\s*(?:(?:a|per|each)\s+year|annually|yearly|\/\s*(?:yr|year))?/,
  },
  // "I'm nervous about the rent, so don't let the program add more than $8M a year", "rent is the worry: never let the
  // leasebacks add over $6M annually": the rent named as the sentence's concern, then what the program may add a year
  // refused past the amount. Rent in place ("our current rent") is no such concern.
  {
    before:
      /(?<!\b(?:current|existing|today['\u2019]?s|market|in-place)\s+)\brents?\b[^.;!?\n\d$]{0,60}?\b(?:so|and|but|:)?\s*(?:please\s+)?(?:don['\u2019]?t|do\s+not|never|can['\u2019]?t|cannot|won['\u2019]?t)\s+(?:let|allow)\s+(?:the\s+|this\s+|our\s+)?(?:program(?:me)?|deal|sale|leasebacks?|lease-backs?|transaction|it|them)\s+(?:to\s+)?add\s+(?:more\s+than|over|above|beyond|in\s+excess\s+of)\s*$/,
    after: /^\s*(?:(?:a|per|each)\s+year|annually|yearly|\/\s*(?:yr|year))/,
    afterRequired: true,
  },
  // "rent add cap $6M/yr", "rent addition cap: $5M"
  { before: /\brents?\s+add(?:ed|ition)?\s+cap\s*[:=]?\s*$/ },
  // "We've got room for maybe $9M more rent", "room for about $4M of extra rent"
  {
    before: /\broom\s+for\s+(?:(?:maybe|perhaps|about|around|roughly|another|up\s+to|only|just)\s+)*$/,
    after: /^\s*(?:of\s+)?(?:more|extra|additional|new|added)\s+(?:annual\s+|yearly\s+)?rents?\b/,
  },
  // "shouldn't push our annual rent up by more than $14.8M", "don't add more than $7.1M to our yearly rent bill".
  ...RENT_BILL_RAISED_FORMS,
  // "nothing that adds over 8 million a year in rent": the refusal said of what is sold.
  ...RENT_ADDED_BY_WHAT_IS_SOLD_FORMS,
  // "a $20M ceiling on added rent", "cap the new leasebacks' rent at $13.0M", "Rent cap (new, annual) | $10m".
  ...NEW_RENT_CAPS_NAMED_AROUND_THE_AMOUNT,
  // "don't add new rent above $4.5M a year", "we won't take on any added rent over $6M".
  ...NEW_RENT_REFUSED_ABOVE_AN_AMOUNT,
];

/**
 * A cap on added rent in plain words around the amount at [`amountStart`, `amountEnd`) of the lower-cased text: where
 * the cap's words start and end, or null when none of the forms holds.
 */
export function plainRentCap(lower: string, amountStart: number, amountEnd: number): { start: number; end: number } | null {
  const from = Math.max(0, amountStart - 140);
  const before = lower.slice(from, amountStart);
  for (const form of FORMS) {
    const found = form.before.exec(before);
    if (found === null) continue;
    const after = form.after?.exec(lower.slice(amountEnd, amountEnd + 60));
    if (form.after !== undefined && after === null && (form.after.source.includes('rent') || form.afterRequired === true)) continue;
    return { start: from + found.index + (found[0].length - found[0].trimStart().length), end: amountEnd + (after?.[0].length ?? 0) };
  }
  // "whatever we sell shouldn't add more than $6M a year to what we pay landlords": what the sale adds to the rent paid.
  return rentAddedToWhatWePay(lower, amountStart, amountEnd);
}
