import type { AssetType } from '@leaseback/domain';
import { ASSET_TYPE_WORDS } from './asset-type-vocabulary.js';
import { MisspeltNames } from './misspelt-asset-names.js';
import { CAPITALS_ONLY_ALIASES, US_METROS, US_STATES, type MetroEntry } from './us-metro-states.js';

/** What a phrase in a brief can name. */
export type VocabularyItem =
  /** One or more portfolio markets, in the portfolio's spelling. */
  | { readonly kind: 'market'; readonly markets: readonly string[] }
  /** A known metro that is not a portfolio market. */
  | { readonly kind: 'metro'; readonly metro: string }
  /** A US state, by postal code and name. */
  | { readonly kind: 'state'; readonly state: string; readonly name: string }
  /** An asset type. */
  | { readonly kind: 'type'; readonly assetType: AssetType }
  /**
   * Assets named in words: "the Fontana warehouse", "Las Colinas", "HQ". `assetIds`
   * is empty when the phrase names no asset of the portfolio ("headquarters" in a
   * portfolio without one). Only read after an exclusion word.
   */
  | { readonly kind: 'asset'; readonly assetIds: readonly string[]; readonly phrase: string };

/** What the vocabulary knows of one asset, to read it by name. */
export interface NamedAsset {
  readonly asset_id: string;
  readonly name: string;
  readonly asset_type: AssetType;
  readonly market: string;
}

/**
 * Words a brief uses for a headquarters. Asked for ("offices and HQ buildings")
 * they are offices; ruled out ("except headquarters") they name the office assets
 * whose name says so, never every office.
 */
