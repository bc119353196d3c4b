import type { PlaceVocabulary } from './place-vocabulary.js';
import type { TextEdit } from './restated-brief.js';

/*
 * Lists of buildings ruled out, written in shapes the list reader does not take as they stand, restated in the shape
 * it does:
 *
 * (Numbered items of an exclusion list, "Exclusions: (1) ...; (2) ...", are the list reader's: `read-place-list.ts`.)
 *
 * - an asset id typed in lower case ("exclude hou-03 and chi-03") or scanned with a capital O for its zero ("NWK-O3"):
 *   the id in capitals with its digits, but only when it is the id of a building in the portfolio, so that "a-12",
 *   "q3-24" or "ABC-OK" stays what it was;
 * - two places or more sharing one plural type word ("the Chandler and Carrollton data centers", "the Plano, Marietta
 *   and Mesa parts stores"): each place with the type word in the singular ("the Chandler data center and the
 *   Carrollton data center"), the way each is named alone;
 * - a plural type word, "by name", then the places that name its buildings ("exclude the data centers by name:
 *   Carrollton and Chandler"): each place with the type word in the singular, as for a pair;
 * - "and also" between two buildings after an order that rules out ("exclude the Dallas HQ and also the ..."):
 *   a plain "and", so the list goes on past it;
 * - "minus" before a building the portfolio holds ("Arizona only, minus the Chandler data center"): "excluding";
 * - a wish that none of a kind "were sold" ("we'd really rather none of the plants were sold"): "none of the plants
 *   should be sold", the order it stands for;
 * - a heading that names what follows as kept ("The keepers: the HQ, the Baytown cold storage warehouse,
 *   Rickenbacker."): "Keep:", the label the list reader takes as ruling its list out;
 * - "the Marietta one" after a building of a kind ("I'd keep the Plano Parts Counter" then "and the Marietta one too"): the
 *   building of that kind whose name opens with the town ("the Marietta Parts Store"), when there is exactly one;
 * - a line headed "OUT:" before buildings by name ("OUT: Houston Regional Office; Schaumburg Office"): "Exclude:";
 * - the writer's own buildings named after a comma ("skip our two solar-retrofit sites, Fontana Warehouse and
 *   Edison Warehouse", "Our plant, the Cicero Main Plant, needs to stay out"): the names alone, the words before them
 *   and a comma that closes them dropped, so the order reaches the names;
 * - a second subject that takes the first one's order by ellipsis ("the Cicero Main Plant needs to stay out, and
 *   frankly all the factories should"): the order said again after it ("... should stay out"), and one after "as"
 *   and a modal ("must be excluded, as must the Pasadena plant"): "and the Pasadena plant must be excluded"; and a
 *   kind opened by "all" after "leave ... out, and" ("Leave my plant out, and honestly all the plants"): "leave all
 *   the plants out";
 * - a chat's "are the plants in or out?" answered "out" on the next line: "the plants are out", so that the "in" of
 *   the question is not read as asking for them.
 */

/**
 * An asset id typed in lower case, or scanned with a capital O for a zero ("NWK-O3"): two or three letters, a hyphen,
 * two or three digits or O's.
 */
const LOWER_CASE_OR_SCANNED_ID = /\b(?:[a-z]{2,3}-[\dOo]{2,3}|[A-Z]{2,3}-\d?[Oo][\dOo]{0,2})\b/g;

/** The plural type words a pair of places may share, each with its singular. */
const PLURAL_TYPE_WORDS: Readonly<Record<string, string>> = {
  'data centers': 'data center',
  'data centres': 'data centre',
  'distribution centers': 'distribution center',
  'distribution centres': 'distribution centre',
  dcs: 'DC',
  plants: 'plant',
  warehouses: 'warehouse',
  offices: 'office',
  labs: 'lab',
  stores: 'store',
  'parts stores': 'parts store',
};

