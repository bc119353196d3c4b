import { readMortgagedExclusionLifted } from './mortgage-exclusion-lifted.js';
import { assetExclusionListRestatements } from './asset-exclusion-lists-said-loosely.js';
import { ASSET_TYPES, type AssetType, type Notice, type SelectionStrategy } from '@leaseback/domain';
import { claimAssetReasonBrackets } from './asset-reason-brackets.js';
import { BriefText } from './brief-text.js';
import { buySideRestatements } from './buy-side-wording.js';
import { checklistAsRead, readChecklistMortgage } from './checklist-items.js';
import { parameterTableRestatements } from './parameter-tables.js';
import { pastedExclusionTableRestatements } from './pasted-exclusion-tables.js';
import { keptBuildingTableRestatements } from './kept-building-tables.js';
import { askAndFloorColumnRestatements } from './ask-and-floor-columns.js';
import { chatAnswerRestatements } from './chat-answers.js';
import { configSnippetRestatements } from './config-snippets.js';
import { fieldAndValueObjectRestatements } from './field-and-value-setting-objects.js';
import { chatReplyRestatements, pastedShapeRestatements } from './pasted-shapes.js';
import { askAndFloorHeaderRowRestatements } from './ask-and-floor-header-rows.js';
import { figureAndUnitCellRestatements } from './figure-and-unit-cells.js';
import { correctionInsideBracketRestatements } from './corrections-inside-brackets.js';
import { notACentMoreRestatements } from './not-a-cent-more-wording.js';
import { limitWordAfterACommaRestatements } from './limit-word-after-a-comma-in-a-label.js';
import { labelAndFigureSheetRowRestatements } from './label-and-figure-sheet-rows.js';
import { looseSettingRestatements } from './loose-setting-rows.js';
import { rentLabelInMillionsRestatements } from './rent-labels-in-millions.js';
import { rentCapRowLabelledInMillionsRestatements } from './rent-cap-rows-labelled-in-millions.js';
import { fieldValuePairRestatements } from './settings-pasted-as-field-value-pairs.js';
import { marketShareStruckThroughRestatements } from './market-share-levels-struck-through.js';
import { covenantRowWithUnitColumnRestatements } from './covenant-rows-with-a-unit-column.js';
import { covenantTablePlanColumnRestatements } from './covenant-table-plan-columns.js';
import { preferReply, quotedLines } from './reply-above-quoted-message.js';
import { figuresRevisedAfterTheyWereGiven } from './figures-revised-after-they-were-given.js';
import { plainEconomicsRestatements } from './plain-economics-restatements.js';
import { stopPointFloorRestatements } from './stop-point-floors.js';
import { roughFigureRestatements } from './rough-figures-then-called.js';
import { pastSettingKeyRestatements } from './past-setting-keys.js';
import { plainFigureRestatements } from './plain-figure-phrasings.js';
import { scoreAndEconomicsShorthand } from './score-and-economics-shorthand.js';
import { scoreAndEconomicsPhrasings } from './score-and-economics-phrasings.js';
import { scoreLimitsInEverydayWording } from './score-limits-in-everyday-wording.js';
import { leaseTermAndEscalatorPairRestatements } from './lease-term-and-escalator-pairs.js';
import { spelledPercentageRestatements } from './spelled-percentages.js';
import { describedLeaseabilityRestatements } from './leaseability-described-by-letting-again.js';
import { limitNamedBeforeItsScoreRestatements } from './limit-named-before-its-score.js';
import { criticalityCeilingLeadRestatements, describedCriticalityRestatements } from './criticality-described-by-its-harm.js';
import { labelledCellRestatements } from './cells-labelled-in-brackets-or-columns.js';
import { leaseTermsAndRatesSaidInPassingRestatements } from './lease-terms-and-rates-said-in-passing.js';
import { pastSettingCommentRestatements } from './past-settings-in-comment-lines.js';
import { leaseabilityShortenedToLeaseRestatements } from './leaseability-shortened-to-lease.js';
import { taxRateSaidAllInRestatements } from './tax-rate-said-all-in-after-its-parts.js';
import { scoreLimitsSaidByWhatIsKeptRestatements } from './score-limits-said-by-what-is-kept.js';
import { keyedSettingsAndSlashedRows } from './keyed-settings-and-slashed-rows.js';
import { scoreLevelsOnNamedScales } from './score-levels-on-named-scales.js';
import { economicsAndObjectivesSaidLoosely } from './economics-and-objectives-said-loosely.js';
import { economicsInEverydayWording } from './economics-in-everyday-wording.js';
import { scoreLevelsAndObjectivesAfterTheirWords } from './score-levels-and-objectives-after-their-words.js';
import { figureWordingRestatements } from './restated-figure-wording.js';
import { RestatedBrief } from './restated-brief.js';
import { formatMoney, formatRatio, formatScore, formatShare } from './format-figures.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readAmounts } from './read-amounts.js';
import { claimMarketFigures } from './market-commentary.js';
import { claimOtherClientsFigures, otherClientsRestatements } from './other-clients-figures.js';
import { readAssetClauses } from './read-asset-clauses.js';
import type { FoundBound } from './read-bounds.js';
import { readConfirmationAndSignal, readCountAndRunId, type LifecycleSignal } from './read-conversation.js';
import { readCovenants } from './read-covenants.js';
import { readEconomics, type EconomicsReading } from './read-economics.js';
import { readPlacesAndTypes } from './read-places-and-types.js';
import { readScoreFilters } from './read-score-filters.js';
import { readStrategy } from './read-strategy.js';
import { chosenCaseRowRestatements } from './chosen-case-rows.js';
import { saysNoFloor } from './no-floor-wording.js';
import { readUndecidedTarget } from './undecided-target.js';
import { saysNumberStillOpen } from './number-still-open-wording.js';
import { unrecognizedPhrases } from './unrecognized-phrases.js';

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
  // In turn: a buyer's wording ("Price: $390M", "we're not buying retail") is restated as the seller's; a pasted
  // table or form reads as the labelled statements its rows make ("Target | 60 | USD m" as "Target: $60m"), rows
  // marked with ticks left to the checklist; then a checklist's empty boxes and options not taken are blanked: no
  // reader should read them. What is not understood is still quoted in the brief's own words.
  const restated = new RestatedBrief(brief);
  // "Case | Target | Net lev cap" over a row per case, then "Committee picked Mid": the chosen case's row alone.
  restated.apply(chosenCaseRowRestatements(restated.text));
  // '[{"field":"target","value":"USD 265m"}, ...]': a list of name-and-value records, as one "name: value" line each.
  restated.apply(fieldValuePairRestatements(restated.text));
  // "Cell C6 (Min leaseability): 0.55", "A: Min leaseability | B: 0.6", "Inputs!B3 = 0.55 (crit ceiling)": as "label: value".
  restated.apply(labelledCellRestatements(restated.text));
  // "# rev 2 had lease.term=16" under "lease.term=14": a comment telling an earlier revision's setting, blanked.
  restated.apply(pastSettingCommentRestatements(restated.text));
  // "sixteen years, ASC 842", "term be set at 17 years", "a 27% gain tax rate", "the escalator we're offering is 2.5%".
  restated.apply(leaseTermsAndRatesSaidInPassingRestatements(restated.text));
  // "slb.tax = 0.21", "Ask/Floor/Tax" over its row, "Leases 1O yrs": in the shapes read below.
  restated.apply(keyedSettingsAndSlashedRows(restated.text));
  // "prior_round_target,45000000": a key naming an earlier round's figure, its past words spelled out first.
  restated.apply(pastSettingKeyRestatements(restated.text));
  // Settings pasted as JSON, YAML or code ("exclude_markets: [Phoenix]") read as labelled lines ("exclude markets: Phoenix").
  // '"ask": {"amount": 230, "unit": "USD mm"}': an amount named apart from its unit.
  restated.apply(fieldAndValueObjectRestatements(restated.text));
  restated.apply(configSnippetRestatements(restated.text));
  // Pasted rows under a header line, spreadsheet cells and chat logs read as the labelled lines and chat lines they stand for.
  restated.apply(askAndFloorHeaderRowRestatements(restated.text));
  restated.apply(pastedShapeRestatements(restated.text));
  // "Max net leverage, 3.6" and "net_debt_to_ebitda<TAB>3.8": a sheet's rows of a label and its figure, as "label: figure".
  restated.apply(labelAndFigureSheetRowRestatements(restated.text));
  // "| New rent added (annual), cap | $14m |": a label's limit word after a comma, read as if written straight after it.
  restated.apply(limitWordAfterACommaRestatements(restated.text));
  // "not a cent more than $11M of extra rent": an emphatic refusal above an amount, as "no more than".
  restated.apply(notACentMoreRestatements(restated.text));
  // "target_usd,64000000" with no header, "floor musd: 100", "A2 Floor (USD m)  B2 95", "Ask / Floor" over "$135M / $120M".
  restated.apply(looseSettingRestatements(restated.text));
  // "Max new rent (USDm p.a.): 8.8": a new-rent label with its unit in millions, the figure bare, as "$8.8M a year".
  restated.apply(rentLabelInMillionsRestatements(restated.text));
  // "Rent cap (USD m/yr), 5": a rent-cap row with its unit in millions and a comma, as "Rent cap: $5M a year (USD m/yr)".
  restated.apply(rentCapRowLabelledInMillionsRestatements(restated.text));
  // "Max one-market share: ~~50%~~ 40%": the struck share deleted, the new one read.
  restated.apply(marketShareStruckThroughRestatements(restated.text));
  // "Net leverage cap, 3.7, x", "Market share cap, 0.33, fraction": a covenant row's unit cell joined to its figure.
  restated.apply(covenantRowWithUnitColumnRestatements(restated.text));
  // "| Metric | Covenant | Plan to |" over "| FCCR | 1.5x | 1.9x |": each ratio row as its label and planned level.
  restated.apply(covenantTablePlanColumnRestatements(restated.text));
  // "a 0.6 criticality cap ... lift the cap to 0.7", "escalator 2%" then "not 2% - make it 2.5%", "assumed 25-year leases;
  // we prefer 15": a setting revised after it was given, its earlier figure rewritten to the newer one.
  restated.apply(figuresRevisedAfterTheyWereGiven(restated.text));
  // "Owen: min FCCR 2.0x" then "Nina: ↳ 1.8x": the reply's figure stands in the line it answers.
  restated.apply(chatReplyRestatements(restated.text));
  // "Kim: whats the max new rent" then "Pat: 9.5m", "Sam: target 80M" then "Sam: correction, $75M": one line each.
  restated.apply(chatAnswerRestatements(restated.text));
  // Where to stop if the ask is trimmed, the years the buildings are rented back for, a blended rate on the gain.
  restated.apply(plainEconomicsRestatements(restated.text));
  // A term switched to a new length or written "LT 15", a rate on the taxable gain, a refused escalator proposal, a level on
  // a named score's scale: said in the words the field readers know.
  restated.apply(scoreAndEconomicsShorthand(restated.text));
  // A score's bound spelt out, assets kept out by how they score, rent "steps", "0.21 tax", gains taxed at a rate, a
  // term chosen under its cap, a row label's bracketed note: in the words the field readers know.
  restated.apply(scoreAndEconomicsPhrasings(restated.text));
  // "keep away from anything more critical than 0.55", "below 0.6 on how easily it re-lets", "just scrapes over $69M",
  // "came in at 23% but use 25", "3% bumps (superseded)", a term under a time-stamped speaker: in the words the readers know.
  // "nothing over 0.45 on how bad losing it would be", "stay off anything rated above 0.6 on criticality", "anything that
  // would hurt operations badly, meaning over 0.5": the criticality score described, and its ceiling's lead, restated.
  // "keep everything with criticality above 0.65", "painful to lose (nothing above 0.55)", "keep the
  // how-bad-to-lose-it score at 0.5 or below", "0.5 criticality... actually, 0.6 is fine": said as the readers know them.
  restated.apply(scoreLimitsSaidByWhatIsKeptRestatements(restated.text));
  // "max crit 0.3, min lease 0.7": leaseability shortened to "lease" before its level.
  restated.apply(leaseabilityShortenedToLeaseRestatements(restated.text));
  restated.apply(describedCriticalityRestatements(restated.text));
  // "twenty-two and a half percent": a percentage spelt out, restated as "22.5%" for the rate readers.
  restated.apply(spelledPercentageRestatements(restated.text));
  // "21% federal, plus state - use twenty-five all in": the combined rate to use, as "tax rate 25%".
  restated.apply(taxRateSaidAllInRestatements(restated.text));
  // "15 years, 2.5% a year", "2% / 15y", "lease term 15 not 25": the term and the rise as a bare pair, restated.
  restated.apply(leaseTermAndEscalatorPairRestatements(restated.text));
  restated.apply(criticalityCeilingLeadRestatements(restated.text));
  // "below 0.65 on the someone-else-could-lease-it score", "hard to re-let (under 0.6)": leaseability described, restated.
  restated.apply(describedLeaseabilityRestatements(restated.text));
  // "Ceiling on criticality 0.35, floor on leaseability 0.8": the limit named before its score, put after it.
  restated.apply(limitNamedBeforeItsScoreRestatements(restated.text));
  restated.apply(scoreLimitsInEverydayWording(restated.text));
  restated.apply(scoreLevelsOnNamedScales(restated.text));
  restated.apply(economicsInEverydayWording(restated.text));
  restated.apply(economicsAndObjectivesSaidLoosely(restated.text));
  // "0.8 on leaseability at least", "another operator could pick up easily, 0.7 or better", "not important to operations
  // - under 0.5 -", "keep out anything mission-critical", "the best we can do in terms of long-run cost".
  restated.apply(scoreLevelsAndObjectivesAfterTheirWords(restated.text));
  // A floor for revisions, a cap on new rent named after its amount, a term refused and the one run instead.
  restated.apply(plainFigureRestatements(restated.text));
  // "with $175M as the point where we stop", "110 at the lowest": a floor said as where the sale stops.
  restated.apply(stopPointFloorRestatements(restated.text));
  // "$50-ish million": a rough figure said with its scale after "-ish", as "about $50 million".
  restated.apply(roughFigureRestatements(restated.text));
  // A role or speaker before a figure, money with its currency after it, a bare or corrected term: said as the
  // readers know them.
  restated.apply(figureAndUnitCellRestatements(restated.text));
  restated.apply(correctionInsideBracketRestatements(restated.text));
  restated.apply(figureWordingRestatements(restated.text));
  restated.apply(buySideRestatements(restated.text));
  restated.apply(askAndFloorColumnRestatements(restated.text));
  // "| Building | Why it stays |", "Exclusions (building | why)": rows of buildings kept, as exclusions.
  restated.apply(keptBuildingTableRestatements(restated.text));
  // "exclude hou-03", "Exclusions: (1) HOU-01 ...", "the Chandler and Carrollton data centers": lists read as lists.
  restated.apply(assetExclusionListRestatements(restated.text, options.vocabulary));
  // "asset_type,excluded,reason" then "lab,yes,specialised fit-out": a pasted table's rows marked excluded, as orders.
  restated.apply(pastedExclusionTableRestatements(restated.text));
  restated.apply(parameterTableRestatements(restated.text));
  // An adviser's "we'd stay at 15" after another client's "18-year leases" reads as what that figure measured.
  restated.apply(otherClientsRestatements(restated.text));
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
