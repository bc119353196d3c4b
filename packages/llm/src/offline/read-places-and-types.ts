import { ASSET_TYPES, type AssetType, type Notice } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { AVOID, KEEP_OUT_VERB, NOT_WILLING, RULED_OUT, SELL_VERB } from './exclusion-words.js';
import { HEADQUARTERS_WORDS, normalisePhrase, type PlaceVocabulary, type VocabularyMatch } from './place-vocabulary.js';

/** Markets, asset types and asset ids a brief asks for or rules out. */
export interface PlaceTypeReading {
  readonly includeMarkets: string[];
  readonly excludeMarkets: string[];
  readonly includeTypes: AssetType[];
  readonly excludeTypes: AssetType[];
  readonly excludeAssetIds: string[];
  /** How a place was resolved when that is worth saying (a state expanded, a place with no market). */
  readonly notes: string[];
  /** Phrases read but not representable in a spec (e.g. "except the Chicago offices" when the assets are not known). */
  readonly unrepresentable: string[];
  /** The same resolutions as notices: a state read as its markets, an asset read by name, an unknown place or asset. */
  readonly notices: Notice[];
}

/** "nothing outside Texas": a double negative that includes. */
const INCLUDE_TRIGGER = /\b(?:nothing|none|no\s+(?:assets?|sites?|properties))\s+outside(?:\s+of)?(?=\s)/g;
/** Words after which a list of places, types or ids is ruled out. */
const EXCLUDE_TRIGGER = new RegExp(
  String.raw`\b(?:` +
    [
      // A label that rules out the list after it: "Excluded sites: DAL-01, HOU-04", "Carve-outs: Newark".
      String.raw`(?:excluded|exclusions?|carve[-\s]?outs?|retained|hold[-\s]?backs?|not\s+for\s+sale|off[-\s]?limits|do\s+not\s+sell)(?:\s+(?:sites?|assets?|properties|markets?|metros?|locations?|buildings?|ids?|list))?\s*:`,
      String.raw`exclud(?:e|es|ing)|except(?:\s+for)?|outside(?:\s+of)?|not\s+(?:in|from)|nothing\s+(?:in|from)|none\s+(?:in|from)`,
      String.raw`no\s+(?:assets?|sites?|properties|sales?|exposure)\s+(?:in|from)|${AVOID}|other\s+than|apart\s+from`,
      String.raw`(?:anywhere|anything|everywhere|everything)\s+(?:but|except)|excl\.|excl|w\/o(?:\s+(?:touching|selling|using))?`,
      String.raw`without\s+(?:touching|selling|using)`,
      // "Not selling in Arizona", "no property of the Company's Phoenix operations", "any market but Dallas".
      String.raw`not\s+(?:${SELL_VERB})`,
      String.raw`no\s+(?:property|properties|assets?|sites?|buildings?|part)\s+of`,
      String.raw`(?:any|every|all)\s+(?:markets?|metros?|assets?|sites?|property|properties|buildings?|states?|city|cities|places?)\s+(?:but|except|other\s+than)`,
      // "would rather not sell anything in", "won't part with", "must not divest".
      String.raw`${NOT_WILLING}\s+(?:be\s+)?(?:${SELL_VERB})(?:\s+(?:any|anything\s+in|our|the))?`,
      // "hold back the Tempe Office", "carve out Ohio", "ring-fence the Dallas HQ".
      KEEP_OUT_VERB,
      String.raw`leav(?:e|ing)\s+out|leav(?:e|ing)|without|but\s+not|not|no|skip(?:ping)?|omit(?:ting)?`,
      String.raw`keep(?:s|ing)?|retain(?:s|ing)?|hold(?:s|ing)?\s+on\s+to|ex`,
    ].join('|') +
    String.raw`)(?=[\s-])`,
  'g',
);
/**
 * "don't touch anything mission-critical or any of our Chicago plants": an "or"
 * that continues a negation another reader already claimed. Only counts when a
 * negation word comes earlier in the same clause.
 */
