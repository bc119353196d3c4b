import { readMortgagedExclusionLifted } from './mortgage-exclusion-lifted.js';
import { ASSET_TYPES, type AssetType, type Notice, type SelectionStrategy } from '@leaseback/domain';
import { claimAssetReasonBrackets } from './asset-reason-brackets.js';
import { BriefText } from './brief-text.js';
import { checklistAsRead, readChecklistMortgage } from './checklist-items.js';
import { preferReply, quotedLines } from './reply-above-quoted-message.js';
import { formatMoney, formatRatio, formatScore, formatShare } from './format-figures.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readAmounts } from './read-amounts.js';
import { claimMarketFigures } from './market-commentary.js';
import { claimOtherClientsFigures } from './other-clients-figures.js';
import { readAssetClauses } from './read-asset-clauses.js';
import type { FoundBound } from './read-bounds.js';
import { readConfirmationAndSignal, readCountAndRunId, type LifecycleSignal } from './read-conversation.js';
import { readCovenants } from './read-covenants.js';
import { readEconomics, type EconomicsReading } from './read-economics.js';
import { readPlacesAndTypes } from './read-places-and-types.js';
import { readScoreFilters } from './read-score-filters.js';
import { readStrategy } from './read-strategy.js';
import { saysNoFloor } from './no-floor-wording.js';
import { readUndecidedTarget } from './undecided-target.js';
import { saysNumberStillOpen } from './number-still-open-wording.js';
import { unrecognizedPhrases } from './unrecognized-phrases.js';
import { restatedForReading } from './brief-restated-for-reading.js';

/**
 * Everything the offline parser read from a text, field by field. A field is
 * present only when the text states it: defaults are applied later, by whoever
 * needs a complete spec, and recorded there as assumptions.
 */
export interface BriefReading {
  target_amount?: number;
  floor_amount?: number;
  max_net_leverage?: number;
  min_fixed_charge_coverage?: number;
  max_lease_adjusted_leverage?: number;
  max_market_share?: number;
  max_criticality?: number;
  min_leaseability?: number;
  asset_types?: AssetType[];
  include_markets?: string[];
  exclude_markets?: string[];
  exclude_asset_ids?: string[];
  exclude_mortgaged?: boolean;
  max_rent_added?: number;
  strategy?: SelectionStrategy;
  num_scenarios?: number;
  run_id?: string;
  confirmation?: boolean;
  lifecycle_signal?: LifecycleSignal;
  /** Lease terms, escalators, reporting basis, tax rate and objective, when the text states any. */
  economics?: Omit<EconomicsReading, 'unrecognized'>;
  /** Phrases not understood, as written. */
  unrecognized: string[];
  /** How something was interpreted, when that is worth saying (in plain English). */
  notes: string[];
  /** The interpretations a caller should see (a state resolved, an asset read by name, an unknown place). */
  notices: Notice[];
}

/** What the parser knows about the portfolio and how it is reading. */
export interface ReadBriefOptions {
  readonly vocabulary: PlaceVocabulary;
  /** Asset types present in the portfolio; "no retail" means these minus retail. Empty: every type. */
  readonly portfolioTypes: readonly AssetType[];
  /** Also read confirmations and lifecycle signals (conversation messages, not briefs). */
  readonly conversational: boolean;
}

/**
 * Reads a brief or a message. Readers run in a fixed order, most specific
 * first, each claiming the text it understood; what no reader claimed is
 * returned in `unrecognized`. Never throws on any string.
 */
