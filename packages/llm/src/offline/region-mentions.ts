import type { BriefText } from './brief-text.js';
import { readCensusCitedRegions } from './census-cited-regions.js';
import { assetsNamedWith } from './described-assets.js';
import { RULED_OUT } from './exclusion-words.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import { normalisePhrase, type PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';
import { statesOfRegion } from './region-states.js';

/** The Census cited in words after the region: "the West as the Census Bureau defines it", ", as the Census draws it". */
const CENSUS_AS_DEFINED = String.raw`,?\s+as\s+(?:the\s+)?(?:u\.?s\.?\s+)?census(?:\s+bureau)?\s+(?:defines|draws|has)\s+(?:it|them)\b`;
/**
 * A bracket that cites the Census Bureau for the region before it: "the West (Census def)", "the South (Census)", "(per
 * the US Census)". Only so cited is a word as loose as "the West" or "the South" read as a region.
 */
const CENSUS_BRACKET = String.raw`(?:\s*\(\s*(?:(?:both|all|each)\s+)?(?:per\s+|using\s+|by\s+)?(?:the\s+)?(?:u\.?s\.?\s+)?census\b|${CENSUS_AS_DEFINED})`;

/**
 * "none from the South", "nothing in the West": a loose "the South" or "the West" ruled out with no sale there at all,
 * which leaves no other sense than the region (the words before are read again by `RULED_OUT_BEFORE`).
 */
const RULED_OUT_LOOSE = String.raw`(?<=\b(?:none|nothing|no\s+(?:assets?|sites?|properties|buildings?))\s+(?:from|in|out\s+of)\s+the\s+)(?:south|west)(?=[^\S\n]*(?:[,.;:!)]|$))`;

/**
 * Regions of the United States a brief may name. A region is turned into markets only when an official definition
 * fixes its states (`statesOfRegion`) and the brief places the sale in it or rules it out; never by guesswork.
 */
const REGION = new RegExp(
  String.raw`\b(?:the\s+)?(?<region>mid[-\s]?west(?:ern)?|south[-\s]?east(?:ern)?|south[-\s]?west(?:ern)?|north[-\s]?east(?:ern)?|pacific\s+north[-\s]?west|north[-\s]?west(?:ern)?|sun\s?belt|rust\s?belt|west\s+coast|east\s+coast|gulf\s+coast|mid[-\s]atlantic|new\s+england|great\s+lakes|mountain\s+west|census\s+(?:south|west)|(?:south|west)(?:ern)?(?=(?:\s+(?:markets?|states|region))?(?:\s+only)?(?:${CENSUS_BRACKET}|\s*\((?!\s*(?:we|i|they|it|this|that|there|for|as|see|note)\b)[^()\n]{1,60}\)))|south(?:ern)?(?=\s+(?:markets?|states|region)\b)|${RULED_OUT_LOOSE})\b`,
  'g',
);
/**
 * Words placing a sale in a region: "in the Southeast", "nothing across the Sun Belt", "outside the Midwest", "from
 * just our West Coast sites".
 */
const PLACED_IN =
  /(?:\b(?:nothing|anything|everything|assets?|sites?|properties|only)\s+)?\b(?:in|across|throughout|within|outside(?:\s+of)?|from|out\s+of)\s+(?:(?:just|only)\s+)?(?:our\s+)?$/;
/**
 * Words that say which places a region stands for: "(Columbus and Chicago)", "by which I mean", "i.e.", "namely"; not a
 * bracket that says something else ("(we have a separate process there)").
 */