const NEGATED_CONTINUATION = /\b(?:or|nor)\s+(?:any(?:thing)?\s+)?(?:of\s+)?(?=\S)/g;
const NEGATION_WORD = /\b(?:no|not|nothing|none|never|don'?t|won'?t|avoid(?:ing)?|exclud(?:e|ing)|without|except)\b/;
/** Words allowed between a trigger and an item or between items ("exclude the assets in Dallas"). */
const LIST_FILLER =
  /^(?:\s*-?\s*)(?:the|our|its|their|any|all|anything|everything|assets?|sites?|properties|property|markets?|metros?|in|at|from|of|ids?|state\s+of|located\s+in|(?:company|group|firm|business)'s)\b/;
/** Nouns after an item that belong to it ("Dallas sites", "Phoenix metro area"). */
const TRAILING_NOUN =
  /^\s+(?:sites?|assets?|properties|markets?|metro(?:\s+area)?|metros|area|region|locations?|facilities|portfolio|state|operations|estate)\b/;
const TRAILING_EXCLUDE = new RegExp(String.raw`\b(?:${RULED_OUT})(?![a-z])`, 'g');
/**
 * Words between a list and what rules it out that still leave the list its subject ("the Chandler Data
 * Center is strategic and must be retained", "is leased to a key customer and must stay"): at most eight plain words, none that starts another subject
 * or a contrast ("but", "everything else", "we").
 */
const SUBJECT_GAP = /^(?:\s+[a-z'-]+){0,8}\s*$/;
const SUBJECT_GAP_STOP =
  /\b(?:but|while|whereas|although|though|because|so|if|unless|when|except|only|not|no|we|i|you|they|it|else|other|others|rest|remaining|remainder|everything|anything|all|which|that|who)\b/;
/** The pronouns a back-reference uses for a list already written. */
const PRONOUN_WORDS = String.raw`(?:them|those|these|both(?:\s+of\s+them)?|it|all\s+(?:of\s+)?(?:them|those|these|three|two|four)|them\s+all|the\s+lot)`;
/** "so exclude them", "please hold those back": a pronoun standing for the last list of the sentence. */
const RULE_OUT_PRONOUN = new RegExp(
  String.raw`\b(?:(?:exclud(?:e|ing)|leav(?:e|ing)\s+out|skip|drop|remove|omit|avoid|spare|retain|keep|hold\s+back|carve\s+out|set\s+aside|take\s+out|ring[-\s]?fence|protect|${KEEP_OUT_VERB})\s+|(?:leav(?:e|ing)|hold(?:ing)?|set(?:ting)?|tak(?:e|ing)|keep(?:ing)?|carv(?:e|ing)|rul(?:e|ing)|strik(?:e|ing)|cross(?:ing)?)\s+(?=${PRONOUN_WORDS}\s+(?:out|back|aside|off)\b))(?<pronoun>${PRONOUN_WORDS})(?![a-z])(?:\s+(?:out|back|aside|off))?`,
  'g',
);
/**
 * "could the Cicero Main Plant be included? It will not be": a negated "be" that ends its clause repeats the
 * verb asked about before it (included, sold, offered), so it rules the pronoun's list out.
 */
const ELLIPTICAL_NOT = String.raw`(?:will|would|shall|can|could|should|is|are|must)\s+not\s+be(?=\s*(?:[.;,!?]|$))|(?:won't|wouldn't|can't|isn't|aren't|shouldn't)\s+be(?=\s*(?:[.;,!?]|$))`;
/** "they are excluded", "both must be retained", "those stay with us", "it will not be". */
const PRONOUN_RULED_OUT = new RegExp(
  String.raw`\b(?<pronoun>they|these|those|both(?:\s+of\s+them)?|all\s+of\s+them|it)\s+(?:${RULED_OUT}|${ELLIPTICAL_NOT})(?![a-z])`,
  'g',
);
/** "... are off limits, and so is Georgia": one more item ruled out like the ones before it in the sentence. */
const SO_IS =
  /\b(?:and\s+so\s+(?:is|are|does|do)|as\s+(?:is|are|does|do)|nor\s+(?:is|are)|and\s+(?:the\s+)?same\s+(?:goes\s+)?for|(?:the\s+)?same\s+(?:goes\s+)?for|and\s+likewise|likewise)\s+/g;
/** What joins two places of one list: "TX + OH", "Texas, Ohio", "TX and OH". */
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\+\s*|\/\s*)$/;
const ONLY_AFTER = /^(?:\s+(?:sites?|assets?|properties|markets?|metros?))?\s+only\b/;
const SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\+\s*|\/\s*|nor\s+|as\s+well\s+as\s+|plus\s+)/;
/** An asset id: starts with a letter, contains a digit, letters, digits and hyphens ("DAL-01", "A7"). */
const ASSET_ID = /^(?=[A-Za-z0-9-]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9-])/;

