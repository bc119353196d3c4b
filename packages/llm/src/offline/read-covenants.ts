import type { BriefText } from './brief-text.js';
import { FIXED_CHARGE_COVERAGE, LEASE_ADJUSTED_LEVERAGE, NET_LEVERAGE, PRONOUN_ANTECEDENTS } from './covenant-metric-names.js';
import { limitsTakenBackSpans } from './limits-taken-back.js';
import { readCovenantsConfirmedInChat } from './covenant-confirmed-in-chat.js';
import { dropOpeningLevels, readCounteredLevels } from './countered-levels.js';
import { readCovenantClauses } from './covenant-clauses.js';
import { readLevelsAfterTakenBack, readPronounBounds } from './covenant-pronoun-levels.js';
import { readLevelsCappedThere } from './level-capped-there.js';
import { readPlannedLevels } from './covenant-headroom.js';
import { readLevelsPlannedRespectively } from './levels-planned-respectively.js';
import { readBounds, type FoundBound } from './read-bounds.js';
import { readMarketShares } from './single-market-cap.js';
import { readMarketSharesOfTarget } from './market-share-of-target.js';
import { readMarketShareSettingKeys } from './market-share-setting-keys.js';
import { readMarketSharesBeforeComma } from './market-share-before-comma.js';
import { withMarketSharesCorrectedRightAfter } from './market-share-corrected-right-after.js';
import { readSpelledOutRatioLevels } from './spelled-out-ratio-levels.js';
import { otherPartyDealSpans } from './other-party-covenant-levels.js';
import { comparisonLevelSpans } from './comparison-covenant-levels.js';
import { readLevelsChangedFromTo } from './covenant-levels-changed-from-to.js';
import { notAdoptedSpans } from './proposals-not-adopted.js';
import { levelsDisownedAfterSpans } from './levels-disowned-after-they-are-given.js';
import { readUnnamedCovenants } from './unnamed-covenant.js';
import { readLevelsSaidOnTheirRatio } from './levels-said-on-their-ratio.js';
import { readLevelsUsedInPlaceOfTheCovenant } from './levels-used-in-place-of-the-covenant.js';
import { readLevelsUsedForARatio } from './levels-used-for-a-ratio.js';
import { readLevelsHeldAfterASemicolon } from './levels-held-after-a-semicolon.js';
import { readLimitsGivenInAWhichClause } from './limits-given-in-a-which-clause.js';
import { levelsWithNoBearingSpans } from './levels-said-to-have-no-bearing.js';
import { readDebtDividedByEbitda } from './debt-against-earnings-in-words.js';
import { readDebtOwedAsAMultipleOfEarnings } from './debt-owed-as-a-multiple-of-earnings.js';
import { readCoverageOfInterestAndRentInPlainWords } from './coverage-of-interest-and-rent-in-plain-words.js';
import { readChargesAskedToBeCovered } from './charges-asked-to-be-covered.js';
import { readDebtLimitedAfterItInPlainWords, readDebtLimitedToAMultipleOfEarnings } from './debt-limited-to-a-multiple-of-earnings.js';
import { readLeverageLimitsAfterTodaysLevel } from './leverage-limits-after-todays-level.js';
import { readLeverageKeptInTurnsByUs } from './leverage-kept-in-turns-by-us.js';
import { readRatiosDescribedInPlainSentences } from './ratios-described-in-plain-sentences.js';
import { readLimitsAfterTodaysNamedLevel } from './limits-after-todays-named-level.js';
import { readCovenantSettingKeysWithBareValues } from './covenant-setting-keys-with-bare-values.js';
import { todaysLevelsListedSpans } from './todays-levels-listed.js';

/** The covenants a brief states, every mention in text order (the caller keeps the tightest). */
export interface CovenantReading {
  readonly maxNetLeverage: FoundBound[];
  readonly maxLeaseAdjustedLeverage: FoundBound[];
  readonly minFixedChargeCoverage: FoundBound[];
  readonly maxMarketShare: FoundBound[];
}

/**
 * Reads leverage, lease-adjusted leverage, fixed-charge coverage and the
 * single-market concentration limit. Lease-adjusted leverage is read first so
 * that "lease-adjusted leverage under 5x" is not also taken as net leverage.
 */
