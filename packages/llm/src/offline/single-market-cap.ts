import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { shareRestatedAsDecimal } from './share-restated-as-decimal.js';
import { numberValue, WORD_NUMBER, WORD_SHARE, wordShareValue } from './written-numbers.js';

/**
 * The single-market concentration limit: the most of the proceeds any one market may supply, written as a
 * percentage, a fraction or in words, before or after the words that name one market.
 */

// "30pct" is the note-taker's percent sign.
const PERCENT = String.raw`(?<percent>\d+(?:\.\d+)?|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|pct\b)`;
const PLACE = String.raw`(?:market|mkt|metro(?:politan\s+area)?|metropolitan\s+area|msa|city|location|region|geography|submarket)`;
/**
 * "any one area", "no single area", "per area": "area" for a market, as someone who does not say "market" puts it
 * ("no more than 30% from any one area"). Only with a word that picks out one area at a time, for "one area" alone
 * ("30% of the portfolio sits in one area today") says where things are, not a cap.
 */
const ONE_AREA = String.raw`(?:any\s+(?:one|single|individual|given)|no\s+(?:one|single|individual)|a\s+single|per|each)[-\s]+area(?![a-z])`;
/**
 * "any one market", "a single city", "every metro" (unless "every market but..."), the verb after "neither Dallas nor
 * Houston" ("neither Dallas nor Houston supplying more than 60%", the places left to the place readers), "neither of them", "per market", "either market", "either of the two metros", "market
 * concentration", "no market", "in any one", "a market may", "any of the three" or "from any of them" after a list of places, and "market cap"
 * right before a percentage ("Market cap 30%", "the metro cap is 35%", "Market cap — 30%") or a fraction with no scale ("market cap 0.3", also ending its sentence), or right
 * after one ("35% market cap", "0.4 market-share cap"), where it cannot be a market capitalisation.
 * "One-metro share", and "either" alone after "from" ("No more than 60% from either"); a state, which only "either",
 * "any one" or "no single" makes one market's ("no more than 60% from either state"). In notes: "1 city", "from one place", "from one" ending its clause after a capped percentage ("no more than 25% from one"), a
 * place after a percentage or "share" and a slash ("40%/metro", "Max share/mkt: 0.45"), "each" after a list of places ("cap each at 60%", "50% each"),
 * and "share" after a capped percentage ("Max 55% share") or before a share ("Max share 30%", "Share cap 0.5"), and the market word alone before or after "max" ("max mkt 30%",
 * "market max 50 %"), and a market cap said to be as before, its figure after a comma ("market cap as last time, 25%"),
 * and "any one area" (`ONE_AREA`).
 */