export function readBrief(brief: string, options: ReadBriefOptions): BriefReading {
  const restated = restatedForReading(brief, options.vocabulary);
  const text = new BriefText(checklistAsRead(restated.text), restated);
  const reading: BriefReading = { unrecognized: [], notes: [], notices: [] };

  Object.assign(reading, readCountAndRunId(text));
  // Before every figure reader: "$298/sf", "a 5.6 cap" and "a buyer offered $62M" are the market's, never the ask.
  claimMarketFigures(text);
  // Equally before them: "one of our clients chose 25-year leases" describes someone else's deal.
  claimOtherClientsFigures(text);
  // Before amounts and covenants: "2% bumps", "21% tax" and "15-year" are not targets or shares.
  const { unrecognized: economicsUnrecognized, ...economics } = readEconomics(
    text,
    options.conversational ? { notes: reading.notes } : undefined,
  );
  if (Object.keys(economics).length > 0) reading.economics = economics;
  reading.unrecognized.push(...economicsUnrecognized);

  const covenants = readCovenants(text);
  setTightest(reading, 'max_net_leverage', covenants.maxNetLeverage, 'min', 'net leverage limits', formatRatio);
  setTightest(
    reading,
    'max_lease_adjusted_leverage',
    covenants.maxLeaseAdjustedLeverage,
    'min',
    'lease-adjusted leverage limits',
    formatRatio,
  );
  setTightest(reading, 'min_fixed_charge_coverage', covenants.minFixedChargeCoverage, 'max', 'fixed charge coverage limits', formatRatio);
  setTightest(reading, 'max_market_share', covenants.maxMarketShare, 'min', 'single-market limits', formatShare);

  // "the Baytown Cold Storage Warehouse (poor re-let prospects)": what is said of one named building limits no other.
  claimAssetReasonBrackets(text, options.vocabulary);
  const scores = readScoreFilters(text);
  // An explicit number is more precise than a word; words only count when no number is given.
  const criticality = scores.explicitMaxCriticality.length > 0 ? scores.explicitMaxCriticality : scores.wordMaxCriticality;
  const leaseability = scores.explicitMinLeaseability.length > 0 ? scores.explicitMinLeaseability : scores.wordMinLeaseability;
  setTightest(reading, 'max_criticality', criticality, 'min', 'criticality limits', formatScore);
  setTightest(reading, 'min_leaseability', leaseability, 'max', 'leaseability limits', formatScore);

  const strategy = readStrategy(text);
  if (strategy !== undefined) reading.strategy = strategy;

  // "drop that exclusion, mortgaged buildings are fine now": read before the rulings, so that none of them claims it.
  const mortgagedLifted = readMortgagedExclusionLifted(text);
  const clauses = readAssetClauses(text);
  // "Exclude:" then "- anything mortgaged": the mortgaged assets as one item of a list that rules its items out.
  // A later "mortgaged buildings are fine now" lifts whatever ruled the class out.
  if ((readChecklistMortgage(text) || clauses.excludeMortgaged) && !mortgagedLifted) reading.exclude_mortgaged = true;
  if (clauses.maxRentAdded.length > 0) {
    reading.max_rent_added = Math.min(...clauses.maxRentAdded);
    if (new Set(clauses.maxRentAdded).size > 1) {
      reading.notes.push(
        `several caps on new rent were given (${clauses.maxRentAdded.map(formatMoney).join(', ')}); kept the tightest, ${formatMoney(reading.max_rent_added)}`,
      );
    }
  }

  readTargetAndFloor(text, reading);

  const places = readPlacesAndTypes(text, options.vocabulary, options.conversational);
  reading.notes.push(...places.notes);
  reading.notices.push(...places.notices);
  reading.unrecognized.push(...places.unrepresentable);
  applyTypes(reading, places.includeTypes, places.excludeTypes, options.portfolioTypes);
  applyMarkets(reading, places.includeMarkets, places.excludeMarkets);
  if (places.excludeAssetIds.length > 0) reading.exclude_asset_ids = places.excludeAssetIds;

  if (options.conversational) Object.assign(reading, readConfirmationAndSignal(text));

  reading.unrecognized.unshift(...unrecognizedPhrases(text));
  return reading;
}

type NumericField =
  | 'max_net_leverage'
  | 'max_lease_adjusted_leverage'
  | 'min_fixed_charge_coverage'
  | 'max_market_share'
  | 'max_criticality'
  | 'min_leaseability';

function setTightest(
  reading: BriefReading,
  field: NumericField,
  found: readonly FoundBound[],
  keep: 'min' | 'max',
  label: string,
  format: (value: number) => string,
): void {
  if (found.length === 0) return;
  const values = found.map((bound) => bound.value);
  const chosen = keep === 'min' ? Math.min(...values) : Math.max(...values);
  reading[field] = chosen;
  if (new Set(values).size > 1) {
    reading.notes.push(`several ${label} were given (${values.map(format).join(', ')}); kept the tightest, ${format(chosen)}`);
  }
}

