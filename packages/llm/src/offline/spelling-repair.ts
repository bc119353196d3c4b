import { ASSET_TYPE_WORDS } from './asset-type-vocabulary.js';
import { repairSpokenSpellings } from './spoken-spellings.js';
import { US_METROS, US_STATES } from './us-metro-states.js';

/**
 * Words a reader keys on, whose misspelling would lose a clause: the verbs and nouns of the ask, the
 * exclusions, the covenants and the terms, and money scales, and "between" of a range. Places come from the state and metro tables, asset
 * types from their words.
 */
const KEY_WORDS = `exclude excluding excluded exclusion exclusions nothing mortgage mortgaged mortgages leverage target targets
  targeting raise raising need needs proceeds without except distribution warehouse warehouses leases lease years million
  millions billion billions leaseability leasability criticality coverage assets properties property buildings escalator
  escalators escalation objective strategy leaseback leasebacks manufacturing headquarters facilities minimum maximum between
  single`;

/**
 * English words one typing slip away from a key word or a place ("settle" from Seattle, "rising" from
 * raising, "florid" from Florida, "range" from Orange), found by checking every repair against a Hunspell
 * en_US dictionary: never repaired, since the writer may mean them.
 */
const ENGLISH_NEIGHBOURS = new Set(
  `alley angels angles arising asses asset building count eases florid headquarter indian lases lease leigh mines monies
   mortgagee mortgagees noting overage proceed raids raisin range rapid rising rolando sacrament savanna settle enter enters
   factor pants plans plant plats ranches sores store tores singe singles shingle jingle tingle mingle dingle`.split(/\s+/),
);

/** Shorter words are left alone: one slip in a four-letter word ("Ohio", "Utah", "need") makes too many other words. */
const MINIMUM_LENGTH = 6;

/**
 * The misspellings repaired, each mapped to its word: one letter dropped ("milion", "Jersy", "Targt"), one
 * doubled ("Arizonaa", "assetts") or two neighbours swapped ("Gerogia", "exlcude"). Letters replaced by
 * others are not repaired: that slip turns too many words into other real words. A slip that could come
 * from two words ("illion") or that is itself a word is not repaired.
 */
const REPAIRS: ReadonlyMap<string, string> = (() => {
  const words = new Set<string>();
  const add = (phrase: string): void => {
    for (const word of phrase.toLowerCase().split(/[^a-z]+/)) if (word.length >= MINIMUM_LENGTH) words.add(word);
  };
  add(KEY_WORDS);
  for (const state of Object.keys(US_STATES)) add(state);
  for (const metro of US_METROS) add(metro.name);
  for (const typeWords of Object.values(ASSET_TYPE_WORDS)) for (const word of typeWords) add(word);
  const candidates = new Map<string, string | null>();
  const offer = (slip: string, word: string): void => {
    if (slip === word || words.has(slip) || ENGLISH_NEIGHBOURS.has(slip) || slip.length < MINIMUM_LENGTH - 1) return;
    const existing = candidates.get(slip);
    candidates.set(slip, existing === undefined || existing === word ? word : null);
  };
  for (const word of words) {
    for (let index = 0; index < word.length; index += 1) {
      offer(word.slice(0, index) + word.slice(index + 1), word);
      offer(word.slice(0, index + 1) + word.slice(index), word);
      const next = word[index + 1];
      if (next !== undefined && next !== word[index]) offer(word.slice(0, index) + next + word[index] + word.slice(index + 2), word);
    }
  }
  const repairs = new Map<string, string>();
  for (const [slip, word] of candidates) if (word !== null) repairs.set(slip, word);
  return repairs;
})();

const WORD = /[A-Za-z]{5,}/g;

/**
 * A negative contraction written without its apostrophe ("dont", "wont", "cant", "isnt"): the refusals every
 * reader keys on ("don't go below", "won't sell") are written with one.
 */
const BARE_CONTRACTION = /\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need|ca|wo)nt\b/gi;

/** The text with each negative contraction written without its apostrophe given one back ("dont" as "don't"). */
function restoreApostrophes(text: string): string {
  return text.replace(BARE_CONTRACTION, (_written, stem: string) => `${stem}n't`);
}

/**
 * The text with each misspelt key word or place name written as the word it misspells (`REPAIRS`), its
 * first letter's case kept: "we need 145 milion, no assetts in New Jersy or Gerogia" reads as "we need 145
 * million, no assets in New Jersey or Georgia"; and a negative contraction gets its apostrophe back ("dont"
 * as "don't"), and the slips of a dictated brief are written as the words they stand for ("ware houses", "H O U oh
 * four": see `repairSpokenSpellings`). Every other word is left as written.
 */
export function repairSpelling(text: string): string {
  return repairSpokenSpellings(restoreApostrophes(text)).replace(WORD, (written) => {
    const word = REPAIRS.get(written.toLowerCase());
    if (word === undefined) return written;
    const first = written[0] ?? '';
    return (first === first.toUpperCase() ? word[0]?.toUpperCase() : word[0]) + word.slice(1);
  });
}
