import { buildingLocatorEnd } from './building-locators.js';
import type { BriefText } from './brief-text.js';
import { buildingInSuperlativeScope } from './superlative-scope-places.js';
import {
  assetsNamedWith,
  bracketedAssetsOfType,
  countedAssetsOfType,
  describedNounEnd,
  nameWordsAt,
  buildingOfWorkDone,
  placeAsNamedAsset,
  placeBesideAssetsAsAsset,
} from './described-assets.js';
import { anotherOfType, mergeAdjacent, placeWithNameWords, sameTypeJoined, shareTheType } from './joined-list-items.js';
import { type PlaceList, RESTATED_IN_BRACKETS } from './list-asides.js';
import { cellListSeparator } from './list-cell-separators.js';
import {
  LIST_ENUMERATOR,
  LIST_FILLER,
  NEXT_NUMBERED_ITEM,
  REASON_BEFORE_NEXT_ASSET,
  readItem,
  SEPARATOR,
  skipSpaces,
} from './place-list-items.js';
import { HEADQUARTERS_WORDS, normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

export { assetNamedInFull, assetNamedWithType } from './asset-name-spans.js';

/**
 * Nouns after an item that belong to it ("Dallas sites", "Phoenix metro area"), and the building words after a type
 * ("warehouse boxes", "office space"), after a hyphened "area" ("Chicago-area sites"), and "itself" ("the headquarters
 * itself and the Carrollton data center"); never on the next line ("Market cap").
 */
export const TRAILING_NOUN =
  /^-area\b(?!\s+(?:sites?|assets?|properties|locations?|facilities|buildings?)\b)|^(?:-area)?[^\S\n]+(?:sites?|assets?|properties|markets?|metro(?:\s+area)?|metros|area|region|locations?|facilities|portfolio|state|operations|estate|buildings?|space|box(?:es)?|units|stock|itself|themselves)\b/;
const ONLY_AFTER = /^(?:\s+(?:sites?|assets?|properties|markets?|metros?))?\s+only\b/;
/** "outside", right before a list: "only" after that list limits the sale to what lies outside it. */
const OUTSIDE_BEFORE = /\boutside(?:\s+of)?(?:\s+the)?\s*$/;
/** A singular verb right after an item, which makes it the subject of a sentence of its own. */
const OWN_VERB = /^(?:\s+(?:sites?|assets?|properties|markets?|metro))?(?:'s\s|\s+(?:is|was|has|remains|stays|looks|seems|makes)\b)/;
/** A definite article or possessive right before a description: "the automated DCs", "our regional offices". */
const DEFINITE_BEFORE = /\b(?:the|our|its|their|both|those|these)\s+$/;
/** "the lab in Dublin", "the hub at Fairburn". */
const JOINED_BY_IN_OR_AT = /^\s+(?:in|at)\s+/;
/** A bracket of asset ids alone: "(COL-03)", "(DAL-05, DAL-02)". */
const BRACKETED_IDS = /^\s*\(\s*((?:[A-Z][A-Z0-9]*-[A-Z0-9]+)(?:\s*(?:,|&|\/|\band\b)\s*[A-Z][A-Z0-9]*-[A-Z0-9]+)*)\s*\)$/;
/** "the one in", "the one at" (after "the" is skipped as filler): another asset of the type just named. */
const ONE_IN = /^one\s+(?:in|at)\s+/;

/**
 * The one building of an item that names several ("the sortation hub", both hubs) whose name holds every word of the
 * bracket after it ("(Fairburn)"), or null: the bracket then says which building is meant.
 */
function assetNarrowedByBracket(bracket: string, item: ListItem, vocabulary: PlaceVocabulary): string | null {
  const ids = item.match?.item.kind === 'asset' ? item.match.item.assetIds : [];
  if (ids.length < 2) return null;
  const words = normalisePhrase(bracket.replace(/[()]/g, ' '))
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 3) return null;
  const named = assetsNamedWith(vocabulary, words).filter((id) => ids.includes(id));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** "either", "neither": a word before a type in the singular that means each of its buildings (anchored at the end). */
const EITHER_BEFORE = /\b(?:either|neither)\s+(?:of\s+(?:the|our)\s+)?$/;
/** ", all ", ", any of the ": a quantifier between a comma and the next item. */
const QUANTIFIED_BEFORE = /^\s*,\s*(?:and\s+)?(?:all|any)\s+(?:(?:of\s+)?(?:the|our)\s+)?$/;
/**
 * What may follow an item that ends it as an item, after a noun for buildings if any ("all manufacturing facilities"):
 * a comma, a semicolon, a bracket that restates it, "and", "or", the sentence's end.
 */
const ITEM_ENDS =
  /^(?:[^\S\n]+(?:facilit(?:y|ies)|sites?|buildings?|properties|assets|locations))?[^\S\n]*(?:[,;.(]|\band\b|\bor\b|\bplus\b|\n|$)/;

/** One item of a list in a brief: a vocabulary match (a place, type or asset name) or an asset id, with its span. */
export interface ListItem {
  readonly match: VocabularyMatch | null;
  readonly assetId: string | null;
  readonly start: number;
  readonly end: number;
}

/**
 * The items with each one `assetOf` names a single building for written as that building, or null when it names
 * none: how a list item found to stand for one asset ("its research lab", "Drop Fontana") is rewritten.
 */
export function itemsAsAssets(items: readonly ListItem[], assetOf: (item: ListItem) => string | null): ListItem[] | null {
  let changed = false;
  const rewritten = items.map((item) => {
    const assetId = assetOf(item);
    if (assetId === null) return item;
    changed = true;
    return { match: null, assetId, start: item.start, end: item.end };
  });
  return changed ? rewritten : null;
}

/**
 * The list of places, types and assets that starts at `from`: items joined by
 * commas, "and", "or", "+" and the like, adjacent names merged ("Port Newark
 * Sortation Hub"); null when no item starts there.
 */
export function readList(
  text: BriefText,
  from: number,
  vocabulary: PlaceVocabulary,
  allowIds: boolean,
  semicolons = false,
): PlaceList | null {
  const items: ListItem[] = [];
  const asides: { start: number; end: number }[] = [];
  let position = from;
  let end = from;
  let compound = false;
  let commaOnly = false;
  let afterComma = false;
  let separatorOnly = false;
  // Whether the list is numbered ("(i) ..., (ii) ..."): its items may then run on past a reason to the next number.
  let numbered = false;
  /** For each item, whether only a separator stands between it and the item before it. */
  const bare: boolean[] = [];
  for (;;) {
    let cursor = position;
    // "ex-Dallas": the hyphen belongs to the trigger.
    for (let filler = LIST_FILLER.exec(text.lower.slice(cursor)); filler !== null; filler = LIST_FILLER.exec(text.lower.slice(cursor))) {
      cursor += filler[0].length;
    }
    // "exclude (i) all properties in Georgia": the number of a numbered list's first item (or of a later one, once the
    // list is numbered: "(a) Dallas and (b) Houston"), then its own filler.
    const enumerator = items.length === 0 || numbered ? LIST_ENUMERATOR.exec(text.lower.slice(cursor)) : null;
    if (enumerator !== null) {
      numbered = true;
      cursor += enumerator[0].length;
      for (let filler = LIST_FILLER.exec(text.lower.slice(cursor)); filler !== null; filler = LIST_FILLER.exec(text.lower.slice(cursor))) {
        cursor += filler[0].length;
      }
    }
    cursor = skipSpaces(text.lower, cursor);
    if (cursor < text.lower.length && (text.lower[cursor] === '-' || text.lower[cursor] === ':'))
      cursor = skipSpaces(text.lower, cursor + 1);
    // Nothing but the separator before the item: "the Chandler and Carrollton data centers", not "Dallas and the Houston offices".
    if (cursor !== position) separatorOnly = false;
    // "the Groveport warehouse and the one in Elk Grove Village": "the one in" stands for another asset of the same type.
    const oneIn = allowIds && items.length > 0 ? ONE_IN.exec(text.lower.slice(cursor)) : null;
    if (oneIn !== null) {
      const there = readItem(text, cursor + oneIn[0].length, vocabulary, false);
      const previousItem = items[items.length - 1];
      const another = there === null || previousItem === undefined ? null : anotherOfType(previousItem, there, vocabulary);
      if (another === null) break;
      items.push({ ...another, start: cursor });
      bare.push(false);
      end = another.end;
      const next = SEPARATOR.exec(text.lower.slice(end));
      if (next === null) break;
      position = end + next[0].length;
      continue;
    }
    let item = readItem(text, cursor, vocabulary, allowIds) ?? (allowIds ? describedAsset(text, cursor, vocabulary) : null);
    if (item === null) {
      // "(1) HOU-01 and ATL-01, each subject to restrictions; (2) all properties in Illinois": a numbered list goes on
      // past the reason after its last item to the next number.
      const skipped = numbered && items.length > 0 && position > end ? NEXT_NUMBERED_ITEM.exec(text.lower.slice(end)) : null;
      // Once only: a number whose item is no place, type or asset ("(iii) any property carrying debt") ends the list.
      if (skipped === null || end + skipped[0].length <= position) break;
      const reasonEnd = end + skipped[0].lastIndexOf(';');
      if (reasonEnd > end) asides.push({ start: end, end: reasonEnd });
      position = end + skipped[0].length;
      afterComma = true;
      commaOnly = false;
      continue;
    }
    const named = allowIds && item.match !== null ? placeAsNamedAsset(text.lower, item.match, vocabulary) : null;
    if (named !== null) item = { ...item, match: named, end: Math.max(item.end, named.end) };
    else if (allowIds) item = placeWithNameWords(text, item, vocabulary) ?? item;
    if (
      allowIds &&
      item.match?.item.kind === 'type' &&
      HEADQUARTERS_WORDS.includes(normalisePhrase(text.lower.slice(item.start, item.end)))
    ) {
      // "except headquarters": the offices named so, not every office; without the assets it cannot be said.
      if (vocabulary.assets.length === 0) compound = true;
      else {
        const phrase = text.source.slice(item.start, item.end);
        item = {
          match: { item: { kind: 'asset', assetIds: vocabulary.headquartersIds(), phrase }, start: item.start, end: item.end },
          assetId: null,
          start: item.start,
          end: item.end,
        };
      }
    }
    const previous = items[items.length - 1];
    // After a bare comma only an item of the same kind continues the list:
    // "exclude Dallas, Houston" is one list, "exclude Dallas, warehouses only"
    // is an exclusion followed by a new clause.
    // "the Edison warehouse, the Newark office": a place that opens a named asset with the type after it is that asset.
    // "Excluded: New Jersey, California, all manufacturing facilities, and ...": an item of another kind that opens with
    // "all" or "any", or a building by name ("exclude Texas, the Kearny Legacy Plant, and ..."), and ends where an item
    // may (a comma, "and", the sentence's end) is one more item, not a new clause.
    const kindOfItem = opensNamedAsset(text, item, vocabulary) ?? item;
    if (
      previous !== undefined &&
      commaOnly &&
      categoryOf(previous) !== categoryOf(kindOfItem) &&
      !(
        (QUANTIFIED_BEFORE.test(text.lower.slice(previous.end, item.start)) || categoryOf(kindOfItem) === 'which') &&
        ITEM_ENDS.test(text.lower.slice(item.end))
      )
    )
      break;
    // "no labs and California sites only": an item followed by "only" starts an allow-list, not more exclusions.
    // "Buildings outside Arizona and Georgia only": after "outside", "only" closes the places ruled out, all of one kind.
    if (
      previous !== undefined &&
      ONLY_AFTER.test(text.lower.slice(item.end)) &&
      !(OUTSIDE_BEFORE.test(text.lower.slice(Math.max(0, from - 12), from)) && categoryOf(previous) === categoryOf(item))
    )
      break;
    // "exclude Dallas, and Houston is where we sell": after a comma, an item with a verb of its own starts a new
    // sentence (a singular verb, which a list of several items takes only without the comma: "data centers and labs is not approved").
    // A type in the plural cannot take that verb: "anything except offices, warehouses, and DCs is fine" runs on.
    const plural = item.match?.item.kind === 'type' && /s$/.test(text.lower.slice(item.start, item.end));
    if (previous !== undefined && afterComma && !plural && OWN_VERB.test(text.lower.slice(item.end))) break;
    const merged =
      previous !== undefined && previous.end === end
        ? (sameTypeJoined(text, previous, item) ?? mergeAdjacent(text, previous, item, vocabulary))
        : null;
    if (merged !== null) {
      items[items.length - 1] = merged;
      end = merged.end;
      if (item.match?.item.kind === 'type') shareTheType(text, items, bare, item, vocabulary);
    } else {
      // "Chicago offices" / "offices in Chicago" with the assets unknown: a market and a type written as one item.
      if (previous !== undefined && previous.end === end && isCompound(text, previous, item)) compound = true;
      items.push(item);
      bare.push(previous !== undefined && separatorOnly);
      end = item.end;
    }
    const trailing = TRAILING_NOUN.exec(text.lower.slice(end));
    if (trailing !== null) end += trailing[0].length;
    // "the Tolleson DC outside Phoenix": where a named building stands is part of its name.
    const placed = items[items.length - 1]?.match?.item;
    if (allowIds && placed?.kind === 'asset') end = buildingLocatorEnd(text, end, placed.assetIds, vocabulary) ?? end;
    // "both data centers (Carrollton and Chandler)": the bracket names which assets of the type are meant. So does one
    // after "either" or "neither" and the type in the singular: "either data center (Carrollton or Chandler)".
    const last = items[items.length - 1];
    const kind = last?.match?.item;
    const bracketed =
      allowIds &&
      last !== undefined &&
      kind?.kind === 'type' &&
      (/s$/.test(text.lower.slice(last.start, last.end)) || EITHER_BEFORE.test(text.lower.slice(Math.max(0, last.start - 12), last.start)))
        ? (bracketedAssetsOfType(text.lower, end, kind.assetType, vocabulary) ??
          countedAssetsOfType(text.lower, last.start, end, kind.assetType, vocabulary))
        : null;
    if (last !== undefined && bracketed !== null) {
      const phrase = text.source.slice(last.start, last.end);
      items[items.length - 1] = {
        ...last,
        match: { item: { kind: 'asset', assetIds: bracketed.ids, phrase }, start: last.start, end: last.end },
      };
      end = bracketed.end;
    }
    // "Tempe Office (PHX-03)", "DAL-01, ATL-01 (our HQ and two hubs)": a bracket after a ruled-out item restates it.
    const restated = allowIds ? RESTATED_IN_BRACKETS.exec(text.lower.slice(end)) : null;
    if (restated !== null) {
      // "the lab (COL-03)": ids in the bracket say which assets the words before it name.
      const ids = BRACKETED_IDS.exec(text.source.slice(end, end + restated[0].length));
      const last = items[items.length - 1];
      const narrowed =
        ids === null && last !== undefined
          ? assetNarrowedByBracket(text.lower.slice(end, end + restated[0].length), last, vocabulary)
          : null;
      if (ids !== null && last !== undefined && last.assetId === null) {
        const assetIds = (ids[1] ?? '').split(/\s*(?:,|&|\/|\band\b)\s*/).filter((id) => id !== '');
        const phrase = text.source.slice(last.start, last.end);
        items[items.length - 1] = { ...last, match: { item: { kind: 'asset', assetIds, phrase }, start: last.start, end: last.end } };
      } else if (narrowed !== null && last !== undefined) {
        // "Sortation hub (Fairburn)": words of one building's name in the bracket say which of the buildings is meant.
        const phrase = text.source.slice(last.start, last.end);
        items[items.length - 1] = {
          ...last,
          match: { item: { kind: 'asset', assetIds: [narrowed], phrase }, start: last.start, end: last.end },
        };
      } else asides.push({ start: end, end: end + restated[0].length });
      end += restated[0].length;
    }
    const lastItem = items[items.length - 1];
    const reason =
      allowIds && (lastItem?.assetId !== null || lastItem?.match?.item.kind === 'asset')
        ? REASON_BEFORE_NEXT_ASSET.exec(text.lower.slice(end))
        : null;
    if (reason !== null) {
      asides.push({ start: end, end: end + reason[0].length });
      end += reason[0].length;
    }
    // A label's ids may run on with colons too: a cell's "DAL-01|CHI-02" is restated "DAL-01:CHI-02".
    const separator =
      SEPARATOR.exec(text.lower.slice(end)) ??
      (semicolons ? /^\s*;\s*|^\s*:\s*(?=[a-z]{2,4}-\d)/.exec(text.lower.slice(end)) : null) ??
      // "Excluded markets   Atlanta; Newark": a cell's list joined by semicolons or bars.
      cellListSeparator(text.source, end);
    // "Chicago's Joliet DC": a market's possessive joins it to the asset after it.
    // Never across a line: "Exclude Houston" then "Chicago" on the next row of a table are two statements.
    const adjacent = /^(?:['\u2019]s)?[^\S\n]+(?:in\s+|at\s+)?/.exec(text.lower.slice(end));
    commaOnly = separator !== null && /^\s*[,;]\s*$/.test(separator[0]);
    afterComma = separator !== null && /[,;]/.test(separator[0]);
    separatorOnly = separator !== null;
    // "(i) Georgia, given the dispute; (ii) the Edison Warehouse": the reason is an aside, the next number goes on.
    const nextNumbered = separator === null && numbered ? NEXT_NUMBERED_ITEM.exec(text.lower.slice(end)) : null;
    if (nextNumbered !== null) {
      const reasonEnd = end + nextNumbered[0].lastIndexOf(';');
      if (reasonEnd > end) asides.push({ start: end, end: reasonEnd });
      afterComma = true;
      commaOnly = false;
    }
    if (separator !== null) position = end + separator[0].length;
    else if (nextNumbered !== null) position = end + nextNumbered[0].length;
    else if (adjacent !== null && readItem(text, end + adjacent[0].length, vocabulary, false) !== null) position = end + adjacent[0].length;
    else break;
  }
  if (items.length === 0) return null;
  // "keep Ontario and Fontana out": beside an asset, a place that opens one asset's name is that asset.
  if (allowIds && items.some((item) => item.assetId !== null || item.match?.item.kind === 'asset'))
    for (const [index, item] of items.entries()) {
      const named = item.match === null ? null : placeBesideAssetsAsAsset(text.lower, item.match, vocabulary);
      if (named !== null) items[index] = { ...item, match: named };
    }
  return { items, end, compound, asides };
}

/**
 * "the packaging plant", "the rail-served distribution center", "the regional office": words of asset names before
 * a type (or an asset's name) describe the assets of that type whose names hold them; null when none does.
 */
function describedAsset(text: BriefText, cursor: number, vocabulary: PlaceVocabulary): ListItem | null {
  // "the building where we do the packaging": a building named by the work done in it.
  const worked = buildingOfWorkDone(text.lower, cursor, vocabulary);
  if (worked !== null && text.isFree(cursor, worked.end)) return { match: worked, assetId: null, start: cursor, end: worked.end };
  const described = nameWordsAt(text.lower, cursor, vocabulary);
  if (described === null) return null;
  const next = readItem(text, skipSpaces(text.lower, described.end), vocabulary, false);
  const named = next?.match?.item;
  let ids: string[];
  let end: number;
  if (next === null || named === undefined) {
    // "the packaging facility": a noun for any asset after the words; "the Sortation Hub in Fairburn": "in" or "at"
    // and a word of the name of one of the assets the words describe.
    const noun = describedNounEnd(text.lower, described);
    const joiner = noun === null || noun.end === described.end ? JOINED_BY_IN_OR_AT.exec(text.lower.slice(described.end)) : null;
    const place = joiner === null ? null : readItem(text, described.end + joiner[0].length, vocabulary, false);
    const placed = place?.match?.item.kind === 'asset' ? place.match.item.assetIds : null;
    if (noun === null && (place === null || placed === null)) return null;
    ids = assetsNamedWith(vocabulary, noun?.words ?? described.words).filter((id) => placed === null || placed.includes(id));
    end = placed !== null ? (place?.end ?? described.end) : (noun?.end ?? described.end);
  } else if (named.kind === 'type') {
    // "storage warehouses" is a kind; "the automated DCs", "the storage warehouses" are the assets so named;
    // "our storage warehouses" naming one at most are the kind.
    ids = assetsNamedWith(vocabulary, described.words, named.assetType);
    const plural = /s$/.test(text.lower.slice(next.start, next.end));
    const at = text.lower.slice(Math.max(0, cursor - 10), cursor);
    if (plural && (ids.length < (/\bthe\s+$/.test(at) ? 1 : 2) || !DEFINITE_BEFORE.test(at)))
      return next.match === null || !text.isFree(cursor, next.end)
        ? null
        : { ...next, match: { ...next.match, start: cursor }, start: cursor };
    end = next.end;
    // "Our automated DC is the most valuable thing we own in California": one of the two, by the place praised in.
    const scoped = !plural && ids.length > 1 ? buildingInSuperlativeScope(text, vocabulary, end, ids) : null;
    if (scoped !== null) ids = [scoped];
  } else if (named.kind === 'asset') {
    const withWords = assetsNamedWith(vocabulary, described.words);
    ids = named.assetIds.filter((id) => withWords.includes(id));
    end = next.end;
  } else return null;
  if (ids.length === 0 || !text.isFree(cursor, end)) return null;
  const phrase = text.source.slice(cursor, end);
  return { match: { item: { kind: 'asset', assetIds: ids, phrase }, start: cursor, end }, assetId: null, start: cursor, end };
}

/**
 * An asset described in words at `index`, outside any exclusion: "the packaging plant", "the research lab in
 * Dublin" (a type, then "in" or "at" and a word of one of its assets' names). Where it ends, or null. A type in a
 * market ("warehouses in Dallas") is no such description.
 */
export function describedAssetEnd(text: BriefText, index: number, vocabulary: PlaceVocabulary): number | null {
  if (vocabulary.assets.length === 0) return null;
  const described = describedAsset(text, index, vocabulary);
  if (described?.match?.item.kind === 'asset') return described.end;
  const type = vocabulary.matchAt(text.lower, index, false, text.source);
  if (type?.item.kind !== 'type') return null;
  const assetType = type.item.assetType;
  // "the research lab in Dublin": two words of one type are one description.
  let typeEnd = type.end;
  const space = /^\s+/.exec(text.lower.slice(typeEnd));
  const again = space === null ? null : vocabulary.matchAt(text.lower, typeEnd + space[0].length, false, text.source);
  if (again?.item.kind === 'type' && again.item.assetType === assetType) typeEnd = again.end;
  const joiner = JOINED_BY_IN_OR_AT.exec(text.lower.slice(typeEnd));
  if (joiner === null) return null;
  const place = readItem(text, typeEnd + joiner[0].length, vocabulary, false);
  const ofType = (id: string) => vocabulary.assets.some((asset) => asset.asset_id === id && asset.asset_type === assetType);
  if (place?.match?.item.kind !== 'asset' || !place.match.item.assetIds.some(ofType) || !text.isFree(index, place.end)) return null;
  return place.end;
}

/**
 * "the Newark office", "the Houston warehouse": a place with a singular type right after it, which together name the
 * one asset of that type there; null when they do not.
 */
function opensNamedAsset(text: BriefText, item: ListItem, vocabulary: PlaceVocabulary): ListItem | null {
  const kind = item.match?.item.kind;
  if (kind !== 'market' && kind !== 'state' && kind !== 'metro') return null;
  const next = readItem(text, skipSpaces(text.lower, item.end), vocabulary, false);
  if (next?.match?.item.kind !== 'type' || /s$/.test(text.lower.slice(next.start, next.end))) return null;
  const merged = mergeAdjacent(text, item, next, vocabulary);
  return merged?.match?.item.kind === 'asset' && merged.match.item.assetIds.length === 1 ? merged : null;
}

/** Places say where not to sell, asset types what, assets (by id or name) which. */
function categoryOf(item: ListItem): 'where' | 'what' | 'which' {
  if (item.assetId !== null || item.match?.item.kind === 'asset') return 'which';
  return item.match?.item.kind === 'type' ? 'what' : 'where';
}

function isCompound(text: BriefText, previous: ListItem, next: ListItem): boolean {
  const between = text.lower.slice(previous.end, next.start);
  if (/[,&/]|\b(?:and|or|nor|plus)\b/.test(between)) return false;
  const kinds = [previous.match?.item.kind, next.match?.item.kind];
  const hasType = kinds.includes('type');
  const hasPlace = kinds.some((kind) => kind === 'market' || kind === 'metro' || kind === 'state');
  return hasType && hasPlace;
}