const DEFINED =
  /\((?!\s*(?:(?:(?:both|all|each)\s+)?(?:per\s+|using\s+|by\s+)?(?:the\s+)?(?:u\.?s\.?\s+)?census|we|i|they|it|this|that|there|for|as|see|note)\b)|\bmean(?:s|ing)?\b|\bi\.?\s?e\.?(?![a-z])|\bnamely\b|\bthat\s+is\b/;
/** A sentence's end: not the full stops of "U.S." ("(U.S. Census Bureau definitions)" cites a definition). */
const SENTENCE_END = /(?<!\bu|\bu\.s)\.|[!?;\n]/;
/** The definition a region is read by, in a bracket after it: "(Census South)", "(per the US Census Bureau)". */
const DEFINITION_CITED = new RegExp(
  String.raw`^(?:\s+(?:markets?|states|region))?(?:\s+only)?(?:\s*\(\s*(?:(?:both|all|each)\s+)?(?:per\s+|using\s+|by\s+)?(?:the\s+)?(?:u\.?s\.?\s+)?census(?:\s+bureau(?:['\u2019]s)?)?(?:\s+[a-z]+){0,2}\s*\)|${CENSUS_AS_DEFINED})`,
);
/**
 * "only the Midwest", "Just the Midwest for now", "the sale kept to the South (Census)", a config's "region: South
 * (Census def)", "Keep it to our West Coast site", "Only Midwest markets", "stick to the Midwest", "We'd like to look at the Midwest DCs", "keep things to the Midwest", "limit the sale to the South", "warehouses, limited to the West", "Keep the
 * sales to the Northeast", "keep to the Midwest", "keep it Midwest" (not "keep the Midwest", which retains it), "Just
 * look at the Midwest sites", "The buildings should all be on the West Coast", a label's
 * "Markets in scope: the West Coast", a table's "Sale region" cell read as "Sale region: West Coast", a chat's "scope
 * is Midwest + Georgia": an allow-list that opens with the region.
 */
const ONLY_BEFORE =
  /\bonly\s+(?:the\s+)?$|\bkeep(?:s|ing)?\s+(?:it\s+(?:to\s+|in\s+)?|to\s+)(?:the\s+|our\s+)?$|(?:^|[.!?:;\n]\s*)just\s+(?:the\s+)?$|\b(?:sales?|program(?:me)?|slb|deal)\s+kept\s+(?:to|within|inside)\s+(?:the\s+)?$|(?:^|\n)[^\S\n]*(?:(?:sale|target|selling)\s+)?regions?\s*[:=]\s*["']?$|\bstick(?:s|ing)?\s+(?:to|with)\s+(?:the\s+)?$|\b(?:like|want|need)\s+to\s+look\s+at\s+(?:the\s+)?$|\b(?:keep|limit|restrict|confine)(?:s|ing)?\s+(?:things|it|this|everything|the\s+(?:sales?|deals?|program(?:me)?|slb)|sales?)\s+(?:to|within|inside)\s+(?:the\s+)?$|\b(?:just|only)\s+look\s+at\s+(?:the\s+)?$|(?:\b(?:sales?|selling|program(?:me)?|slb|deal|is|are|be)|,)\s+(?:limited|restricted|confined)\s+(?:only\s+)?to\s+(?:the\s+)?$|\b(?:buildings|sites|assets|properties|sales)\s+(?:should|must|need\s+to|have\s+to)\s+(?:all\s+)?be\s+(?:in|on|within)\s+(?:the\s+)?$|(?:^|\n)[^\S\n]*(?:markets?|regions?)\s+in\s+scope\s*[:|\t]?\s*(?:the\s+)?$|\b(?:the\s+|our\s+)?(?:sale\s+|geographic\s+)?scope\s*(?:is|:|=)\s*(?:the\s+)?$/;
/**
 * "the Midwest only", "Midwest and Southeast only", "'Midwest only' option", "Midwest-only SLB", "the West (Census def)
 * only": an allow-list that closes after it, maybe past the bracket that cites the region's definition.
 */
const ONLY_AFTER =
  /^(?:\s+(?:markets?|states|regions?|sites?|assets|propert(?:y|ies)))?(?:\s*(?:,|and|&)\s*(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?['\u2019]?(?:[^\S\n]*\([^()\n]{1,40}\))?(?:\s+|\s*-\s*)only\b/;
/**
 * Words right before the region that rule it out: "Keep out of the West", "keep it out of the South", "leave out the
 * Midwest", "carve out the Northeast", "I'd rather none of this come from the Midwest" (the money said to come from
 * nowhere in it), "no Midwest assets", "nothing in the Midwest", "outside the West
 * Coast", "leaving out our Midwest buildings", "Don't sell anything in the Midwest" (which rules the region out, where "anything in" alone would place the
 * sale there), "anywhere but the Northeast", and a label's "Excluded markets: the West Coast".
 */
const RULED_OUT_BEFORE =
  /\b(?:keep|stay)(?:s|ing)?\s+out\s+of\s+(?:the\s+)?$|\b(?:keep|leave)(?:s|ing)?\s+(?:it|this|everything|things|the\s+(?:sale|program(?:me)?|deal))\s+out\s+of\s+(?:the\s+)?$|\b(?:leav(?:e|es|ing)|carv(?:e|es|ing)|tak(?:e|es|ing))\s+out\s+(?:the\s+|our\s+)?$|\bnone\s+of\s+(?:it|this|that|the\s+(?:money|proceeds|cash|sales?|program(?:me)?))\s+(?:(?:to\s+|should\s+|must\s+|can\s+)?(?:comes?|coming|be|being)\s+)?(?:from|in|out\s+of)\s+(?:the\s+)?$|\b(?:no|not|nothing|none|never|exclud(?:e|es|ed|ing)|except|outside|skip(?:ping)?|avoid(?:ing)?|without|ex)(?:\s+(?:of|in|from|out\s+of))?\s+(?:the\s+)?$|\b(?:don['\u2019]?t|do\s+not|never|won['\u2019]?t|(?:should|must|will|shall)\s+not|shouldn['\u2019]?t|mustn['\u2019]?t)\s+(?:be\s+)?sell(?:ing)?\s+(?:anything|any\s+(?:sites?|buildings?|assets?|properties))\s+(?:in|on|from|across)\s+(?:the\s+)?$|\bexcluded\s+(?:markets?|regions?|areas?)\s*[:|\t]\s*(?:the\s+)?$|\b(?:anywhere|anything|everywhere|everything)\s+(?:but|except(?:\s+for)?|other\s+than)\s+(?:in\s+|from\s+)?(?:the\s+)?$/;
/**
 * Words after the region that rule it out: "the West Coast is off limits", "the Midwest is out", "Our Northeast sites
 * are not for sale", a note's bare "Northeast out" ending its line, past the bracket that defines the region ("the West
 * (Census def) is off limits"). Only on the region's own line: in a table, "Markets in scope: the Midwest" and the next line's
 * "Excluded assets: IE-02" are two labels.
 */
const RULED_OUT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:sites|markets|assets|properties|buildings|locations|facilities|states))?(?:[^\S\n]*\([^()\n]{1,60}\))?[^\S\n]+(?:${RULED_OUT}|out(?=[^\S\n]*\n))(?![a-z])`,
);
/**
 * "The West (Census def) is where we want to sell", "the Midwest is where the sale should happen": the region named as
 * the answer to where, which asks for it; "the Midwest is where we grow" says nothing of the sale.
 */
const WHERE_SOLD_AFTER =
  /^(?:\s+(?:markets?|states|region))?(?:\s*\([^()\n]{1,40}\))?\s+(?:is|are)\s+where\s+(?:(?:we|i|you|they)\s+(?:(?:want|need|would\s+like|plan|intend|are\s+going|have)\s+to\s+|['\u2019]d\s+like\s+to\s+|should\s+|can\s+|will\s+)?(?:sell|be\s+selling|raise\s+(?:it|the\s+money))|the\s+(?:sales?|program(?:me)?|slb|deal)\s+(?:should|must|will|can)\s+(?:happen|take\s+place|be))\b/;
/**
 * A negation earlier in the clause, which leaves a region asked for in words of placing ("don't sell anything in") unread;
 * not a floor or cap said with "not" ("Sell $100M, and not less than $85M, from the Midwest"), which negates a figure.
 */
const NEGATED_BEFORE =
  /\b(?:no|not|nothing|none|never|don'?t|won'?t|can'?t|cannot)\b(?!\s+(?:less|more|lower|higher|fewer|below|above|under|over)\b)[^.;!?\n]*$/;
/**
 * "Sale-leaseback - view from the Southeast", "greetings from the Midwest", "an update from the Northeast team": where a
 * message or an opinion comes from, which the "from" of placing a sale must not read as a place to sell in.
 */
const VIEW_FROM_BEFORE =
  /\b(?:views?|perspectives?|notes?|updates?|thoughts|word|greetings|hello|hi|report|letter|message|memo|news|feedback|input|voices?)\s+from\s+(?:the\s+|our\s+)?$/;
/**
 * "Nothing outside the Northeast and the Midwest", "no sales from outside the Midwest", "none of it outside the
 * Southeast": a sale kept inside the region by ruling out everything beyond it, which asks for the region.
 */
const NOTHING_OUTSIDE_BEFORE =
  /\b(?:nothing|none(?:\s+of\s+(?:it|this|the\s+(?:money|proceeds|sales?)))?|no\s+(?:sales?|assets?|sites?|properties|buildings?))(?:\s+(?:is\s+|gets?\s+|to\s+be\s+)?(?:sold|comes?|coming))?\s+(?:from\s+)?outside(?:\s+of)?\s+(?:the\s+)?$/;
const NEXT_WORD = /^\s+([a-z][a-z0-9'-]*)/;
/**
 * "keep the Midwest out of it", "leave the Sun Belt out": the verb before the region, its particle after, maybe past a
 * place joined to it ("Keep the Northeast and Houston out"), which the place reader rules out by the same words.
 */
const KEPT_OUT_BEFORE = /\b(?:keep|leave|hold)(?:s|ing)?\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?$/;
const KEPT_OUT_AFTER =
  /^(?:\s+(?:sites|markets|assets|properties|buildings|locations|facilities|states))?(?<joined>\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?!the\s+[a-z-]+\s+out\b)(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)?\s+out\b(?:\s+of\s+(?:it|this|the\s+(?:sale|program(?:me)?|deal|mix))\b)?/;
/**
 * "from the Northeast and Midwest", "from Newark and the Midwest": a region joined to a place or region the sale is
 * placed in is placed there too, by the same words. What it is joined to must be a market or a region ("a memo from
 * Rob, Southeast region" joins nothing).
 */
const JOINED_TO_PLACED =
  /\b(?:in|across|within|from|(?:sales?|selling|program(?:me)?|slb|deal|is|are|be)\s+(?:limited|restricted|confined)\s+to)\s+(?:the\s+)?(?<place>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*(?:,?\s*and|&)\s+(?:(?:in|on)\s+)?(?:the\s+)?$/;

/**
 * Claims every region named between `from` and `to` ("deepest buyer pool in the Midwest"), for readers of passages
 * that only give context, so that the region reader does not turn it into a filter.
 */
export function claimRegionsWithin(text: BriefText, from: number, to: number): void {
  for (const match of text.freeMatches(REGION)) {
    const end = match.index + match[0].length;
    if (match.index >= from && end <= to && text.isFree(match.index, end)) text.claim(match.index, end);
  }
}

/** What opens the places a region stands for, right after it: a bracket, a dash, "i.e.", "namely". */
const DEFINITION_OPENING = /^\s*(?:\(|[-:\u2013\u2014](?=\s)|,?\s*(?:i\.?\s?e\.?,?|namely|meaning|by\s+which\s+i\s+mean))\s*/;

/** The places written right after a region to say what it stands for ("the West (California/Arizona)"), or null. */
function definingList(text: BriefText, vocabulary: PlaceVocabulary, end: number): ReturnType<typeof readList> {
  const opening = DEFINITION_OPENING.exec(text.lower.slice(end));
  if (opening === null) return null;
  const list = readList(text, end + opening[0].length, vocabulary, true);
  if (list === null || !text.isFree(end, list.end) || list.items.some((item) => item.match?.item.kind === 'type')) return null;
  const close = opening[0].includes('(') ? /^\s*\)/.exec(text.lower.slice(list.end)) : null;
  return close === null ? list : { ...list, end: list.end + close[0].length };
}

/** Whether the words before a region join it to a market or region the sale is placed in ("from Newark and"). */
function joinedToPlaced(vocabulary: PlaceVocabulary, before: string): boolean {
  const place = JOINED_TO_PLACED.exec(before)?.groups?.['place'];
  if (place === undefined) return false;
  if (statesOfRegion(place) !== undefined) return true;
  const found = vocabulary.matchAt(place, 0, false, place);
  return found !== null && found.item.kind !== 'type' && found.item.kind !== 'asset';
}

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
export function claimRegions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): RegionReading {
  // First a region kept to in looser wording with its Census definition cited ("West and South only (Census definitions)").
  readCensusCitedRegions(text, vocabulary, lists);
  const reading: RegionReading = { unrepresentable: [], notes: [] };
  const regions = text.freeMatches(REGION).filter((match) => text.isFree(match.index, match.index + match[0].length));
  const runs = regionRuns(text, regions);
  for (const match of regions) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const region = normalisePhrase(match.groups?.['region'] ?? '');
    // "Only the Northeast and the South (Census regions)": every region of a run is read by the words before its
    // first region and after its last, and only the first claims the words before.
    const run = runs.get(match) ?? { first: match, end };
    const first = run.first === match;
    const before = wordsBefore(text, run.first.index);
    // A region joined to a placed one is placed by the same words, which stay with the first.
    const placed = PLACED_IN.exec(before) ?? (joinedToPlaced(vocabulary, before) ? /$/.exec(before) : null);
    const only = ONLY_BEFORE.test(before) || ONLY_AFTER.test(text.lower.slice(run.end)) || WHERE_SOLD_AFTER.test(text.lower.slice(run.end));
    // "South-east sortation hub (Fairburn)": a region written with a hyphen or a space names the asset written as one word.
    const regionWords = assetsNamedWith(vocabulary, region.split(' ')).length > 0 ? region.split(' ') : [region.replace(/[\s-]+/g, '')];
    const named = assetsNamedWith(vocabulary, regionWords);
    // "exclude the Southeast - Atlanta, Dallas, Houston": a region ruled out, then the places it stands for.
    const definition = RULED_OUT_BEFORE.test(before) && !NOTHING_OUTSIDE_BEFORE.test(before) ? definingList(text, vocabulary, end) : null;
    if (named.length > 0) {
      const next = NEXT_WORD.exec(text.lower.slice(end))?.[1] ?? '';
      if (
        (placed === null && !only && definition === null) ||
        (next !== '' && assetsNamedWith(vocabulary, [...regionWords, next.replace(/s$/, '')]).length > 0)
      )
        continue;
    }
    const start = placed === null || !first ? match.index : match.index - placed[0].length;
    if (!text.isFree(start, end)) continue;
    const sentenceRest = text.lower.slice(end);
    const stop = SENTENCE_END.exec(sentenceRest);
    const defined = DEFINED.test(stop === null ? sentenceRest : sentenceRest.slice(0, stop.index + 1));
    // "Southern markets only (Census South)": the bracket names the definition read, not another region.
    const source = DEFINITION_CITED.exec(text.lower.slice(end));
    text.claim(start, end + (source?.[0].length ?? 0));
    const written = text.source.slice(match.index, end);
    const filter = defined || definition !== null ? null : regionFilter(text, vocabulary, region, before, run.end, placed !== null, only);
    if (filter !== null) {
      // The verdict after a run ("the Midwest and Northeast excluded") is claimed by its last region only.
      text.claim(start, run.end === end ? Math.max(end, filter.end) : end);
      const item: ListItem = {
        match: { item: { kind: 'market', markets: filter.markets }, start: match.index, end },
        assetId: null,
        start: match.index,
        end,
      };
      if (filter.ruledOut) {
        lists.excluded.push(item);
        lists.exclusionEnds.push(filter.end);
      } else lists.included.push(item);
      reading.notes.push(`${written.trim()} read as the portfolio's markets in its states (${filter.markets.join(', ')})`);
    } else if (definition !== null) {
      // "Keep out of the West (California/Arizona)": the places that define a region ruled out are ruled out too.
      text.claim(start, definition.end);
      ruleOutList(lists, text, start, definition.end, definition);
      reading.notes.push(`${written} read through the places the brief names for it, ruled out`);
    } else if (defined) reading.notes.push(`${written} read through the places the brief names for it`);
    else
      reading.unrepresentable.push(
        `${text.source.slice(start, end).trim()} (a region: no region is defined for the portfolio, so no market filter was applied; name its markets or states)`,
      );
  }
  return reading;
}

