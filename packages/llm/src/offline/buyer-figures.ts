/**
 * A buyer's figures told beside the ask: its appetite, quoted or forwarded ("We'd be prepared to acquire up to $400M
 * of your distribution assets"), and a counter-offer the company turned down ("The buyer countered at $180M, which we
 * rejected") or a bid it put in ("Purchaser: [Fund] (indicative bid: $96M)"). What a buyer would take or offered is not the amount the company asks to raise, so `readAmounts` leaves
 * such a figure unread.
 */

/**
 * The words before a buyer's appetite: a party prepared, willing or able to acquire, buy or purchase, up to or as
 * much as the figure. The company sells in a sale-leaseback, so whoever would acquire is the buyer.
 */
export const BUYER_APPETITE_BEFORE =
  /\b(?:prepared|willing|able|happy|keen|looking|ready)\s+to\s+(?:acquire|buy|purchase|take\s+down|underwrite)\s+(?:up\s+to|as\s+much\s+as|no\s+more\s+than)\s+(?:(?:about|around|roughly|approximately)\s+)?$/;

/** The words before a counter-offer's figure: "countered at", "came back with a counter-offer of", "a counter of". */
const COUNTER_BEFORE =
  /\b(?:counter(?:ed|[-\s]?offered)\s+(?:at|with)|(?:a|their|the|his|her|its)\s+counter(?:[-\s]?(?:offer|bid|proposal))?\s+(?:of|at)|came\s+back\s+(?:at|with))\s+(?:(?:a\s+)?counter(?:[-\s]?offer)?\s+(?:of|at)\s+)?$/;

/**
 * Turning the counter down after its figure, in its sentence: "which we rejected", "; we turned it down", "and the
 * board declined it", "was refused".
 */
const TURNED_DOWN_AFTER =
  /^[^.!?\n]{0,40}?(?:\b(?:we|the\s+board|management|the\s+company|i|they|the\s+cfo)\s+(?:rejected|declined|refused|turned\s+(?:it\s+|that\s+)?down)|\b(?:was|were|has\s+been)\s+(?:rejected|declined|refused|turned\s+down))\b/;

/** Whether the figure between `before` and `after` is a buyer's counter-offer that the company turned down. */
export function isRejectedCounter(before: string, after: string): boolean {
  return COUNTER_BEFORE.test(before) && TURNED_DOWN_AFTER.test(after);
}

/**
 * The words before a buyer's bid: "indicative bid: $96M", "their opening bid of", "the purchaser's bid was", "top bids
 * came in at", and the bid named with what it is for: "the bank's bid on the Ontario center came in at", "the buyer's bid
 * for the whole Phoenix cluster was", "Buyer's bid on the Wilmer DC came in at". A bid is what a buyer offers to pay; the company sells, so a bid is never its ask. A bare "Bid $350M" is
 * left alone: in a buyer's own brief it is the ask.
 */
const BID_BEFORE =
  /\b(?:indicative|opening|initial|first|best|final|top|highest|non[-\s]binding|their|its|(?:(?:the|a|one|our)\s+)?(?:buyer|purchaser|fund|investor|bank|bidder)['\u2019]?s)[^\S\n]+bids?(?:[^\S\n]+(?:on|for)[^\S\n]+(?:the|our|its|their)[^\S\n]+[a-z][a-z' -]{0,40}?)?(?:[^\S\n]+(?:came\s+in|landed|was|were|is|are|stood))?[^\S\n]*(?::|=|of|at|around|about)?[^\S\n]*$/;

/**
 * The words before a figure a buyer or the banks put forward: "We'd bid $62M for Joliet", "the bankers are pitching a
 * $500M SLB". The company sells, so whoever bids is the buyer; what the banks pitch is their idea, which the brief goes on
 * to answer with its own ask. A figure the banks only proposed is left to the readers of figures discussed and replaced.
 * A bid said as what a buyer will do ("We'll bid $350M") is a buyer's own brief, whose bid is its ask: only the
 * conditional "we'd bid", as a quoted offer says it, is set aside.
 */
