import type { BriefText } from './brief-text.js';
import { readPlannedLevels } from './covenant-headroom.js';
import { readBounds, type FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE, WORD_NUMBER, WORD_SHARE, wordShareValue } from './written-numbers.js';

/** The covenants a brief states, every mention in text order (the caller keeps the tightest). */
export interface CovenantReading {
  readonly maxNetLeverage: FoundBound[];
  readonly maxLeaseAdjustedLeverage: FoundBound[];
  readonly minFixedChargeCoverage: FoundBound[];
  readonly maxMarketShare: FoundBound[];
}

/** "including leases" written after a leverage name: "(incl. leases)", "including lease liabilities", "with rents". */
const INCLUDING_LEASES = String.raw`(?:incl(?:uding|\.)?|inclusive\s+of|with|plus)\s+(?:operating\s+|capitali[sz]ed\s+)?(?:leases|lease\s+liabilities|lease\s+obligations|rents?)`;
/**
 * "lease-adjusted leverage", "rent-adjusted net leverage", "lease-adj leverage", "the lease-adjusted ratio",
 * "lease-adjusted (rent-capitalised) leverage",
 * "adjusted leverage (incl. leases)", "leverage including leases", "EBITDAR leverage", "debt/EBITDAR".
 */
const LEASE_ADJUSTED_LEVERAGE = [
  // An aside between the adjective and the noun is part of the name: "lease-adjusted (rent-capitalised) leverage".
  // "the lenders' lease-adjusted covenant is 4.7x", "the lease-adjusted number shouldn't exceed 5.4x".
  String.raw`(?:lease|rent)[-\s]?adj(?:usted|\.)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:net\s+)?(?:leverage|lev\b\.?|debt|ratio|multiple|covenant|number|figure|metric|test|turns)(?:\s+ratio)?`,
  // "lease-adjusted max 4.5x", "max lease-adjusted 4.5x": the adjective alone, right before a bound or a multiple.
  // A limit's noun after it counts as a bound too: "lease-adjusted ceiling 4.8x", "lease-adj. limit: 5x", "lease-adj
  // max: 4.9x", and a multiple in words after it: "lease-adjusted limit five turns".
  // Second in a list, the adjective alone carries any comparison: "net at or under 3.6x, lease-adjusted at or under
  // 4.7x", "Lease-adjusted no worse than 4.6x".
  // A verb of holding may stand before the comparison: "lease-adjusted stays under 5x", "lease-adjusted no higher than 4.7x",
  // "lease-adjusted cannot exceed 4.75x".
  String.raw`lease[-\s]adj(?:usted|\.)?(?=\s*(?:(?:stays?|remains?|kept|held|sits?|(?:must|should|to)\s+(?:stay|remain|be))\s+)?(?:at\s+(?=max|most))?(?:no\s+(?:higher|greater)\s+than|not\s+(?:above|over|higher\s+than)|(?:cannot|can't|can\s+not|must\s+not|may\s+not|should\s+not|shall\s+not)\s+(?:exceed|go\s+(?:above|over))|less\s+than|lower\s+than|max(?:imum)?|cap(?:ped)?|ceiling|limit|at\s+most|(?:up\s+)?to|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|not?\s+worse\s+than|<=?|\u2264|[:=])\s*:?\s*(?:at\s+|of\s+)?(?:\d|${WORD_MULTIPLE}[^\S\n]*(?:x|\u00d7|times|turns))|\s+\d+(?:\.\d+)?\s*(?:x|\u00d7)(?![a-z]))`,
  String.raw`(?:(?:lease|rent)[-\s]?adj(?:usted|\.)?|adjusted|total|net)?\s*(?:net\s+)?leverage\s*(?:\(\s*${INCLUDING_LEASES}\s*\)|,?\s+${INCLUDING_LEASES})`,
  String.raw`adjusted\s+(?:net\s+)?leverage(?:\s+ratio)?`,
  String.raw`ebitdar\s+(?:leverage|multiple)`,
  // "LAL 4.8x", "LAL cap 5.0x": the initials of a notes list, only where a limit or a level follows.
  String.raw`(?<![a-z-])lal(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|no\s|not\s|under|below|at\s|up\s+to|less|[:=<\u2264]|\d))`,
  // "under 4.2x on a lease-adjusted basis", "4.5x lease-adjusted", "four and a half turns lease-adjusted": the adjective right after a multiple, as "3.5x net".
  String.raw`(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)\s+(?:on\s+an?\s+)?)(?:lease|rent)[-\s]?adj(?:usted|\.)?(?:\s+(?:basis|terms))?(?![a-z-])`,
  String.raw`(?:(?:total|net|adjusted)\s+)?(?:net\s+)?debt(?:\s*(?:\+|plus|and)\s*(?:capitali[sz]ed\s+)?leases?)?\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebitdar`,
].join('|');
/**
 * "net leverage", "leverage", "total leverage", "net debt/EBITDA", "debt to EBITDA" (and "levrage", a letter dropped),
 * and "net" alone right after a multiple ("at or under 3.5x net") or right before one, with or without a comparison
 * ("net 3.5x max, FCCR 1.5x min", "net <= 3.5x"), where it can name nothing else, and the initials "nl" before a
 * limit or a level ("nl cap 3.75").
 */
