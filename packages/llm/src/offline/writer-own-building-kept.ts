import type { BriefText } from './brief-text.js';
import type { ListItem } from './read-place-list.js';
import { readList } from './read-place-list.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// A writer who runs one building and asks, in the first person, that it be kept: "I manage the Joliet DC ... please
// don't put my building on the list", "Pasadena packaging plant here - please don't include us", "Ontario DC site
// lead here. Our automated DC is worth the most and I'd keep it", "Cicero plant manager here. ... I'm asking that it
// isn't [sold]". The building the writer names as their own is the one "my building", "us" or "it" stands for; the
// writer's building alone, with no such order, asks for nothing ("I manage the Mesa parts store; sell it if you like").

/**
 * Words that introduce the building the writer runs, the building right after them: "I manage the", "I run our",
 * "I look after the", "I'm in charge of the", "I'm the site lead at the", "Plant lead, " (a title and a comma).
 */
const WRITER_RUNS = new RegExp(
  String.raw`\bi\s+(?:manage|run|oversee|lead|head(?:\s+up)?|look\s+after|work\s+(?:at|in))\s+(?:the\s+|our\s+)?` +
    String.raw`|(?:\bi['\u2019]m|\bi\s+am)\s+(?:in\s+charge\s+of|responsible\s+for)\s+(?:the\s+|our\s+)?` +
    String.raw`|(?:\bi['\u2019]m|\bi\s+am)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}(?:manager|lead|leader|head|director|supervisor|gm)\s+(?:at|of|for)\s+(?:the\s+|our\s+)?`,
  'g',
);

/**
 * A building opening a line or a sentence, then who speaks for it and "here": "Cicero plant manager here", "Ontario DC
 * site lead here", "Pasadena packaging plant here". Only the opening is matched; the building is read from it.
 */
const BUILDING_HERE_OPENING = /(?:^|[\n.!?][^\S\n]*|\b(?:hi|hello|hey)\b[\s,!.\u2013\u2014-]*)(?=[a-z])/g;
/** What follows the building in "... plant manager here": a role (and the building's kind before it), then "here". */
const ROLE_HERE =
  /^(?:[^\S\n]+(?:site|plant|building|dc|warehouse|office|store|lab|hub|facility))?(?:[^\S\n]+(?:general\s+)?(?:manager|lead|leader|head|director|supervisor|gm|team))?[^\S\n]+here\b/;

/** The writer's own building, or the writer's people in it: "my building", "our site", "us", "it". */
const SELF = String.raw`(?:(?:my|our)\s+(?:own\s+)?(?:building|site|plant|dc|facility|warehouse|office|store|lab|location|hub|shop|team)|us|it)`;
/**
 * What may close the order after its object: the list or the sale it stays off ("on the list", "in the program"), then
 * the clause's end, a spaced dash, or a courtesy ("please", "thanks"). "Keep it simple" or "sell it short" run on.
 */
const AFTER_SELF = String.raw`(?:\s+(?:on|in|into|from|out\s+of|off)\s+(?:the|this|that)\s+(?:list|program(?:me)?|sale|deal|pool|round|transaction|package|perimeter))?(?=\s*(?:[.;,!?)\n]|$)|\s[-\u2013\u2014]\s|\s+(?:please|either|though|thanks)\b)`;

/**
 * The first-person orders that keep the writer's building: "please don't put my building on the list", "please don't
 * include us", "keep us out", "leave my site off", "I'd keep it", "I'm asking that it isn't", "exclude my plant".
 */
const KEEP_SELF = new RegExp(
  String.raw`\b(?:(?:please\s+)?(?:don['\u2019]?t|do\s+not|never)\s+(?:put|include|sell|touch|list|add|count|offer|market)\s+${SELF}${AFTER_SELF}` +
    String.raw`|(?:please\s+)?(?:keep|leave|take|hold)\s+${SELF}\s+(?:out|off|back)\b` +
    String.raw`|(?:please\s+)?(?:exclude|spare|skip)\s+${SELF}${AFTER_SELF}` +
    String.raw`|(?:i['\u2019]d|i\s+would|we['\u2019]d|we\s+would|i\s+want\s+to|we\s+want\s+to|we\s+should|we\s+must)\s+(?:keep|hold\s+on\s+to|retain)\s+${SELF}(?=\s*(?:[.;!?\n]|$))` +
    String.raw`|(?:i['\u2019]m|i\s+am|we['\u2019]re|we\s+are)\s+asking\s+that\s+${SELF}\s+(?:isn['\u2019]?t|is\s+not|not\s+be|won['\u2019]?t\s+be|be\s+(?:excluded|kept|left\s+out|spared))\b)`,
  'g',
);

