import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimRegionsWithin } from './region-mentions.js';

/*
 * Places and types an adviser names while telling something other than the ask: another client's deal, the deals
 * a sizing was benchmarked on, a variant looked at and rejected, what one pool of buyers wants, how a place fared
 * last time, or a place said not to be a restriction. Each is context for the recommendation, never a filter.
 */

/** What another party did with its deal: "ran", "sold", "raised", and "raising" as a peer's deal is reported. */
const PAST_DEAL_VERB =
  'ran|did|took|chose|closed|completed|sold|tested|got|used|executed|excluded|raised|raising|selling|went|signed|priced|struck|agreed|kept|accepted|opted|regretted';

/**
 * Another party's deal, told in the past: "a building-products client ran its SLB with the Texas sites excluded",
 * "another client of ours in parcel delivery tested 18-year leases", "a client in food distribution took on $22M of
 * rent". The client the note is written for is "you", never "a client".
 */
const OTHER_PARTY_DEAL = new RegExp(
  String.raw`\b(?:an?|another|our|one\s+of\s+(?:our|the|their|your))\s+(?:[a-z&-]+\s+){0,3}?(?:clients?|peers?|issuers?|borrowers?|competitors?)\b(?:\s+of\s+ours)?(?=[^.;!?\n]{0,80}?\b(?:${PAST_DEAL_VERB})\b)`,
  'g',
);

/**
 * Another party's deal named by whose it is: "a competitor's $250m SLB in Chicago at a 6.1% cap", "a peer's $350M
 * program in New Jersey printed at a 5.2% cap". The possessive marks the deal as someone else's, with no verb needed.
 */
const OTHER_PARTYS_DEAL =
  /\b(?:an?|another|one)\s+(?:[a-z&-]+\s+)?(?:clients?|peers?|issuers?|borrowers?|competitors?|rivals?)['\u2019]s?\s+(?=[^.;!?\n]{0,30}?\b(?:slbs?|deals?|program(?:me)?s?|transactions?|sales?|sale[-\s]?leasebacks?|disposals?|raises?)\b)/g;

/**
 * A deal another company did with its own buildings: "Contoso Freight closed a $180M SLB on its Memphis DCs", "a
 * REIT sold their Dallas boxes". Whose buildings they were ("its", "their") marks the deal as someone else's; what
 * "we" did is the writer's own, and "Houston's got its own mess" is no deal.
 */
const DEAL_ON_ITS_BUILDINGS = new RegExp(
  String.raw`(?<!\b(?:we|i|you)\s+(?:[a-z]+\s+)?)\b(?:${PAST_DEAL_VERB})\b(?:[^.;!?\n]{0,60}?\b(?:of|on|from|in|with)|(?<=\bsold))\s+(?:its|their)\s+(?!own\b)(?=[a-z])`,
  'g',
);

/**
 * A peer that opens a sentence or a numbered point, with no article: "Peer did a $400M SLB on their Texas DCs",
 * "1. Peer deal (Acme) raised $300M from Phoenix data centers", "Competitor sold its Ohio plants last year".
 */
const PEER_OPENS_SENTENCE = new RegExp(
  String.raw`(?:^|(?<=[.!?:\n]\s{0,3})|(?<=\n\s*\d{1,2}[.)]\s{1,3}))(?:peers?|competitors?|rivals?)(?:\s+(?:deal|transaction|slb|company|group))?(?:\s*\([^()\n]{1,40}\))?(?=[^.;!?\n]{0,80}?\b(?:${PAST_DEAL_VERB})\b)`,
  'gm',
);

/**
 * Deals a sizing or a price is benchmarked on: "the last five SLBs in logistics", "four recent logistics SLBs",
 * "comparable transactions in retail". The sector names no type to sell.
 */
const BENCHMARK_DEALS =
  /\b(?:(?:the\s+)?(?:last|recent|prior|previous|comparable|peer)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:recent|comparable|peer)\s+)(?:[a-z-]+\s+)?(?:slbs|deals|transactions|sale[-\s]?leasebacks)(?:\s+in\s+[a-z-]+(?:\s+[a-z-]+)?)?/g;