const NET_LEVERAGE = String.raw`(?<![a-z-])net(?=[^\S\n]*(?:(?:max(?:imum)?|at\s+most|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|cap|ceiling|limit|at|<=?|\u2264|=<)[^\S\n]*)?\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z]))|(?<=\d[^\S\n]*(?:x|\u00d7|times|turns)\s+)net(?![-\s]+(?:debt|proceeds|lease|rent|income|worth|of|present|cost|book|gains?|cash|sales?|basis|ebitda|asset)|[a-z-])|(?<![a-z-])nl(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|[:=<\u2264]|\d))|(?:total\s+|net[-\s]?)?(?:(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebitda(?!r)|nd\s*\/\s*ebitda(?!r)|lev[ae]?rage|lev\b\.?)(?:\s+(?:ratio|multiple))?(?:\s+covenant)?`;
/**
 * "fixed charge coverage", "FCCR", "coverage", "fixed charge" alone right before its level ("fixed charge 1.8x", "fixed charge one
 * point eight"), the verb "cover fixed charges (at least 1.9 times)", and "cov" right before a level in notes ("cov 1.9"). Interest coverage is a different
 * ratio, so "interest coverage" is deliberately not read as this covenant.
 */
const FIXED_CHARGE_COVERAGE = String.raw`(?<=\d[^\S\n]*(?:x|\u00d7)[^\S\n]+)fixed[-\s]charges?(?=[^\S\n]*(?:[.;,!?)]|and\b|$))|fixed[-\s]charge(?=[^\S\n]*(?:[:=]|(?:at\s+least|min(?:imum)?|of|at|>=?|\u2265|no\s+(?:less|lower)\s+than)\s*)?[^\S\n]*(?:\d|${WORD_MULTIPLE}))|cover(?:s|ing)?\s+(?:the\s+|our\s+|its\s+)?fixed[-\s]charges?|fixed[-\s]charges?\s+(?:coverage|cover|ratio)(?:\s+ratio)?(?:\s+covenant)?|fccr|fcc\b|(?<![a-z-])cov(?=[^\S\n]*(?:[:=>\u2265][^\S\n]*)?\d)|(?<!interest\s)coverage(?:\s+ratio)?(?:\s+covenant)?|charge\s+cover\b`;