const ONE_MARKET = String.raw`(?:${ONE_AREA}|neither\s+(?:one\s+)?of\s+(?:them|these|those|the\s+(?:two|markets|metros|cities))|(?:no|any)\s+(?:single\s+)?one\s+of\s+(?:them|these|those|the\s+(?:markets|metros|cities|two|three|four|five|[2-9]))|any\s+(?:single\s+)?(?:one\s+)?of\s+(?:the|these|those)\s+(?:two|three|four|five|[2-9])(?:\s+(?:${PLACE}s|cities)(?![a-z])|(?=\s*(?:[.;,!?)\n]|$)))|(?<=\b(?:from|in)\s+)any\s+of\s+(?:them|these|those)(?=\s*(?:[.;,!?)\n]|$))|(?<=\bfrom\s+)either(?:\s+one)?(?=\s*(?:[.;,!?]|\s+and\b|$))|n?either\s+(?:one\s+|single\s+)?${PLACE}|(?:n?either|any\s+(?:one|single|individual|given)|no\s+(?:one|single)|a\s+single)[-\s]+state(?![a-z])|either\s+(?:one\s+)?of\s+(?:them|(?:the|these|those)\s+(?:two\s+)?(?:${PLACE}s|cities))|any\s+(?:one\s+|single\s+|given\s+|individual\s+|1\s+)?${PLACE}|(?:a\s+)?single[-\s]${PLACE}|(?:one|1)[-\s]${PLACE}|(?<=(?:%|pct|percent|(?<![\w.])0?\.\d+)\s+)(?:market|mkt|metro|city)(?:[-\s]+share)?[-\s]+(?:cap|limit|ceiling)\b|(?<=\b(?:from|in)\s+(?:any\s+)?)(?:one|a\s+single)\s+place\b|(?<=\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|max(?:imum)?|up\s+to|under|below|less\s+than)\s+\d+(?:\.\d+)?\s*%\s+from\s+)one(?=\s*(?:[.;!?)]|$))|(?<=(?:%|pct|\bshare)\s*\/\s*)${PLACE}\b|(?<=\b(?:cap|limit)\s+)each(?=\s+(?:at|to)\s+\d)|(?<=\d\s*(?:%|pct)\s+)each(?=\s*(?:[.;,!?)]|$))|(?<=\b(?:max(?:imum)?|cap)\s+\d+(?:\.\d+)?\s*%\s+)share\b|(?:per|each)[-\s]${PLACE}|no\s+(?:one\s+|single\s+|individual\s+)?${PLACE}|(?<=\bneither\s+[a-z][a-z .'-]{0,30}?\s+nor\s+[a-z][a-z .'-]{0,30}?\s)(?:supplying|providing|contributing|accounting\s+for|representing)|every\s+(?:single\s+|one\s+|individual\s+)?${PLACE}(?!\s+(?:but|except|other|outside|apart)\b)|(?:market|mkt)[-\s]+(?:concentration|share|exposure)|(?:max(?:imum)?\s+share|share\s+cap)(?=\s*[:=]?\s*(?:0?\.\d|\d+(?:\.\d+)?\s*(?:%|pct)))|(?:market|mkt|metro|city)[-\s]+(?:cap|limit|ceiling)(?=\s*(?:[:=]|-(?=\s)|is)?\s*(?:of\s+|at\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pct))|(?:market|mkt|metro|city)[-\s]+(?:cap|limit|ceiling)(?=\s*(?:[:=]|-(?=\s)|is)?\s*(?:of\s+|at\s+)?0?\.\d+(?![\d%]|\.\d|\s*(?:x|bn|b\b|billion|m\b|mm|mn|million|k\b|tn|trillion)))|(?:geographic\s+)?concentration|(?<=\bmax(?:imum)?\s+)(?:market|mkt)(?=\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:%|pct))|(?:market|mkt)(?=\s+max(?:imum)?\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:%|pct))|(?:market|mkt)[-\s]+(?:share\s+)?(?:cap|limit|ceiling)\s+as\s+(?:last\s+time|before|usual|previously|in\s+the\s+last\s+(?:deal|round|program(?:me)?))\s*[,:(-](?=\s*\d+(?:\.\d+)?\s*(?:%|pct))|any\s+one(?=\s*(?:[.;,!?]|$))|a\s+(?:single\s+)?${PLACE}(?=\s+(?:may|can|could|should|must|shall|will)\b))`;
const MARKET_SHARE_PATTERNS = [
  // "Dallas max 30% of total, same rule all markets": a cap stated for one market, then made the rule for every one.
  new RegExp(
    String.raw`(?:\b(?:max(?:imum)?|cap(?:ped)?(?:\s+at)?|up\s+to|no\s+more\s+than|at\s+most)\s+)?${PERCENT}(?:\s+of\s+(?:the\s+)?(?:proceeds|target|total))?\s*[,;]\s*(?:and\s+)?(?:the\s+)?same\s+(?:rule|cap|limit|max(?:imum)?)\s+(?:for\s+|applies\s+to\s+|in\s+|across\s+)?(?:all|every|each)\s+(?:other\s+)?(?:markets?|metros?|cities)\b`,
    'g',
  ),
  // "no more than 40% from any one market", "cap of 40% per market", "max 40% in a single market"
  new RegExp(
    String.raw`(?:\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|cap(?:ped)?\s+(?:of|at)|under|below|less\s+than|within)\s+)?${PERCENT}(?:\s+(?:of\s+)?(?:the\s+)?(?:proceeds|target|total|capital|cash|program|programme))?(?:\s+(?:max(?:imum)?|at\s+most|cap|tops))?\s+(?:from|in|per|for|of|on|to)?\s*${ONE_MARKET}`,
    'g',
  ),
  // "no single market above 40%", "market concentration below 40%", "cap any one market at 40%",
  // "single-city exposure stays below 30%"
  new RegExp(
    String.raw`\b(?:cap\s+|limit\s+)?${ONE_MARKET}(?:\s+(?:exposure|concentration|share|weighting))?(?:\s+(?:may|can|should|to|must|at|will|has\s+to|needs\s+to)\b)?(?:\s+(?:stays?|remains?|sits?|kept|provides?|providing|contributes?|contributing|supply|supplies|supplying|holds?|holding|takes?|taking|accounts?\s+for|accounting\s+for|represents?|representing|exceeds?|exceeding|be|go|above|over|more\s+than|below|under|at\s+most|no\s+more\s+than|capped\s+at|of|at|limited\s+to|max(?:imum)?)\b)*\s*(?:of\s+)?(?:the\s+)?(?:proceeds\s+)?${PERCENT}(?:\s+of\s+(?:the\s+)?(?:proceeds|target|total))?`,
    'g',
  ),
  // "the share of proceeds from any one market, which we've agreed to cap at 35%", "the share from a single metro, that
  // the board wants to limit to 30%": the share named, then capped in a relative clause after it.
  new RegExp(
    String.raw`\b(?:the\s+)?share\s+(?:of\s+(?:the\s+)?(?:proceeds|money|cash|raise|target)\s+)?(?:from|in|supplied\s+by|coming\s+from)\s+${ONE_MARKET}\s*,?\s+(?:which|that)\s+(?:we(?:['\u2019]ve|\s+have|['\u2019]ll|\s+will)?|they(?:['\u2019]ve|\s+have)?|the\s+(?:board|committee|cfo|lenders?)(?:\s+has|\s+have)?)\s+(?:(?:agreed|decided|wants?|chose|plans?|planned|need|needs)\s+to\s+)?(?:cap|limit|hold|keep)\s+(?:at|to|under|below|at\s+or\s+below)\s+${PERCENT}`,
    'g',
  ),
];

