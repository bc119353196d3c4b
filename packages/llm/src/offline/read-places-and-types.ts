import { ASSET_TYPES, type AssetType, type Notice } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import {
  ANSWER_WITHOUT_YES,
  ANSWER_YES,
  ASKED_WHAT_IS_RULED_OUT,
  AVOID,
  KEEP_OUT_VERB,
  NOT_WILLING,
  RULED_OUT,
  SELL_VERB,
} from './exclusion-words.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { assetNamedInFull, readList, type ListItem } from './read-place-list.js';

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
      String.raw`(?:excluded|exclusions?|ruled[-\s]out|carve[-\s]?outs?|retained|hold[-\s]?backs?|not\s+for\s+sale|off[-\s]?limits|off\s+the\s+table|out\s+of\s+scope|not\s+in\s+scope|no[-\s]go(?:\s+(?:zones?|areas?))?|do\s+not\s+(?:sell|touch|include)|(?:to\s+)?(?:keep|retain|avoid))(?:\s+(?:sites?|assets?|properties|markets?|metros?|cities|states|locations?|buildings?|ids?|list))?\s*(?::|-(?=\s))`,
      // "must exclude the following assets from any proposal: ...": the list after the colon.
      String.raw`(?:exclud(?:e|es|ed|ing)|leav(?:e|ing)\s+out|remov(?:e|ing)|(?:do\s+not|don't|will\s+not|won't)\s+sell)\s+the\s+following\b[^:.;!?\n]{0,60}:`,
      // "Remove from scope:", "Out of the programme:", "Kept out of the sale:".
      String.raw`(?:(?:exclud(?:e|ed)|remov(?:e|ed)|(?:left|leave|kept|keep|carved?|taken?)\s+out|out)\s+(?:of|from)\s+(?:the\s+)?(?:scope|program|programme|sale|perimeter|deal|transaction))\s*:`,
      String.raw`exclud(?:e|es|ing)|except(?:\s+for)?|outside(?:\s+of)?|not\s+(?:in|from)|nothing(?:\s+at\s+all)?\s+(?:in|from)|none\s+(?:in|from)`,
      String.raw`no\s+(?:assets?|sites?|properties|sales?|exposure)\s+(?:in|from)|no\s+(?:sales?|disposals?|divestments?)\s+of|${AVOID}|other\s+than|apart\s+from`,
      String.raw`(?:anywhere|anything|everywhere|everything)\s+(?:but|except)|excl\.|excl|w\/o(?:\s+(?:touching|selling|using))?`,
      String.raw`without\s+(?:touching|selling|using)`,
      // "Not selling in Arizona", "no property of the Company's Phoenix operations", "any market but Dallas".
      String.raw`not\s+(?:to\s+)?(?:${SELL_VERB})`,
      String.raw`no\s+(?:property|properties|assets?|sites?|buildings?|part)\s+of`,
      String.raw`(?:any|every|all)\s+(?:markets?|metros?|assets?|sites?|property|properties|buildings?|states?|city|cities|places?)\s+(?:but|except|other\s+than)`,
      // "would rather not sell anything in", "won't part with", "must not divest".
      String.raw`${NOT_WILLING}\s+(?:be\s+)?(?:${SELL_VERB})(?:\s+(?:any|anything\s+in|our|the))?`,
      // "hold back the Tempe Office", "carve out Ohio", "ring-fence the Dallas HQ".
      KEEP_OUT_VERB,
      String.raw`leav(?:e|ing)\s+out|leav(?:e|ing)|without|but\s+not|not|no|skip(?:ping)?|omit(?:ting)?`,
      String.raw`keep(?:s|ing)?|retain(?:s|ing)?|hold(?:s|ing)?\s+on\s*to|drop(?:s|ping)?|ex`,
    ].join('|') +
    String.raw`)(?=[\s:-])`,
  'g',
);
/**
 * "don't touch anything mission-critical or any of our Chicago plants": an "or"
 * that continues a negation another reader already claimed. Only counts when a
 * negation word comes earlier in the same clause.
 */