/**
 * What a region the brief does not define asks for: the portfolio's markets in its states, ruled out ("nothing in the
 * Midwest", "the West Coast is off limits") or asked for ("from the Midwest", "Midwest only"); null when no definition
 * fixes its states, when the portfolio holds nothing there, or when the brief only mentions it ("the Midwest
 * expansion", "Regional VP Midwest").
 */
function regionFilter(
  text: BriefText,
  vocabulary: PlaceVocabulary,
  region: string,
  before: string,
  end: number,
  placed: boolean,
  only: boolean,
): { markets: string[]; ruledOut: boolean; end: number } | null {
  const states = statesOfRegion(region);
  if (states === undefined) return null;
  const markets = vocabulary.markets.filter((market) => states.includes(vocabulary.stateOfMarket(market) ?? ''));
  if (markets.length === 0) return null;
  if (NOTHING_OUTSIDE_BEFORE.test(before)) return { markets, ruledOut: false, end };
  if (VIEW_FROM_BEFORE.test(before)) return null;
  if (RULED_OUT_BEFORE.test(before)) return { markets, ruledOut: true, end };
  // The verdict after the region is read with it: "the West Coast is off limits".
  const verdict = RULED_OUT_AFTER.exec(text.lower.slice(end));
  if (verdict !== null) return { markets, ruledOut: true, end: end + verdict[0].length };
  const keptOut = KEPT_OUT_BEFORE.test(before) ? KEPT_OUT_AFTER.exec(text.lower.slice(end)) : null;
  if (keptOut !== null) return { markets, ruledOut: true, end: keptOut.groups?.['joined'] === undefined ? end + keptOut[0].length : end };
  if ((placed || only) && !NEGATED_BEFORE.test(before)) return { markets, ruledOut: false, end };
  return null;
}