/** A percentage as written, in figures or words ("35", "thirty-five"), as a share (0.35); NaN when it is not one. */
function shareOfPercent(written: string | undefined): number {
  return written === undefined ? Number.NaN : Math.round(numberValue(written) * 1e6) / 1e8;
}

/**
 * A share written as a percentage or in words, wherever it stands in a clause, or as a fraction right after a
 * label, "at", "to", "of", a word that caps it or says what it is ("the single-market limit is 0.25", "the market-share
 * cap should be 0.25"), or the market
 * words themselves ("Max share from one market: 0.3",
 * "cap any single market at .3", "market share cap 0.3", "per-market limit 0.25", "no more than 0.4", "max share
 * per market 0.45"), where a fraction can only be the share itself; and a slash fraction before "of" ("1/4 of
 * proceeds", "2/5 of the raise") or before a cap or a place ("1/4 max per market", "1/4 cap per market", "1/3 from any metro") or after a cap
 * ("market concentration max 1/3"), and a
 * fraction right before a market cap's words ("0.25 market cap", "0.4 market-share cap") or a cap per market ("0.4 max per market"). A dictated decimal the reading copy
 * wrote as a numeral keeps its width in spaces before it ("market share max point three").
 */
const SHARE = new RegExp(
  String.raw`(?<![\w.])(?:${PERCENT}|(?<words>${WORD_SHARE})|(?<=(?:[:=|\u2264<]|\b(?:at|to|of|cap|max(?:imum)?|limit|ceiling|under|below|above|over|within|than|share|concentration|exposure|exceed)|\bat\s+most|\b(?:limit|cap|ceiling|max(?:imum)?)\s+(?:is|(?:should|must|shall|will|would|needs?\s+to|has\s+to)\s+be)|(?:\b(?:per|each|(?:any\s+)?(?:one|single))[-\s]|\bshare\s*\/\s*)${PLACE})\s{0,12})(?<fraction>0?\.\d+)(?![\d%]|\.\d|\s*x\b)|(?:(?<=(?:\b(?:max(?:imum)?|cap|limit|ceiling|under|below|most)|[:=\u2264<])[^\S\n]{0,3})|(?=[1-9]\s*\/\s*(?:[2-9]|10)(?![\d\/.])\s+(?:of|max(?:imum)?|cap|limit|ceiling|per|from|in)\b))(?<numerator>[1-9])\s*\/\s*(?<denominator>[2-9]|10)(?![\d\/]|\.\d)|(?<capped>0?\.\d+)(?=\s+(?:(?:market|mkt|metro|city)(?:[-\s]+share)?[-\s]+(?:cap|limit|ceiling)|(?:max(?:imum)?|cap|limit|ceiling)\s+(?:per|each|a)[-\s]${PLACE})\b))`,
  'g',
);
const ONE_MARKET_ANYWHERE = new RegExp(String.raw`\b${ONE_MARKET}`, 'g');
/** A figure restating the share just read: "a third... let's say 33%", "a quarter (25%)", "one-third of the proceeds at most - say 33%". */
const RESTATED = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+)?(?:proceeds|total|raise))?(?:\s+(?:at\s+most|max(?:imum)?))?\s*(?:[.,;:-]*\s*(?:(?:let's\s+|let\s+us\s+)?say|i\.?e\.?,?|that\s+is,?|call\s+it|or)\s+|\(\s*)${PERCENT}\)?`,
);
/** Metrics written as fractions too ("criticality capped at 0.6"), whose fraction is not a market share. */
const OTHER_FRACTION_METRIC = /\b(?:criticality|lease-?ability|leasability|lettability|tax|escalat|bumps?|rate)/;
/** A share that is not a single-market cap: of the target (a floor), or a minimum. */
const NOT_A_CAP_AFTER = /^\s*(?:of\s+(?:the\s+|that\s+|our\s+)?(?:target|ask|goal|amount|figure)|minimum|min\b|or\s+(?:more|above|higher))/;
const NOT_A_CAP_BEFORE =
  /\b(?:at\s+least|minimum(?:\s+of)?|min|no\s+less\s+than|floor(?:\s+of)?|tax(?:\s+rate)?(?:\s+of)?|escalat\w*|bumps?|criticality|leaseability|stake|equity)\s*$/;

/**
 * Words that cap the share right before it: "held to", "capped at", "no more than", "at most", "cap any single market at",
 * and what a market supplies passing it ("should provide more than one third of the Target Proceeds").
 */
const CAPPED_BEFORE = new RegExp(
  String.raw`\b(?:(?:held|kept|capped|limited|restricted|pegged)\s+(?:to|at)|(?:provide|supply|contribute|account\s+for|represent)s?\s+(?:more|greater)\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|(?:cap|limit)\s+(?:any|each|every)\s+(?:single\s+|one\s+|individual\s+)?${PLACE}\s+(?:at|to))\s*$`,
);

/** The rest of a question about the market words, then the next line's opening up to the share: "cap?\nKim: ". */
const ANSWERED_AFTER =
  /^[^\S\n]*(?:(?:share\s+)?(?:cap|limit|ceiling|max(?:imum)?)[^\S\n]*)?\?[^\S\n]*\n[^\S\n]*(?:[a-z][a-z.'-]{0,20}[^\S\n]*:[^\S\n]*)?$/;

/** Words between the market words and the share that only cap it: "cap", "limit", "max", ": <=". */
const CAP_BETWEEN =
  /^[\s:=\u2264<]*(?:(?:cap|limit|max(?:imum)?|ceiling|share|concentration|exposure|of|at|under|below|within|no\s+more\s+than)[\s:=\u2264<]*)*$/;

/**
 * The general form of the single-market cap: a clause that names one market ("any single metropolitan area",
 * "one city", "per-market exposure", "concentration") and a share, in figures or words, wherever each stands
 * ("no more than one quarter of proceeds is to come from any single metro", "Max single-market
 * concentration: 35%", "anything over 50% from one city is too concentrated"). A share of the target or a
 * minimum is not a cap; when a clause has several shares, the one nearest the market words is the cap.
 */
function readMarketShareClauses(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  const markets = text.freeMatches(ONE_MARKET_ANYWHERE).filter((match) => text.isFree(match.index, match.index + match[0].length));
  if (markets.length === 0) return found;
  const candidates: { value: number; start: number; end: number; distance: number; market: RegExpExecArray }[] = [];
  for (const match of text.freeMatches(SHARE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const groups = match.groups ?? {};
    const value =
      groups['numerator'] !== undefined
        ? Number(groups['numerator']) / Number(groups['denominator'])
        : (groups['fraction'] ?? groups['capped']) !== undefined
          ? Number(groups['fraction'] ?? groups['capped'])
          : groups['words'] === undefined
            ? shareOfPercent(groups['percent'])
            : wordShareValue(groups['words']);
    if (!(value > 0 && value <= 1)) continue;
    const clause = text.clauseWithLabel(start);
    const before = text.lower.slice(clause.start, start);
    // "any market's share held to a quarter of the target": after a capping word, a share of the target is the cap.
    const ofTarget = NOT_A_CAP_AFTER.test(text.lower.slice(end, clause.end)) && !CAPPED_BEFORE.test(before);
    if (ofTarget || NOT_A_CAP_BEFORE.test(before)) continue;
    // A bare fraction is a share only when nothing else scored in fractions is named before it in the clause.
    if ((groups['fraction'] !== undefined || groups['numerator'] !== undefined) && OTHER_FRACTION_METRIC.test(before)) continue;
    let nearest: { market: RegExpExecArray; distance: number } | undefined;
    for (const market of markets) {
      const marketEnd = market.index + market[0].length;
      if (market.index < clause.start || marketEnd > clause.end) continue;
      const distance = market.index > end ? market.index - end : start - marketEnd;
      if (nearest === undefined || distance < nearest.distance) nearest = { market, distance };
    }
    // "One market, one-third of the proceeds at most": the market words alone as the clause before, like a label.
    if (nearest === undefined && clause.start > 0) {
      const previous = text.clauseAround(clause.start - 1);
      const lead = markets.find(
        (market) =>
          market.index >= previous.start &&
          /^[\s*\u2022-]*$/.test(text.lower.slice(previous.start, market.index)) &&
          /^[\s,;:-]*$/.test(text.lower.slice(market.index + market[0].length, clause.start)),
      );
      // "Pat: any metro cap?\nKim: 35% max": the market words asked about, and the share opening the next line's answer.
      const asked = markets.find(
        (market) =>
          market.index < start &&
          ANSWERED_AFTER.test(text.lower.slice(market.index + market[0].length, start)) &&
          !/\d/.test(text.lower.slice(market.index, start)),
      );
      const chosen = lead ?? asked;
      if (chosen !== undefined) nearest = { market: chosen, distance: start - (chosen.index + chosen[0].length) };
    }
    if (nearest !== undefined) candidates.push({ value, start, end, ...nearest });
  }
  const usedMarkets = new Set<number>();
  for (const candidate of candidates.sort((left, right) => left.distance - right.distance)) {
    if (usedMarkets.has(candidate.market.index)) continue;
    usedMarkets.add(candidate.market.index);
    // "more than a third... let's say 33%": a figure restating a share in words is the more precise of the two.
    const restated = RESTATED.exec(text.lower.slice(candidate.end, candidate.end + 60));
    // "a third of it, so use 0.33": the decimal the writer rounded it to (`share-restated-as-decimal.ts`).
    const decimal = restated === null ? shareRestatedAsDecimal(text.lower.slice(candidate.end, candidate.end + 60), candidate.value) : null;
    const end = candidate.end + (restated?.[0].length ?? decimal?.length ?? 0);
    const restatedValue = restated === null ? (decimal?.value ?? Number.NaN) : shareOfPercent(restated.groups?.['percent']);
    const value = restatedValue > 0 && restatedValue <= 1 ? restatedValue : candidate.value;
    found.push({ value, start: candidate.start, end });
    text.claim(candidate.start, end);
    const marketEnd = candidate.market.index + candidate.market[0].length;
    // "market share cap 0.3": the capping word between the market words and the share belongs to the cap.
    const between = marketEnd <= candidate.start ? text.lower.slice(marketEnd, candidate.start) : null;
    text.claim(candidate.market.index, between !== null && CAP_BETWEEN.test(between) ? candidate.start : marketEnd);
    // "0.4 max per market": so does the capping word between the share and the market words after it.
    if (candidate.market.index >= end && CAP_BETWEEN.test(text.lower.slice(end, candidate.market.index)))
      text.claim(end, candidate.market.index);
  }
  return found;
}

/**
 * "30% cap" as an item of its own in a terse list ("Ask $190m; floor $160m; 30% cap; US GAAP"): a cap with no other
 * name can only be the single-market cap, the one limit of the spec written as a percentage. Below 10% it could be
 * an escalator's cap or a cap rate, so it is left unread.
 */
const LONE_PERCENT_CAP = /(?<![\w.])(?:max(?:imum)?\s+)?(?<percent>\d{2}(?:\.\d+)?)\s*(?:%|pct\b|percent\b)\s+cap(?![a-z])/g;

/** The lone percentage caps of a brief that stand as a list item of their own. Claims what it reads. */
function readLonePercentCaps(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  if (!text.lower.includes('cap')) return found;
  for (const match of text.freeMatches(LONE_PERCENT_CAP)) {
    const start = match.index;
    const end = start + match[0].length;
    const clause = text.clauseAround(start);
    const share = shareOfPercent(match.groups?.['percent']);
    if (!text.isFree(start, end) || !(share >= 0.1 && share <= 1)) continue;
    if (!/^[\s*\u2022-]*$/.test(text.lower.slice(clause.start, start)) || !/^[\s.,;]*$/.test(text.lower.slice(end, clause.end))) continue;
    // Only in a list: a semicolon or a full stop closes the item ("Raise $50m; 30% cap."), never a lone sentence.
    if (!/[;\n]/.test(text.lower.slice(Math.max(0, clause.start - 2), Math.min(text.lower.length, clause.end + 2)))) continue;
    found.push({ value: share, start, end });
    text.claim(start, end);
  }
  return found;
}

/**
 * Reads every single-market cap of a brief, in text order (the caller keeps the tightest): the set forms first
 * ("no more than 40% from any one market"), then the general form of a clause naming one market and a share.
 */
export function readMarketShares(text: BriefText): FoundBound[] {
  const maxMarketShare: FoundBound[] = [];
  for (const pattern of MARKET_SHARE_PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      const share = shareOfPercent(match.groups?.['percent']);
      if (!text.isFree(start, end) || !(share > 0 && share <= 1)) continue;
      maxMarketShare.push({ value: share, start, end });
      text.claim(start, end);
    }
  }
  maxMarketShare.push(...readMarketShareClauses(text), ...readLonePercentCaps(text));
  // "Roughly 30% of the portfolio sits in one market today": a share described as it stands asks nothing.
  const asked = maxMarketShare.filter(
    (bound) => !describesTodaysShare(text.lower.slice(text.clauseAround(bound.start).start, text.clauseAround(bound.start).end)),
  );
  const revised = asked.map((bound) => revisedLater(text, bound));
  return withoutRejectedFigures(text, revised).sort((left, right) => left.start - right.start);
}

/**
 * Words that place a share as it stands now, or where the portfolio or its buildings sit: "today", "currently", "as
 * things stand", "of the portfolio sits in", "of our assets are in".
 */
const TODAYS_SHARE =
  /\b(?:today|currently|right\s+now|at\s+(?:the\s+)?(?:moment|present)|as\s+(?:things|it)\s+stands?|these\s+days|of\s+(?:the|our)\s+(?:portfolio|assets|buildings|properties|estate|real\s+estate|footprint|square\s+footage|rent\s+roll)\s+(?:sits?|is|are|lies|lie|lives?)\s+in)\b/;
/** Words that limit a share whatever else the clause says: "cap", "no more than", "must", "keep", "above". */
const SHARE_LIMIT_WORD =
  /\b(?:cap(?:ped|s)?|limit(?:ed|s)?|max(?:imum)?|at\s+most|no\s+more|not\s+more|must|should|shall|needs?\s+to|has\s+to|keep|hold|allow(?:ed)?|want|under|below|less\s+than|exceed(?:s|ing)?|above|over|more\s+than|up\s+to|ceiling|never|no\s+(?:single|one)|any\s+(?:one|single))\b/;

/**
 * True when a clause with a share describes the portfolio as it stands ("Roughly 30% of the portfolio sits in one
 * market today", "one market is about 40% of our assets currently") and limits nothing: such a share is no cap.
 */
function describesTodaysShare(clause: string): boolean {
  return TODAYS_SHARE.test(clause) && !SHARE_LIMIT_WORD.test(clause);
}

/** A figure rejected right after the cap that corrects it: "the single-market limit is 33%, not 25% as circulated". */
const REJECTED_AFTER = new RegExp(String.raw`^[^\S\n]*[,;(\u2014\u2013-]?[^\S\n]*(?:and\s+|but\s+)?not\s+(?:the\s+)?${PERCENT}`);

/**
 * "Correction: the single-market limit is 33%, not 25% as circulated", then the earlier note's "Single-market limit
 * 25%": a cap written with the figure it replaces names that figure as the old one, so a cap at the old figure
 * elsewhere in the brief (a note quoted below, an earlier draft) is no limit of its own.
 */
function withoutRejectedFigures(text: BriefText, bounds: readonly FoundBound[]): FoundBound[] {
  const rejected = new Set<number>();
  for (const bound of bounds) {
    // The rejected figure may have been set aside by an earlier reader already: it is read from the words as written.
    const figure = REJECTED_AFTER.exec(text.source.slice(bound.end, bound.end + 40).toLowerCase());
    const value = figure === null ? Number.NaN : shareOfPercent(figure.groups?.['percent']);
    if (value > 0 && value <= 1 && value !== bound.value) rejected.add(value);
  }
  if (rejected.size === 0) return [...bounds];
  const kept = bounds.filter((bound) => !rejected.has(bound.value));
  return kept.length > 0 ? kept : [...bounds];
}

/**
 * The cap revised later in its own sentence: an exception granted ("our policy limit is 25% per metro, but for this
 * deal the committee has approved 35%") or a correction made to "that" ("a 25% market cap - no, tighten that to
 * 20%", "we assumed a 25% market share cap - drop that, use 35%"). The revised figure replaces the first one, looser or tighter. An exception for one place ("but we approved
 * 40% for Dallas") is no new cap for every market, so the figure must end the clause or be said of the deal.
 */
const REVISED_AFTER = new RegExp(
  String.raw`^[^.;!?\n]{0,80}?(?:\bbut\b[^.;!?\n]{0,60}?\b(?:(?:has|have|had)\s+)?(?:approved|allowed|permitted|granted|okayed|cleared|signed\s+off\s+on|agreed\s+to)|(?:[,-]|\bno\b,?)\s*(?:tighten|loosen|lower|raise|cut|reduce|lift|make|change|move|bring|take|drop|bump)\s+(?:that|it|this)(?:\s+(?:up|down|back))?\s+to|[,-]\s*(?:drop|scrap|forget|ignore)\s+(?:that|it|this)\s*[,;-]?\s*(?:and\s+)?(?:use|take|go\s+with|make\s+it))\s+(?:an?\s+|up\s+to\s+)?${PERCENT}(?=[^\S\n]*(?:[.;,!?\n)]|$|(?:here|instead|for\s+(?:this|the)\s+(?:deal|program(?:me)?|transaction|one))\b))`,
);

function revisedLater(text: BriefText, bound: FoundBound): FoundBound {
  const revision = REVISED_AFTER.exec(text.lower.slice(bound.end));
  if (revision === null) return bound;
  const end = bound.end + revision[0].length;
  const value = shareOfPercent(revision.groups?.['percent']);
  if (!(value > 0 && value <= 1) || !text.isFree(bound.end, end)) return bound;
  text.claim(bound.end, end);
  return { value, start: bound.start, end };
}