/**
 * "the Chandler and Carrollton data centers", "the Plano, Marietta and Mesa parts stores": two to six place words,
 * the last joined by "and", before a plural type word. Each word must open the name of a building of that type, so
 * that "the old and new warehouses" names no building.
 */
const PAIR_SHARING_A_TYPE = new RegExp(
  String.raw`\b(?<article>the|our|both)\s+(?<first>[A-Z][a-z]+)(?<middle>(?:\s*,\s*[A-Z][a-z]+){0,4})\s*,?\s+and\s+(?<second>[A-Z][a-z]+)\s+(?<plural>${Object.keys(
    PLURAL_TYPE_WORDS,
  )
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(' ', String.raw`\s+`))
    .join('|')})\b`,
  'gi',
);

/**
 * "the data centers by name: Carrollton and Chandler": a plural type word, "by name", then the places that name each
 * building of that type (up to six, joined by commas, "and" or "&").
 */
const TYPE_THEN_NAMES = new RegExp(
  String.raw`\b(?:the|our|both|all\s+the)\s+(?<plural>${Object.keys(PLURAL_TYPE_WORDS)
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(' ', String.raw`\s+`))
    .join('|')}),?\s+by\s+name\s*(?::|,|\s-)\s*(?<names>[A-Z][a-z]+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z][a-z]+){0,5})\b`,
  'gi',
);

/** "exclude the Dallas HQ and also the ...": "and also" inside the sentence of an order that rules out. */
const AND_ALSO_AFTER_AN_EXCLUSION =
  /\b(?:exclude|excluding|leave\s+out|keep\s+out|skip|rule\s+out)\b[^.;!?\n]{1,60}?\b(?<joint>and\s+also)\s+(?=the\s)/gi;

/**
 * The headquarters, by any of its names ("HQ", "headquarters", "head office"), ending the name: "the HQ costs" is no
 * building.
 */
const HEADQUARTERS = /^(?:hq|headquarters|head\s+office)(?:$|\s+(?:and|or|plus|too|please)\b)/i;

/** "minus the Chandler data center": "minus" before "the" and a name, the name checked against the vocabulary. */
const MINUS_BEFORE_A_BUILDING = /\bminus\s+(?=the\s+(?<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}))/gi;

