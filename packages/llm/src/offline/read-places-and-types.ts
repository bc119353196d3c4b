import { claimPastRoundTypeWords } from './past-round-type-words.js';
import { claimTypeWordsAskingNothing } from './type-words-asking-nothing.js';
import type { BriefText } from './brief-text.js';
import { claimExcludedBuildingReasons } from './excluded-building-reasons.js';
import {
  dropBuildingsWidenedToTheirMarket,
  dropExclusionsCleared,
  dropExclusionsTakenBack,
  dropReplacedExclusions,
} from './exclusions-taken-back.js';
import { readAddedToo, readTooSentences } from './added-too-sentences.js';
import { claimBackgroundPhrases, claimWhereCounted } from './background-mentions.js';
import { claimWriterPlaces } from './writer-places.js';
import { claimTownStates } from './town-states.js';
import { claimDisownedMentions } from './disowned-mentions.js';
import { claimPlacesNamedInPassing } from './people-events-and-asides-places.js';
import { claimWriterWorkplaces } from './writer-workplaces.js';
import { readWriterOwnBuildingKept } from './writer-own-building-kept.js';
import { claimTypeWordsOfSystemsLikenessesAndPlaceContents } from './type-words-of-systems-likenesses-and-place-contents.js';
import { claimCreditLinePlaces } from './credit-line-places.js';
import { claimWriterWhereabouts } from './writer-whereabouts.js';
import { claimPeopleSittingInPlaces } from './people-sitting-in-places.js';
import { claimPastDealPlaces } from './past-deal-places.js';
import { claimQuestionsAnsweredByTheirOwnList } from './questions-answered-by-their-own-list.js';
import { claimPlacesDescribedOrMeasured } from './places-described-or-measured.js';
import { claimExclusionsSaidUnneeded } from './exclusions-said-unneeded.js';
import { claimPlacesInDealsSetAside } from './places-in-deals-set-aside.js';
import { claimPlaceTeamsAtWork } from './place-teams-at-work.js';
import { claimNotAFilterRemarks } from './not-a-filter-remarks.js';
import { claimPlaceRowsMarkedNo } from './place-rows-marked-no.js';
import { readAssetRowsMarkedNo } from './asset-rows-marked-no.js';
import { claimCompanyNames } from './company-names.js';
import { claimConsideredFilters } from './considered-filters.js';
import { readChecklistExclusions } from './checklist-items.js';
import { claimHypotheticalMentions, claimPlacesKeptInScope } from './hypothetical-clauses.js';
import { claimDisclaimedTypes } from './disclaimed-types.js';
import {
  claimOpenQuestions,
  claimPartsOfTheRest,
  claimLaterPhases,
  claimPastPrograms,
  claimScenarioNames,
  claimScoreConsequences,
  claimSeparateReviews,
} from './descriptive-mentions.js';
import { idsRestatedAfter, listPointedBack, soleAssetsOwned } from './demonstrative-types.js';
import { claimMortgageFacts } from './mortgage-facts.js';
import { claimPrecedentMentions } from './precedent-mentions.js';
import { claimConcededMentions } from './conceded-clauses.js';
import { claimConditionalPlaces, readViewsNarrowedToPlaces } from './conditional-places.js';
import { claimExcludedListBracket } from './excluded-list-brackets.js';
import { claimServedPlaces } from './served-places.js';
import { claimOtherCasePlaces } from './other-case-places.js';
import { claimScopeDescriptions } from './scope-descriptions.js';
import { readEverythingElse } from './everything-else.js';
import { dropRestatedExclusions } from './restated-exclusions.js';
import { dropRestatedTypes, dropTypesGivenAsReason, dropTypesRuledOutByName } from './restated-types.js';
import { dropTypesBesideOnly } from './types-beside-only.js';
import { dropTypesNamingOneBuilding } from './place-named-single-buildings.js';
import { dropTypesOfPastSalesAndQuestions } from './past-sale-and-question-types.js';
import { dropOneBuildingTypeWords } from './one-building-type-words.js';
import { readPronounBracketsKeptOut } from './pronoun-bracket-kept-out.js';
import { readOnlyListAnswers } from './only-list-answers.js';
import { claimRegions } from './region-mentions.js';
import {
  claimCorrectedMentions,
  claimQuestionsAnsweredNo,
  claimRetractedClauses,
  readTypesNarrowedToBuildings,
} from './retracted-clauses.js';
import { dropTaxRemarkStates } from './tax-remark-places.js';
import { readTrailingExclusions } from './trailing-exclusions.js';
import { readPronouns, readSoIs } from './pronoun-exclusions.js';
import { readExclusionsContinuedByAFragment } from './exclusion-continued-by-a-fragment.js';
import { lastLetterBefore, pastItemsRead, sentenceStartBefore } from './list-positions.js';
import {
  EXCLUDE_TRIGGER,
  INCLUDE_TRIGGER,
  NEGATED_CONTINUATION,
  NAMED_EXCLUSION_HINT,
  NAMED_EXCLUSION_TRIGGER,
  NEGATION_WORD,
  ONLY_NEXT,
} from './place-list-triggers.js';
import { emptyPlaceLists, type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readRefusedQuestions, readRuledOutAnswers } from './read-answered-exclusions.js';
import { type ListItem, readList } from './read-place-list.js';
import { isListFree } from './list-asides.js';
import { claimBuildingsSpelledOut } from './market-building-mentions.js';
import { readRemainingMentions } from './remaining-place-mentions.js';
import { type ResolvedPlaces, resolvePlaceItems } from './resolve-place-items.js';

