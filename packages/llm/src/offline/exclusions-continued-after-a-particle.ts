import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * One more building joined after the particle that closes an exclusion, with no "too" after it: "Keep the Dublin lab
 * out, and the Ontario DC.", "Leave the Tempe Office alone, plus the Mesa Parts Store.", "Leave the Tempe Office
 * alone. And the Mesa Parts Store.", "And the research lab in Dublin, Ohio." (its own state after it). The building
 * ends the sentence, so it can only be one more thing kept out; a clause with a verb of its own ("..., and the Ontario
 * DC can go") or a place or type (which may start a new thought) is left to the other readers.
 */

/**
 * ", and " or ", plus " after the particle, before the next item; or a new sentence that opens with "And" ("Leave the
 * Tempe Office alone. And the Mesa Parts Store."), the way a speaker adds one more after a full stop.
 */
const JOINED_AFTER = /(?:,\s*|(?<=[a-z])\.[^\S\n]+)(?:and|plus)\s+(?:also\s+)?(?=[a-z])/g;

/** What may stand between the exclusion's end and the comma: its particle, if the exclusion's reader left it. */
const PARTICLE_BETWEEN = /^\s*(?:(?:out|alone|aside|back|off)\s*)?$/;

/** The particle that closes "keep ... out", "leave ... alone", "hold ... back", right before the comma. */
const PARTICLE_BEFORE = /\b(?:out|alone|aside|back|off)\s*$/;

/** The end of the sentence right after the list. */
const SENTENCE_ENDS = /^\s*(?:[.!;\n]|$)/;

/** ", Ohio" after a list whose last item is a building in Ohio: how long those words are, or null when none follow. */
function stateOfLastBuilding(text: BriefText, list: NonNullable<ReturnType<typeof readList>>, vocabulary: PlaceVocabulary): number | null {
  const comma = /^,[^\S\n]*/.exec(text.lower.slice(list.end));
  const last = list.items[list.items.length - 1];
  if (comma === null || last === undefined) return null;
  const place = vocabulary.matchAt(text.lower, list.end + comma[0].length, true, text.source);
  if (place?.item.kind !== 'state') return null;
  const state = place.item.state;
  const ids = last.assetId !== null ? [last.assetId] : last.match?.item.kind === 'asset' ? last.match.item.assetIds : [];
  const placed = vocabulary.assets.some((asset) => ids.includes(asset.asset_id) && vocabulary.stateOfMarket(asset.market.trim()) === state);
  return placed ? place.end - list.end : null;
}

/**
 * ", and anything in", ", plus everything in": whatever stands in places, joined after the particle that closes "keep
 * ... out" ("Please keep mortgaged assets out, and anything in Newark", "Keep the labs out, plus everything in Ohio"),
 * or with "along with", "together with" or "as well as" ("please leave those out, along with anything in Newark").
 * What was kept out may be no list at all (the mortgaged assets), so the sentence's own verb of keeping says it.
 */
const PLACES_JOINED_AFTER =
  /,\s*(?:and|plus|along\s+with|together\s+with|as\s+well\s+as)\s+(?:also\s+)?(?:anything|everything|all|whatever\s+we\s+(?:have|own))\s+(?:(?:located|based|sitting)\s+)?(?:in|from)\s+(?:the\s+)?(?=[a-z])/g;

/** A verb that keeps something out with a particle, early in the sentence: "keep", "leave", "hold", "take". */
const KEEPING_VERB = /\b(?:keep|leave|hold|take|rule|carve|strike|cut)\b/;

/**
 * Reads places joined after the particle of "keep ... out" with "and anything in", to the end of the sentence, as
 * excluded markets like what was kept out before them.
 */
function readPlacesJoinedAfterAParticle(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(PLACES_JOINED_AFTER)) {
    if (!PARTICLE_BEFORE.test(text.lower.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (!KEEPING_VERB.test(text.lower.slice(sentenceStartBefore(text, match.index), match.index))) continue;
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    const tooLength = /^[^\S\n]*,?[^\S\n]*(?:too|as\s+well)\b/.exec(text.lower.slice(list.end))?.[0].length ?? 0;
    if (!SENTENCE_ENDS.test(text.lower.slice(list.end + tooLength))) continue;
    if (
      !list.items.every(
        (item) => item.match !== null && item.match !== undefined && item.match.item.kind !== 'asset' && item.match.item.kind !== 'type',
      )
    )
      continue;
    text.claim(match.index, list.end + tooLength);
    lists.exclusionEnds.push(list.end + tooLength);
    ruleOutList(lists, text, from, list.end, list);
  }
}

/**
 * A chat line that is nothing but one more building joined with "and" to an exclusion on an earlier line: "[10:45]
 * sara: exclude Secaucus, Mesa and Marietta stores" ... "[10:47] sara: and the HQ, obviously". The speaker adds to the
 * list ruled out; a line with a verb of its own ("and the HQ can go") is left to the other readers. The group `label`
 * is the line's time and speaker.
 */
const CHAT_LINE_JOINED =
  /^(?<label>[^\S\n]*(?:\[[^\]\n]{1,12}\][^\S\n]*)?[a-z][\w.'-]{0,20}:[^\S\n]*)(?:and|plus)[^\S\n]+(?:also[^\S\n]+)?(?=the[^\S\n])/gm;

/** What may close such a line after its building: "obviously", "too", "as well", "of course", "please". */
const CHAT_LINE_ENDS = /^[^\S\n]*,?[^\S\n]*(?:(?:obviously|too|as\s+well|also|of\s+course|please|naturally)[^\S\n]*)?[.!]?[^\S\n]*(?:\n|$)/;

/** Reads a chat line that joins one more building to an exclusion on an earlier line ("and the HQ, obviously"). */
function readChatLinesJoinedToAnExclusion(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(CHAT_LINE_JOINED)) {
    const lineStart = match.index + (match.groups?.['label']?.length ?? 0);
    if (!lists.exclusionEnds.some((end) => end < match.index)) continue;
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !text.isFree(lineStart, list.end)) continue;
    const close = CHAT_LINE_ENDS.exec(text.lower.slice(list.end));
    if (close === null) continue;
    if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) continue;
    const end = list.end + close[0].trimEnd().length;
    text.claim(lineStart, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, from, list.end, list);
  }
}

/** Reads named buildings joined after an exclusion's closing particle, to the end of the sentence, as ruled out too. */
export function readExclusionsContinuedAfterAParticle(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  readPlacesJoinedAfterAParticle(text, vocabulary, lists);
  readChatLinesJoinedToAnExclusion(text, vocabulary, lists);
  for (const match of text.freeMatches(JOINED_AFTER)) {
    const previous = lists.exclusionEnds.filter((end) => end <= match.index).sort((left, right) => right - left)[0];
    if (previous === undefined || !PARTICLE_BETWEEN.test(text.lower.slice(previous, match.index))) continue;
    if (!PARTICLE_BEFORE.test(text.lower.slice(Math.max(0, match.index - 12), match.index))) continue;
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null) continue;
    // "And the research lab in Dublin, Ohio.": the last building placed by its own state after a comma ends it too.
    const end = list.end + (stateOfLastBuilding(text, list, vocabulary) ?? 0);
    // The state may be claimed already, as where a building stands; the words up to the list's end must be free.
    if (!SENTENCE_ENDS.test(text.lower.slice(end)) || !text.isFree(match.index, list.end)) continue;
    if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, from, list.end, list);
  }
}
