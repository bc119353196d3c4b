import type { BriefText } from './brief-text.js';
import { dropOpeningLevels, readCounteredLevels } from './countered-levels.js';
import { readCovenantClauses } from './covenant-clauses.js';
import {
  LEASED_LEVERAGE_ASIDE,
  PLAIN_FIXED_CHARGE_COVERAGE,
  PLAIN_LEASE_ADJUSTED_LEVERAGE,
  PLAIN_NET_LEVERAGE,
} from './plain-ratio-names.js';
import { readLevelsCappedThere } from './level-capped-there.js';
import { readPlannedLevels } from './covenant-headroom.js';
import { readBounds, type FoundBound } from './read-bounds.js';
import { readMarketShares } from './single-market-cap.js';
import { readUnnamedCovenants } from './unnamed-covenant.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/** The covenants a brief states, every mention in text order (the caller keeps the tightest). */
export interface CovenantReading {
  readonly maxNetLeverage: FoundBound[];
  readonly maxLeaseAdjustedLeverage: FoundBound[];
  readonly minFixedChargeCoverage: FoundBound[];
  readonly maxMarketShare: FoundBound[];
}

/** Words after a number that make it no multiple: a percentage, an amount, a term. */
const NOT_A_MULTIPLE = String.raw`[^\S\n]*(?:%|percent|per\s+cent|m\b|mm\b|mn\b|mil|million|bn\b|billion|k\b|years?|yrs?|months?)`;
/**
 * "including leases" written after a leverage name: "(incl. leases)", "including lease liabilities", "with rents",
 * "counting the leases", "that counts the leases".
 */
const INCLUDING_LEASES = String.raw`(?:incl(?:uding|\.)?|inclusive\s+of|with|plus|counting|(?:that|which)\s+(?:counts?|includes?))\s+(?:the\s+)?(?:operating\s+|capitali[sz]ed\s+)?(?:leases|lease\s+liabilities|lease\s+obligations|rents?)`;
/**
 * "lease-adjusted leverage", "rent-adjusted net leverage", "lease-adj leverage", "the lease-adjusted ratio",
 * "lease-adjusted (rent-capitalised) leverage",
 * "adjusted leverage (incl. leases)", "leverage including leases", "EBITDAR leverage", "debt/EBITDAR".
 */