export const HEADQUARTERS_WORDS: readonly string[] = ['headquarters', 'head offices', 'head office', 'hqs', 'hq'];
const HEADQUARTERS_NAME = /\b(?:headquarters|hq|head\s+office)\b/i;
/** Words of asset names too common to name one asset on their own. */
const GENERIC_NAME_WORDS = new Set(
  `the and of at on in for main new old north south east west central regional automated parts counter store stores office offices
   warehouse warehouses center centre centers hub hubs plant plants lab labs research data distribution sortation cross-dock dock
   cold storage rail-served rail served packaging legacy village port city park campus building facility site`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * States a brief names by a short name alone, the last word of their name ("no Jersey") or the everyday clipping
 * ("no Cali"), where that word names nothing else.
 */
const STATE_SHORT_NAMES: Readonly<Record<string, string>> = { jersey: 'new jersey', cali: 'california' };

interface Entry {
  readonly phrase: string;
  readonly item: VocabularyItem;
  /** Two-letter aliases ("la", "sf") are only trusted right after a word such as "in" or "exclude". */
  readonly needsContext: boolean;
  /** A state's postal code counts only written in capitals ("no AZ"), never as the word "in" or "or". */
  readonly capitalsOnly?: boolean;
}

/**
 * Postal codes that are also words or common abbreviations in a brief ("IN", "OR", "OK", "PA" for per
 * annum, "CO", "ME"): read only after a word that introduces a place ("exclude", "no", "in") or in a list
 * with other places, never on their own.
 */
const AMBIGUOUS_STATE_CODES = new Set([
  'AL',
  'AS',
  'CO',
  'CT',
  'DE',
  'HI',
  'ID',
  'IN',
  'LA',
  'MA',
  'MD',
  'ME',
  'MO',
  'MS',
  'MT',
  'ND',
  'NE',
  'OH',
  'OK',
  'OR',
  'PA',
  'SC',
  'SD',
]);

/** A phrase matched at a position of the lower-cased brief. */
export interface VocabularyMatch {
  readonly item: VocabularyItem;
  readonly start: number;
  readonly end: number;
  /** True for a phrase read only in context (an asset's name, a two-letter alias, an ambiguous state code). */
  readonly needsContext?: boolean;
}

/**
 * The places and asset types a brief may name, resolved against the portfolio:
 * its markets (matched case-insensitively, also by their city part when written
 * `City, ST`, and by the metro aliases in the built-in table), the other metros
 * of the table, US state names, and the asset-type words.
 */
export class PlaceVocabulary {
  /** Portfolio markets in the order given (sorted in an AssetSummary). */
  readonly markets: readonly string[];
  /**
   * Entries by their first two characters (see `openingKey`), each list longest phrase first: a position only tries
   * the phrases that can start there. A one-character phrase is listed under its character alone.
   */
  private readonly entriesByOpening: ReadonlyMap<number, readonly Entry[]>;
  private readonly metros: readonly MetroEntry[];
  /** The one-word names of assets, to read one written a letter off ("the Tollison DC"). */
  private readonly misspeltNames: MisspeltNames;

  /** The portfolio's assets, when known (asset names are read only then). */
  readonly assets: readonly NamedAsset[];

  constructor(markets: readonly string[], extraMetros: readonly MetroEntry[] = [], assets: readonly NamedAsset[] = []) {
    this.assets = assets;
    this.markets = [...new Set(markets.filter((market) => market.trim() !== ''))];
    this.metros = [...extraMetros, ...US_METROS];
    const byPhrase = new Map<string, Entry>();
    const add = (phrase: string, item: VocabularyItem): void => {
      const key = normalisePhrase(phrase);
      if (key === '' || byPhrase.has(key)) {
        // Two portfolio markets answering to one phrase ("Portland, OR" and
        // "Portland, ME" both answer to "portland"): the phrase names both.
        const existing = byPhrase.get(key);
        if (existing?.item.kind === 'market' && item.kind === 'market') {
          const merged = [...new Set([...existing.item.markets, ...item.markets])];
          byPhrase.set(key, { ...existing, item: { kind: 'market', markets: merged } });
        }
        return;
      }
      byPhrase.set(key, {
        phrase: key,
        item,
        // An alias that counts only in capitals ("IE") is checked as written, which is context enough.
        needsContext: item.kind === 'asset' || (item.kind !== 'type' && key.length <= 2 && !CAPITALS_ONLY_ALIASES.has(key)),
        ...(CAPITALS_ONLY_ALIASES.has(key) ? { capitalsOnly: true } : {}),
      });
    };
    // Portfolio markets first: their spelling wins over the table's.
    for (const market of this.markets) {
      const item: VocabularyItem = { kind: 'market', markets: [market] };
      add(market, item);
      const cityPart = /^(.+?),\s*[A-Za-z]{2}$/.exec(market.trim());
      if (cityPart?.[1] !== undefined) add(cityPart[1], item);
      const metro = this.metroNamed(cityPart?.[1] ?? market);
      if (metro !== undefined) for (const phrase of [metro.name, ...(metro.aliases ?? [])]) add(phrase, item);
    }
    for (const metro of this.metros) {
      for (const phrase of [metro.name, ...(metro.aliases ?? [])]) add(phrase, { kind: 'metro', metro: metro.name });
    }
    for (const [name, state] of Object.entries(US_STATES)) add(name, { kind: 'state', state, name: titleCase(name) });
    for (const [short, name] of Object.entries(STATE_SHORT_NAMES)) {
      const state = US_STATES[name];
      if (state !== undefined) add(short, { kind: 'state', state, name: titleCase(name) });
    }
    for (const [assetType, words] of Object.entries(ASSET_TYPE_WORDS) as [AssetType, readonly string[]][]) {
      for (const word of words) add(word, { kind: 'type', assetType });
      // "not data_center", "Types | lab, distribution_center": a brief written like a spec uses the type's own name.
      if (assetType.includes('_')) for (const word of [assetType, `${assetType}s`]) add(word, { kind: 'type', assetType });
    }
    // Postal codes last, so that a word already known ("dc" for distribution centers, "la") keeps its meaning.
    for (const [name, state] of Object.entries(US_STATES)) {
      const key = state.toLowerCase();
      if (byPhrase.has(key)) continue;
      byPhrase.set(key, {
        phrase: key,
        item: { kind: 'state', state, name: titleCase(name) },
        needsContext: AMBIGUOUS_STATE_CODES.has(state),
        capitalsOnly: true,
      });
    }
    const nameWords: string[] = [];
    if (assets.length > 0) {
      // Names, then their distinctive words and word pairs ("Fontana", "Grand Prairie"), each naming every asset that carries it.
      const idsByPhrase = new Map<string, string[]>();
      const note = (phrase: string, assetId: string): void => {
        const key = normalisePhrase(phrase);
        // A metro the portfolio holds nothing in ("Edison") gives way to the asset whose name carries it ("Edison
        // Warehouse"): a brief naming it can only mean the asset.
        if (key.length < 4 || (byPhrase.has(key) && byPhrase.get(key)?.item.kind !== 'metro')) return;
        const ids = idsByPhrase.get(key) ?? [];
        if (!ids.includes(assetId)) ids.push(assetId);
        idsByPhrase.set(key, ids);
        // "Riverside cross dock": a hyphenated name word is often written with a space.
        if (key.includes('-')) note(key.replace(/-/g, ' '), assetId);
      };
      for (const asset of assets) {
        const name = normalisePhrase(asset.name.replace(/[,()]/g, ' '));
        note(name, asset.asset_id);
        const words = name.split(' ').filter((word) => word !== '');
        words.forEach((word, index) => {
          if (!GENERIC_NAME_WORDS.has(word)) note(word, asset.asset_id);
          const next = words[index + 1];
          if (next !== undefined && !(GENERIC_NAME_WORDS.has(word) && GENERIC_NAME_WORDS.has(next)))
            note(`${word} ${next}`, asset.asset_id);
        });
      }
      for (const [phrase, ids] of idsByPhrase) {
        if (ids.length > 3) continue;
        byPhrase.delete(phrase);
        add(phrase, { kind: 'asset', assetIds: ids, phrase });
        if (!phrase.includes(' ')) nameWords.push(phrase);
      }
    }
    this.misspeltNames = new MisspeltNames(nameWords);
    const byOpening = new Map<number, Entry[]>();
    for (const entry of [...byPhrase.values()].sort((left, right) => right.phrase.length - left.phrase.length)) {
      const key = openingKey(entry.phrase, 0);
      byOpening.set(key, [...(byOpening.get(key) ?? []), entry]);
    }
    this.entriesByOpening = byOpening;
  }

  /**
   * The longest phrase starting at `index` of `lower` and ending at a word
   * boundary, or null. `inContext` allows two-letter aliases. `source`, the
   * text as written (same length as `lower`), lets a state's postal code match
   * when written in capitals; without it codes never match.
   */
  matchAt(lower: string, index: number, inContext: boolean, source?: string): VocabularyMatch | null {
    if (index > 0 && isWordCharacter(lower[index - 1])) return null;
    const match = this.exactMatchAt(lower, index, inContext, source) ?? (inContext ? this.misspeltNameAt(lower, index, source) : null);
    return match?.item.kind === 'asset' ? this.withTypeRunOn(lower, match) : match;
  }

  /**
   * "the Baytown cold store": a name's last word may open the trade's word for its type ("cold" of "cold store"); the
   * name then runs to the end of that word, so "store" is not read again as a type of its own.
   */
  private withTypeRunOn(lower: string, match: VocabularyMatch): VocabularyMatch {
    const lastWord = lower.lastIndexOf(' ', match.end - 1) + 1;
    if (lastWord <= match.start) return match;
    const type = this.exactMatchAt(lower, lastWord, false);
    return type?.item.kind === 'type' && type.end > match.end ? { ...match, end: type.end } : match;
  }

  /**
   * An asset's name with its first word written a letter off, in context and capitalised as a name is ("exclude the
   * Tollison DC", "leave Kearney out"): read as the name, its span the words as written.
   */
  private misspeltNameAt(lower: string, index: number, source: string | undefined): VocabularyMatch | null {
    const first = source?.[index];
    if (first === undefined || first < 'A' || first > 'Z') return null;
    let end = index;
    while (end < lower.length && lower[end] !== undefined && (lower[end] as string) >= 'a' && (lower[end] as string) <= 'z') end += 1;
    if (isWordCharacter(lower[end])) return null;
    const name = this.misspeltNames.nameFor(lower.slice(index, end));
    if (name === undefined) return null;
    // The rest of the name read as written after it: "Schaumberg Office" is the Schaumburg Office.
    const repaired = name + lower.slice(end, end + 80);
    const match = this.exactMatchAt(repaired, 0, true);
    if (match === null || match.item.kind !== 'asset') return null;
    return { ...match, start: index, end: end + match.end - name.length };
  }

  private exactMatchAt(lower: string, index: number, inContext: boolean, source?: string): VocabularyMatch | null {
    const oneCharacter = this.entriesByOpening.get(openingKey(lower[index] ?? '', 0)) ?? NO_ENTRIES;
    const opening = index + 1 < lower.length ? (this.entriesByOpening.get(openingKey(lower, index)) ?? NO_ENTRIES) : NO_ENTRIES;
    // Longest first: every phrase under the two characters is longer than a one-character phrase.
    for (const entry of oneCharacter.length === 0 ? opening : [...opening, ...oneCharacter]) {
      if (entry.needsContext && !inContext) continue;
      // The phrase itself first: most entries sharing a first letter do not match, and the tests after it cost more.
      // "the Fontana and Edison warehouses": an asset's name in the plural, its type shared with a name before it.
      const phrase = matchesAt(lower, index, entry.phrase)
        ? entry.phrase
        : entry.item.kind === 'asset' && matchesAt(lower, index, `${entry.phrase}s`)
          ? `${entry.phrase}s`
          : undefined;
      if (phrase === undefined) continue;
      // A code before a hyphen and a digit starts an asset id ("IE-02", "PHX-01"), not a place.
      const after = index + entry.phrase.length;
      if (lower[after] === '-' && isDigit(lower[after + 1])) continue;
      if (entry.capitalsOnly === true && source?.slice(index, index + entry.phrase.length) !== entry.phrase.toUpperCase()) continue;
      return { item: entry.item, start: index, end: index + phraseLengthAt(lower, index, phrase), needsContext: entry.needsContext };
    }
    return null;
  }

  /** The office assets whose name says they are a headquarters ("Northwind Headquarters"). */
  headquartersIds(): string[] {
    return this.assets
      .filter((asset) => asset.asset_type === 'office' && HEADQUARTERS_NAME.test(asset.name))
      .map((asset) => asset.asset_id);
  }

  /** The state of a portfolio market: from a `, ST` suffix, else from the metro table; undefined when unknown. */
  stateOfMarket(market: string): string | undefined {
    const suffix = /,\s*([A-Za-z]{2})$/.exec(market.trim());
    if (suffix?.[1] !== undefined) return suffix[1].toUpperCase();
    return this.metroNamed(market)?.state;
  }

  /** Metros of the table in `state`, in table order (used when the portfolio's markets are unknown). */
  metrosInState(state: string): string[] {
    return this.metros.filter((metro) => metro.state === state).map((metro) => metro.name);
  }

  private metroNamed(name: string): MetroEntry | undefined {
    const key = normalisePhrase(name);
    return this.metros.find(
      (metro) => normalisePhrase(metro.name) === key || (metro.aliases ?? []).some((alias) => normalisePhrase(alias) === key),
    );
  }
}

const NO_ENTRIES: readonly Entry[] = [];

/**
 * The key of the two characters at `index` of `text` (of the first alone, a key of its own, at the text's end): a
 * phrase's space matches any run of white space, so every white-space character has the key of a space.
 */
function openingKey(text: string, index: number): number {
  const first = text.charCodeAt(index);
  if (index + 1 >= text.length) return -(first + 1);
  const second = text.charCodeAt(index + 1);
  return first * 65536 + (second === 32 || isSpace(text[index + 1]) ? 32 : second);
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && ((character >= 'a' && character <= 'z') || isDigit(character) || character === '&');
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/.test(character);
}

/** Lower case with runs of spaces collapsed; hyphens and slashes kept. */
export function normalisePhrase(phrase: string): string {
  return phrase.toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Whether `phrase` (single spaces) occurs at `index`, letting any run of
 * whitespace in the text stand for a space, and ending at a word boundary.
 */
function matchesAt(lower: string, index: number, phrase: string): boolean {
  return phraseLengthAt(lower, index, phrase) > 0;
}

function phraseLengthAt(lower: string, index: number, phrase: string): number {
  let position = index;
  for (let offset = 0; offset < phrase.length; offset += 1) {
    const expected = phrase[offset];
    if (expected === ' ') {
      if (!isSpace(lower[position])) return 0;
      while (isSpace(lower[position])) position += 1;
    } else {
      if (lower[position] !== expected) return 0;
      position += 1;
    }
  }
  if (isWordCharacter(lower[position]) && isWordCharacter(phrase[phrase.length - 1])) return 0;
  return position - index;
}

function titleCase(name: string): string {
  return name.replace(/\b([a-z])/g, (letter) => letter.toUpperCase());
}