const NEGATED_CONTINUATION = /\b(?:or|nor|and)\s+(?:any(?:thing)?\s+)?(?:of\s+)?(?=\S)/g;
/** An allow-list after the continuation ("no mortgaged sites and Texas only"), which "and" must not rule out. */
const ONLY_NEXT = /^(?:\s+(?:sites?|assets?|properties|markets?|metros?))?\s+only\b/;
const NEGATION_WORD =
  /\b(?:no|not|nothing|none|never|don'?t|won'?t|avoid(?:ing)?|exclud(?:e|ing)|without|except|leav(?:e|ing)\s+out|skip(?:ping)?|omit(?:ting)?|remov(?:e|ing)|rul(?:e|ing)\s+out)\b/;
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
  String.raw`\b(?:(?:(?:are|is|am|'re|were)\s+not|aren't|isn't|not|never|${NOT_WILLING})\s+(?:going\s+to\s+)?(?:${SELL_VERB})\s+|(?:exclud(?:e|ing)|leav(?:e|ing)\s+out|skip|drop|remove|omit|avoid|spare|retain|keep|hold\s+back|carve\s+out|set\s+aside|take\s+out|ring[-\s]?fence|protect|${KEEP_OUT_VERB})\s+|(?:leav(?:e|ing)|hold(?:ing)?|set(?:ting)?|tak(?:e|ing)|keep(?:ing)?|carv(?:e|ing)|rul(?:e|ing)|strik(?:e|ing)|cross(?:ing)?)\s+(?=${PRONOUN_WORDS}\s+(?:out|back|aside|off)\b))(?<pronoun>${PRONOUN_WORDS})(?![a-z])(?:\s+(?:out|back|aside|off))?`,
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
/**
 * A question whether something will be sold: "Will you touch the Chandler data centre?", "whether we'd include
 * Kearny Legacy Plant", "Would the company sell its headquarters?". The list follows.
 */
const ASKED_TO_SELL = new RegExp(
  String.raw`\b(?:will|would|could|can|should|shall|do|does|whether|if)\s+(?:you|we|they|the\s+(?:company|group|board|business)|management)(?:'d|'ll|\s+(?:would|will|might|could))?\s+(?:(?:be\s+)?(?:willing|able|looking|planning|prepared)\s+to\s+)?(?:${SELL_VERB})(?=\s)`,
  'g',
);
/**
 * The answer "no" right after the question: "? No", "? A (CFO): No -", "...Plant: we will not", "? We won't".
 * Only a few characters of the question may follow the list (", then", "at all").
 */
