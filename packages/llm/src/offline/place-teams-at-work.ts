import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimPartyAndHelpPlaces } from './party-and-help-places.js';
import { claimPlacesActingOnTheirOwn } from './places-acting-on-their-own.js';
import { claimExclusionQuestionsAnsweredNo, claimSpeakingPartyPlaces } from './speaking-party-places.js';
import { readList } from './read-place-list.js';

// People, teams and firms named by their place: "Columbus FP&A is preparing the sensitivity tables", "Treasury Chicago
// is coordinating", "Copy the Houston FP&A lead", "The retail team in Phoenix asked to be kept in the loop", "Our
// bankers in Chicago are running the process", "our advisers at the Dallas bank", "Our Chicago people asked me",
// "the Columbus hub team asked for 25", "Our Dallas HQ team will run the model", "moving on to the Dallas budget", "Term per the Chicago broker's indication",
// "Real estate, Chicago office.".
// The place says who works on the brief or what else is discussed, never where to sell.

/**
 * A team, its people or a firm after the place, with a site's or a function's word between: "FP&A", "hub team", "sales
 * team", "bank", "budget", and the staff of a site ("Dallas DC staffing up 40 FTE", "the Ohio headcount plan").
 */
const TEAM_AFTER_PLACE =
  /^(?:['\u2019]s)?[^\S\n]+(?:(?:hub|site|plant|office|dc|region|regional|area|branch|campus|sales|marketing|ops|operations|support|engineering|leadership|management|hq|headquarters)[^\S\n]+)?(?:fp&a|treasury|finance|tax|legal|hr|accounting|procurement|team|teams|desk|people|staff|crew|folks|colleagues|group|bank|bankers|advisers|advisors|broker|brokers|lender|lenders|lead|controller|committee|budget|model|staffing|headcount|hiring|workforce|payroll)\b/;
/** Words after a team that make the place a building's name: "the Dallas team's building", "the Houston tax office". */
const BUILDING_AFTER_TEAM = /^[^\S\n]*(?:['\u2019]s\s+)?(?:sites?|buildings?|offices?|propert\w*|assets?|plants?|warehouses?|hubs?|dcs?)\b/;
/**
 * A department before the place, opening a line or a sentence or after "from": "Treasury Chicago", "FP&A Atlanta",
 * "Real estate, Chicago office".
 */
const DEPARTMENT_BEFORE_PLACE =
  /(?:^|[\n.!?:]\s*|\bfrom\s+)(?:the\s+)?(?:fp&a|treasury|finance|tax|legal|hr|accounting|procurement|real\s+estate)[^\S\n]*,?[^\S\n]+$/;
/** A workplace's word closing the writer's line after the place: "Real estate, Chicago office." */
const WORKPLACE_CLOSING = /^[^\S\n]+(?:office|team|desk|hub|region)\s*(?:[.;!\n]|$)/;
/** People or a firm in the place, before it: "Our bankers in Chicago", "The retail team in Phoenix" (anchored). */
const PEOPLE_IN_BEFORE =
  /\b(?:bankers|advisers|advisors|brokers?|lenders?|team|teams|people|staff|colleagues|folks|counsel|auditors?|lawyers|consultants)\s+(?:in|at|from|out\s+of)\s+(?:the\s+|our\s+)?$/;
/** Where the clause around the place ends: a comma, a semicolon, a dash between spaces, a sentence's end. */
const CLAUSE_END = /[,;.!?\n]|\s[\u2013\u2014-]\s/;
/** Words that make the clause an ask: "only the Dallas team's sites", "exclude what Chicago treasury holds". */
const ASKING_WORDS =
  /\b(?:only|exclud\w*|except|no|not|nothing|none|never|sell\w*|sold|keep|avoid|include\w*|skip|drop|limit\w*|outside|focus\w*|stick|restrict\w*|just)\b/;

/** Claims the places that name a team, its people or a firm at work on the brief, so that they ask for nothing. */
export function claimPlaceTeamsAtWork(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "our bank (they're in Chicago)", "shout if you need data on the Houston plants": a party's place, help offered.
  claimPartyAndHelpPlaces(text, vocabulary);
  // "our lawyers in Chicago asked", "(Phoenix site visit)", "Next: lenders' call, Chicago"; "asked whether to exclude
  // Newark - the answer is no": who speaks or travels, and a question turned down.
  claimSpeakingPartyPlaces(text, vocabulary);
  claimExclusionQuestionsAnsweredNo(text, vocabulary);
  // "I heard Chicago may be selling the Schaumburg office on its own": a place's people acting apart from the program.
  claimPlacesActingOnTheirOwn(text, vocabulary);
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    const rest = text.lower.slice(place.end, place.end + 120);
    const team = TEAM_AFTER_PLACE.exec(rest);
    const named =
      (team !== null && !BUILDING_AFTER_TEAM.test(rest.slice(team[0].length))) ||
      (DEPARTMENT_BEFORE_PLACE.test(text.lower.slice(Math.max(0, place.start - 40), place.start)) &&
        (!BUILDING_AFTER_TEAM.test(rest) || WORKPLACE_CLOSING.test(rest))) ||
      PEOPLE_IN_BEFORE.test(before);
    if (!named) continue;
    // "300 staff at the Houston Regional Office": people at a building whose name the place opens; the place is the
    // building's, which a later "leave it out" may rule out, so it is left for the list readers.
    if (PEOPLE_IN_BEFORE.test(before) && opensBuildingName(text, place, vocabulary)) continue;
    const clauseEnd = CLAUSE_END.exec(rest);
    const after = clauseEnd === null ? rest : rest.slice(0, clauseEnd.index);
    // Only the place's own clause counts: "Raise $58M from Houston only; the Dallas team will help" asks for Houston.
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - ')) + 1);
    if (ASKING_WORDS.test(clause) || ASKING_WORDS.test(after)) continue;
    text.claim(place.start, place.end);
  }
}

/** True when the place at `place` is the first word of a named building's name ("Houston" in "Houston Regional Office"). */
function opensBuildingName(text: BriefText, place: { start: number; end: number }, vocabulary: PlaceVocabulary): boolean {
  const first = readList(text, place.start, vocabulary, true)?.items[0];
  const ids = first?.match?.item.kind === 'asset' ? first.match.item.assetIds : first?.assetId != null ? [first.assetId] : [];
  return first !== undefined && first.end > place.end && ids.length === 1;
}
