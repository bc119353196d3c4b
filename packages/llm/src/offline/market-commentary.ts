import { A_FOOT } from './rates-said-a-foot.js';
import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * Market commentary in a broker's, valuer's or call-report note: what buildings trade or let for, what buyers bid
 * or offered, and which places and buildings were toured, inspected or priced. Such a note writes the client's ask
 * beside the market's figures; the figures are data about the market, never the ask, its floor, a rent cap or an
 * escalator, and the places and types the market talk names are no filter.
 */

/** An area's unit after a rate: "/sf", "psf", "per square foot", "/sq ft", "a foot". */
const PER_AREA = String.raw`(?:\/sf\b|\/sq\.?[^\S\n]*ft\b|\/ft2\b|psf\b|p\.s\.f\.|per[^\S\n]+(?:square[^\S\n]+(?:foot|feet)|sq\.?[^\S\n]*ft\b|sf\b)|${A_FOOT})`;
/** A figure as a rate is written: "$11.50", "~$130", "US$9". */
const RATE_FIGURE = String.raw`(?:us\$|usd[^\S\n]*|\$)?\d[\d,]*(?:\.\d+)?`;

/**
 * A price or rent per square foot, one figure or a range, with what may trail it: "$298/sf", "$11.50/sf NNN",
 * "$1.25/sf/month", "$128-135/sf", "$7-9 per square foot", "$8.90/sf vs $9.75 market", "rents flat around $7.25/sf"
 * (rents held flat in the market are no flat-rent escalator).
 */
const AREA_RATE = new RegExp(
  String.raw`(?:\brents?[^\S\n]+(?:(?:are|were|is|have[^\S\n]+been|has[^\S\n]+been|stayed|held|remain(?:ed|s)?)[^\S\n]+)?(?:flat|steady|stable|unchanged)[^\S\n]+(?:at|around|near|about|~)[^\S\n]*)?` +
    String.raw`(?<![\w.$,])(?:~[^\S\n]*)?${RATE_FIGURE}(?:[^\S\n]*(?:-|to)[^\S\n]*${RATE_FIGURE})?[^\S\n]*${PER_AREA}` +
    String.raw`(?:[^\S\n]*\/[^\S\n]*(?:month|mo|yr|year|annum)\b|[^\S\n]+(?:per|a|an)[^\S\n]+(?:month|year|annum)\b)?` +
    String.raw`(?:[^\S\n]+(?:nnn|triple[-\s]net|net|gross|full[-\s]service|modified[-\s]gross)\b)?` +
    String.raw`(?:[^\S\n]+(?:vs\.?|versus|against|compared[^\S\n]+(?:to|with))[^\S\n]+(?:~[^\S\n]*|an?[^\S\n]+)?(?:us\$|usd[^\S\n]*|\$)\d[\d,]*(?:\.\d+)?(?:[^\S\n]*${PER_AREA})?(?:[^\S\n]+(?:market|asking|in[-\s]place)(?:[^\S\n]+rents?)?\b)?)?`,
  'g',
);

/**
 * A capitalisation rate written as a "cap": "at a 5.6 cap", "about a 6.1% cap", "6.0-6.4% caps", "between a 5.4% and
 * 6.1% cap". A cap on something ("a 10% cap on any market", "a 25% cap per market") is a limit, not a rate.
 */