/**
 * A variant looked at and then turned down in the same sentence: "we considered Georgia-only and Texas-only
 * variants and rejected both", "we looked hard at a Chicago-only execution and rejected it as too concentrated",
 * "we considered excluding Texas ..., but on reflection that removes too much". Group `end` is the turning down.
 */
const REJECTED_VARIANT =
  /\b(?:considered|looked\s+(?:hard\s+|closely\s+)?at|explored|evaluated|weighed|modell?ed|tested)\b(?<between>[^.!?\n]{1,200}?)\b(?:(?:and|but)\s+(?:then\s+)?(?:rejected|dismissed|discarded|decided\s+against)|but\s+on\s+reflection|rejected\s+(?:it|them|both|each))\b/g;

/** What one pool of buyers wants: "the 1031 money wants small retail", "core investors prefer bulk DCs". */
const BUYERS_WANT =
  /\b(?<!(?:our|we|my)\s+)(?:money|capital|investors|buyers|bidders|funds)\s+(?:wants?|prefers?|likes?|favou?rs?|chases?|(?:is|are)\s+chasing)\s+[^.;!?\n]{1,60}/g;

/**
 * How deep the market is for a kind of building: "the sale-leaseback market remains deep for generic logistics boxes",
 * "demand is strong for Phoenix retail". It describes buyers, and asks for nothing.
 */
const MARKET_DEPTH =
  /\b(?:market|demand|appetite|bid|liquidity)\s+(?:(?:remains|is|was|stays|looks|has\s+been)\s+)?(?:(?:very|still|quite|fairly)\s+)?(?:deep|liquid|strong|hot|thin|active|healthy|robust)\s+for\s+[^.;!?\n]{1,60}/g;

/** How a place fared before: "last time Dallas was way too concentrated", "previously Ohio was the whole program". */
const LAST_TIME = /\b(?:last\s+(?:time|year|round|cycle)|previously|in\s+the\s+last\s+(?:deal|round|program(?:me)?))\s*,?\s+(?:the\s+)?/g;
const WAS_AFTER = /^\s+(?:was|were|had|got|ended\s+up)\b/;

/** A place said to be no limit: "Phoenix came up for buyer appetite; it isn't a restriction." */
const NO_RESTRICTION =
  /\b(?:it|this|that|which)\s+(?:isn['\u2019]?t|is\s+not|wasn['\u2019]?t|was\s+not)\s+(?:meant\s+as\s+)?an?\s+(?:restriction|constraint|filter|requirement|limit)\b/g;

/** A line labelled as another party's deal: "Peer deal: Acme sold $300M of DCs", "Comparable transaction -". */
const PEER_DEAL_LABEL =
  /\b(?:peer|comparable|comp|precedent|benchmark|market)\s+(?:deals?|transactions?|trades?|slbs?|sale[-\s]?leasebacks?)\s*(?::|-\s)/g;

/**
 * A remark marked as only context, at its end: "'Brookfield is quoting 6.5% caps on our Dallas boxes' - context
 * only.", "(just context)", "- FYI only". Group `mark` is where the marking starts.
 */
const MARKED_CONTEXT =
  /(?:\s[-\u2013\u2014]+|\(|,)\s*(?:(?:just|only|purely|for)\s+)?(?:context|background|fyi|market\s+talk|reference)(?:\s+only)?\s*\)?(?=\s*(?:[.;!\n]|$))/g;

/**
 * A remark set aside at its end as no part of the ask: "a peer raising $250M in Dallas, which is not relevant",
 * "Acme raised $300M from Phoenix data centers - noted, not our plan", "(not relevant here)".
 */
const MARKED_NOT_OURS =
  /(?:\s[-\u2013\u2014]+|\(|,)\s*(?:noted\s*[,;]?\s*(?:but\s+)?)?(?:(?:which|that|it)\s+(?:is|was)\s+)?not\s+(?:relevant|applicable|our\s+(?:plan|ask|deal|case|program(?:me)?))(?:\s+(?:here|to\s+us|for\s+us))?\s*\)?(?=\s*(?:[.;!\n]|$))/g;