const LEASE_ADJUSTED_LEVERAGE = [
  LEASED_LEVERAGE_ASIDE,
  // An aside between the adjective and the noun is part of the name: "lease-adjusted (rent-capitalised) leverage".
  // "the lenders' lease-adjusted covenant is 4.7x", "the lease-adjusted number shouldn't exceed 5.4x".
  String.raw`(?:lease|rent)[-\s]?adj(?:usted|\.)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:net\s+)?(?:lev[ae]?rage|lev\b\.?|debt|ratio|multiple|covenant|numbers?|figure|metric|test|turns)(?:\s+ratio)?`,
  // "lease-adjusted max 4.5x", "max lease-adjusted 4.5x": the adjective alone, right before a bound or a multiple.
  // A limit's noun after it counts as a bound too: "lease-adjusted ceiling 4.8x", "lease-adj. limit: 5x", "lease-adj
  // max: 4.9x", and a multiple in words after it: "lease-adjusted limit five turns".
  // Second in a list, the adjective alone carries any comparison: "net at or under 3.6x, lease-adjusted at or under
  // 4.7x", "Lease-adjusted no worse than 4.6x".
  // A verb of holding may stand before the comparison: "lease-adjusted stays under 5x", "lease-adjusted no higher than 4.7x",
  // "lease-adjusted cannot exceed 4.75x".
  // Dictated, the level may come in words with no unit ("lease adjusted under four point eight", "lease adjusted no
  // more than five"), or in figures with none where nothing follows it but a bound word or the clause's end ("lease
  // adj 4.5", "Lease adjusted 4.75 max."): a level today ("lease adjusted 3.9 today") is left alone.
  String.raw`lease[-\s]adj(?:usted|\.)?(?=\s*(?:(?:stays?|remains?|kept|held|sits?|(?:must|should|to)\s+(?:stay|remain|be))\s+)?(?:at\s+(?=max|most))?(?:no\s+(?:higher|greater)\s+than|not\s+(?:above|over|higher\s+than)|(?:cannot|can't|can\s+not|must\s+not|may\s+not|should\s+not|shall\s+not)\s+(?:exceed|go\s+(?:above|over|past))|less\s+than|lower\s+than|max(?:imum)?|cap(?:ped)?|ceiling|limit|at\s+most|(?:up\s+)?to|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|not?\s+worse\s+than|<=?|\u2264|[:=])\s*:?\s*(?:at\s+|of\s+)?(?:\d|${WORD_MULTIPLE}(?:[^\S\n]*(?:x|\u00d7|times|turns)|(?!${NOT_A_MULTIPLE})))|\s+(?:at\s+)?\d+(?:\.\d+)?\s*(?:x|\u00d7)(?![a-z])|[^\S\n]+(?:\d{1,2}(?:\.\d+)?|${WORD_MULTIPLE})(?=[^\S\n]*(?:(?:max(?:imum)?|cap|ceiling|at\s+most)\b|or\s+(?:less|lower|below|under)\b|[.,;!?\n]|$)))`,
  String.raw`(?:(?:lease|rent)[-\s]?adj(?:usted|\.)?|adjusted|total|net)?\s*(?:net\s+)?leverage\s*(?:\(\s*${INCLUDING_LEASES}\s*\)|,?\s+${INCLUDING_LEASES})`,
  String.raw`adjusted\s+(?:net\s+)?leverage(?:\s+ratio)?`,
  // "Lease-adjusted?", "lease-adjusted cap?": the adjective alone as a question, answered with its level.
  String.raw`lease[-\s]adj(?:usted|\.)?(?=[^\S\n]*(?:(?:cap|limit|ceiling|max(?:imum)?)[^\S\n]*)?\?)`,
  String.raw`ebitdar\s+(?:leverage|multiple)`,
  // "leverage on a lease-adjusted basis maximum is 4.35": the adjective after the noun, as a basis.
  String.raw`lev[ae]?rage\s+(?:on|in)\s+(?:an?\s+)?(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:basis|terms)`,
  // "LAL 4.8x", "LAL cap 5.0x": the initials of a notes list, only where a limit or a level follows.
  String.raw`(?<![a-z-])lal(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|no\s|not\s|under|below|at\s|up\s+to|less|[:=<\u2264]|\d))`,
  // "under 4.2x on a lease-adjusted basis", "4.5x lease-adjusted", "four and a half turns lease-adjusted": the adjective right after a multiple, as "3.5x net".
  String.raw`(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)\s+(?:on\s+an?\s+)?)(?:lease|rent)[-\s]?adj(?:usted|\.)?(?:\s+(?:basis|terms))?(?![a-z-])`,
  String.raw`(?:(?:total|net|adjusted)\s+)?(?:net\s+)?debt(?:\s*(?:\+|plus|and)\s*(?:capitali[sz]ed\s+)?leases?)?\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebitdar`,
  ...PLAIN_LEASE_ADJUSTED_LEVERAGE,
].join('|');
/**
 * "net leverage", "leverage", "total leverage", "net debt/EBITDA", "debt to EBITDA" (and "levrage", a letter dropped, and
 * "ebit da" as a transcript splits the word),
 * and "net" alone right after a multiple ("at or under 3.5x net") or right before one, with or without a comparison
 * ("net 3.5x max, FCCR 1.5x min", "net <= 3.5x"), or before a comparison and a decimal with no unit ("net under
 * 3.25"), where it can name nothing else, and the initials "nl" before a
 * limit or a level ("nl cap 3.75"). "Leverage" after a lease-adjusted name is that name's word: a lease-adjusted level
 * the reader does not take as a limit ("current lease-adjusted leverage is about 3.5x") is no net leverage either.
 */