function readTargetAndFloor(text: BriefText, reading: BriefReading): void {
  const amounts = readAmounts(text);
  const [target, ...otherTargets] = amounts.targets;
  if (target !== undefined) reading.target_amount = target.value;
  for (const other of otherTargets) {
    reading.unrecognized.push(
      `${text.source.slice(other.start, other.end).trim()} (a second amount; the first, ${formatMoney(target?.value ?? 0)}, was taken as the target)`,
    );
  }
  if (amounts.floors.length > 0) {
    // "> Can we do $80M with a $60M floor?" above "stop at $55M": the reply's floor is the newer word.
    const values = preferReply(amounts.floors, quotedLines(text.source)).map((floor) => floor.value);
    reading.floor_amount = Math.max(...values);
    if (new Set(values).size > 1) {
      reading.notes.push(
        `several floors were given (${values.map(formatMoney).join(', ')}); kept the highest, ${formatMoney(reading.floor_amount)}`,
      );
    }
  } else if (amounts.floorFractions.length > 0) {
    const fraction = Math.max(...amounts.floorFractions);
    if (reading.target_amount === undefined) {
      reading.unrecognized.push(`a floor of ${formatShare(fraction)} of the target, with no target amount to apply it to`);
    } else {
      reading.floor_amount = reading.target_amount * fraction;
      reading.notes.push(`floor read as ${formatShare(fraction)} of the target: ${formatMoney(reading.floor_amount)}`);
    }
  }
  // "we can't go below $250M; the target itself is TBD": the brief states a floor and says it has no target.
  // "The number is still with the CFO, but wherever it lands": the ask is set elsewhere, so none is read here.
  const undecided = readUndecidedTarget(text) || saysNumberStillOpen(text);
  if (reading.floor_amount !== undefined && reading.target_amount === undefined && undecided) {
    reading.notes.push(`the target is not decided yet, so none was read; ${formatMoney(reading.floor_amount)} is read as the floor only`);
  } else if (reading.floor_amount !== undefined && reading.target_amount === undefined) {
    reading.target_amount = reading.floor_amount;
    reading.notes.push(`only a minimum amount was given, so the target is that minimum, ${formatMoney(reading.floor_amount)}`);
  }
  // "Raise at least $190M ... No floor": the least amount is the target alone.
  if (reading.floor_amount !== undefined && reading.floor_amount === reading.target_amount && saysNoFloor(text.lower))
    delete reading.floor_amount;
  if (reading.floor_amount !== undefined && reading.target_amount !== undefined && reading.floor_amount > reading.target_amount) {
    // A floor above the target forbids any revision; the target is what was asked, so the floor becomes the target.
    reading.notices.push({
      code: 'floor_capped',
      severity: 'warning',
      message: `the brief's floor of ${formatMoney(reading.floor_amount)} is above its target of ${formatMoney(reading.target_amount)}: the floor is the target`,
      field: 'floor_amount',
    });
    reading.floor_amount = reading.target_amount;
  }
}

function applyTypes(
  reading: BriefReading,
  included: readonly AssetType[],
  excluded: readonly AssetType[],
  portfolioTypes: readonly AssetType[],
): void {
  if (included.length === 0 && excluded.length === 0) return;
  const base = included.length > 0 ? included : portfolioTypes.length > 0 ? portfolioTypes : ASSET_TYPES;
  const allowed = ASSET_TYPES.filter((assetType) => base.includes(assetType) && !excluded.includes(assetType));
  if (allowed.length === 0) {
    reading.unrecognized.push(`asset types: every type named was also ruled out (${excluded.join(', ')}); no type filter applied`);
    return;
  }
  reading.asset_types = allowed;
  if (included.length === 0) {
    reading.notes.push(
      `asset types read as every type ${portfolioTypes.length > 0 ? 'in the portfolio' : ''} except ${excluded.join(', ')}`.replace(
        '  ',
        ' ',
      ),
    );
  }
}

function applyMarkets(reading: BriefReading, included: readonly string[], excluded: readonly string[]): void {
  if (excluded.length > 0) reading.exclude_markets = [...excluded];
  if (included.length === 0) return;
  const kept = included.filter((market) => !excluded.includes(market));
  if (kept.length === 0) {
    reading.unrecognized.push(`markets: every market asked for was also excluded (${included.join(', ')}); no market allow-list applied`);
    return;
  }
  reading.include_markets = kept;
}