const CAP_RATE =
  /(?<![\w.$,])(?<low>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*%?(?:[^\S\n]*(?:-|to|and)[^\S\n]*(?:an?[^\S\n]+)?(?<high>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*%?)?[^\S\n]+caps?\b(?![-\s]+(?:on|of|for|per|at|to|in|by|is|was|will|would|should|must|applies)\b)/g;
/** Words of a clause that make "N% cap" a limit rather than a capitalisation rate. */
const LIMIT_WORDS =
  /\b(?:share|single|any\s+(?:one\s+)?market|each\s+market|per\s+market|concentration|exposure|escalat\w*|bumps?|increases?|leverage|tax)\b/;

/** A market's vacancy: "vacancy at 6.8%", "vacancy rates of 5-6%", "6.8% vacancy". */
const VACANCY =
  /\bvacanc(?:y|ies)(?:[^\S\n]+rates?)?(?:[^\S\n]+(?:is|are|was|were|has|have|sits?|sitting|running|stands?|at|of|around|near|about|rose|risen|fell|fallen|up|down|to|now|~)){0,3}[^\S\n]*\d{1,2}(?:\.\d+)?(?:[^\S\n]*(?:-|to)[^\S\n]*\d{1,2}(?:\.\d+)?)?[^\S\n]*%|\d{1,2}(?:\.\d+)?[^\S\n]*%[^\S\n]+vacancy\b/g;

/** A money amount as a note writes another deal's figure: "$62M", "$150m", "US$ 20-40M". */
const MONEY = String.raw`(?:us\$|usd[^\S\n]*|\$)[^\S\n]*\d[\d,]*(?:\.\d+)?(?:[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k))?(?![a-z])`;
const MONEY_RANGE = String.raw`${MONEY}(?:[^\S\n]*(?:-|to)[^\S\n]*(?:(?:us\$|usd[^\S\n]*|\$)[^\S\n]*)?\d[\d,]*(?:\.\d+)?(?:[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k))?(?![a-z]))?`;
const ROUGHLY = String.raw`(?:(?:about|around|roughly|approximately|close\s+to|north\s+of|south\s+of|~)[^\S\n]*)?`;

/**
 * What the market offered, bid or implied, and the deal sizes buyers write: "a buyer offered $62M for the Joliet
 * DC", "two bidders came in at $140M", "bids came in at $95-100M", "($150m implied)", "implying roughly $150M",
 * "buyers in the $20-40M check size", "ticket sizes of $25-50M". Each is another party's figure, not the ask.
 */
const OTHER_PARTY_FIGURE = new RegExp(
  [
    String.raw`\b(?:buyers?|bidders?|investors?|funds?|part(?:y|ies)|reits?|someone|purchasers?)[^\S\n]+(?:(?:has|have|had|already|just|also|since|each)[^\S\n]+)*(?:offered|bid|tabled|submitted|put[^\S\n]+in|came[^\S\n]+in[^\S\n]+at|proposed|pitched|indicated)[^\S\n]+(?:an?[^\S\n]+(?:offer|bid)[^\S\n]+(?:of|at)[^\S\n]+)?${ROUGHLY}${MONEY_RANGE}`,
    String.raw`\b(?:offers?|bids?)[^\S\n]+(?:of|at|around|(?:came[^\S\n]+in|landed|ranged|were|was)[^\S\n]+(?:at|around|between|from))[^\S\n]+${ROUGHLY}${MONEY_RANGE}`,
    String.raw`${MONEY_RANGE}[^\S\n]+implied\b`,
    String.raw`\bimpl(?:ied|ying|ies)[^\S\n]+(?:(?:a[^\S\n]+)?(?:value|price|pricing|valuation|proceeds)[^\S\n]+(?:of[^\S\n]+)?)?${ROUGHLY}${MONEY_RANGE}`,
    String.raw`${MONEY_RANGE}[^\S\n]+(?:equity[^\S\n]+)?(?:check|cheque|ticket|deal)[-\s]sizes?\b`,
    String.raw`\b(?:check|cheque|ticket)[-\s]sizes?[^\S\n]+(?:of|around|between|from|in[^\S\n]+the)[^\S\n]+${ROUGHLY}${MONEY_RANGE}`,
  ].join('|'),
  'g',
);

/**
 * A figure the note itself calls old: "a $400M figure from an earlier board paper, but that's history", "$300M was
 * the old number; that is out of date". Only the figure is claimed; what is said after is read as usual.
 */
const FIGURE_CALLED_HISTORY = new RegExp(
  String.raw`(?<money>${MONEY})[^.;!?\n]{0,120}?\b(?:that|it|this|which)(?:[^\S\n]+(?:figure|number))?(?:['\u2019]s|[^\S\n]+is|[^\S\n]+was)[^\S\n]+(?:now[^\S\n]+|long[^\S\n]+|ancient[^\S\n]+)?(?:history|old[^\S\n]+news|stale|dead|out[^\S\n]+of[^\S\n]+date|outdated|superseded|obsolete)\b`,
  'g',
);

/**
 * A figure the client corrected in the same sentence: "asked for 'about' $100M, then corrected on the call: exactly
 * $105M", "said $90M but later revised it to $95M". The first figure is claimed; the correction is the ask.
 */
const FIGURE_THEN_CORRECTED = new RegExp(
  String.raw`(?<money>${MONEY})[^.;!?\n]{0,60}?\b(?:then|later|but|and|since)[^\S\n]+(?:(?:he|she|they|the[^\S\n]+client|client|treasury|the[^\S\n]+cfo|cfo)[^\S\n]+)?(?:(?:later|then)[^\S\n]+)?(?:corrected|revised|amended|updated|changed)\b(?:[^\S\n]+(?:it|that|this|the[^\S\n]+(?:figure|number|ask)))?(?:[^\S\n]+(?:on[^\S\n]+the[^\S\n]+call|later|afterwards|by[^\S\n]+e-?mail))?[^\S\n]*(?::|to\b|[-\u2013\u2014])[^\S\n]*(?:(?:exactly|precisely)[^\S\n]+)?${MONEY}`,
  'g',
);

/**
 * Claims the market's figures before any reader sees them: rates per square foot, capitalisation rates written as
 * "caps", vacancy, other parties' offers, bids and deal sizes, and figures the note calls old or corrects. None is
 * the ask, its floor, a rent cap or an escalator.
 */
export function claimMarketFigures(text: BriefText): void {
  const spans: { start: number; end: number }[] = [];
  claimedFigures.set(text, spans);
  const claimFree = (start: number, end: number): void => {
    if (end <= start || !text.isFree(start, end)) return;
    text.claim(start, end);
    spans.push({ start, end });
  };
  for (const match of text.freeMatches(AREA_RATE)) claimFree(match.index, match.index + match[0].length);
  for (const match of text.freeMatches(CAP_RATE)) {
    const low = Number(match.groups?.['low']);
    const high = match.groups?.['high'] === undefined ? low : Number(match.groups['high']);
    if (!(low >= 2 && high <= 12 && high >= low)) continue;
    const clause = text.clauseAround(match.index);
    if (LIMIT_WORDS.test(text.lower.slice(clause.start, clause.end))) continue;
    claimFree(match.index, match.index + match[0].length);
  }
  for (const pattern of [VACANCY, OTHER_PARTY_FIGURE])
    for (const match of text.freeMatches(pattern)) claimFree(match.index, match.index + match[0].length);
  for (const pattern of [FIGURE_CALLED_HISTORY, FIGURE_THEN_CORRECTED])
    for (const match of text.freeMatches(pattern)) claimFree(match.index, match.index + (match.groups?.['money'] ?? '').length);
}

/** The spans `claimMarketFigures` claimed, by brief. */
const claimedFigures = new WeakMap<BriefText, readonly { start: number; end: number }[]>();

/** The market figures claimed in a brief (none when `claimMarketFigures` has not read it). */
function marketFigureSpans(text: BriefText): readonly { start: number; end: number }[] {
  return claimedFigures.get(text) ?? [];
}

/** Words of market talk: rates, comparables, vacancy, buyers and bids, pricing, tours and inspections. */
const MARKET_TALK =
  /\b(?:cap(?:itali[sz]ation)?\s+rates?|caps|comps|comparables?|comparable\s+(?:sales|evidence|transactions|deals)|vacanc(?:y|ies)|rents|buyers?|bidders?|bids?|offers?|offered|investors?|pricing|priced|tours?|toured|inspections?|inspected|traded|trading|demand|diligence|ndas?|underwriting)\b|\/sf\b|\bpsf\b|\bper\s+square\b|\d\s*%?\s+caps?\b/;
/**
 * Words in the client's voice, or an instruction's: whoever asks, what is asked for, and the words that set a
 * filter. A sentence that holds one is read as usual, whatever market talk it holds. "may be offered" grants leave to
 * sell ("everything in Texas may be offered"), where a buyer's "offered" is market talk.
 */
const CLIENT_VOICE =
  /\b(?:client|clients|seller|sellers|treasury|cfo|ceo|company|mandate|wants?|wanted|needs?|needed|asks?|target(?:s|ing|ed)?|rais(?:e|es|ing|ed)|sell|selling|exclud\w*|only|keep(?!\s+(?:asking|calling|coming|pushing|circling|bidding))|leave|drop|limit(?:ed)?|restrict\w*|requires?|required|requirement|program(?:me)?|proceeds|must|should|please|let['\u2019]s|focus(?:es|ed|ing)?|include|including|(?:'d|would)\s+like|stay|staying|confin\w*|avoid|skip|criticality|leaseability|may\s+(?:all\s+|also\s+)?be\s+(?:offered|sold|marketed))\b/;

/**
 * True when a place or type mention at [start, end) stands in market talk: in a sentence of market talk with nothing
 * in the client's voice ("buyer depth for the Inland Empire boxes is excellent", "cap rates on Class A logistics flat
 * at 5.6%", "inspections of the Dallas and Houston properties"), or in a note that opens as market talk ("Buyer
 * feedback notes - the Ohio assets. Columbus store: fine. Lab: nobody.") before anything is said in the client's
 * voice. Only what the client asks sets a filter.
 */
export function isMarketCommentary(text: BriefText, start: number, end: number): boolean {
  const sentenceStart = sentenceStartBefore(text, start);
  const sentenceEnd = sentenceEndAfter(text, end);
  if (inClientVoice(text, sentenceStart, sentenceEnd)) return false;
  if (MARKET_TALK.test(text.lower.slice(sentenceStart, sentenceEnd))) return true;
  // A note headed as market talk stays market talk until the client's voice is heard.
  return MARKET_NOTE_HEADING.test(text.lower) && !inClientVoice(text, 0, sentenceStart);
}

/** A note headed as market talk: "Buyer feedback notes - the Ohio assets.", "Market update:", "Bidder notes, round 2". */
const MARKET_NOTE_HEADING =
  /^[^a-z]*(?:(?:buyer|bidder|investor|market|broker)(?:['\u2019]s)?\s+(?:feedback|notes?|depth|update|colou?r|commentary|chat|summary|read)|comparable\s+sales|comps)\b/;

/**
 * "so it's a good moment to sell", "a great window for selling": the market's timing judged, which closes market talk
 * without asking for anything (what to sell is said elsewhere), so it is no word of the client's voice.
 */
const GOOD_TIME_TO_SELL =
  /\b(?:good|great|right|ideal|perfect|strong|smart|sensible)\s+(?:time|moment|window|point|market)\s+(?:to\s+(?:be\s+)?sell(?:ing)?|for\s+selling|for\s+a\s+sale)(?=\s*(?:[.,;!]|$))/g;

/** A money amount with its scale: the ask is written so, where market talk writes its figures per square foot. */
const SCALED_MONEY = new RegExp(
  String.raw`(?:us\$|usd\s*|\$)\s*\d[\d,]*(?:\.\d+)?\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|b)(?![a-z])|\b\d[\d,]*(?:\.\d+)?\s*(?:million|billion)\b`,
  'g',
);

/**
 * True when the sentence at [start, end) is in the client's voice: it holds one of the client's words, or an amount
 * that no market figure claimed ("$180M, drawn from the Texas and Arizona markets").
 */
function inClientVoice(text: BriefText, start: number, end: number): boolean {
  const sentence = text.lower.slice(start, end).replace(GOOD_TIME_TO_SELL, ' ');
  if (CLIENT_VOICE.test(sentence)) return true;
  for (const money of sentence.matchAll(SCALED_MONEY))
    if (!marketFigureSpans(text).some((span) => span.start <= start + money.index && start + money.index < span.end)) return true;
  return false;
}