const NET_LEVERAGE = String.raw`(?<![a-z-])net(?=[^\S\n]*(?:(?:max(?:imum)?|at\s+most|under|below|no\s+more\s+than|(?:at|to)\s*(?:or\s+|\/\s*)(?:below|under)|cap|ceiling|limit|at|<=?|\u2264|=<)[^\S\n]*)?\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z])|[^\S\n]*(?:under|below|at\s+most|no\s+more\s+than|<=?|\u2264)[^\S\n]*(?:\d+\.\d+|${WORD_MULTIPLE})(?!\d|\.\d|[^\S\n]*(?:%|percent|m\b|mm|mn|million|bn|billion|k\b|years?)))|(?<=(?:\d|${WORD_MULTIPLE})[^\S\n]*(?:x|\u00d7|times|turns)\s+)net(?![-\s]+(?:debt|proceeds|lease|rent|income|worth|of|present|cost|book|gains?|cash|sales?|basis|ebitda|asset)|[a-z-])|(?<![a-z-])nl(?=[^\S\n]*(?:cap|max(?:imum)?|limit|ceiling|under|below|at\s+most|[:=<\u2264]|\d))|(?:total\s+|net[-\s]?)?(?:(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebit[-\s]?da(?!r)|nd\s*\/\s*ebit[-\s]?da(?!r)|(?<!(?:lease|rent)[-\s]?adj(?:usted|\.)?\s+(?:net\s+)?)lev[ae]?rage|lev\b\.?|gearing)(?:\s+(?:ratio|multiple))?(?:\s+covenant)?|${PLAIN_NET_LEVERAGE}`;
/**
 * "fixed charge coverage", "FCCR", "coverage", "fixed charge" alone right before its level ("fixed charge 1.8x", "1.75x on fixed charges", "fixed charge one
 * point eight", "fixed charge over one and a half"), "fixed charge cov" as a note shortens it, the ratio in plain words
 * (`plain-ratio-names.ts`: "fixed charges have to be covered at least two times over", "interest plus rent covered at
 * least 2 times"), and "cov" right before a level in notes ("cov 1.9"). Interest coverage is a different
 * ratio, so "interest coverage" is deliberately not read as this covenant.
 */
const FIXED_CHARGE_COVERAGE = String.raw`(?<=\d[^\S\n]*(?:x|\u00d7)[^\S\n]+(?:(?:on|for)[^\S\n]+)?)fixed[-\s]charges?(?=[^\S\n]*(?:[.;,!?)]|and\b|$))|fixed[-\s]charge(?=[^\S\n]*(?:[:=]|(?:at\s+least|min(?:imum)?|of|at|above|over|>=?|\u2265|no\s+(?:less|lower)\s+than|not\s+(?:below|under))\s*)?[^\S\n]*(?:\d|${WORD_MULTIPLE}))|fixed[-\s]charges?\s+(?:coverage|cover|cov\b\.?|ratio)(?:\s+ratio)?(?:\s+covenant)?|fccr|fcc\b|(?<![a-z-])cov(?=[^\S\n]*(?:[:=>\u2265][^\S\n]*)?\d)|(?<!interest\s)coverage(?:\s+ratio)?(?:\s+covenant)?|charge\s+cover\b|${PLAIN_FIXED_CHARGE_COVERAGE}`;

/**
 * Reads leverage, lease-adjusted leverage, fixed-charge coverage and the
 * single-market concentration limit. Lease-adjusted leverage is read first so
 * that "lease-adjusted leverage under 5x" is not also taken as net leverage.
 */
