import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary, VocabularyMatch } from './place-vocabulary.js';

/*
 * The sale kept to places named just before, by pointing back at them: "I look after our Chicago and Newark
 * buildings. If we're selling, sell warehouses in those two markets only", "Atlanta and Phoenix have the deepest
 * buyer pools; keep the sale to those markets". The places may have been read as the writer's own or as background;
 * the words that point back are what ask for them.
 */

/** How many places the pointing words count: "those two markets" names two. */
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, both: 2 };
/** The words that point back: "those two markets", "these cities", "both states". */
const POINTED = String.raw`(?:th(?:ose|ese)\s+(?:(?:two|three|four)\s+)?|both\s+)(?:states|markets|metros|cities|places|locations|areas)`;
/**
 * The sale kept to them: "in those two markets only", "only in those markets", "from those cities alone", "keep the
 * sale to these two markets", "limit it to both states".
 */
const KEPT_TO_POINTED = new RegExp(
  String.raw`\b(?:(?:only|just|solely|exclusively)\s+(?:in|from|within)\s+${POINTED}|(?:in|from|within)\s+${POINTED}\s+(?:only|alone)\b|(?:keep|limit|restrict|confine)\s+(?:it|this|the\s+(?:sale|sales|program(?:me)?|deal))\s+to\s+${POINTED}|stick\s+to\s+${POINTED})(?![a-z])`,
  'g',
);
/** Words before the pointing words in their clause that rule out rather than keep: "nothing in those two markets only". */
const NEGATED_BEFORE = /\b(?:no|not|nothing|none|never|don['\u2019]?t|except|outside|exclud\w*)\b[^.;!?\n]*$/;

/**
 * Reads the places a sale is kept to by pointing back ("sell warehouses in those two markets only"): the markets
 * named in the sentence before (or earlier in the same one), when as many as the words count, are asked for.
 */
export function readPlacesPointedBackOnly(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(KEPT_TO_POINTED)) {
    const end = match.index + match[0].length;
    const ownStart = sentenceStartBefore(text, match.index);
    if (NEGATED_BEFORE.test(text.lower.slice(ownStart, match.index))) continue;
    const from = ownStart > 0 ? sentenceStartBefore(text, ownStart - 1) : ownStart;
    const places = marketsNamedIn(text, vocabulary, from, match.index);
    const count = /\b(?:th(?:ose|ese)\s+(two|three|four)|(both))\s/
      .exec(match[0])
      ?.slice(1)
      .find((word) => word !== undefined);
    if (places.length === 0 || (count !== undefined && COUNTS[count] !== places.length)) continue;
    if (count === undefined && places.length < 2) continue;
    text.claim(match.index, end);
    for (const place of places) lists.included.push({ match: place, assetId: null, start: place.start, end: place.end });
  }
}

/** The markets, metros and states named from `from` to `to`, claimed or not, in text order and never overlapping. */
function marketsNamedIn(text: BriefText, vocabulary: PlaceVocabulary, from: number, to: number): VocabularyMatch[] {
  const found: VocabularyMatch[] = [];
  for (let index = from; index < to; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const place = vocabulary.matchAt(text.lower, index, false, text.source);
    const kind = place?.item.kind;
    if (place === null || (kind !== 'market' && kind !== 'metro' && kind !== 'state') || place.end > to) continue;
    found.push(place);
    index = place.end - 1;
  }
  return found;
}