interface ListItem {
  readonly match: VocabularyMatch | null;
  readonly assetId: string | null;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the markets, states, asset types and asset ids a brief names. A list
 * after an exclusion word ("exclude", "outside", "not in", "avoid", "except",
 * "no", "keep") rules its items out; any other mention asks for it. States
 * expand to the portfolio markets in them (through the built-in metro table).
 * Places the portfolio does not hold are dropped and said so: excluding one
 * changes nothing, and asking only for one is reported as not understood rather
 * than turned into a filter that matches nothing.
 */
export function readPlacesAndTypes(text: BriefText, vocabulary: PlaceVocabulary): PlaceTypeReading {
  const included: ListItem[] = [];
  const excluded: ListItem[] = [];
  const notes: string[] = [];
  const unrepresentable: string[] = [];
  const notices: Notice[] = [];
  /** Where each exclusion read so far ends, so that "and so is Georgia" can follow one. */
  const exclusionEnds: number[] = [];

  // "labs and plants are off the table": the list comes before the words that rule it out.
  for (const match of text.freeMatches(TRAILING_EXCLUDE)) {
    const found = listEndingAt(text, match.index, vocabulary);
    const end = match.index + match[0].length;
    if (found === null || !text.isFree(found.start, end)) continue;
    text.claim(found.start, end);
    exclusionEnds.push(end);
    if (found.list.compound) unrepresentable.push(text.source.slice(found.start, end).trim());
    else excluded.push(...found.list.items);
  }
  for (const match of text.freeMatches(INCLUDE_TRIGGER)) {
    const list = readList(text, match.index + match[0].length, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    included.push(...list.items);
    text.claim(match.index, list.end);
  }
  for (const match of text.freeMatches(EXCLUDE_TRIGGER)) {
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    text.claim(match.index, list.end);
    exclusionEnds.push(list.end);
    if (list.compound) {
      // "except the Chicago HQ" means one market's offices, which no spec filter
      // can say; ruling out all of Chicago or every office would be a guess.
      unrepresentable.push(text.source.slice(match.index, list.end).trim());
      continue;
    }
    excluded.push(...list.items);
  }
  for (const match of text.freeMatches(NEGATED_CONTINUATION)) {
    const clause = text.clauseAround(match.index);
    if (!NEGATION_WORD.test(text.lower.slice(clause.start, match.index))) continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    text.claim(match.index, list.end);
    exclusionEnds.push(list.end);
    if (list.compound) unrepresentable.push(text.source.slice(match.index, list.end).trim());
    else excluded.push(...list.items);
  }
  for (const match of text.freeMatches(SO_IS)) {
    const sentenceStart = sentenceStartBefore(text, match.index);
    if (!exclusionEnds.some((end) => end > sentenceStart && end <= match.index)) continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    text.claim(match.index, list.end);
    if (list.compound) unrepresentable.push(text.source.slice(match.index, list.end).trim());
    else excluded.push(...list.items);
  }
  // "the Fontana Warehouse and the Riverside Cross-Dock are under contract, so exclude them": the pronoun
  // stands for the last list written before it in its sentence ("it" for that list's last item).
  for (const pattern of [RULE_OUT_PRONOUN, PRONOUN_RULED_OUT]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      const found = lastListBefore(text, sentenceStartBefore(text, match.index), match.index, vocabulary);
      if (found === null) continue;
      const items = match.groups?.['pronoun'] === 'it' ? found.list.items.slice(-1) : found.list.items;
      text.claim(found.start, found.list.end);
      text.claim(match.index, end);
      if (found.list.compound) unrepresentable.push(text.source.slice(found.start, found.list.end).trim());
      else excluded.push(...items);
    }
  }
  for (let index = 0; index < text.lower.length; index += 1) {
    if (text.isClaimed(index)) continue;
    // "the Joliet Distribution Center is leased to a key customer": an asset named in full is that asset, not
    // its type or market asked for; with no word ruling it out, a spec cannot say it, so it is reported.
    const inContext = vocabulary.matchAt(text.lower, index, true, text.source);
    const named = inContext?.item.kind === 'asset' ? assetNamedInFull(text, inContext, vocabulary) : null;
    if (named !== null) {
      unrepresentable.push(`${text.source.slice(index, named)} (an asset named without a word that rules it out)`);
      text.claim(index, named);
      index = named - 1;
      continue;
    }
    // The longest phrase in context is the one out of context too, unless it needs context (an asset, "la", "IN"),
    // which a state code has when it follows another place in a list ("TX + OH only").
    const previous = included[included.length - 1];
    const listed =
      inContext?.item.kind === 'state' &&
      previous !== undefined &&
      previous.match?.item.kind === 'state' &&
      LIST_JOINER.test(text.lower.slice(previous.end, index));
    const match =
      inContext === null || (inContext.needsContext === true && !listed)
        ? vocabulary.matchAt(text.lower, index, false, text.source)
        : inContext;
    if (match === null || !text.isFree(match.start, match.end)) continue;
    included.push({ match, assetId: null, start: match.start, end: match.end });
    text.claim(match.start, match.end);
    index = match.end - 1;
  }

  const includeMarkets = new Set<string>();
  const excludeMarkets = new Set<string>();
  const unknownPortfolio = vocabulary.markets.length === 0;
  const resolve = (item: ListItem, target: Set<string>, including: boolean): void => {
    const match = item.match;
    if (match === null) return;
    const phrase = text.source.slice(item.start, item.end);
    if (match.item.kind === 'market') for (const market of match.item.markets) target.add(market);
    else if (match.item.kind === 'asset') {
      const ids = match.item.assetIds;
      if (ids.length === 0) {
        notices.push({
          code: 'unknown_asset',
          severity: 'warning',
          message: `"${phrase}" names no asset of the portfolio, so nothing was excluded for it`,
          field: 'asset_filters.exclude_asset_ids',
        });
      } else {
        for (const id of ids) if (!assetIdsRead.includes(id)) assetIdsRead.push(id);
        notices.push({
          code: 'asset_resolved',
          severity: 'info',
          message: `"${phrase}" read as ${describeAssets(ids, vocabulary)}`,
          field: 'asset_filters.exclude_asset_ids',
        });
      }
    } else if (match.item.kind === 'metro') {
      if (unknownPortfolio) target.add(match.item.metro);
      else if (including) unrepresentable.push(`${phrase} (not a market in the portfolio)`);
      else {
        notes.push(`"${phrase}" is not a market in the portfolio, so excluding it changes nothing`);
        notices.push({
          code: 'unknown_market',
          severity: 'warning',
          message: `"${phrase}" is not a market of the portfolio (markets: ${vocabulary.markets.join(', ')}), so excluding it changes nothing`,
          field: 'asset_filters.exclude_markets',
        });
      }
    } else if (match.item.kind === 'state') {
      const state = match.item.state;
      const markets = unknownPortfolio
        ? vocabulary.metrosInState(state)
        : vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === state);
      const unplaced = unknownPortfolio ? [] : vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === undefined);
      if (markets.length === 0) {
        if (including) unrepresentable.push(`${phrase} (no market in the portfolio is in ${match.item.name})`);
        else {
          notes.push(`no market in the portfolio is in ${match.item.name}, so "${phrase}" excludes nothing`);
          notices.push({
            code: 'unknown_market',
            severity: 'warning',
            message: `no market of the portfolio is in ${match.item.name}, so "${phrase}" excludes nothing`,
            field: 'asset_filters.exclude_markets',
          });
        }
      } else {
        for (const market of markets) target.add(market);
        notes.push(`${match.item.name} read as ${markets.join(', ')} (built-in metro table)`);
        notices.push({
          code: 'state_resolved',
          severity: 'info',
          message: `${match.item.name} read as ${markets.join(', ')} (the portfolio's markets in it)`,
          field: including ? 'asset_filters.include_markets' : 'asset_filters.exclude_markets',
        });
      }
      if (unplaced.length > 0)
        notes.push(`markets not in the built-in metro table were taken as outside ${match.item.name}: ${unplaced.join(', ')}`);
    }
  };
  const assetIdsRead: string[] = [];
  for (const item of included) if (item.match?.item.kind !== 'asset') resolve(item, includeMarkets, true);
  for (const item of excluded) resolve(item, excludeMarkets, false);

  const includeTypes = new Set<AssetType>();
  const excludeTypes = new Set<AssetType>();
  for (const item of included) if (item.match?.item.kind === 'type') includeTypes.add(item.match.item.assetType);
  for (const item of excluded) if (item.match?.item.kind === 'type') excludeTypes.add(item.match.item.assetType);
  const knownIds = new Set(vocabulary.assets.map((asset) => asset.asset_id));
  const excludeAssetIds = [...assetIdsRead];
  for (const item of excluded) {
    if (item.assetId === null || excludeAssetIds.includes(item.assetId)) continue;
    if (knownIds.size > 0 && !knownIds.has(item.assetId)) {
      notices.push({
        code: 'unknown_asset',
        severity: 'warning',
        message: `"${item.assetId}" is not an asset id of the portfolio, so nothing was excluded for it`,
        field: 'asset_filters.exclude_asset_ids',
      });
      continue;
    }
    excludeAssetIds.push(item.assetId);
  }

  return {
    includeMarkets: inPortfolioOrder(includeMarkets, vocabulary.markets),
    excludeMarkets: inPortfolioOrder(excludeMarkets, vocabulary.markets),
    includeTypes: ASSET_TYPES.filter((assetType) => includeTypes.has(assetType)),
    excludeTypes: ASSET_TYPES.filter((assetType) => excludeTypes.has(assetType)),
    excludeAssetIds,
    notes,
    unrepresentable,
    notices,
  };
}