const BID_OR_PITCH_BEFORE =
  /\b(?:(?:we|they|i)(?:['\u2019]d|\s+would|\s+could)\s+bid|(?:the\s+)?(?:bankers|banks|advisers|advisors)\s+(?:are\s+|were\s+|have\s+been\s+)?(?:pitching|pitched)(?:\s+us)?(?:\s+(?:a|an))?)[^\S\n]*$/;

/**
 * The price a buyer named on its own line or label: "Purchaser: REIT (indicative price $210M)", "Buyer - a pension
 * fund, price indication $95M", "the buyer's offered price: $80M". What the buyer would pay is its figure; the
 * seller's own line says the ask.
 */
const BUYER_PRICE_BEFORE =
  /\b(?:purchaser|buyer|bidder)(?:['\u2019]s)?\b[^\n.;]{0,40}?\b(?:(?:indicative|offered|offer|bid|proposed|headline)\s+price|price\s+indication)[^\S\n]*(?::|=|of|at|around|about)?[^\S\n]*$/;

/**
 * Whether the words right before an amount (`before`, its clause up to it) make it a buyer's bid ("indicative bid:
 * $96M"), or its line up to it (`lineBefore`) a price the buyer named ("Purchaser: REIT (indicative price $210M)").
 */
export function isBuyersBid(before: string, lineBefore = before): boolean {
  const near = before.slice(-100);
  // Cheap guard: every bid, pitch or buyer's price names it.
  if (!/bid|pitch|price/.test(near)) return false;
  return BID_BEFORE.test(near) || BID_OR_PITCH_BEFORE.test(near) || BUYER_PRICE_BEFORE.test(lineBefore.slice(-100));
}

/**
 * The words before a figure a buyer offered or quoted: "we were offered $50M by a buyer for Joliet", "a buyer has
 * offered us $60M", "a buyer has already offered us $45M", "the fund offered $75M", "their offer of $80M", "a buyer
 * quoted $12 million for the Mesa store". The company sells, so an offer made to it is the buyer's
 * price for what it would buy, never the amount the company asks to raise; "we offered" is not matched.
 */
const OFFERED_BEFORE =
  /\b(?:(?:we|i)(?:\s+(?:were|was|have\s+been|had\s+been|got)|['\u2019]ve\s+been)\s+offered|(?:buyer|purchaser|bidder|investor|fund|bank|reit)s?\s+(?:(?:has|have|had)\s+)?(?:(?:already|just|recently|since)\s+)?(?:offered|quoted)(?:\s+(?:us|to\s+pay))?|(?:their|its|the\s+(?:buyer|purchaser|bidder|fund|bank)['\u2019]?s|an?)\s+(?:offer|quote)\s+(?:of|at|was|came\s+in\s+at))[^\S\n]*$/;

/** The words after a figure a buyer offered: "$45M the Edison buyer offered", "$50M was offered by a fund". */
const OFFERED_AFTER =
  /^[^\S\n]*(?:(?:that|which)[^\S\n]+)?(?:(?:the|a|an|one|our)[^\S\n]+(?:[a-z][a-z'-]*[^\S\n]+){0,3}(?:buyer|purchaser|bidder|investor|fund|bank|reit)s?[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+|just[^\S\n]+)?offered|(?:was|were|has\s+been|had\s+been)[^\S\n]+offered)\b/;

/** Whether the figure between `before` (its clause up to it) and `after` is a buyer's offer ("we were offered $50M"). */
export function isBuyersOffer(before: string, after: string): boolean {
  // Cheap guard: every offer names it.
  if (!before.includes('offer') && !before.includes('quot') && !after.slice(0, 60).includes('offered')) return false;
  return OFFERED_BEFORE.test(before.slice(-100)) || OFFERED_AFTER.test(after);
}