// "30pct" is the note-taker's percent sign.
const PERCENT = String.raw`(?<percent>\d+(?:\.\d+)?|${WORD_NUMBER})\s*(?:%|percent\b|per\s+cent\b|pct\b)`;
const PLACE = String.raw`(?:market|mkt|metro(?:politan\s+area)?|metropolitan\s+area|msa|city|location|region|geography|submarket)`;
/**
 * "any one market", "a single city", "every metro" (unless "every market but..."), the verb after "neither Dallas nor
 * Houston" ("neither Dallas nor Houston supplying more than 60%", the places left to the place readers), "per market", "either market", "either of the two metros", "market
 * concentration", "no market", "in any one", "a market may", and "market cap" right before a percentage ("Market cap
 * 30%", "the metro cap is 35%") or right after one ("35% market cap"), where it cannot be a market capitalisation.
 * "One-metro share", and "either" alone after "from" ("No more than 60% from either"). In notes: "1 city", "from one place", a
 * place after a percentage and a slash ("40%/metro"), "each" after a list of places ("cap each at 60%", "50% each"),
 * and "share" after a capped percentage ("Max 55% share"), and the market word alone after "max" ("max mkt 30%").
 */
const ONE_MARKET = String.raw`(?:(?:no|any)\s+(?:single\s+)?one\s+of\s+(?:them|these|those|the\s+(?:markets|metros|cities))|(?<=\bfrom\s+)either(?:\s+one)?(?=\s*(?:[.;,!?]|\s+and\b|$))|either\s+(?:one\s+|single\s+)?${PLACE}|either\s+(?:one\s+)?of\s+(?:them|(?:the|these|those)\s+(?:two\s+)?(?:${PLACE}s|cities))|any\s+(?:one\s+|single\s+|given\s+|individual\s+|1\s+)?${PLACE}|(?:a\s+)?single[-\s]${PLACE}|(?:one|1)[-\s]${PLACE}|(?<=(?:%|pct|percent)\s+)(?:market|mkt|metro|city)[-\s]+(?:cap|limit|ceiling)\b|(?<=\b(?:from|in)\s+(?:any\s+)?)(?:one|a\s+single)\s+place\b|(?<=(?:%|pct)\s*\/\s*)${PLACE}\b|(?<=\b(?:cap|limit)\s+)each(?=\s+(?:at|to)\s+\d)|(?<=\d\s*(?:%|pct)\s+)each(?=\s*(?:[.;,!?)]|$))|(?<=\b(?:max(?:imum)?|cap)\s+\d+(?:\.\d+)?\s*%\s+)share\b|(?:per|each)[-\s]${PLACE}|no\s+(?:one\s+|single\s+)?${PLACE}|(?<=\bneither\s+[a-z][a-z .'-]{0,30}?\s+nor\s+[a-z][a-z .'-]{0,30}?\s)(?:supplying|providing|contributing|accounting\s+for|representing)|every\s+(?:single\s+|one\s+|individual\s+)?${PLACE}(?!\s+(?:but|except|other|outside|apart)\b)|(?:market|mkt)[-\s]+(?:concentration|share|exposure)|max(?:imum)?\s+share(?=\s*[:=]?\s*0?\.\d)|(?:market|mkt|metro|city)[-\s]+(?:cap|limit|ceiling)(?=\s*(?:[:=]|is)?\s*(?:of\s+|at\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pct))|(?:geographic\s+)?concentration|(?<=\bmax(?:imum)?\s+)(?:market|mkt)(?=\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:%|pct))|any\s+one(?=\s*(?:[.;,!?]|$))|a\s+(?:single\s+)?${PLACE}(?=\s+(?:may|can|could|should|must|shall|will)\b))`;
const MARKET_SHARE_PATTERNS = [
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
];

/** A percentage as written, in figures or words ("35", "thirty-five"), as a share (0.35); NaN when it is not one. */
function shareOfPercent(written: string | undefined): number {
  return written === undefined ? Number.NaN : Math.round(numberValue(written) * 1e6) / 1e8;
}

/**
 * A share written as a percentage or in words, wherever it stands in a clause, or as a fraction right after a
 * label, "at", "to", "of", a word that caps it or the market words themselves ("Max share from one market: 0.3",
 * "cap any single market at .3", "market share cap 0.3", "per-market limit 0.25", "no more than 0.4", "max share
 * per market 0.45"), where a fraction can only be the share itself; and a slash fraction before "of" ("1/4 of
 * proceeds", "2/5 of the raise") or before a cap or a place ("1/4 max per market", "1/3 from any metro").
 */