/** "we'd really rather none of the plants were sold": the wish, then what it names, then "were sold". */
const NONE_WISHED_SOLD =
  /\b(?:(?:we|i)(?:['\u2019]d|\s+would)\s+(?:really\s+|much\s+|honestly\s+)?(?:rather|prefer)\s+(?:that\s+)?)?none\s+of\s+(?<named>(?:the|our)\s+[a-z][a-z -]{0,30}?)\s+(?:were|was|got|get)\s+sold\b/gi;

/** "are the plants in or out?" then, on the next line after a speaker's name, "out". */
const ASKED_IN_OR_OUT_ANSWERED_OUT =
  /\b(?:are|is)\s+(?<subject>(?:the|our)\s+(?<named>[a-z][a-z -]{0,30}?))\s+in\s+or\s+out[^\S\n]*\?(?=[^\S\n]*\n[^\S\n]*(?:[a-z][a-z'-]{0,15}(?:[^\S\n]+\d{1,2}:\d{2})?[^\S\n]*:[^\S\n]*)?out\b(?![^\S\n]*(?:of|for|\?)))/gi;

/** "The keepers:", "Keepers -", "Sites to keep:" opening a line or a sentence, before its list. */
const KEEPERS_HEADING =
  /(?<=^|\n|[.!?][^\S\n]+)[^\S\n]*(?:the\s+|our\s+)?(?:keepers|(?:sites|buildings|assets|properties)\s+(?:to|we)\s+keep|(?:sites|buildings|assets|properties)\s+(?:we['\u2019]re|we\s+are)\s+keeping)[^\S\n]*(?::|[\u2013\u2014]|\s-\s)/gi;

/**
 * "OUT:", "• Out -": a line's heading of the one word "out" (after a bullet, if any), before the buildings it keeps out
 * of the sale; the heading's other half ("IN: offices, warehouses") is read as it stands.
 */
/** "the Marietta one": a town written with a capital, then "one" standing for a building of a kind named before. */
const TOWN_ONE = /\bthe\s+(?<town>[A-Z][a-z]{2,20})\s+one\b/g;

const OUT_HEADING = /^(?<lead>[^\S\n]*(?:[-*\u2022\u2013][^\S\n]*)?)out[^\S\n]*(?::|[\u2013\u2014]|\s-\s)[^\S\n]*/gim;

/**
 * "our two solar-retrofit sites, ", "Our plant, ": "our" (or "my"), a count, up to two describing words and a noun
 * for buildings, then a comma; the names must follow.
 */
const OWN_BUILDINGS_BEFORE_NAMES =
  /\b(?:our|my)\s+(?:(?:one|two|three|four|five|\d)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:sites?|buildings?|plants?|facilit(?:y|ies)|propert(?:y|ies)|warehouses?|offices?|labs?|stores?|locations?)[^\S\n]*,[^\S\n]*/gi;

/** What may follow the last name of such a list to close it with a comma: a verb of the sentence. */
const VERB_AFTER_CLOSING_COMMA =
  /^,[^\S\n]*(?=(?:needs?|must|should|has|have|is|are|stays?|remains?|will|can|cannot|can['\u2019]t|won['\u2019]t|shouldn['\u2019]t|mustn['\u2019]t)\b)/i;

/**
 * "needs to stay out, and frankly all the factories should.": an order to keep out, then in the same sentence a
 * subject and a bare modal that ends the clause.
 */
const ORDER_TAKEN_BY_ELLIPSIS =
  /\b(?:needs?\s+to|must|should|has\s+to|have\s+to)\s+(?<order>(?:stay|be\s+kept|be\s+left|remain)\s+out|be\s+excluded)\b[^.;!?\n]{0,40}?(?:,\s*|\s)and\s+(?:(?:frankly|honestly|really|probably|ideally)[,\s]+)?(?<subject>(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?<named>[a-z][a-z -]{0,30}?))\s+(?:should|must|need\s+to|ought\s+to)(?=(?:,?\s*too|\s+as\s+well)?\s*(?:[.;!]|$))/gi;

/**
 * "must be excluded, as must the Pasadena plant", "needs to stay out, as should the labs": an order to keep out, then
 * "as" and a modal before a second subject that ends the sentence; the second subject takes the same order.
 */
const ORDER_TAKEN_BY_AS =
  /\b(?:needs?\s+to|must|should|has\s+to|have\s+to)\s+(?<order>(?:stay|be\s+kept|be\s+left|remain)\s+out|be\s+excluded)\b[^.;!?\n]{0,40}?,\s*as\s+(?:must|should|will|need\s+to|needs\s+to|ought\s+to|has\s+to|have\s+to)\s+(?<subject>(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?<named>[a-z][a-z -]{0,30}?))(?=(?:,?\s*too)?\s*(?:[.;!]|$))/gi;

/**
 * "Leave my plant out, and honestly all the plants.": an order that closes on "out", then ", and", perhaps an adverb,
 * and a kind or place opened by "all", "any" or "every" that ends the sentence with no verb of its own; the order
 * reaches it by ellipsis. The quantifier is required: a bare "and the warehouses" may start a new thought.
 */
const LEFT_OUT_THEN_ALL_OF_A_KIND =
  /\b(?<verb>leave|keep)\s+[^.;!?\n]{1,40}?\s+out\s*,\s*and\s+(?:(?:honestly|frankly|really|probably|also|ideally|in\s+fact)[,\s]+)?(?<subject>(?:all|any|every)\s+(?:of\s+)?(?:the\s+|our\s+)?(?<named>[a-z][a-z -]{0,30}?))(?=(?:,?\s*too|\s+as\s+well)?\s*(?:[.;!]|$))/gi;

/** The restatements of exclusion lists said loosely (see the comment at the top of this file). */
export function assetExclusionListRestatements(text: string, vocabulary: PlaceVocabulary): TextEdit[] {
  const edits: TextEdit[] = [];
  const knownIds = new Set(vocabulary.assets.map((asset) => asset.asset_id.toUpperCase()));
  for (const match of text.matchAll(LOWER_CASE_OR_SCANNED_ID)) {
    // A scan's O stands for the zero an id's number holds ("HOU-O3" is HOU-03).
    const [letters = '', number = ''] = match[0].toUpperCase().split('-');
    const id = `${letters}-${number.replace(/O/g, '0')}`;
    if (id === match[0]) continue;
    // Only a building the portfolio holds: other lower-case or lettered codes are left as written.
    if (knownIds.has(id)) edits.push({ start: match.index, end: match.index + match[0].length, text: id });
  }
  for (const match of text.matchAll(PAIR_SHARING_A_TYPE)) {
    const { article = '', first = '', middle = '', second = '', plural = '' } = match.groups ?? {};
    const singular = PLURAL_TYPE_WORDS[plural.toLowerCase().replace(/\s+/g, ' ')];
    if (singular === undefined) continue;
    // Every word must name a building of that type when joined to it, or the words are not so many buildings.
    const places = [first, ...middle.split(',').map((word) => word.trim()), second].filter((word) => word !== '');
    const buildings = places.map((place) => buildingOfType(vocabulary, place, singular));
    if (buildings.some((building) => building === null)) continue;
    const named = buildings as string[];
    const opening = article.toLowerCase() === 'both' ? 'the' : article;
    const last = named.pop() ?? '';
    edits.push({
      start: match.index,
      end: match.index + match[0].length,
      text: `${opening} ${named.join(', the ')} and the ${last}`,
    });
  }
  for (const match of text.matchAll(TYPE_THEN_NAMES)) {
    const { plural = '', names = '' } = match.groups ?? {};
    const singular = PLURAL_TYPE_WORDS[plural.toLowerCase().replace(/\s+/g, ' ')];
    if (singular === undefined) continue;
    // Every name must be one building of that type, or the words are no list of them.
    const buildings = names.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).map((name) => buildingOfType(vocabulary, name, singular));
    if (buildings.some((building) => building === null)) continue;
    const named = buildings.map((building) => `the ${building}`);
    const last = named.pop() ?? '';
    edits.push({
      start: match.index,
      end: match.index + match[0].length,
      text: named.length === 0 ? last : `${named.join(', ')} and ${last}`,
    });
  }
  for (const match of text.matchAll(AND_ALSO_AFTER_AN_EXCLUSION)) {
    const joint = match.groups?.['joint'] ?? '';
    const end = match.index + match[0].length;
    const start = text.lastIndexOf(joint, end);
    if (start >= match.index) edits.push({ start, end: start + joint.length, text: 'and' });
  }
  for (const match of text.matchAll(MINUS_BEFORE_A_BUILDING)) {
    const name = match.groups?.['name'] ?? '';
    // Only before a building: "target minus the fees" keeps its "minus". The headquarters ("the Dallas assets minus the
    // HQ") is a building too, the one whose name says so, though no name of the portfolio is "HQ".
    if (!startsWithAnAsset(vocabulary, name) && !HEADQUARTERS.test(name)) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: 'excluding ' });
  }
  for (const match of text.matchAll(KEEPERS_HEADING)) {
    edits.push({ start: match.index, end: match.index + match[0].length, text: 'Keep:' });
  }
  for (const match of text.matchAll(OUT_HEADING)) {
    // Only before a building's name: "Out: 3 weeks" or "Out - back Monday" keeps nothing out.
    if (endOfNamedBuildings(text, match.index + match[0].length, vocabulary) === null) continue;
    const lead = match.groups?.['lead'] ?? '';
    edits.push({ start: match.index + lead.length, end: match.index + match[0].length, text: 'Exclude: ' });
  }
  for (const match of text.matchAll(OWN_BUILDINGS_BEFORE_NAMES)) {
    const namesStart = match.index + match[0].length;
    const namesEnd = endOfNamedBuildings(text, namesStart, vocabulary);
    if (namesEnd === null) continue;
    // "Our plant" opening a sentence leaves "The": the name then opens it.
    edits.push({ start: match.index, end: namesStart, text: '' });
    const closing = VERB_AFTER_CLOSING_COMMA.exec(text.slice(namesEnd));
    if (closing !== null) edits.push({ start: namesEnd, end: namesEnd + closing[0].length, text: ' ' });
  }
  for (const match of text.matchAll(ORDER_TAKEN_BY_ELLIPSIS)) {
    const { order = '', named = '' } = match.groups ?? {};
    if (!startsWithAPlaceOrType(vocabulary, named)) continue;
    const end = match.index + match[0].length;
    edits.push({ start: end, end, text: ` ${order}` });
  }
  for (const match of text.matchAll(ORDER_TAKEN_BY_AS)) {
    const { order = '', subject = '', named = '' } = match.groups ?? {};
    if (!startsWithAPlaceOrType(vocabulary, named)) continue;
    const end = match.index + match[0].length;
    const comma = text.lastIndexOf(',', end - subject.length);
    edits.push({ start: comma, end, text: `, and ${subject} must ${order}` });
  }
  for (const match of text.matchAll(LEFT_OUT_THEN_ALL_OF_A_KIND)) {
    const { verb = '', subject = '', named = '' } = match.groups ?? {};
    // The whole of it a place or kind: "all the plants in" (asked for) is no second thing kept out.
    if (!isAPlaceOrType(vocabulary, named)) continue;
    const end = match.index + match[0].length;
    edits.push({ start: end - subject.length, end, text: `${verb.toLowerCase()} ${subject} out` });
  }
  for (const match of text.matchAll(NONE_WISHED_SOLD)) {
    const named = match.groups?.['named'] ?? '';
    // Only a kind or a place the portfolio knows: "none of the options were sold" is no order.
    if (!startsWithAPlaceOrType(vocabulary, named.replace(/^(?:the|our)\s+/i, ''))) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: `none of ${named} should be sold` });
  }
  for (const match of text.matchAll(ASKED_IN_OR_OUT_ANSWERED_OUT)) {
    const { subject = '', named = '' } = match.groups ?? {};
    if (!startsWithAPlaceOrType(vocabulary, named)) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, text: `${subject} are out.` });
  }
  // "I'd keep the Plano Parts Counter" then "and the Marietta one too": the building of that kind in the town named.
  if (text.includes(' one')) {
    for (const match of text.matchAll(TOWN_ONE)) {
      const building = buildingOfTheKindBefore(vocabulary, text, match.index, match.groups?.['town'] ?? '');
      if (building !== null) edits.push({ start: match.index, end: match.index + match[0].length, text: `the ${building}` });
    }
  }
  return withoutOverlaps(edits);
}

/**
 * The one building whose name opens with `town`, of the kind of the last building named before `index` in `text`
 * ("Plano Parts Counter" before "the Marietta one" gives the retail "Marietta Parts Store"); null when none or several.
 */
function buildingOfTheKindBefore(vocabulary: PlaceVocabulary, text: string, index: number, town: string): string | null {
  const before = text.slice(Math.max(0, index - 300), index).toLowerCase();
  let last: { at: number; type: string } | null = null;
  for (const asset of vocabulary.assets) {
    const at = before.lastIndexOf(asset.name.toLowerCase());
    if (at !== -1 && (last === null || at > last.at)) last = { at, type: asset.asset_type };
  }
  if (last === null) return null;
  const type = last.type;
  const candidates = vocabulary.assets.filter(
    (asset) => asset.asset_type === type && asset.name.toLowerCase().startsWith(`${town.toLowerCase()} `),
  );
  return candidates.length === 1 ? (candidates[0]?.name ?? null) : null;
}

/** Whether the vocabulary reads the whole phrase as one building (not a market, not a part of a longer name). */
function namesAnAsset(vocabulary: PlaceVocabulary, phrase: string): boolean {
  const lower = phrase.toLowerCase();
  const match = vocabulary.matchAt(lower, 0, true, phrase);
  return match !== null && match.end >= lower.length && match.item.kind === 'asset' && match.item.assetIds.length === 1;
}

/**
 * How to name the one building of a type that a place word and the type word point to: the words themselves when they
 * are its name ("Carrollton data center"), else the building's own name when the place word opens the name of the
 * one building of that type ("Cicero" and "plant": the Cicero Main Plant; "Plano" and "parts store": the Plano Parts
 * Counter); null when they point to none, or to more than one.
 */
function buildingOfType(vocabulary: PlaceVocabulary, place: string, singular: string): string | null {
  const phrase = `${place} ${singular}`;
  if (namesAnAsset(vocabulary, phrase)) return phrase;
  const type = vocabulary.matchAt(singular.toLowerCase(), 0, false, singular);
  if (type?.item.kind !== 'type') return null;
  const assetType = type.item.assetType;
  const opening = `${place.toLowerCase()} `;
  const matching = vocabulary.assets.filter((asset) => asset.asset_type === assetType && asset.name.toLowerCase().startsWith(opening));
  return matching.length === 1 ? (matching[0]?.name ?? null) : null;
}

/** Whether the words start with the name of one building (read in context, as after "excluding"). */
function startsWithAnAsset(vocabulary: PlaceVocabulary, words: string): boolean {
  const match = vocabulary.matchAt(words.toLowerCase(), 0, true, words);
  return match !== null && match.item.kind === 'asset';
}

/** Whether the words are, whole, a place, a type or a building the vocabulary knows ("plants", "the Ohio sites"). */
function isAPlaceOrType(vocabulary: PlaceVocabulary, words: string): boolean {
  const lower = words.toLowerCase().trim();
  const match = vocabulary.matchAt(lower, 0, true, words);
  return match !== null && /^(?:\s+(?:sites?|buildings?|facilit(?:y|ies)|locations?|properties))?$/.test(lower.slice(match.end));
}

/** Whether the words start with a place, a type or a building the vocabulary knows. */
function startsWithAPlaceOrType(vocabulary: PlaceVocabulary, words: string): boolean {
  return vocabulary.matchAt(words.toLowerCase(), 0, true, words) !== null;
}

/**
 * Where a run of building names starting at `from` ends ("the Cicero Main Plant", "Fontana Warehouse and Edison
 * Warehouse"), or null when no building's name opens it. Names are joined by commas, "and" or "&".
 */
function endOfNamedBuildings(text: string, from: number, vocabulary: PlaceVocabulary): number | null {
  const lower = text.toLowerCase();
  let position = from;
  let end: number | null = null;
  for (;;) {
    const article = /^(?:the\s+)?/.exec(lower.slice(position))?.[0].length ?? 0;
    const match = vocabulary.matchAt(lower, position + article, true, text);
    if (match === null || match.item.kind !== 'asset') return end;
    end = match.end;
    const joint = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/.exec(lower.slice(end));
    if (joint === null) return end;
    position = end + joint[0].length;
  }
}

/** The edits in order, each dropped that overlaps one before it (the restated brief takes no overlapping edits). */
function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  let reached = -1;
  for (const edit of [...edits].sort((left, right) => left.start - right.start)) {
    if (edit.start < reached) continue;
    kept.push(edit);
    reached = edit.end;
  }
  return kept;
}
