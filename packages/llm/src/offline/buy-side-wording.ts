import { matchesIn } from './required-text.js';
import type { TextEdit } from './restated-brief.js';

// A brief written by the buyer (a fund's acquisitions team, an investment committee, asset managers) says the same
// things a seller's brief says, in the buyer's voice: the ask is what the fund pays ("Price: $390M"), a type ruled
// out is one the fund does not buy ("we're not buying retail"), an asset ruled out is one it will not take or one
// that stays with the seller, and the seller's own limits come with the seller named first ("Northwind's net
// leverage can't end above 3.5x"). Each wording below is restated as the seller's wording the readers already
// know, before any reader runs, so that one reading serves both voices. Figures that are the fund's own (its
// loan-to-value, an unlevered hurdle) are dropped: they are no limit on the seller.

/** Days and periods that date a level when written with "'s": "today's", "yesterday's", "last year's", "the quarter's". */
const PERIOD_WORDS = String.raw`(?:today|tonight|yesterday|tomorrow|year|quarter|month|week|period|fy\d{0,4})`;

/** One buyer's wording and how a seller would have said it; `$1`-style references keep the captured words. */
interface Restatement {
  readonly pattern: RegExp;
  readonly replacement: string;
}

// A type word or two ("retail", "data centers", "labs or data centers"): what follows a verb that rules types out.
const TYPES = `(?:offices?|retail|labs?|research labs?|data ?cent(?:er|re)s?|warehouses?|distribution(?: cent(?:er|re)s?)?|dcs?|manufacturing|plants?|factories|industrial)`;
const TYPE_LIST = `${TYPES}(?:(?:,| or| and| nor|, or|, and) ${TYPES}){0,4}`;
// Who a limit or a score belongs to, when the buyer names the seller: a name, "the seller", "the company", "they".
const SELLER = `(?:the seller|the company|the tenant|they|[a-z][a-z-]{2,30})`;