const SHARE = new RegExp(
  String.raw`(?<![\w.])(?:${PERCENT}|(?<words>${WORD_SHARE})|(?<=(?:[:=|\u2264<]|\b(?:at|to|of|cap|max(?:imum)?|limit|ceiling|under|below|within|than|share|concentration|exposure|exceed)|\bat\s+most|\b(?:per|each|(?:any\s+)?(?:one|single))[-\s]${PLACE})\s{0,3})(?<fraction>0?\.\d+)(?![\d%]|\.\d|\s*x\b)|(?<numerator>[1-9])\s*\/\s*(?<denominator>[2-9]|10)(?![\d\/.])(?=\s+(?:of|max(?:imum)?|per|from|in)\b))`,
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

/** Words that cap the share right before it: "held to", "capped at", "no more than", "at most", "cap any single market at". */
const CAPPED_BEFORE = new RegExp(
  String.raw`\b(?:(?:held|kept|capped|limited|restricted|pegged)\s+(?:to|at)|no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|max(?:imum)?(?:\s+of)?|(?:cap|limit)\s+(?:any|each|every)\s+(?:single\s+|one\s+|individual\s+)?${PLACE}\s+(?:at|to))\s*$`,
);

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
        : groups['fraction'] !== undefined
          ? Number(groups['fraction'])
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
      if (lead !== undefined) nearest = { market: lead, distance: start - (lead.index + lead[0].length) };
    }
    if (nearest !== undefined) candidates.push({ value, start, end, ...nearest });
  }
  const usedMarkets = new Set<number>();
  for (const candidate of candidates.sort((left, right) => left.distance - right.distance)) {
    if (usedMarkets.has(candidate.market.index)) continue;
    usedMarkets.add(candidate.market.index);
    // "more than a third... let's say 33%": a figure restating a share in words is the more precise of the two.
    const restated = RESTATED.exec(text.lower.slice(candidate.end, candidate.end + 60));
    const end = restated === null ? candidate.end : candidate.end + restated[0].length;
    const restatedValue = restated === null ? Number.NaN : shareOfPercent(restated.groups?.['percent']);
    const value = restatedValue > 0 && restatedValue <= 1 ? restatedValue : candidate.value;
    found.push({ value, start: candidate.start, end });
    text.claim(candidate.start, end);
    const marketEnd = candidate.market.index + candidate.market[0].length;
    // "market share cap 0.3": the capping word between the market words and the share belongs to the cap.
    const between = marketEnd <= candidate.start ? text.lower.slice(marketEnd, candidate.start) : null;
    text.claim(candidate.market.index, between !== null && CAP_BETWEEN.test(between) ? candidate.start : marketEnd);
  }
  return found;
}

/**
 * Reads leverage, lease-adjusted leverage, fixed-charge coverage and the
 * single-market concentration limit. Lease-adjusted leverage is read first so
 * that "lease-adjusted leverage under 5x" is not also taken as net leverage.
 */
export function readCovenants(text: BriefText): CovenantReading {
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
  maxMarketShare.push(...readMarketShareClauses(text));
  const maxLeaseAdjustedLeverage = readBounds(text, LEASE_ADJUSTED_LEVERAGE, 'upper', 'ratio');
  maxLeaseAdjustedLeverage.push(...readPlannedLevels(text, maxLeaseAdjustedLeverage, 'upper'));
  const maxNetLeverage = readBounds(text, NET_LEVERAGE, 'upper', 'ratio');
  maxNetLeverage.push(...readPlannedLevels(text, maxNetLeverage, 'upper'));
  const minFixedChargeCoverage = readBounds(text, FIXED_CHARGE_COVERAGE, 'lower', 'ratio');
  minFixedChargeCoverage.push(...readPlannedLevels(text, minFixedChargeCoverage, 'lower'));
  for (const { metric, bound } of readPronounBounds(text)) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  return {
    maxNetLeverage,
    maxLeaseAdjustedLeverage,
    minFixedChargeCoverage,
    maxMarketShare: maxMarketShare.sort((left, right) => left.start - right.start),
  };
}

