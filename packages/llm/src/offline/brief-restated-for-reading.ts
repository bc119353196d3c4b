import { assetExclusionListRestatements } from './asset-exclusion-lists-said-loosely.js';
import { buySideRestatements } from './buy-side-wording.js';
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
import { otherClientsRestatements } from './other-clients-figures.js';
import { chosenCaseRowRestatements } from './chosen-case-rows.js';
import { caretSpeakerRestatements } from './chat-speakers-marked-with-a-caret.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/**
 * The brief restated into the shapes the readers read, in turn: a buyer's wording as the seller's, pasted tables,
 * forms, cells and settings as labelled statements, chat and thread shapes as lines that say what they decide
 * (`readBrief` then blanks a checklist's empty boxes and options not taken). Kept apart from `readBrief`, which reads
 * the result: the order of these steps is itself a reading rule, documented beside each.
 */
export function restatedForReading(brief: string, vocabulary: PlaceVocabulary): RestatedBrief {
  // In turn: a buyer's wording ("Price: $390M", "we're not buying retail") is restated as the seller's; a pasted
  // table or form reads as the labelled statements its rows make ("Target | 60 | USD m" as "Target: $60m"), rows
  // marked with ticks left to the checklist; then a checklist's empty boxes and options not taken are blanked: no
  // reader should read them. What is not understood is still quoted in the brief's own words.
  const restated = new RestatedBrief(brief);
  // "cfo> target 180" over "treasurer> $180M, got it": a speaker's caret, as the colon of a chat line.
  restated.apply(caretSpeakerRestatements(restated.text));
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
  restated.apply(assetExclusionListRestatements(restated.text, vocabulary));
  // "asset_type,excluded,reason" then "lab,yes,specialised fit-out": a pasted table's rows marked excluded, as orders.
  restated.apply(pastedExclusionTableRestatements(restated.text));
  restated.apply(parameterTableRestatements(restated.text));
  // An adviser's "we'd stay at 15" after another client's "18-year leases" reads as what that figure measured.
  restated.apply(otherClientsRestatements(restated.text));
  return restated;
}