/**
 * Markets, asset types and asset ids a brief asks for or rules out: the places
 * resolved into filters, and what was read but cannot be put in a spec.
 */
export interface PlaceTypeReading extends ResolvedPlaces {
  /** Phrases read but not representable in a spec (e.g. "except the Chicago offices" when the assets are not known). */
  readonly unrepresentable: string[];
}

/**
 * Reads the markets, states, asset types and asset ids a brief names. A list
 * after an exclusion word ("exclude", "outside", "not in", "avoid", "except",
 * "no", "keep") rules its items out; any other mention asks for it. States
 * expand to the portfolio markets in them (through the built-in metro table).
 * Places the portfolio does not hold are dropped and said so: excluding one
 * changes nothing, and asking only for one is reported as not understood rather
 * than turned into a filter that matches nothing.
 */
export function readPlacesAndTypes(text: BriefText, vocabulary: PlaceVocabulary, conversational = false): PlaceTypeReading {
  const lists = emptyPlaceLists();
  // "Can we include data centers?" then "No, no data centers and no labs": only the answer's list is read.
  claimQuestionsAnsweredByTheirOwnList(text);
  // "Do-not-sell list" then "☒ Cicero Main Plant": a checklist's ruled-out items, before any other reader.
  readChecklistExclusions(text, vocabulary, lists);
  // "see what $60M looks like if we only sell in Ohio": a view asked for, read before any "if" is taken as hypothetical.
  readViewsNarrowedToPlaces(text, vocabulary, lists);
  // "if Texas were off the table we'd need more": a brief's hypothetical is no filter; a conversation's "what if we
  // exclude Chicago?" asks for that what-if.
  const hypothetical = [
    ...(conversational ? [] : claimHypotheticalMentions(text, vocabulary)),
    // "I wondered about excluding Phoenix. Let's hold off on that": a filter turned down.
    ...claimConsideredFilters(text, vocabulary),
    ...claimPlacesKeptInScope(text, vocabulary),
  ];
  // "from the COO's office" is who asks; "we have 6 plants" counts, "forklifts per DC" is a rate: no asks.
  claimBackgroundPhrases(text, vocabulary);
  // "Manufacturing VP.", "cfo-office": who writes; "Distribution: fpa@", "our logistics thesis": no types.
  claimTypeWordsAskingNothing(text);
  // "runs on warehouse software", "stores like mine", "Dallas be kept out (HQ campus, data center)": no types asked.
  claimTypeWordsOfSystemsLikenessesAndPlaceContents(text, vocabulary);
  // "I manage the Joliet DC ... please don't put my building on the list": the writer's own building, kept, before
  // the writer's workplace is claimed as background (`writer-own-building-kept.ts`).
  // "that's not a reason to exclude it", "no need to keep Houston out": an exclusion denied rules nothing out.
  claimExclusionsSaidUnneeded(text);
  readWriterOwnBuildingKept(text, vocabulary, lists);
  // "Controller, Chicago.": the writer's own role and place say who writes, not where to sell.
  claimWriterPlaces(text, vocabulary, lists);
  claimWriterWorkplaces(text, vocabulary);
  // "Prepared by | Chicago FP&A", "I'll be in Chicago all week", "Last year's Dallas deal": who, where from, history.
  claimCreditLinePlaces(text, vocabulary);
  claimWriterWhereabouts(text, vocabulary);
  // "(me in Houston, CFO in Chicago)", "CFO in Phoenix for the site walkthrough": where people sit or travel.
  claimPeopleSittingInPlaces(text, vocabulary);
  claimPastDealPlaces(text, vocabulary);
  // "an offer for our Dallas buildings and we said no", "a friend sold his Inland Empire warehouses": another deal's.
  claimPlacesInDealsSetAside(text, vocabulary);
  // "..., Columbus is our growth market", "market share from Dallas in the draft is 52%": described or measured.
  claimPlacesDescribedOrMeasured(text, vocabulary);
  claimPlaceTeamsAtWork(text, vocabulary);
  claimNotAFilterRemarks(text, vocabulary);
  claimPlaceRowsMarkedNo(text, vocabulary);
  // "the DC in Ontario, California", "ignore the Atlanta mention": no filters.
  claimTownStates(text, vocabulary);
  claimDisownedMentions(text, vocabulary);
  claimPlacesNamedInPassing(text, vocabulary);
  // "from the labs... no wait, DCs only": a clause taken back as it was typed asks for nothing.
  claimRetractedClauses(text, vocabulary);
  // "data centers excluded? no wait - just warehouses": a question answered no and replaced asks for nothing.
  claimQuestionsAnsweredNo(text, vocabulary);
  claimCorrectedMentions(text, vocabulary);
  readTypesNarrowedToBuildings(text, vocabulary, lists);
  claimCompanyNames(text);
  claimMortgageFacts(text);
  claimScopeDescriptions(text, vocabulary);
  claimDisclaimedTypes(text, vocabulary);
  // "criticality at most 0.6, so the plants stay"; "Open questions: should Dallas ...?".
  claimScoreConsequences(text, vocabulary);
  claimOpenQuestions(text, vocabulary);
  claimScenarioNames(text, vocabulary);
  claimSeparateReviews(text, vocabulary);
  claimPastPrograms(text, vocabulary);
  // "The warehouses went in the 2022 round", "the 2024 program (offices, $52M) closed": an earlier round's.
  claimPastRoundTypeWords(text);
  claimLaterPhases(text, vocabulary);
  claimPrecedentMentions(text, vocabulary);
  // "I know Atlanta's market is hot, but ...": a point granted before the ask.
  claimConcededMentions(text, vocabulary);
  // "If you do sell in Ohio, please don't take ...": a condition; "everything in the Southeast sorts through it": a reach.
  claimConditionalPlaces(text, vocabulary);
  claimServedPlaces(text, vocabulary);
  // "a separate no-Texas case afterwards for comparison": another case's place, not this run's.
  claimOtherCasePlaces(text, vocabulary);
  claimPartsOfTheRest(text, vocabulary);
  claimWhereCounted(text, vocabulary);
  // "the Midwest", "the Sun Belt": a region becomes a filter only where a definition fixes its states.
  const regions = claimRegions(text, vocabulary, lists);
  // "any types off limits?" answered "just DCs and warehouses in scope": what is in, not what is out.
  readOnlyListAnswers(text, vocabulary, lists);
  // "our data centers ... keep both of them (Carrollton and Chandler) out": towns that spell out a pronoun's buildings.
  readPronounBracketsKeptOut(text, vocabulary, lists);
  // The order matters: each reader claims what it understood, and a later one reads only what is left.
  // "Asset ID,Include?" then "DAL-01,N": a table's buildings marked no.
  readAssetRowsMarkedNo(text, vocabulary, lists);
  readTrailingExclusions(text, vocabulary, lists);
  readRefusedQuestions(text, vocabulary, lists);
  readRuledOutAnswers(text, vocabulary, lists);
  readIncludeTriggers(text, vocabulary, lists);
  readExcludeTriggers(text, vocabulary, lists);
  readNegatedContinuations(text, vocabulary, lists);
  readSoIs(text, vocabulary, lists);
  readPronouns(text, vocabulary, lists);
  // "NWK-03 has an environmental issue, drop it. Same for HOU-03.": "same for" may follow a pronoun's exclusion.
  readSoIs(text, vocabulary, lists);
  // "Offices are off the table. And retail.": a fragment joining one more item to the exclusion before it.
  readExclusionsContinuedByAFragment(text, vocabulary, lists);
  readAddedToo(text, vocabulary, lists);
  readTooSentences(text, vocabulary, lists);
  readEverythingElse(text, vocabulary, lists);
  dropExclusionsTakenBack(text, lists);
  dropExclusionsCleared(text, lists);
  claimExcludedBuildingReasons(text, lists);
  const bareFrom = lists.included.length;
  // "the regional offices — Houston, Atlanta, Tempe —": places that spell out which buildings a type means.
  claimBuildingsSpelledOut(text, vocabulary);
  readRemainingMentions(text, vocabulary, lists);
  dropRestatedExclusions(text, vocabulary, lists, bareFrom);
  dropTaxRemarkStates(text, lists, bareFrom);
  dropReplacedExclusions(text, lists);
  // "Tempe office: skip it. Actually, leave all of Phoenix out.": the market holds the building ruled out before.
  dropBuildingsWidenedToTheirMarket(text, vocabulary, lists);
  dropRestatedTypes(text, vocabulary, lists);
  dropTypesGivenAsReason(text, vocabulary, lists);
  dropTypesRuledOutByName(vocabulary, lists, bareFrom);
  // "Warehouses only - our DCs are running at capacity": a type beside an "only" that says why.
  dropTypesBesideOnly(text, lists, bareFrom);
  // "our auditor (Atlanta office)": a type in the singular after a place's name is one building.
  dropTypesNamingOneBuilding(text, vocabulary, lists, bareFrom);
  dropTypesOfPastSalesAndQuestions(text, lists, bareFrom);
  // "the lab's review", "our parts store is small", "it is the plant": one building the writer has in mind.
  dropOneBuildingTypeWords(text, lists, bareFrom);
  const resolved = resolvePlaceItems(text, vocabulary, lists);
  return {
    ...resolved,
    notes: [...hypothetical, ...regions.notes, ...resolved.notes],
    unrepresentable: [...regions.unrepresentable, ...lists.unrepresentable],
  };
}