/**
 * "Cap it at 5.5x", "It can't drop below 2x", "keep it under 4x": a multiple given to "it", whose metric is the
 * one named last in the 200 characters before (a question such as "what happens to lease-adjusted leverage?",
 * or an answer such as "FCCR."). Read after the metrics named outright, and only when the words are still free.
 * The same holds for a level given with no name at all where a sentence or a "so" opens ("What if we went to 4x
 * net? Not happening. Stay at 3.5x", "we haven't, so cap at 3.5x"), and for the lenders' demand after a level of
 * today ("LTM FCCR is 2.6x; lenders want >= 2.0x"); the metric may then be named only in a figure taken back.
 */
const PRONOUN_BOUND =
  /\b(?:(?:cap|capping|keep|keeping|hold|holding|limit|limiting|tighten|tightening)\s+it|(?<=(?:^|[.;:!?\n]|\bso|\bjust|\bthen)\s*)(?:cap|stay|hold|remain)(?=\s+at\s)|(?:lenders?|banks?|they|the\s+agency|the\s+covenant)\s+(?:want|wants|need|needs|require|requires|expect|expects)(?:\s+to\s+see)?(?=\s+(?:\u2265|>=|\u2264|<=|at\s+least|no\s+(?:less|more)\s+than|at\s+most|under|below|above|over)\s)|it\s+(?:can(?:'|no|\u2019)?t|cannot|must\s+not|mustn't|should(?:n't|\s+not)?|must|has\s+to|needs\s+to|may\s+not|won't)(?:\s+(?:drop|fall|go|dip|rise|exceed|stay|be|sit|get))?)\s+(?:(?:at|to)\s+)?(?:(?:below|under|above|over|beneath|past|beyond|at\s+most|at\s+least|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|or\s+(?:below|under|above|over)|\u2265|>=|\u2264|<=)\s*)?(?<value>\d+(?:\.\d+)?)\s*(?:x|\u00d7)(?![a-z])/g;
const PRONOUN_ANTECEDENTS: readonly { metric: 'lease_adjusted' | 'net' | 'coverage'; pattern: RegExp }[] = [
  { metric: 'lease_adjusted', pattern: new RegExp(String.raw`\b(?:${LEASE_ADJUSTED_LEVERAGE})`, 'g') },
  { metric: 'net', pattern: new RegExp(String.raw`\b(?:${NET_LEVERAGE})`, 'g') },
  { metric: 'coverage', pattern: new RegExp(String.raw`\b(?:${FIXED_CHARGE_COVERAGE})`, 'g') },
];

function readPronounBounds(text: BriefText): { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] {
  const found: { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] = [];
  for (const match of text.freeMatches(PRONOUN_BOUND)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const from = Math.max(0, match.index - 200);
    // A metric named in a hypothetical taken back ("what if we went to 4x net? not happening") is blank in the
    // reading copy; it still says which metric the level after it is for.
    const blanked = text.lower.slice(from, match.index);
    const before = PRONOUN_ANTECEDENTS.some(({ pattern }) => new RegExp(pattern.source).test(blanked))
      ? blanked
      : text.source.slice(from, match.index).toLowerCase();
    const mentions: { metric: 'lease_adjusted' | 'net' | 'coverage'; start: number; end: number }[] = [];
    for (const { metric, pattern } of PRONOUN_ANTECEDENTS) {
      for (const mention of before.matchAll(pattern)) {
        mentions.push({ metric, start: mention.index, end: mention.index + mention[0].length });
      }
    }
    // A lease-adjusted name also holds "leverage": words inside a longer name are not a mention of their own.
    const whole = mentions.filter(
      (mention) =>
        !mentions.some(
          (other) =>
            other !== mention &&
            other.start <= mention.start &&
            other.end >= mention.end &&
            other.end - other.start > mention.end - mention.start,
        ),
    );
    const latest = whole.sort((left, right) => right.start - left.start)[0];
    if (latest === undefined) continue;
    const value = Number(match.groups?.['value']);
    if (!(value > 0)) continue;
    found.push({ metric: latest.metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}