/** A turn from another party's deal to the writer's own, in the same sentence: "; ours is", ", but for us", "; we need". */
const TURN_TO_OURS =
  /[;,:]\s*(?:but\s+)?(?:ours|our\s+(?:own\s+)?(?:deal|program(?:me)?|slb|ask|raise|target)|for\s+us|we(?:['\u2019]re|\s+are|\s+need|\s+want))\b/;

/**
 * Where another party's deal told from `from` ends: its sentence's end, or the turn to the writer's own deal before it
 * ("a $300M deal a competitor did last year; ours is much smaller, $40M, from the parts stores").
 */
function otherDealEnd(text: BriefText, from: number): number {
  const end = sentenceEndAfter(text, from);
  const turn = TURN_TO_OURS.exec(text.lower.slice(from, end));
  return turn === null ? end : from + turn.index;
}

/** Claims every place, region and type mention wholly inside [from, to) that no reader has claimed yet. */
export function claimMentions(text: BriefText, vocabulary: PlaceVocabulary, from: number, to: number): void {
  // "a Chicago-only execution (deepest buyer pool in the Midwest)": a region in the context is context too.
  claimRegionsWithin(text, from, to);
  for (let index = from; index < to; index += 1) {
    // A building's full name first, so that a market inside it is not taken alone.
    const mention = vocabulary.matchAt(text.lower, index, true, text.source) ?? vocabulary.matchAt(text.lower, index, false, text.source);
    if (mention === null || mention.end > to || !text.isFree(mention.start, mention.end)) continue;
    text.claim(mention.start, mention.end);
    index = mention.end - 1;
  }
}

/**
 * Claims the places and types named only as context for an adviser's recommendation: another party's deal (to the
 * end of its sentence), the deals a sizing is benchmarked on, a variant looked at and rejected, what a pool of buyers
 * wants, how a place fared last time, a place said to be no restriction, a peer's deal under its label and a remark
 * marked as context only. What the note asks for is read as usual.
 */
export function claimPrecedentMentions(text: BriefText, vocabulary: PlaceVocabulary): void {
  const peers = [
    ...text.freeMatches(OTHER_PARTY_DEAL),
    ...text.freeMatches(OTHER_PARTYS_DEAL),
    ...text.freeMatches(PEER_DEAL_LABEL),
    ...text.freeMatches(PEER_OPENS_SENTENCE),
  ];
  for (const match of peers) claimMentions(text, vocabulary, match.index, otherDealEnd(text, match.index));
  for (const match of text.freeMatches(DEAL_ON_ITS_BUILDINGS))
    claimMentions(text, vocabulary, sentenceStartBefore(text, match.index), otherDealEnd(text, match.index));
  for (const pattern of [BENCHMARK_DEALS, REJECTED_VARIANT, BUYERS_WANT, MARKET_DEPTH])
    for (const match of text.freeMatches(pattern)) claimMentions(text, vocabulary, match.index, match.index + match[0].length);
  for (const match of text.freeMatches(LAST_TIME)) {
    const from = match.index + match[0].length;
    const mention = vocabulary.matchAt(text.lower, from, false, text.source);
    if (mention === null || !WAS_AFTER.test(text.lower.slice(mention.end, mention.end + 20))) continue;
    if (text.isFree(mention.start, mention.end)) text.claim(mention.start, mention.end);
  }
  // "Fwd: 'Brookfield is quoting 6.5% caps on our Dallas boxes' - context only.": the whole remark is context.
  for (const match of [...text.freeMatches(MARKED_CONTEXT), ...text.freeMatches(MARKED_NOT_OURS)])
    claimMentions(text, vocabulary, sentenceStartBefore(text, match.index), match.index);
  for (const match of text.freeMatches(NO_RESTRICTION))
    claimMentions(text, vocabulary, sentenceStartBefore(text, match.index), match.index);
}
