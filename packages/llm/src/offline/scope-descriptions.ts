import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import { listEndingAt } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places named to describe a deal or a scope turned down, not to ask for them: "a Newark-heavy deal" (where the
 * proceeds would come from, which a share cap bounds, not a filter), "California only is too narrow" (an allow-list
 * judged and dropped), "Would Ohio alone cover it?" (an allow-list only asked about), how the deal should not look
 * ("so the program doesn't read as a Dallas exit"), what the proceeds pay for ("to fund the North Texas fleet
 * refresh"), and the state of the company's own buildings given as a reason ("our Jersey buildings are full").
 */

/** "-heavy", "-weighted": a deal described by where most of it would come from. */
const WEIGHTED_TOWARDS = /-(?:heavy|weighted|skewed|concentrated)\b/g;
/** "only is too narrow", "alone would be too restrictive": an allow-list written, then judged too tight. */
const TOO_NARROW =
  /\s(?:only|alone)\s+(?:is|was|would\s+be|seems|felt|looks)\s+(?:too|far\s+too|much\s+too)\s+(?:narrow|restrictive|limiting|tight|thin|small)\b/g;

/** "alone get us there?": an allow-list asked about as a question, its opening word checked by the reader. */
const ASKED_ALONE = /\s(?:alone|only)\s+(?:[a-z']+\s+){0,5}?[a-z']+\s*\?/g;
/** "Would", "Could" opening the question whose subject is the places asked about. */
const QUESTION_OPENING = /(?:^|[.!?\n]\s*)(?:would|could|can|will|might|does|do|is)\s+(?:the\s+)?$/;

/**
 * Words before a place that describe the deal or the buildings rather than choose them, each with what must follow
 * the place: "read as a Dallas exit", "to fund the North Texas fleet refresh", "our Jersey buildings are full".
 */
const DESCRIBED_PLACES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\b(?:read|reads|look|looks|come\s+across|be\s+seen|seen)\s+(?:as|like)\s+(?:an?\s+|the\s+)/g,
    /^[^\S\n]+(?:exit|fire[-\s]sale|sell[-\s]?off|retreat|pull[-\s]?out|pullback|withdrawal|liquidation)\b/,
  ],
  [
    /\b(?:to\s+(?:fund|finance|pay\s+for)|funding|financing|paying\s+for)\s+(?:the|our)\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western)[^\S\n]+)?/g,
    /^(?:[^\S\n]+[a-z-]+){0,2}[^\S\n]+(?:refresh|expansion|project|build-?out|upgrade|roll-?out|fit-?out|automation|spend|capex|renovation|relocation|consolidation)\b/,
  ],
  [
    /\bour\s+/g,
    /^[^\S\n]+(?:buildings?|sites?|warehouses?|facilities|plants?|offices?|dcs?)[^\S\n]+(?:are|is)[^\S\n]+(?:all[^\S\n]+|already[^\S\n]+)?(?:full|at[^\S\n]+capacity|maxed[^\S\n]+out|fully[^\S\n]+(?:occupied|used|utili[sz]ed)|busy|in[^\S\n]+use)\b/,
  ],
];

/** Claims the places that only describe a deal's weight or an allow-list turned down, so that neither is read as a filter. */
export function claimScopeDescriptions(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const pattern of [WEIGHTED_TOWARDS, TOO_NARROW, ASKED_ALONE]) {
    if (pattern === WEIGHTED_TOWARDS && !/-(?:heavy|weighted|skewed|concentrated)/.test(text.lower)) continue;
    if (pattern === TOO_NARROW && !text.lower.includes('too ')) continue;
    if (pattern === ASKED_ALONE && !text.lower.includes('?')) continue;
    for (const match of text.freeMatches(pattern)) {
      const found = listEndingAt(text, match.index, vocabulary);
      if (found === null || !text.isFree(found.start, found.list.end)) continue;
      // "Would Phoenix alone get us there?" asks; "Phoenix only, is that fine?" is no such question.
      if (pattern === ASKED_ALONE && !QUESTION_OPENING.test(text.lower.slice(Math.max(0, found.start - 40), found.start))) continue;
      text.claim(found.start, match.index + match[0].length);
    }
  }
  for (const [before, after] of DESCRIBED_PLACES) {
    for (const match of text.freeMatches(before)) {
      const place = freePlaceAt(text, vocabulary, match.index + match[0].length);
      const described = place === null ? null : after.exec(text.lower.slice(place.end));
      if (place !== null && described !== null) text.claim(place.start, place.end + described[0].length);
    }
  }
}
