import type { BriefText } from './brief-text.js';
import { assetsNamedWith } from './described-assets.js';
import { normalisePhrase, type PlaceVocabulary } from './place-vocabulary.js';

/**
 * Regions of the United States a brief may name. No region is defined for a portfolio (the docs define markets
 * and states only), so a region is never turned into markets by guesswork.
 */
const REGION =
  /\b(?:the\s+)?(?<region>mid[-\s]?west(?:ern)?|south[-\s]?east(?:ern)?|south[-\s]?west(?:ern)?|north[-\s]?east(?:ern)?|pacific\s+north[-\s]?west|north[-\s]?west(?:ern)?|sun\s?belt|rust\s?belt|west\s+coast|east\s+coast|gulf\s+coast|mid[-\s]atlantic|new\s+england|great\s+lakes|mountain\s+west)\b/g;
/** Words placing a sale in a region: "in the Southeast", "nothing across the Sun Belt", "outside the Midwest". */
const PLACED_IN =
  /(?:\b(?:nothing|anything|everything|assets?|sites?|properties|only)\s+)?\b(?:in|across|throughout|within|outside(?:\s+of)?|from)\s+$/;
/** Words that say which places a region stands for: "(Columbus and Chicago)", "by which I mean", "i.e.", "namely". */
const DEFINED = /\(|\bmean(?:s|ing)?\b|\bi\.?\s?e\.?(?![a-z])|\bnamely\b|\bthat\s+is\b/;
const SENTENCE_END = /[.!?;\n]/;
const NEXT_WORD = /^\s+([a-z][a-z0-9'-]*)/;

/** What the region reader made of a brief: phrases it could not apply, and notes. */
export interface RegionReading {
  readonly unrepresentable: string[];
  readonly notes: string[];
}

/**
 * Claims the regions a brief names ("the Midwest", "the Sun Belt") so that no place reader guesses at them. A region
 * the brief defines with its places ("the Midwest (Chicago and Columbus)") is read through those places; one it does
 * not define is reported as not understood. A region word that is also a word of an asset's name ("Southeast", as in
 * "Southeast Sortation Hub") is that asset unless a sale is placed in it ("nothing in the Southeast").
 */
export function claimRegions(text: BriefText, vocabulary: PlaceVocabulary): RegionReading {
  const reading: RegionReading = { unrepresentable: [], notes: [] };
  for (const match of text.freeMatches(REGION)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const region = normalisePhrase(match.groups?.['region'] ?? '');
    const placed = PLACED_IN.exec(text.lower.slice(Math.max(0, match.index - 40), match.index));
    const named = assetsNamedWith(vocabulary, region.split(' '));
    if (named.length > 0) {
      const next = NEXT_WORD.exec(text.lower.slice(end))?.[1] ?? '';
      if (placed === null || (next !== '' && assetsNamedWith(vocabulary, [...region.split(' '), next.replace(/s$/, '')]).length > 0))
        continue;
    }
    const start = placed === null ? match.index : match.index - placed[0].length;
    if (!text.isFree(start, end)) continue;
    const sentenceRest = text.lower.slice(end);
    const stop = SENTENCE_END.exec(sentenceRest);
    const defined = DEFINED.test(stop === null ? sentenceRest : sentenceRest.slice(0, stop.index + 1));
    text.claim(start, end);
    const written = text.source.slice(match.index, end);
    if (defined) reading.notes.push(`${written} read through the places the brief names for it`);
    else
      reading.unrepresentable.push(
        `${text.source.slice(start, end).trim()} (a region: no region is defined for the portfolio, so no market filter was applied; name its markets or states)`,
      );
  }
  return reading;
}