const ANSWERED_NO =
  /^[^.;!?:\n]{0,20}[?:]\s*["']?\s*(?:[a-z]+\s*(?:\([^)]*\)\s*)?:\s*)?(?:no\b|nope\b|never\b|not\s+at\s+all|absolutely\s+not|(?:we|they|it|the\s+company)\s+(?:will\s+not|won't|would\s+not|wouldn't|shall\s+not|do\s+not|don't|does\s+not|doesn't)\b)/;

const ASKED_RULED_OUT = new RegExp(ASKED_WHAT_IS_RULED_OUT, 'g');
const ANSWERED_YES = new RegExp(`^${ANSWER_YES}`);
/** "Anything off limits? A: The Tempe office": an answer that names what is ruled out without saying yes. */
const ANSWERED_WITH_A_LIST = new RegExp(`^${ANSWER_WITHOUT_YES}`);

/** What joins two places of one list: "TX + OH", "Texas, Ohio", "TX and OH". */
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\+\s*|\/\s*)$/;

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
    // "Dallas: no", "Houston - not for sale": a list, a colon or a dash, and its verdict.
    // "Are offices off the table?" asks; it rules nothing out.
    if (/^\s*\?/.test(text.lower.slice(match.index + match[0].length))) continue;
    const mark = lastLetterBefore(text, match.index);
    const found =
      listEndingAt(text, match.index, vocabulary) ??
      (text.lower[mark] === ':' || text.lower[mark] === '-' ? listEndingAt(text, mark, vocabulary) : null);
    const end = match.index + match[0].length;
    // The words after the verdict may hold a figure already read ("not part of the USD 100m programme").
    if (found === null || !text.isFree(found.start, match.index + 1)) continue;
    text.claim(found.start, end);
    exclusionEnds.push(end);
    if (found.list.compound) unrepresentable.push(text.source.slice(found.start, end).trim());
    else excluded.push(...found.list.items);
  }
  // "Will you touch the Chandler data centre? No": a list asked about and refused is ruled out.
  for (const match of text.freeMatches(ASKED_TO_SELL)) {
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    const answer = ANSWERED_NO.exec(text.lower.slice(list.end));
    if (answer === null) continue;
    text.claim(match.index, list.end + answer[0].length);
    exclusionEnds.push(list.end + answer[0].length);
    if (list.compound) unrepresentable.push(text.source.slice(match.index, list.end).trim());
    else excluded.push(...list.items);
  }
  // "Any assets off-limits? A: Yes, anything mission-critical, and every manufacturing plant": every list in the
  // sentence that answers yes, or that answers with the list itself ("A: The Tempe office"), is ruled out.
  for (const match of text.freeMatches(ASKED_RULED_OUT)) {
    const answerStart = match.index + match[0].length;
    const answer = ANSWERED_YES.exec(text.lower.slice(answerStart)) ?? ANSWERED_WITH_A_LIST.exec(text.lower.slice(answerStart));
    if (answer === null) continue;
    const end = sentenceEndAfter(text, answerStart + answer[0].length);
    for (let start = answerStart + answer[0].length; start < end; start += 1) {
      if (/[a-z0-9]/.test(text.lower[start - 1] ?? '') || !/[a-z0-9]/.test(text.lower[start] ?? '') || text.isClaimed(start)) continue;
      const list = readList(text, start, vocabulary, true);
      if (list === null || list.end > end || !text.isFree(start, list.end)) continue;
      text.claim(start, list.end);
      exclusionEnds.push(list.end);
      if (list.compound) unrepresentable.push(text.source.slice(start, list.end).trim());
      else excluded.push(...list.items);
      start = list.end - 1;
    }
  }
  for (const match of text.freeMatches(INCLUDE_TRIGGER)) {
    const list = readList(text, match.index + match[0].length, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    included.push(...list.items);
    text.claim(match.index, list.end);
  }
  for (const match of text.freeMatches(EXCLUDE_TRIGGER)) {
    // A label's list may run on with semicolons ("Excluded markets: Dallas; Houston").
    const list = readList(text, match.index + match[0].length, vocabulary, true, match[0].endsWith(':'));
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
    // "nor" carries a negation of its own ("we will not, nor the Cicero plant"); "and" continues only an
    // exclusion read right before it ("exclude anything with a mortgage and the Pasadena plant").
    const joined = match[0].startsWith('and') ? 'and' : match[0].startsWith('nor') ? 'nor' : 'or';
    // Never after a figure: "no less than 0.55 and from warehouses" ends a limit, not an exclusion.
    const before = text.lower.slice(clause.start, match.index);
    if (joined === 'and' && (!text.isClaimed(lastLetterBefore(text, match.index)) || /\d/.test(before))) continue;
    if (joined !== 'nor' && !NEGATION_WORD.test(before)) continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    if (joined === 'and' && ONLY_NEXT.test(text.lower.slice(list.end))) continue;
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

/** The index of the last character before `index` that is not a space (-1 when there is none). */
function lastLetterBefore(text: BriefText, index: number): number {
  let position = index - 1;
  while (position >= 0 && /\s/.test(text.lower[position] ?? '')) position -= 1;
  return position;
}

/** Where the sentence holding `index` ends: at the next full stop, question or exclamation mark, or line break. */
function sentenceEndAfter(text: BriefText, index: number): number {
  for (let position = index; position < text.source.length; position += 1) {
    const character = text.source[position] ?? '';
    if (character === '!' || character === '?' || character === '\n') return position;
    if (character === '.' && !(/\d/.test(text.source[position - 1] ?? '') && /\d/.test(text.source[position + 1] ?? ''))) return position;
  }
  return text.source.length;
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