/** How far after the writer's building its order may stand: a short note's first few sentences. */
const ORDER_REACH = 400;

/** The one building a list names, or null: "the Joliet DC", "Cicero plant", "Pasadena packaging plant". */
function oneBuilding(item: ListItem | undefined): string | null {
  if (item === undefined) return null;
  if (item.assetId !== null) return item.assetId;
  const named = item.match?.item;
  return named?.kind === 'asset' && named.assetIds.length === 1 ? (named.assetIds[0] ?? null) : null;
}

/** The buildings the writer says they run, each with where its words stand. */
function writerBuildings(text: BriefText, vocabulary: PlaceVocabulary): { start: number; end: number; id: string }[] {
  const found: { start: number; end: number; id: string }[] = [];
  const take = (start: number, requireHere: boolean): void => {
    const list = readList(text, start, vocabulary, true);
    const first = list?.items[0];
    const id = oneBuilding(first);
    if (list === null || first === undefined || id === null || list.items.length !== 1) return;
    if (requireHere) {
      const role = ROLE_HERE.exec(text.lower.slice(first.end));
      if (role === null) return;
      found.push({ start, end: first.end + role[0].length, id });
    } else found.push({ start, end: first.end, id });
  };
  for (const match of text.lower.matchAll(WRITER_RUNS)) take((match.index ?? 0) + match[0].length, false);
  // "here" after a building is rare; the openings are read only when it is written.
  if (/\bhere\b/.test(text.lower))
    for (const match of text.lower.matchAll(BUILDING_HERE_OPENING)) take((match.index ?? 0) + match[0].length, true);
  return found;
}

/**
 * True when what the brief names between the writer's building and "it" leaves "it" standing for that building: no
 * other building, no other type and no place still free is named between (a place another reader has claimed as
 * background, "the most valuable thing we own in California", may be).
 */
function itStandsForTheBuilding(text: BriefText, from: number, to: number, id: string, vocabulary: PlaceVocabulary): boolean {
  const ownType = vocabulary.assets.find((asset) => asset.asset_id === id)?.asset_type;
  // Read word by word whatever other readers have claimed: a building described in passing ("The Edison warehouse is
  // old") is still the nearer thing "it" may stand for.
  for (let start = from; start < to; start += 1) {
    if (start > from && /[a-z0-9]/.test(text.lower[start - 1] ?? '')) continue;
    const named = vocabulary.matchAt(text.lower, start, true, text.source);
    if (named === null || named.end > to) continue;
    const item = named.item;
    if (item.kind === 'asset' && !item.assetIds.includes(id)) return false;
    // "I run the Tempe Office. Dallas is fine. ... exclude it": a place no other reader has set aside is nearer.
    if ((item.kind === 'market' || item.kind === 'metro' || item.kind === 'state') && text.isFree(named.start, named.end)) return false;
    if (item.kind === 'type' && item.assetType !== ownType) return false;
    start = named.end - 1;
  }
  return true;
}

/**
 * Reads the writer's own building ruled out by a first-person order that stands for it ("I manage the Joliet DC ...
 * please don't put my building on the list"), claiming the building's words and the order.
 */
export function readWriterOwnBuildingKept(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const buildings = writerBuildings(text, vocabulary);
  if (buildings.length === 0) return;
  for (const order of text.freeMatches(KEEP_SELF)) {
    const end = order.index + order[0].length;
    if (!text.isFree(order.index, end)) continue;
    // The nearest building the writer named as theirs before the order, within a few sentences.
    const building = buildings.filter((one) => one.end <= order.index && order.index - one.end <= ORDER_REACH).at(-1);
    if (building === undefined) continue;
    // "it" may stand for another building named since; "my building" and "us" cannot.
    const self = /\b(?:my|our)\s|\bus\b/.test(order[0]) ? 'the writer' : 'it';
    if (self === 'it' && !itStandsForTheBuilding(text, building.end, order.index, building.id, vocabulary)) continue;
    const list = readList(text, building.start, vocabulary, true);
    if (list === null) continue;
    text.claim(building.start, building.end);
    text.claim(order.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, building.start, list.end, list, list.items.slice(0, 1));
  }
}