function describeAssets(ids: readonly string[], vocabulary: PlaceVocabulary): string {
  return ids
    .map((id) => {
      const asset = vocabulary.assets.find((candidate) => candidate.asset_id === id);
      return asset === undefined ? id : `${id} (${asset.name})`;
    })
    .join(', ');
}

/** The portfolio markets a place item stands for (none for a metro outside the portfolio or a type). */
function marketsOf(item: ListItem, vocabulary: PlaceVocabulary): string[] {
  const named = item.match?.item;
  if (named?.kind === 'market') return [...named.markets];
  if (named?.kind === 'state') return vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === named.state);
  return [];
}

/**
 * Two items written as one ("the Dallas HQ", "Fontana warehouse", "the Newark
 * office", "offices in Chicago") read as the assets both describe, when the
 * portfolio's assets are known; null when they are not one phrase or cannot be read so.
 */
function mergeAdjacent(text: BriefText, previous: ListItem, next: ListItem, vocabulary: PlaceVocabulary): ListItem | null {
  if (vocabulary.assets.length === 0) return null;
  const between = text.lower.slice(previous.end, next.start);
  if (/[,&/]|\b(?:and|or|nor|plus)\b/.test(between)) return null;
  const isPlace = (kind: string | undefined): boolean => kind === 'market' || kind === 'state' || kind === 'metro';
  const asset = [previous, next].find((item) => item.match?.item.kind === 'asset');
  const place = [previous, next].find((item) => isPlace(item.match?.item.kind));
  const type = [previous, next].find((item) => item.match?.item.kind === 'type');
  let ids: string[];
  if (asset !== undefined && (place !== undefined || type !== undefined)) {
    const named = asset.match?.item;
    ids = named?.kind === 'asset' ? [...named.assetIds] : [];
    if (place !== undefined) {
      const markets = marketsOf(place, vocabulary);
      ids = ids.filter((id) => markets.includes(vocabulary.assets.find((candidate) => candidate.asset_id === id)?.market.trim() ?? ''));
    }
    if (type !== undefined && type.match?.item.kind === 'type') {
      const assetType = type.match.item.assetType;
      const ofType = ids.filter((id) => vocabulary.assets.find((candidate) => candidate.asset_id === id)?.asset_type === assetType);
      // "the Fontana warehouse" for an asset filed as a distribution center still names it.
      if (ofType.length > 0) ids = ofType;
    }
  } else if (place !== undefined && type !== undefined) {
    const markets = marketsOf(place, vocabulary);
    const assetType = type.match?.item.kind === 'type' ? type.match.item.assetType : null;
    ids = vocabulary.assets
      .filter((candidate) => markets.includes(candidate.market.trim()) && candidate.asset_type === assetType)
      .map((candidate) => candidate.asset_id);
  } else return null;
  const start = Math.min(previous.start, next.start);
  const end = Math.max(previous.end, next.end);
  const phrase = text.source.slice(start, end);
  return { match: { item: { kind: 'asset', assetIds: ids, phrase }, start, end }, assetId: null, start, end };
}