export function readCovenants(text: BriefText): CovenantReading {
  const maxMarketShare = readMarketShares(text);
  const maxLeaseAdjustedLeverage = readBounds(text, LEASE_ADJUSTED_LEVERAGE, 'upper', 'ratio');
  const maxNetLeverage = readBounds(text, NET_LEVERAGE, 'upper', 'ratio');
  const minFixedChargeCoverage = readBounds(text, FIXED_CHARGE_COVERAGE, 'lower', 'ratio');
  // Covenants in an agreement's wording, read from the words the plain readers left, before any planned level.
  for (const { metric, bound } of readCovenantClauses(text)) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  maxLeaseAdjustedLeverage.push(...readPlannedLevels(text, maxLeaseAdjustedLeverage, 'upper'));
  maxNetLeverage.push(...readPlannedLevels(text, maxNetLeverage, 'upper'));
  minFixedChargeCoverage.push(...readPlannedLevels(text, minFixedChargeCoverage, 'lower'));
  for (const { metric, bound } of [...readPronounBounds(text), ...readLevelsCappedThere(text, PRONOUN_ANTECEDENTS)]) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  for (const { metric, bounds } of readUnnamedCovenants(text)) (metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(...bounds);
  for (const { metric, bound } of readLevelsAfterTakenBack(text)) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  // "The lenders asked for 2.0x coverage; we came back with 1.75x": the level settled on, in place of the opening.
  for (const level of readCounteredLevels(text, ['net', 'lease_adjusted', 'coverage'])) {
    const bounds =
      level.metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : level.metric === 'net' ? maxNetLeverage : minFixedChargeCoverage;
    dropOpeningLevels(bounds, level);
    bounds.push({ value: level.value, start: level.start, end: level.end });
  }
  const background = backgroundOnlySpans(text);
  const asked = (bound: FoundBound) => !background.some((span) => bound.start >= span.start && bound.start < span.end);
  return {
    maxNetLeverage: maxNetLeverage.filter(asked),
    maxLeaseAdjustedLeverage: maxLeaseAdjustedLeverage.filter(asked),
    minFixedChargeCoverage: minFixedChargeCoverage.filter(asked),
    maxMarketShare,
  };
}

/**
 * "Background only: the FCCR covenant in the revolver is 1.5x, we're at 2.6x today.", "For context only - net
 * leverage covenant 4.0x.": a label that gives what follows, to the end of its sentence, as background and not as
 * the limit to run with. Only the words "only" make it so: a plain "Background:" heading may hold the covenant itself.
 */
const BACKGROUND_ONLY_LABEL =
  /\b(?:(?:for\s+)?(?:background|context|reference|information)\s+only|fyi\s+only|just\s+for\s+(?:context|reference|background))\s*(?:[:\u2013\u2014]|-{1,2}\s)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*/g;

/**
 * "FY24 fixed-charge coverage was 3.4x and net leverage 3.0x; those are background only": levels given first and
 * then called background, from the start of their sentence to the words that say so.
 */
const BACKGROUND_ONLY_AFTER =
  /(?<=^|[.;!?\n]\s*)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*[;,\u2013\u2014-]\s*(?:those|these|both|all|which|the\s+(?:figures|levels|numbers))\s+(?:are|is|were)\s+(?:(?:for|given\s+as)\s+)?(?:background|context|reference|information)\s+only\b/g;

/**
 * "Management's deck shows a 2.5x coverage outcome; we are not anchoring on that": a level someone else shows, then
 * disowned by the brief's writer, from the start of its clause to the words that disown it.
 */
const NOT_ANCHORED_AFTER =
  /(?<=^|[.;!?\n]\s*)[^.;!?\n]*(?:\.\d[^.;!?\n]*)*[;,\u2013\u2014-]\s*(?:(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:anchoring|relying|building|planning)|(?:we|i)\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:anchor|rely|build|plan))\s+(?:on|around|to)\s+(?:that|it|this|those|them)\b/g;