export function readCovenants(text: BriefText): CovenantReading {
  // "Market concentration limit 45% of target": a share of the ask, capped after the market words, read from what is
  // left; "market_cap: 0.35": the cap as a pasted setting; "no more than 35%, from any one city": the market after a comma.
  // "no single market over forty percent. Make that thirty-five.": a cap corrected as it is said is the corrected one.
  const maxMarketShare = withMarketSharesCorrectedRightAfter(
    text,
    [
      ...readMarketShares(text),
      ...readMarketSharesOfTarget(text),
      ...readMarketShareSettingKeys(text),
      ...readMarketSharesBeforeComma(text),
    ].sort((left, right) => left.start - right.start),
  );
  // "net leverage max 3.75x, FCCR min 1.5x. We want to plan to 3.5x and 1.75x respectively": each level to its ratio,
  // read first so that no reader of a ratio's level takes the first level for the nearer covenant.
  const respectively = readLevelsPlannedRespectively(text, PRONOUN_ANTECEDENTS);
  // "earnings have to cover our fixed charges, interest plus rent, 2.5 times at minimum": coverage described, with its
  // floor after the multiple or its charges in an aside, read before the named ratios can take its parts.
  const describedCoverage = [
    ...readCoverageOfInterestAndRentInPlainWords(text),
    // "our interest and rent bills should be covered 2.1 times by earnings", "earnings should be enough to pay all
    // our interest and rent twice over, at minimum": the charges covered, asked for by a duty or a floor.
    ...readChargesAskedToBeCovered(text),
  ];
  // "our lenders cap debt at four times EBITDA", "the limit is net debt of 4.0x EBITDA": net leverage as debt limited
  // to a multiple of a year's earnings, read before the named ratio's bare "debt" can take it.
  const debtLimits = readDebtLimitedToAMultipleOfEarnings(text);
  // "our debt, with rent counted at eight times, under 5.2 times earnings before rent", "what we owe shouldn't go past
  // 3.4 years of earnings": the debt, then its limit as a multiple of earnings, neither ratio named.
  const debtLimitedAfterIt = readDebtLimitedAfterItInPlainWords(text);
  const maxLeaseAdjustedLeverage = readBounds(text, LEASE_ADJUSTED_LEVERAGE, 'upper', 'ratio');
  for (const { metric, bound } of debtLimitedAfterIt) (metric === 'net' ? debtLimits : maxLeaseAdjustedLeverage).push(bound);
  const maxNetLeverage = [...debtLimits, ...readBounds(text, NET_LEVERAGE, 'upper', 'ratio')].sort(
    (left, right) => left.start - right.start,
  );
  const minFixedChargeCoverage = [...describedCoverage, ...readBounds(text, FIXED_CHARGE_COVERAGE, 'lower', 'ratio')].sort(
    (left, right) => left.start - right.start,
  );
  // "net debt after the sale, divided by a year's EBITDA, should not end up above 3.5": the division said outright.
  maxNetLeverage.push(...readDebtDividedByEbitda(text), ...readDebtOwedAsAMultipleOfEarnings(text));
  // Covenants in an agreement's wording, read from the words the plain readers left, before any planned level.
  for (const { metric, bound } of readCovenantClauses(text)) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  // The formula spelled out, its limit given to "it" or "that" after it: the pronoun can stand for nothing else.
  maxLeaseAdjustedLeverage.push(...readSpelledOutRatioLevels(text));
  for (const { metric, bound } of respectively)
    (metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(bound);
  maxLeaseAdjustedLeverage.push(...readPlannedLevels(text, maxLeaseAdjustedLeverage, 'upper'));
  maxNetLeverage.push(...readPlannedLevels(text, maxNetLeverage, 'upper'));
  minFixedChargeCoverage.push(...readPlannedLevels(text, minFixedChargeCoverage, 'lower'));
  for (const { metric, bound } of [...readPronounBounds(text, PRONOUN_ANTECEDENTS), ...readLevelsCappedThere(text, PRONOUN_ANTECEDENTS)]) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  // "Ivy: lease-adj leverage?" then "Ivy: still 4.8?" then "Ken: yes 4.8x": a level confirmed in a chat.
  for (const { metric, bound } of readCovenantsConfirmedInChat(text, PRONOUN_ANTECEDENTS)) {
    if (metric === 'lease_adjusted') maxLeaseAdjustedLeverage.push(bound);
    else if (metric === 'net') maxNetLeverage.push(bound);
    else minFixedChargeCoverage.push(bound);
  }
  // "at or under 3.6 on net debt / EBITDA", "use 3.3x, not the 4.0x covenant, as the net debt / EBITDA ceiling",
  // "the debt-plus-eight-times-rent over EBITDAR number; keep it below 5.15": bare or set-apart levels of a named ratio.
  for (const { metric, bound } of [
    ...readLevelsUsedInPlaceOfTheCovenant(text, PRONOUN_ANTECEDENTS),
    ...readLevelsUsedForARatio(text, PRONOUN_ANTECEDENTS),
    ...readLevelsSaidOnTheirRatio(text, PRONOUN_ANTECEDENTS),
    ...readLevelsHeldAfterASemicolon(text, PRONOUN_ANTECEDENTS),
    // "Debt over yearly earnings, which we've told investors will stay under 3.0x": the limit in a clause on "which".
    ...readLimitsGivenInAWhichClause(text, PRONOUN_ANTECEDENTS),
  ])
    (metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(bound);
  // "we're at 3.0x today. Board wants us under 2.75x after the SLB": unnamed caps after today's net leverage.
  maxNetLeverage.push(...readLeverageLimitsAfterTodaysLevel(text));
  // "We're not Harbor. We stay at three turns or below.": the company's own ceiling in turns, the ratio unnamed.
  maxNetLeverage.push(...readLeverageKeptInTurnsByUs(text));
  for (const { metric, bounds } of readUnnamedCovenants(text)) (metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(...bounds);
  // "We currently sit at 2.4x FCCR; the floor after the deal is 1.9x": the limit after today's named level stands, and
  // today's level, whichever reader took it, is no limit.
  for (const { metric, bound, limit, today } of readLimitsAfterTodaysNamedLevel(text)) {
    const bounds = metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage;
    for (let index = bounds.length - 1; index >= 0; index -= 1) {
      const old = bounds[index];
      const holdsTheLimit = old !== undefined && old.start < limit.end && limit.start < old.end;
      if (old !== undefined && old.start < today.end && today.start < old.end && !holdsTheLimit) bounds.splice(index, 1);
    }
    if (bound !== undefined) bounds.push(bound);
  }
  // "Settings: target 202m; lease_adj 5.1; fccr_min 1.9": a covenant's underscore key with its bare value.
  for (const { metric, bound } of readCovenantSettingKeysWithBareValues(text))
    (metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(bound);
  // "counting rent as debt, 4.9 max", "earnings cover on rent-plus-interest at 2.4 or more", "debt less cash at 3.5
  // times earnings or lower": the ratios described in a plain sentence, the limit after the words that describe them.
  for (const { metric, bound } of readRatiosDescribedInPlainSentences(text))
    (metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage).push(bound);
  for (const { metric, bound } of readLevelsAfterTakenBack(text, PRONOUN_ANTECEDENTS)) {
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
  // "tighten the net lev limit from 3.75x to 3.5x": the level changed to stands, the one changed from is gone.
  for (const { metric, bound } of readLevelsChangedFromTo(text, PRONOUN_ANTECEDENTS)) {
    const bounds = metric === 'lease_adjusted' ? maxLeaseAdjustedLeverage : metric === 'net' ? maxNetLeverage : minFixedChargeCoverage;
    for (let index = bounds.length - 1; index >= 0; index -= 1) {
      const old = bounds[index];
      if (old !== undefined && old.start >= bound.start && old.start < bound.end) bounds.splice(index, 1);
    }
    bounds.push(bound);
  }
  const takenBack = limitsTakenBackSpans(text);
  const background = [
    ...backgroundOnlySpans(text),
    ...otherPartyDealSpans(text.lower),
    // "Peer median FCCR is 2.9x", "the largest competitor runs at 4.1x": someone else's level, told to compare.
    ...comparisonLevelSpans(text.lower),
    ...notAdoptedSpans(text),
    // "The 2021 deal at 3.9x lease-adjusted is not our benchmark", "an FCCR of 4.3x; for reference only".
    ...levelsDisownedAfterSpans(text.lower),
    // "another client's covenant is 4.5x net leverage — no bearing on us", "... 4.5x - irrelevant here".
    ...levelsWithNoBearingSpans(text.lower),
    // "Today: net 3.0x, lease-adj 3.6x", "we're at 3.0x net leverage and 3.6x lease-adjusted": levels seen, no limits.
    ...todaysLevelsListedSpans(text.lower),
    ...takenBack,
  ];
  // "our leverage must stay at or below 4.9 times earnings before rent": a leverage held against earnings before rent
  // counts the rent, so it is the lease-adjusted ratio whichever name took it.
  for (let index = maxNetLeverage.length - 1; index >= 0; index -= 1) {
    const bound = maxNetLeverage[index];
    if (bound === undefined || !AGAINST_EARNINGS_BEFORE_RENT.test(text.lower.slice(bound.end, bound.end + 40))) continue;
    maxNetLeverage.splice(index, 1);
    maxLeaseAdjustedLeverage.push(bound);
  }
  const asked = (bound: FoundBound) => !background.some((span) => bound.start >= span.start && bound.start < span.end);
  // "one market no more than half... actually, never mind that": a cap taken back as it was typed is none either.
  const kept = (bound: FoundBound) => !takenBack.some((span) => bound.start >= span.start && bound.start < span.end);
  return {
    maxNetLeverage: maxNetLeverage.filter(asked),
    maxLeaseAdjustedLeverage: maxLeaseAdjustedLeverage.filter(asked),
    minFixedChargeCoverage: minFixedChargeCoverage.filter(asked),
    maxMarketShare: maxMarketShare.filter(kept),
  };
}

/** Earnings before rent right after a multiple: "times earnings before rent", "x EBITDAR", "of our EBITDAR". */
const AGAINST_EARNINGS_BEFORE_RENT =
  /^[^\S\n]*(?:(?:x|\u00d7|times)[^\S\n]+)?(?:(?:of|our)[^\S\n]+){0,2}(?:earnings[^\S\n]+before[^\S\n]+rent|ebitdar)\b/;

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