/**
 * The list that ends right before `index` (spaces apart) in its clause, read
 * from the earliest word where one starts: "with the Riverside Cross-Dock
 * excluded", "every site in Ohio left alone", "labs and plants are off the table".
 */
function listEndingAt(
  text: BriefText,
  index: number,
  vocabulary: PlaceVocabulary,
): { start: number; list: NonNullable<ReturnType<typeof readList>> } | null {
  const clause = text.clauseAround(index);
  for (let start = clause.start; start < index; start += 1) {
    if (start > clause.start && /[a-z0-9]/.test(text.lower[start - 1] ?? '')) continue;
    if (!/[a-z0-9]/.test(text.lower[start] ?? '')) continue;
    const list = readList(text, start, vocabulary, true);
    if (list !== null && list.end <= index && isSubjectGap(text.lower.slice(list.end, index), vocabulary)) return { start, list };
  }
  return null;
}

/** True when the words between a list and what rules it out leave the list the subject (`SUBJECT_GAP`). */
function isSubjectGap(gap: string, vocabulary: PlaceVocabulary): boolean {
  if (gap.trim() === '') return true;
  if (!SUBJECT_GAP.test(gap) || SUBJECT_GAP_STOP.test(gap)) return false;
  const lower = gap.toLowerCase();
  for (let index = 0; index < lower.length; index += 1) if (vocabulary.matchAt(lower, index, false) !== null) return false;
  return true;
}

