import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A town then its state, as an address is written: "the automated DC in Ontario, California", "the lab up in Dublin,
 * Ohio". The state only says where the town is; it is no filter of its own, so a building named by its town does not
 * also ask for (or rule out) every market of the state. A portfolio market before the comma ("Houston, Texas") is left
 * to the list readers, as is a state that a list goes on from ("Ontario, California and Arizona").
 */

/**
 * A town after a word of where or "the", written with capitals, up to three words, then a comma: "in Ontario, ", "the
 * Elk Grove Village, " (not "$80M, ", nor a greeting's "Hi, ").
 */
const TOWN_BEFORE =
  /\b(?:in|into|at|near|from|of|outside|by|[Tt]he)[^\S\n]+(?<town>[A-Z]\p{Ll}[\p{L}.'-]*(?:[^\S\n]+[A-Z]\p{Ll}[\p{L}.'-]*){0,2}),[^\S\n]*$/u;
/** A list that goes on after the state: "California and Arizona", "Ohio, Texas". */
const LIST_GOES_ON = /^\s*(?:,|\/|&|\band\b|\bor\b|\bplus\b)/;
/** A joiner before the town: "Texas, Ontario, California" is more likely a list than an address. */
const LIST_JOINED_BEFORE = /(?:,|\band|\bor|\/|&)\s*$/;

/** Claims each state written after a town and a comma, so that an address asks for nothing. */
export function claimTownStates(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (let index = 0; index < text.lower.length; index += 1) {
    if (text.lower[index - 1] !== ' ' && text.lower[index - 1] !== ',') continue;
    const found = vocabulary.matchAt(text.lower, index, false, text.source);
    if (found === null || found.item.kind !== 'state') continue;
    const town = TOWN_BEFORE.exec(text.source.slice(Math.max(0, index - 60), index));
    const name = town?.groups?.['town'];
    if (town === null || name === undefined) continue;
    const at = index - town[0].length + town[0].indexOf(name);
    const townItem = vocabulary.matchAt(text.lower, at, false, text.source);
    // "Houston, Texas", "Texas, Ohio": a market or a state before the comma is a list's item, not a town.
    // A town the vocabulary knows as part of a market ("Ontario" of the Inland Empire) is still a town.
    const marketNamed =
      townItem?.item.kind === 'market' &&
      townItem.item.markets.some((market) => market.toLowerCase() === text.lower.slice(at, townItem.end));
    if (townItem !== null && (marketNamed || townItem.item.kind === 'state')) continue;
    if (LIST_JOINED_BEFORE.test(text.lower.slice(Math.max(0, at - 6), at))) continue;
    if (LIST_GOES_ON.test(text.lower.slice(found.end))) continue;
    const place = placeAt(text, vocabulary, index);
    if (place !== null) text.claim(place.start, place.end);
    index = found.end - 1;
  }
}