/**
 * What joins two regions of one run: "and", "or", "&", "+", a comma or slash, after an optional bracket ("the Northeast
 * (Census definition) and the Midwest") and before an optional "in" or "on" ("in Texas and on the West Coast").
 */
const RUN_JOINT = /^(?:\s*\([^()\n]{0,60}\))?\s*(?:,?\s*(?:and|or|&|\+|\/)|,)\s*(?:(?:in|on|from)\s+)?$/;

/**
 * Forty characters before a region, without a "the Census" or "the Census Bureau's" that names its definition ("in the
 * Census Midwest" is placed "in" the region).
 */
function wordsBefore(text: BriefText, index: number): string {
  return text.lower
    .slice(Math.max(0, index - 60), index)
    .replace(/\b(?:the\s+)?(?:u\.?s\.?\s+)?census(?:\s+bureau)?(?:['\u2019]s)?\s+$/, '')
    .slice(-40);
}

/**
 * The runs of regions joined by "and", "or" or a comma ("the Northeast and the South"), for each region its run's first
 * region and the end of its last.
 */
function regionRuns(text: BriefText, regions: readonly RegExpExecArray[]): Map<RegExpExecArray, { first: RegExpExecArray; end: number }> {
  const runs = new Map<RegExpExecArray, { first: RegExpExecArray; end: number }>();
  let run: RegExpExecArray[] = [];
  const close = (): void => {
    const last = run.at(-1);
    const first = run[0];
    if (first !== undefined && last !== undefined) for (const match of run) runs.set(match, { first, end: last.index + last[0].length });
    run = [];
  };
  for (const match of regions) {
    const previous = run.at(-1);
    if (previous !== undefined && !RUN_JOINT.test(text.lower.slice(previous.index + previous[0].length, match.index))) close();
    run.push(match);
  }
  close();
  return runs;
}