function backgroundOnlySpans(text: BriefText): { start: number; end: number }[] {
  const disowned = /\banchor|\brel(?:y|ying)\b|\b(?:building|planning)\s+(?:on|around)|\b(?:build|plan)\s+(?:on|around|to)\s+th/.test(
    text.lower,
  )
    ? [...text.lower.matchAll(NOT_ANCHORED_AFTER)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
    : [];
  if (!text.lower.includes('only') && !text.lower.includes('just')) return disowned;
  const spans = [...text.lower.matchAll(BACKGROUND_ONLY_LABEL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  spans.push(...disowned);
  if (!/\b(?:background|context|reference|information)\s+only\b/.test(text.lower)) return spans;
  for (const match of text.lower.matchAll(BACKGROUND_ONLY_AFTER)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/**
 * "Cap it at 5.5x", "set it at 3.9x", "It can't drop below 2x", "keep it under 4x": a multiple given to "it", whose metric is the
 * one named last in the 200 characters before (a question such as "what happens to lease-adjusted leverage?",
 * or an answer such as "FCCR."). Read after the metrics named outright, and only when the words are still free.
 * The same holds for a level given with no name at all where a sentence or a "so" opens ("What if we went to 4x
 * net? Not happening. Stay at 3.5x", "we haven't, so cap at 3.5x"), and for the lenders' demand after a level of
 * today ("LTM FCCR is 2.6x; lenders want >= 2.0x", "we're at 3.0x net leverage today; the covenant ceiling is 3.75x"),
 * or a level they would like modelled ("the FCCR covenant in our 2022 facility is 1.5x; the bank would like 1.75x modeled");
 * the metric may then be named only in a figure taken back, and for a level planned ("we sit around 3.0x net leverage today;
 * the level we'll plan to is 3.6x", "we're at 3.0x net leverage today; covenant is 3.75x", "the agencies look at lease-adjusted numbers. Keep that under 4.5x"). "Us" stands for the company as "it" for the metric ("I want
 * the plan to keep us under three point five", "don't let the program take us above 3.0x"), and a level given to "it"
 * with a bound word after it is one too ("we'd stress it to 4.0x maximum"). A level in words must be a spoken decimal
 * or fraction, or carry its unit.
 */
const PRONOUN_BOUND = new RegExp(
  String.raw`\b(?:(?:cap|capping|keep|keeping|hold|holding|limit|limiting|tighten|tightening)\s+(?:it|us|that)|(?:set|setting|fix|fixing|pin|pinning)\s+(?:it|that)(?=\s+at\s)|(?:the|our)\s+level\s+(?:we|i)(?:'ll|\s+will|'d|\s+would)?\s+(?:plan|run|model|manage)\s+(?:to|at)\s+is|(?:stress|stressing|take|taking|push|pushing|run|running|let|letting)\s+it\s+to(?=\s+\d+(?:\.\d+)?\s*(?:x|\u00d7)\s+(?:max(?:imum)?|at\s+(?:the\s+)?most|tops|ceiling)\b)|(?:take|takes|taking|push|pushes|pushing|put|puts|putting|get|gets|getting|bring|brings|bringing)\s+us(?=\s+(?:above|over|past|beyond)\s)|(?<=(?:^|[.;:!?\n]|\bso|\bjust|\bthen)\s*)(?:cap|stay|hold|remain)(?=\s+at\s)|(?:the\s+|(?<=(?:^|[.;:!?\n])\s*))covenant(?:\s+(?:ceiling|cap|limit|level|floor|minimum|maximum))?\s+is|(?:lenders?|banks?|they|the\s+agency|the\s+covenant)\s+(?:want|wants|need|needs|require|requires|expect|expects)(?:\s+to\s+see)?(?=\s+(?:\u2265|>=|(?<![-=])>|\u2264|<=?|at\s+least|no\s+(?:less|more)\s+than|at\s+most|under|below|above|over)\s)|(?:lenders?|banks?|they|the\s+(?:bank|lenders?|agent|agency|group))\s+(?:would\s+like|want|wants|asked\s+for|prefers?)(?=\s+\d+(?:\.\d+)?\s*(?:x|\u00d7)\s+(?:modell?ed|used|run|applied|assumed|tested)\b)|(?:let|letting|allow|allowing)\s+it\s+(?:to\s+)?(?:drop|fall|go|dip|slip|rise|climb|exceed|get)|(?:the|our|their|its|[a-z]+['\u2019]s)\s+(?:(?:own|internal|house|policy)\s+)?(?:limit|ceiling|cap|floor|minimum|maximum|threshold|covenant\s+level)(?:\s+(?!(?:coverage|fccr|leverage|criticality|leaseability|rent|market|share)\b)[a-z'\u2019-]+){0,4}?\s+is|it\s+(?:can(?:'|no|\u2019)?t|cannot|must\s+not|mustn't|should(?:n't|\s+not)?|must|has\s+to|needs\s+to|may\s+not|won't)(?:\s+(?:drop|fall|go|dip|rise|exceed|stay|be|sit|get))?)\s+(?:(?:at|to)\s+)?(?:(?:below|under|above|over|beneath|past|beyond|at\s+most|at\s+least|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|or\s+(?:below|under|above|over)|\u2265|>=|(?<![-=])>|\u2264|<=?)\s*)?(?:(?<value>\d+(?:\.\d+)?)\s*(?:x|\u00d7)(?![a-z])|(?<words>${WORD_MULTIPLE})(?:[^\S\n]*(?:x|\u00d7|times|turns)(?![a-z]))?(?!${NOT_A_MULTIPLE}))`,
  'g',
);
/**
 * "lease-adjusted leverage, we're around 3.3 today, the cap for this program is 4.0": a limit named by itself with a
 * bare decimal of a multiple (1 or more, so never a score), for the metric named last before it, as above.
 */
const LIMIT_IS_BARE =
  /\b(?:the|our|their|its|[a-z]+['\u2019]s)\s+(?:(?:own|internal|house|policy)\s+)?(?:limit|ceiling|cap|floor|minimum|maximum|threshold)(?:\s+(?!(?:coverage|fccr|leverage|criticality|leaseability|rent|market|share)\b)[a-z'\u2019-]+){0,4}?\s+is\s+(?<value>[1-9]\.\d{1,2})(?!\d|\.\d|[^\S\n]*(?:%|percent|m\b|mm|mn|million|bn|billion|k\b|years?))/g;
const PRONOUN_ANTECEDENTS: readonly { metric: 'lease_adjusted' | 'net' | 'coverage'; pattern: RegExp }[] = [
  { metric: 'lease_adjusted', pattern: new RegExp(String.raw`\b(?:${LEASE_ADJUSTED_LEVERAGE})`, 'g') },
  { metric: 'net', pattern: new RegExp(String.raw`\b(?:${NET_LEVERAGE})`, 'g') },
  { metric: 'coverage', pattern: new RegExp(String.raw`\b(?:${FIXED_CHARGE_COVERAGE})`, 'g') },
];

/** "take us above", "push us over": the company carried past a level. */
const TAKE_US_ABOVE = /\b(?:take|takes|taking|push|pushes|pushing|put|puts|putting|get|gets|getting|bring|brings|bringing)\s+us\s/;
/** A refusal to let something happen, earlier in the clause: "don't let the program", "never allow the deal to". */
const LET_REFUSED = /\b(?:don't|do\s+not|never|not|won't|can't|cannot|shouldn't|mustn't)\s+(?:let|allow)\b/;
/** "keep us under", "hold us below": the company held under a level. */
const US_HELD_UNDER =
  /\b(?:keep|keeping|hold|holding|cap|capping|limit|limiting)\s+us\s+(?:(?:at|to)\s+)?(?:under|below|beneath|at\s+most|no\s+more\s+than|or\s+(?:below|under)|\u2264|<=?)/;
/** A level in words that can only be a multiple: a spoken decimal or a fraction ("three point five", "four and a half"). */
const SPOKEN_LEVEL = /\s(?:point|and)\s/;

function readPronounBounds(text: BriefText): { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] {
  const found: { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] = [];
  const bare = text.lower.includes(' is ') ? text.freeMatches(LIMIT_IS_BARE) : [];
  for (const match of [...text.freeMatches(PRONOUN_BOUND), ...bare]) {
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
    const clauseBefore = text.lower.slice(text.clauseAround(match.index).start, match.index);
    // "take us above 3.0x" is a limit only where it is refused: "don't let the program take us above 3.0x".
    if (TAKE_US_ABOVE.test(match[0]) && !LET_REFUSED.test(clauseBefore)) continue;
    // With no metric named, the level "us" may not pass is the company's leverage: "we're at roughly 3.0x today. Don't
    // let the program take us above 3.0x".
    const metric = latest?.metric ?? (US_HELD_UNDER.test(match[0]) || TAKE_US_ABOVE.test(match[0]) ? 'net' : undefined);
    if (metric === undefined) continue;
    const words = match.groups?.['words'];
    if (words !== undefined && !SPOKEN_LEVEL.test(words) && !/(?:x|\u00d7|times|turns)$/.test(match[0])) continue;
    const value = words === undefined ? Number(match.groups?.['value']) : numberValue(words);
    if (!(value > 0)) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}

/** A multiple at the start of a span: the level chosen right after words taken back. */
const LEADING_MULTIPLE = /^(\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z])/;

/**
 * "we considered a 4.75x lease-adjusted cap but will use 4.5x": a level chosen right after words taken back (blank in
 * the reading copy), for the one metric those words name. The figure taken back is read as nothing; its metric still
 * says what the chosen level is for.
 */
function readLevelsAfterTakenBack(text: BriefText): { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] {
  const found: { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] = [];
  for (let from = text.lower.indexOf('      '); from >= 0; from = text.lower.indexOf('      ', from)) {
    let end = from;
    while (text.lower[end] === ' ') end += 1;
    const start = from;
    from = end;
    if (!text.isClaimed(Math.floor((start + end) / 2))) continue;
    const figure = LEADING_MULTIPLE.exec(text.lower.slice(end, end + 12));
    if (figure === null || !text.isFree(end, end + figure[0].length)) continue;
    const takenBack = text.source.slice(start, end).toLowerCase();
    const named = PRONOUN_ANTECEDENTS.filter(({ pattern }) => new RegExp(pattern.source).test(takenBack)).map(({ metric }) => metric);
    const metrics = named.includes('lease_adjusted') ? named.filter((metric) => metric !== 'net') : named;
    const metric = metrics.length === 1 ? metrics[0] : undefined;
    const value = Number(figure[1]);
    if (metric === undefined || !(value > 0 && value < 20)) continue;
    found.push({ metric, bound: { value, start: end, end: end + figure[0].length } });
    text.claim(end, end + figure[0].length);
  }
  return found;
}
