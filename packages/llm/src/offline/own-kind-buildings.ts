import type { AssetType } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { assetsNamedWith } from './described-assets.js';
import { NOT_WILLING, RULED_OUT } from './exclusion-words.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * "Plant manager, Kearny. Please don't sell our plant.", "I run the Pasadena Packaging Plant ... leave my plant out of
 * it", "Cicero Main Plant manager ... My plant is not for sale", "Leave Cicero out of it, that plant stays owned": a
 * building of one kind said to be the writer's own ("my plant", "our warehouse") or pointed at ("that plant") is one
 * building, never the whole type. Ruled out, it is the one building of that kind the brief names; it is never read
 * as its type either way ("my plant is 0.85, so that covers us").
 */

/** The kinds of building a writer calls their own, with the type each names. */
const KIND_TYPES: ReadonlyArray<readonly [RegExp, AssetType]> = [
  [/^plant$/, 'manufacturing'],
  [/^warehouse$/, 'warehouse'],
  [/^(?:store|shop)$/, 'retail'],
  [/^office$/, 'office'],
  [/^lab$/, 'lab'],
  [/^(?:dc|hub|distribution\s+cent(?:er|re))$/, 'distribution_center'],
  [/^data\s+cent(?:er|re)$/, 'data_center'],
];

/**
 * "my plant", "our store", "that warehouse": one building of a kind, singular, not a possessive ("our office's call",
 * which is a team) nor the head of a longer noun ("my plant manager").
 */
const OWN_KIND =
  /\b(?<owner>my|our|that|this)\s+(?<kind>plant|warehouse|store|shop|office|lab|dc|hub|distribution\s+cent(?:er|re)|data\s+cent(?:er|re))(?![a-z'\u2019-])(?!\s+(?:manager|team|staff|people|employees|workers|director|lead|head|crew)\b)/g;

/** Words before the building that rule it out: "please don't sell", "exclude", "leave out", "hold back". */
const ORDER_BEFORE = new RegExp(
  String.raw`(?:\b(?:${NOT_WILLING})\s+(?:sell|touch|include|divest|list)|\bexclud(?:e|ing)|\b(?:skip|drop|spare|protect|retain|remove|avoid|(?:leav(?:e|ing)|keep(?:ing)?|rul(?:e|ing)|tak(?:e|ing)|carv(?:e|ing))\s+out|hold(?:ing)?\s+back|set(?:ting)?\s+aside))\s+$`,
);
/** "leave my plant out of it", "keep our warehouse off the list": the verb before, the particle after. */
const KEEP_BEFORE = /\b(?:leave|keep|hold)\s+$/;
const PARTICLE_AFTER = /^\s+(?:out\b(?:\s+of\s+(?:it|this|the\s+(?:sale|program(?:me)?|deal|list)))?|alone\b|off\s+the\s+list\b|back\b)/;
/** The verdict after the building: "my plant is not for sale", "that plant stays owned". */
const VERDICT_AFTER = new RegExp(String.raw`^\s+(?:${RULED_OUT})(?![a-z])`);

/** A word written with a capital, which may be a word of an asset's name ("Kearny", "Cicero", "Pasadena"). */
const CAPITALISED = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;

/**
 * The one asset of `type` the brief names by a word of its name ("the Kearny plant", "Cicero Main Plant manager"),
 * or null when it names none or several.
 */
export function namedAssetOfType(text: BriefText, vocabulary: PlaceVocabulary, type: AssetType): string | null {
  const named = new Set<string>();
  for (const match of text.source.matchAll(CAPITALISED)) {
    const ids = assetsNamedWith(vocabulary, [match[0].toLowerCase()], type);
    // A word of every name of the type ("Plant", "Warehouse") names none of them alone.
    if (ids.length === 1) named.add(ids[0] as string);
  }
  const [id] = [...named];
  return named.size === 1 && id !== undefined ? id : null;
}

/**
 * Reads "my plant", "our warehouse" and "that plant" as one building: ruled out ("don't sell our plant", "my plant is
 * not for sale"), it is the one building of that kind the brief names, excluded; merely mentioned ("my plant is
 * 0.85"), the words are claimed so that no type is read from them. A building ruled out with none of its kind named,
 * and "that" or "this" not ruled out, are left to the other readers.
 */
export function readOwnKindBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(OWN_KIND)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const kind = (match.groups?.['kind'] ?? '').replace(/\s+/g, ' ');
    const type = KIND_TYPES.find(([pattern]) => pattern.test(kind))?.[1];
    if (type === undefined) continue;
    const before = text.lower.slice(Math.max(0, match.index - 40), match.index);
    const after = text.lower.slice(end);
    const closing =
      (ORDER_BEFORE.test(before) ? /^/.exec(after) : null) ??
      (KEEP_BEFORE.test(before) ? PARTICLE_AFTER.exec(after) : null) ??
      VERDICT_AFTER.exec(after);
    const id = closing === null ? null : namedAssetOfType(text, vocabulary, type);
    const pointed = match.groups?.['owner'] === 'that' || match.groups?.['owner'] === 'this';
    // Ruled out with no building of the kind named, "exclude our lab" is left to the readers of types and assets.
    if ((pointed || closing !== null) && id === null) continue;
    text.claim(match.index, end + (id === null ? 0 : (closing?.[0].length ?? 0)));
    if (id === null) continue;
    lists.excluded.push({ match: null, assetId: id, start: match.index, end });
    lists.exclusionEnds.push(end + (closing?.[0].length ?? 0));
  }
}