/** "nothing outside Texas": a double negative that asks for the list. */
function readIncludeTriggers(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(INCLUDE_TRIGGER)) {
    const list = readList(text, match.index + match[0].length, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    lists.included.push(...list.items);
    text.claim(match.index, list.end);
  }
}

/**
 * "exclude Dallas", "not in Ohio", "Excluded sites: DAL-01": the list after the trigger is ruled out. "except
 * the Chicago HQ" means one market's offices, which no spec filter can say; ruling out all of Chicago or every
 * office would be a guess, so a compound list is reported instead.
 */
function readExcludeTriggers(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const named = NAMED_EXCLUSION_HINT.test(text.lower) ? text.freeMatches(NAMED_EXCLUSION_TRIGGER) : [];
  for (const match of [...text.freeMatches(EXCLUDE_TRIGGER), ...named]) {
    // A label's list may run on with semicolons ("Excluded markets: Dallas; Houston"), after items read already.
    const label = match[0].endsWith(':');
    const from = label ? pastItemsRead(text, match.index + match[0].length) : match.index + match[0].length;
    const list = readList(text, from, vocabulary, true, label);
    if (list === null || !text.isFree(match.index, match.index + match[0].length) || !isListFree(text, from, list)) continue;
    // "Keep Texas and Georgia in scope only": what is kept, and nothing else, is asked for.
    const only = /^(?:keep|retain)/.test(match[0]) ? KEPT_ONLY.exec(text.lower.slice(list.end)) : null;
    if (only !== null) {
      lists.included.push(...list.items);
      text.claim(match.index, list.end + only[0].length);
      continue;
    }
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    // "exclude those two stores": the stores named before, when they were.
    // "exclude IE-01 and NWK-01 (Ontario and Port Newark have open issues)": the towns of the buildings, as their reason.
    claimExcludedListBracket(text, vocabulary, list);
    const pointed = listPointedBack(text, list, match.index, vocabulary);
    if (pointed !== null) text.claim(pointed.start, pointed.list.end);
    ruleOutList(
      lists,
      text,
      match.index,
      list.end,
      list,
      pointed?.list.items ?? idsRestatedAfter(text, list, vocabulary) ?? soleAssetsOwned(text, list, vocabulary) ?? undefined,
    );
  }
}

