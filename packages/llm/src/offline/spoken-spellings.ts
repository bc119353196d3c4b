import { ASSET_TYPE_WORDS } from './asset-type-vocabulary.js';
import { matchesIn } from './required-text.js';
import { US_METROS, US_STATES } from './us-metro-states.js';
import { wordNumberValue } from './written-numbers.js';

/*
 * What a dictated brief does to the words a reader keys on: a transcript splits a word in two ("ware houses",
 * "New Ark", "head quarters"), spells an asset id letter by letter ("H O U oh four") and dots a shorthand ("D.C.s").
 * Each is written back as the word it stands for, padded with spaces to its written length so that every span of
 * the reading copy still lines up with the text as written.
 */

/** A split word's parts are each at least this long: "no thing" and "a sset" are left alone. */
const SHORTEST_PART = 3;
/** Words this long or longer are looked for split in two. */
const SHORTEST_JOINED = 6;

/**
 * The words of the ask, the exclusions and the terms, as the spelling repair keys on them (`KEY_WORDS` there);
 * kept apart so that this module needs nothing from it.
 */
const KEY_WORDS = `exclude excluding excluded without except nothing mortgage mortgaged mortgages leverage target raise raising
  proceeds distribution warehouse warehouses leases leaseability escalator escalators manufacturing
  headquarters facilities properties buildings criticality coverage million billion`;

/**
 * A word of a place (a state or a metro), written split only with both parts capitalised ("New Ark", "Port Land"):
 * in lower case the two words are ordinary English ("a long view", "rich land").
 */
interface Joined {
  readonly word: string;
  readonly capitalsOnly: boolean;
}

/**
 * Every way a key word, a place or an asset-type word splits into two parts, first part first: "ware" then "houses"
 * gives "warehouses". A split that is itself a phrase of the vocabulary ("data centers" against "datacenters") is
 * not a split.
 */
const SPLITS: ReadonlyMap<string, ReadonlyMap<string, Joined>> = (() => {
  const phrases = new Set<string>();
  for (const words of Object.values(ASSET_TYPE_WORDS)) for (const phrase of words) phrases.add(phrase);
  for (const metro of US_METROS) for (const phrase of [metro.name, ...(metro.aliases ?? [])]) phrases.add(phrase.toLowerCase());
  for (const state of Object.keys(US_STATES)) phrases.add(state);
  const words = new Map<string, boolean>();
  const add = (phrase: string, capitalsOnly: boolean): void => {
    for (const word of phrase.toLowerCase().split(/[^a-z]+/))
      if (word.length >= SHORTEST_JOINED && !(words.get(word) === false)) words.set(word, capitalsOnly);
  };
  add(KEY_WORDS, false);
  for (const typeWords of Object.values(ASSET_TYPE_WORDS)) for (const word of typeWords) add(word, false);
  for (const state of Object.keys(US_STATES)) add(state, true);
  for (const metro of US_METROS) add(metro.name, true);
  const splits = new Map<string, Map<string, Joined>>();
  for (const [word, capitalsOnly] of words) {
    for (let cut = SHORTEST_PART; cut <= word.length - SHORTEST_PART; cut += 1) {
      const first = word.slice(0, cut);
      const second = word.slice(cut);
      if (phrases.has(`${first} ${second}`)) continue;
      const seconds = splits.get(first) ?? new Map<string, Joined>();
      seconds.set(second, { word, capitalsOnly });
      splits.set(first, seconds);
    }
  }
  return splits;
})();

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isCapital(character: string | undefined): boolean {
  return character !== undefined && character >= 'A' && character <= 'Z';
}

/** The text with each key word or place written split by one space joined back ("ware houses" as "warehouses "). */
function joinSplitWords(text: string): string {
  let result = '';
  let copied = 0;
  let previous: { start: number; end: number } | undefined;
  let index = 0;
  while (index < text.length) {
    if (!isLetter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isLetter(text.charCodeAt(index))) index += 1;
    const word = { start, end: index };
    // Two words one space apart, neither running on with a hyphen or an apostrophe ("with out-of-state buyers").
    if (
      previous !== undefined &&
      previous.start >= copied &&
      previous.end + 1 === start &&
      text[previous.end] === ' ' &&
      !/[-'\u2019]/.test(text[previous.start - 1] ?? '') &&
      !/[-'\u2019]/.test(text[index] ?? '')
    ) {
      const first = text.slice(previous.start, previous.end);
      const second = text.slice(start, index);
      const joined = SPLITS.get(first.toLowerCase())?.get(second.toLowerCase());
      if (joined !== undefined && (!joined.capitalsOnly || (isCapital(first[0]) && isCapital(second[0])))) {
        const written = isCapital(first[0]) ? (joined.word[0] ?? '').toUpperCase() + joined.word.slice(1) : joined.word;
        result += `${text.slice(copied, previous.start)}${written} `;
        copied = index;
        previous = undefined;
        continue;
      }
    }
    previous = word;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/**
 * An asset id spelled out as dictated: capitals one by one, then "oh" or "zero" and a digit in words ("H O U oh
 * four", "N W K zero one", "IE oh two").
 */
const SPELLED_ID =
  /\b(?<letters>[A-Z](?: ?[A-Z]){1,3})[ -](?:oh|zero|Oh|Zero)[ -](?<digit>one|two|three|four|five|six|seven|eight|nine)\b/g;

/** The text with each dictated asset id written as an id ("H O U oh four" as "HOU-04" and spaces). */
function writeSpelledIds(text: string): string {
  let result = text;
  for (const match of matchesIn(SPELLED_ID, text)) {
    const letters = (match.groups?.['letters'] ?? '').replace(/ /g, '');
    const id = `${letters}-0${wordNumberValue(match.groups?.['digit'] ?? '')}`;
    result = result.slice(0, match.index) + id.padEnd(match[0].length, ' ') + result.slice(match.index + match[0].length);
  }
  return result;
}

/** "D.C.s", "D.C.'s": distribution centers with the dots of an abbreviation (the singular "D.C." is Washington). */
const DOTTED_CENTERS = /\bD\.\s?C\.['\u2019]?s(?![A-Za-z])/g;

function writeDottedCenters(text: string): string {
  let result = text;
  for (const match of matchesIn(DOTTED_CENTERS, text))
    result = result.slice(0, match.index) + 'DCs'.padEnd(match[0].length, ' ') + result.slice(match.index + match[0].length);
  return result;
}

/**
 * The text with the slips of a dictated brief written as the words they stand for, length for length: "only ware
 * houses" reads as "only warehouses", "from New Ark" as "from Newark", "exclude H O U oh four" as "exclude HOU-04",
 * "D.C.s only" as "DCs only". Every other character is left as written.
 */
export function repairSpokenSpellings(text: string): string {
  return writeDottedCenters(writeSpelledIds(joinSplitWords(text)));
}