const RESTATEMENTS: readonly Restatement[] = [
  // "Price: $390,000,000", "Purchase price $520M": what the buyer pays is the seller's target. A price the seller's
  // brief reports of a buyer it names ("Purchaser: REIT (indicative price $210M)", "the buyer's offered price") is
  // that buyer's indication, beside the seller's own target.
  {
    pattern:
      /(?<!(?:exit|sale|share|unit|strike|list) )(?<!\b(?:purchaser|buyer|bidder)(?:'s|s)?\b[^\n]{0,40}\b(?:indicative|offered|proposed) )\b(?:purchase )?price:? ?(?=\$\d(?![\d,.]*\s*(?:[km]\s*)?(?:\/|per |psf|a (?:foot|square|sq))))/g,
    replacement: 'target: ',
  },
  // "Minimum check for this to be worth the legal spend: $80M", "the smallest ticket we'd write is $60M": a floor.
  {
    pattern: /\b(?:minimum|smallest|least) (?:check|ticket|cheque)\b[^.:;\n$]{0,60}?(?::| is) ?(?=\$\d)/g,
    replacement: 'floor: ',
  },
  // "we'd go to $480M but no lower": the least the buyer would pay.
  { pattern: /\bgo to (\$\d[^;\n]{0,20}? but no lower)/g, replacement: 'go down to $1' },
  // "we're not buying retail", "we don't buy data centers", "we won't buy labs": types ruled out.
  {
    pattern: new RegExp(
      String.raw`\bwe(?:'re| are) not (?:buying|acquiring|taking)(?: any)? (?=${TYPE_LIST}\b)|\bwe (?:don't|do not|won't|will not|never) (?:buy|acquire|own)(?: any)? (?=${TYPE_LIST}\b)`,
      'g',
    ),
    replacement: 'no ',
  },
  // "Offices are not part of our strategy", "labs aren't in our mandate": types ruled out, named first.
  {
    pattern: new RegExp(
      String.raw`\b(${TYPE_LIST}) (?:are|is) (?:not|never) (?:part of|in|within) (?:our|the fund's) (?:strategy|mandate|remit|thesis|fund)\b`,
      'g',
    ),
    replacement: 'no $1',
  },
  // "... Neither are labs or data centers": more types ruled out, after a type ruled out.
  { pattern: new RegExp(String.raw`(?<=[.;] )(?:neither|nor) (?:are|is) (?=${TYPE_LIST}\b)`, 'g'), replacement: 'no ' },
  // "we're a warehouse/DC buyer": the only types the fund buys.
  {
    pattern: new RegExp(
      String.raw`\bwe(?:'re| are) (?:an? |strictly an? |only an? )?(${TYPE_LIST}|${TYPES}/${TYPES}) (?:buyer|investor|fund)\b`,
      'g',
    ),
    replacement: '$1 only',
  },
  // "we're not taking the Cicero plant", "we won't take the Dublin research lab": an asset ruled out.
  { pattern: /\bwe(?:'re| are) not taking (?=the )|\bwe (?:won't|will not|wouldn't|would not) take (?=the )/g, replacement: 'exclude ' },
  // "the Cicero plant; it's too specialized to re-let", "the Dublin lab and the Pasadena plant are too specialized":
  // assets the fund will not own, and no leaseability filter.
  { pattern: /\b(it's|it is|they're|they are) too speciali[sz]ed\b(?: to (?:re-?let|re-?lease|let))?/g, replacement: '$1 excluded' },
  { pattern: /\b(?:is|are) too speciali[sz]ed\b(?: to (?:re-?let|re-?lease|let))?/g, replacement: 'are excluded' },
  // "they're small but they re-let easily", "the regional offices are an easy re-let for us": why the fund likes
  // some assets, not a leaseability filter.
  {
    pattern: /(?<=\b(?:but|and|as|since|because|so) )(?:they|it) re-?lets? (?:easily|readily|quickly)\b/g,
    replacement: 'they are fine',
  },
  { pattern: /\b(?:is|are) an? (?:easy|quick|simple) re-?let(?: for us)?/g, replacement: 'suit us' },
  // "Two carve-outs beyond Texas: the Dublin research lab and ...": a list of assets ruled out.
  { pattern: /\b(?:[a-z]+ )?carve-?outs?\b[^:.;\n]{0,30}:/g, replacement: 'exclude:' },
  // "Georgia and Ohio are off our list this vintage": places ruled out.
  { pattern: /\b(?:is|are) off our (?:list|books|radar|menu)\b/g, replacement: 'are excluded' },
  // "Markets out: Chicago, Phoenix": a list ruled out.
  { pattern: /\b(markets?|metros?|cities|sites|assets) out:/g, replacement: '$1 excluded:' },
  // "the Houston regional office and the Newark regional office stay with Northwind": kept by the seller.
  { pattern: new RegExp(String.raw`\b(?:stays?|remains?) with ${SELLER}\b`, 'g'), replacement: 'are excluded' },
  // "... are already under LOI with another buyer, so they're out": promised elsewhere, so ruled out.
  {
    pattern:
      /\b(?:is|are) (?:already )?under (?:an? )?(?:loi|letter of intent|contract|exclusivity|right of first (?:offer|refusal)|rofo|rofr)\b[^.;\n]{0,60}?,? so (?:they(?:'re| are)|it(?:'s| is)) (?:out|not part of (?:this|the deal|it)|off the table)\b/g,
    replacement: 'are excluded',
  },
  // "We'd take $340M of Northwind": what the fund buys, not the least it would accept.
  { pattern: /\bwe(?:'d| would) take (?=\$\d[\d.,]*\s*(?:[mb]n?|million|billion)? of )/g, replacement: "we'd buy " },
  // "the least we'd present to LPs is $400M", "the floor the IC set is $300M", "Min proceeds to close: $275M".
  {
    pattern:
      /\bthe least we(?:'d| would) (?:present|take|show|bring|accept)\b[^.;:\n$]{0,30}? is (?=\$\d)|\bthe floor (?:the |our )?(?:ic|committee|investment committee|lps?|board) (?:set|agreed|approved|gave us) is (?=\$\d)|\bmin(?:imum)? proceeds to close:? ?(?=\$\d)/g,
    replacement: 'floor: ',
  },
  // "We're passing on Dallas": a market ruled out.
  { pattern: /\bwe(?:'re| are) passing on (?:anything in )?(?!the )/g, replacement: 'nothing in ' },
  // "Hard pass on anything in Phoenix": a market ruled out.
  { pattern: /\bhard pass on (?:anything |everything |assets )?(?:in )?(?!the )/g, replacement: 'nothing in ' },
  { pattern: /\bhard pass on (?=the )/g, replacement: 'exclude ' },
  // "; the Chandler data center alone would blow our allocation": a reason, naming no type or asset to keep.
  { pattern: /[;,] (?:the|that|its) [^.;\n]{3,60} alone would [^.;\n]*/g, replacement: '' },
  // "Don't give me anything Northwind scores above 0.9 on criticality": the seller's score, as a filter.
  {
    pattern: new RegExp(String.raw`\banything ${SELLER} (?:scores|rates) (?=(?:above|over|below|under) )`, 'g'),
    replacement: 'anything scored ',
  },
  // "leaseability under 0.5 is a non-starter for us": a score ruled out (other wordings read it themselves).
  {
    pattern:
      /(?<=\b(?:leaseability|criticality) (?:under|below|above|over|of less than|of more than) \d?\.\d+ )is an? (?:non-?starter|deal-?breaker|no-go)\b/g,
    replacement: 'is excluded',
  },
  // "Lease terms we'd sign: 25 years", "Lease basis: 20 years at 2% escalation": the lease term.
  {
    pattern: /\blease (?:terms? (?:we'd|we would|we will|we'll|we can) (?:sign|accept|offer|do)|basis)(?=: ?\d)/g,
    replacement: 'lease term',
  },
  // "New rent the seller can absorb: at most $19.5M a year": the cap on new rent.
  {
    pattern: new RegExp(
      String.raw`\bnew rent ${SELLER} can (?:absorb|take on|carry|afford|handle)(?:: ?| is )(?:at most |up to )?(?=\$\d)`,
      'g',
    ),
    replacement: 'max rent added: ',
  },
  // "neither Dallas nor Houston more than 60% of it": a cap on each market's share.
  {
    pattern: /\bneither [a-z][a-z ]{1,30}? nor [a-z][a-z ]{1,30}? (?:more than|above|over) (?=\d|half|a third|a quarter|one)/g,
    replacement: 'no single market above ',
  },
  // "net leverage on a US GAAP basis, ceiling 3.6x": the level after the basis.
  {
    pattern: /\b((?:net|lease-adjusted) leverage) (on an? [a-z0-9 ]{2,12} basis), (ceiling|cap|max(?:imum)?|limit) (\d+(?:\.\d+)?x)/g,
    replacement: '$1 $3 $4, $2',
  },
  // "Our own fund-level leverage is capped at 50% LTV": the fund's own borrowing, no limit on the seller.
  { pattern: /\b(?:our|the fund's|fund-level|fund)\b[^.;\n]{0,40}?\bleverage\b[^.;\n]{0,40}?\d+(?:\.\d+)?% ?ltv\b/g, replacement: '' },
  // "Fund hurdle: 7.5% unlevered": a return, not a word about mortgages.
  { pattern: /(?<=\d% ?)unlevered\b/g, replacement: '' },
  // "Northwind's net leverage can't end above 3.5x": the level the leverage may not end at.
  {
    pattern:
      /\b(can't|cannot|can not|mustn't|must not|shouldn't|should not|won't|may not) end (?=(?:up )?(?:above|over|higher than|beyond) )/g,
    replacement: '$1 go ',
  },
  // "IC won't approve anything that takes Northwind's lease-adjusted leverage over 4.6x": a level not to pass.
  {
    pattern:
      /\b(?:the )?(?:ic|investment committee|committee|lenders?|bank|we) (?:won't|will not|wouldn't|would not) (?:approve|sign off on|accept|back|support) anything that (?:takes|pushes|puts|gets|brings|lifts) (?=(?:[a-z][a-z-]{2,30}'s )?(?:net |lease-adjusted )?leverage)/g,
    replacement: 'nothing that pushes ',
  },
  {
    pattern: /\banything that (?:takes|puts|gets|brings|lifts) (?=(?:[a-z][a-z-]{2,30}'s )?(?:net |lease-adjusted )?leverage)/g,
    replacement: 'anything that pushes ',
  },
  // "$275M of Northwind's owned real estate": all of what the seller owns, not the asset named after the company.
  {
    pattern: /\b[a-z][a-z-]{2,30}'s owned (?=real estate|assets|properties|portfolio|buildings|sites)/g,
    replacement: 'the owned ',
  },
  // "Investment Committee, Northwind Logistics SLB": the seller's company name in a heading, not a type.
  { pattern: /(?<=\b(?:committee|memo|subject|re)[,:] [a-z]+ )logistics\b/g, replacement: '' },
  // "Keep Northwind's net leverage at or below 3.5x": the seller's own limit, the seller's name dropped (so that the
  // name is never read as an asset named after the company, "Northwind Headquarters"). A day or a period before the
  // ratio ("Today's FCCR is 2.3x", "last year's leverage", "this quarter's coverage") names no seller: it dates the
  // level, and the mark of when is kept for the readers that tell today's level from the limit.
  {
    pattern: new RegExp(
      String.raw`\b(?!${PERIOD_WORDS}'s\b)[a-z][a-z-]{2,30}'s ((?:net |lease-adjusted |lease adjusted )?leverage|fccr|fixed[- ]charge)\b`,
      'g',
    ),
    replacement: '$1',
  },
];

/**
 * The edits that restate a buyer's wording as the seller's: what the fund pays as the target, the least it
 * would pay as the floor, types and assets it will not take as ruled out, the seller's limits and scores with
 * the seller's name dropped, and the fund's own leverage and hurdle dropped. A brief in the seller's voice needs
 * none.
 */
export function buySideRestatements(brief: string): TextEdit[] {
  const lower = brief.toLowerCase();
  // Lower-casing that changes the length (a rare letter) would misplace every span: leave such a brief as it is.
  if (lower.length !== brief.length) return [];
  const edits: TextEdit[] = [];
  for (const { pattern, replacement } of RESTATEMENTS) {
    for (const match of matchesIn(pattern, lower)) {
      const start = match.index;
      const end = start + match[0].length;
      if (edits.some((edit) => edit.start < end && start < edit.end)) continue;
      const text = replacement.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
      edits.push({ start, end, text });
    }
  }
  return edits;
}