/** The last list of places, types or assets written in [from, to), or null. */
function lastListBefore(
  text: BriefText,
  from: number,
  to: number,
  vocabulary: PlaceVocabulary,
): { start: number; list: NonNullable<ReturnType<typeof readList>> } | null {
  let last: { start: number; list: NonNullable<ReturnType<typeof readList>> } | null = null;
  for (let start = from; start < to; start += 1) {
    if (start > from && /[a-z0-9]/.test(text.lower[start - 1] ?? '')) continue;
    if (!/[a-z0-9]/.test(text.lower[start] ?? '') || text.isClaimed(start)) continue;
    const list = readList(text, start, vocabulary, true);
    if (list === null || list.end > to) continue;
    last = { start, list };
    start = list.end - 1;
  }
  return last;
}

/** Where the sentence holding `index` starts: after the last full stop, question or exclamation mark, or line break. */
function sentenceStartBefore(text: BriefText, index: number): number {
  for (let position = index - 1; position >= 0; position -= 1) {
    const character = text.source[position] ?? '';
    if (character === '!' || character === '?' || character === '\n') return position + 1;
    if (character === '.' && !(/\d/.test(text.source[position - 1] ?? '') && /\d/.test(text.source[position + 1] ?? '')))
      return position + 1;
  }
  return 0;
}

/** Portfolio markets in portfolio order, then any others in the order first named. */
function inPortfolioOrder(markets: ReadonlySet<string>, portfolio: readonly string[]): string[] {
  const ordered = portfolio.filter((market) => markets.has(market));
  for (const market of markets) if (!ordered.includes(market)) ordered.push(market);
  return ordered;
}