/** "keep Texas in scope only", "retain Ohio in play only": the words after a kept list that make it the only one. */
const KEPT_ONLY = /^\s+in\s+(?:scope|play|the\s+program(?:me)?)\s+only\b/;

/** What makes a negated list a limit on its share of the program: "supplying more than", "accounting for over". */
const SHARE_AFTER =
  /^\s+(?:(?:supplying|providing|contributing|accounting\s+for|making\s+up|representing)\s+)?(?:more\s+than|over|above|exceeding|in\s+excess\s+of)\b/;

/** "don't touch anything mission-critical or any of our Chicago plants": an "or" that continues a negation. */
function readNegatedContinuations(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(NEGATED_CONTINUATION)) {
    const clause = text.clauseAround(match.index);
    // "nor" carries a negation of its own ("we will not, nor the Cicero plant"); "and" continues only an
    // exclusion read right before it ("exclude anything with a mortgage and the Pasadena plant").
    // "Exclude mortgaged assets, anything in Dallas": a comma before "anything in" continues like "and".
    // "plus", "along with" and a chat's "+" join like "and": "exclude mortgaged properties plus the Southeast Sortation
    // Hub", "we're excluding mortgaged sites + Phoenix".
    const joined = /^(?:and|,|plus|along|\+)/.test(match[0]) ? 'and' : match[0].startsWith('nor') ? 'nor' : 'or';
    // Never after a figure: "no less than 0.55 and from warehouses" ends a limit, not an exclusion.
    const before = text.lower.slice(clause.start, match.index);
    // The exclusion read right before may end at a comma when "any" continues it: "skip every encumbered property,
    // and anything in Houston" (but "no mortgaged sites, and Houston is where we sell" asks for Houston).
    let previous = lastLetterBefore(text, match.index);
    // "Exclude anything mortgaged, and the Newark office": after the comma, "the" and buildings named continue it too.
    const theAfterComma =
      text.lower[previous] === ',' && /^(?:and|plus)\s+$/.test(match[0]) && /^the\s/.test(text.lower.slice(match.index + match[0].length));
    if (text.lower[previous] === ',' && (/^and\s+any/.test(match[0]) || theAfterComma)) previous = lastLetterBefore(text, previous);
    // A figure counts only after the clause's last negation: "raise $160M but leave out anything mission-critical
    // and anything in Ohio" continues the exclusion; the target before it is no limit.
    if (joined === 'and' && (!text.isClaimed(previous) || /\d/.test(afterLastNegation(before)))) continue;
    // "skip every encumbered property, and anything in Houston": after an exclusion just read, the negation may
    // stand before the comma that ends its clause.
    const negated = joined === 'and' ? text.lower.slice(sentenceStartBefore(text, match.index), match.index) : before;
    if (joined !== 'nor' && !NEGATION_WORD.test(negated)) continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    if (joined === 'and' && ONLY_NEXT.test(text.lower.slice(list.end))) continue;
    if (theAfterComma && (!list.items.every(namesAssets) || OWN_VERB_AFTER.test(text.lower.slice(list.end)))) continue;
    // "neither Dallas nor Houston supplying more than 60%": a limit on each market's share, which rules none out.
    if (joined === 'nor' && SHARE_AFTER.test(text.lower.slice(list.end))) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}

/** Whether a list item names buildings: an asset id, or assets named in words. */
const namesAssets = (item: ListItem): boolean => item.assetId !== null || item.match?.item.kind === 'asset';
/** A verb right after a list that makes it the subject of a clause of its own ("..., and the Tempe Office is fine"). */
const OWN_VERB_AFTER = /^\s+(?:is|are|was|were|has|have|can|could|will|would|should|stays?|remains?)\b/;

/** The words after the last negation of a clause's opening, or all of them when none negates. */
function afterLastNegation(before: string): string {
  const negations = [...before.matchAll(new RegExp(NEGATION_WORD.source, 'g'))];
  const last = negations[negations.length - 1];
  return last === undefined ? before : before.slice(last.index + last[0].length);
}