function readList(
  text: BriefText,
  from: number,
  vocabulary: PlaceVocabulary,
  allowIds: boolean,
): { items: ListItem[]; end: number; compound: boolean } | null {
  const items: ListItem[] = [];
  let position = from;
  let end = from;
  let compound = false;
  let commaOnly = false;
  for (;;) {
    let cursor = position;
    // "ex-Dallas": the hyphen belongs to the trigger.
    for (let filler = LIST_FILLER.exec(text.lower.slice(cursor)); filler !== null; filler = LIST_FILLER.exec(text.lower.slice(cursor))) {
      cursor += filler[0].length;
    }
    cursor = skipSpaces(text.lower, cursor);
    if (cursor < text.lower.length && text.lower[cursor] === '-') cursor = skipSpaces(text.lower, cursor + 1);
    let item = readItem(text, cursor, vocabulary, allowIds);
    if (item === null) break;
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
    if (previous !== undefined && commaOnly && categoryOf(previous) !== categoryOf(item)) break;
    // "no labs and California sites only": an item followed by "only" starts an allow-list, not more exclusions.
    if (previous !== undefined && ONLY_AFTER.test(text.lower.slice(item.end))) break;
    const merged = previous !== undefined && previous.end === end ? mergeAdjacent(text, previous, item, vocabulary) : null;
    if (merged !== null) {
      items[items.length - 1] = merged;
      end = merged.end;
    } else {
      // "Chicago offices" / "offices in Chicago" with the assets unknown: a market and a type written as one item.
      if (previous !== undefined && previous.end === end && isCompound(text, previous, item)) compound = true;
      items.push(item);
      end = item.end;
    }
    const trailing = TRAILING_NOUN.exec(text.lower.slice(end));
    if (trailing !== null) end += trailing[0].length;
    const separator = SEPARATOR.exec(text.lower.slice(end));
    const adjacent = /^\s+(?:in\s+|at\s+)?/.exec(text.lower.slice(end));
    commaOnly = separator !== null && /^\s*,\s*$/.test(separator[0]);
    if (separator !== null) position = end + separator[0].length;
    else if (adjacent !== null && readItem(text, end + adjacent[0].length, vocabulary, false) !== null) position = end + adjacent[0].length;
    else break;
  }
  if (items.length === 0) return null;
  return { items, end, compound };
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

function readItem(text: BriefText, index: number, vocabulary: PlaceVocabulary, allowIds: boolean): ListItem | null {
  if (index >= text.lower.length || !text.isFree(index, index + 1)) return null;
  const match = vocabulary.matchAt(text.lower, index, true, text.source);
  if (match !== null && text.isFree(match.start, match.end)) {
    const end = match.item.kind === 'asset' ? restOfAssetName(text, match.end, match.item.assetIds, vocabulary) : match.end;
    return { match: { ...match, end }, assetId: null, start: match.start, end };
  }
  if (!allowIds) return null;
  const id = ASSET_ID.exec(text.source.slice(index));
  if (id === null || !text.isFree(index, index + id[0].length)) return null;
  // An id must look like one: a hyphen or an upper-case letter next to digits, so
  // that words such as "q3" or "2x" in running text are not taken for ids.
  if (!/[A-Z]/.test(id[0]) && !id[0].includes('-')) return null;
  return { match: null, assetId: id[0], start: index, end: index + id[0].length };
}

/** Where a mention of an asset by its full name ("Joliet Distribution Center") that `match` starts ends, or null. */
function assetNamedInFull(text: BriefText, match: VocabularyMatch, vocabulary: PlaceVocabulary): number | null {
  if (match.item.kind !== 'asset' || !text.isFree(match.start, match.end)) return null;
  const index = match.start;
  const ids = match.item.assetIds;
  const end = restOfAssetName(text, match.end, ids, vocabulary);
  const phrase = normalisePhrase(text.lower.slice(index, end));
  const full = vocabulary.assets.some((asset) => {
    if (!ids.includes(asset.asset_id)) return false;
    const name = normalisePhrase(asset.name.replace(/[()]/g, ' '));
    // "Southeast Sortation Hub, Fairburn" is named in full without the place after its comma.
    return phrase === name.replace(/,/g, '') || phrase === normalisePhrase(name.split(',')[0] ?? '');
  });
  return full ? end : null;
}

/**
 * Where an asset named by part of its name ends: the words that follow and
 * continue the name of one of the assets it names ("the Southeast Sortation"
 * + "Hub" for "Southeast Sortation Hub, Fairburn") belong to it.
 */
function restOfAssetName(text: BriefText, from: number, assetIds: readonly string[], vocabulary: PlaceVocabulary): number {
  const nameWords = new Set(
    vocabulary.assets
      .filter((asset) => assetIds.includes(asset.asset_id))
      .flatMap((asset) => normalisePhrase(asset.name.replace(/[,()]/g, ' ')).split(' ')),
  );
  let end = from;
  for (;;) {
    const next = /^\s+([a-z0-9][a-z0-9'-]*)/.exec(text.lower.slice(end));
    if (next === null || !nameWords.has(next[1] ?? '') || !text.isFree(end, end + next[0].length)) return end;
    end += next[0].length;
  }
}

function skipSpaces(text: string, index: number): number {
  let position = index;
  while (position < text.length && /\s/.test(text[position] ?? '')) position += 1;
  return position;
}
