import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { PlaceList } from './list-asides.js';
import { readList } from './read-place-list.js';
import { sentenceStartBefore } from './list-positions.js';
import { readOwnBuildingsNamed } from './own-building-named.js';

// The writer's own role and place ("Controller, Chicago.", "I'm the FP&A manager for the Houston region", "From the
// Columbus controller:", a signature "Monica Reyes | Treasury Analyst | Dallas, TX") say who writes, not where to sell:
// a careful reader takes them as background. Only when the writer rules out "my sites" do those places become a
// filter ("Ops director here, I look after Georgia. Please don't sell my sites.").

/**
 * A job title: "controller", "FP&A manager", "treasury analyst", "ops director", "finance dir" (a team signing a note, "Regional ops
 * (Chicago):", is read in `descriptive-mentions.ts`).
 */
const ROLE = String.raw`(?:(?:[a-z&]+\s+){0,2}(?:manager|director|dir|analyst|lead|head|vp|officer|controller|comptroller|treasurer|accountant)|controller|comptroller|treasurer|cfo|coo)`;
/** Where a self-introduction starts: a line, a sentence, a signature's bar, or a greeting. */
const INTRO_START = String.raw`(?:^|[\n.!?;]\s*|\|\s*|\b(?:hi|hello|hey)\b[^.\n]{0,20}?[,.!]\s*)`;
/** "I'm the", "this is the", "from the": the words that introduce the writer or where a message comes from. */
const INTRO_WORDS = String.raw`(?:(?:i['\u2019]m|i\s+am|this\s+is|it['\u2019]s)\s+(?:the\s+|an?\s+|your\s+|our\s+)?|from\s+(?:the|our|your)\s+)?`;

/** A title then its place: "Controller, Chicago", "controller in Houston", "Treasury Analyst | Dallas, TX". */
const ROLE_THEN_PLACE = new RegExp(
  String.raw`${INTRO_START}${INTRO_WORDS}${ROLE}(?:\s*[,|(]\s*|\s*[\u2013\u2014-]\s*|\s+(?:in|for|at|of|from|covering|over|based\s+in|responsible\s+for)\s+)(?:the\s+|our\s+)?`,
  'g',
);
/** A signature's title and place, after the name: "Monica Reyes | Treasury Analyst | Dallas, TX" (bars read as colons). */
const SIGNED_ROLE = new RegExp(String.raw`(?<=^[a-z][a-z .'-]{1,40}):\s*${ROLE}\s*:\s*`, 'gm');
/** The writer's territory: "I look after Georgia", "I cover Ohio and Illinois", "I'm responsible for Texas". */
const TERRITORY =
  /\bi(?:\s+(?:look\s+after|cover|run|manage|oversee|handle)|\s+am\s+responsible\s+for|['\u2019]m\s+responsible\s+for)\s+(?:the\s+)?/g;
/** A place then its title: "From the Columbus controller:", "I'm the Houston controller." */
const PLACE_BEFORE_ROLE = new RegExp(
  String.raw`${INTRO_START}(?:(?:i['\u2019]m|i\s+am|this\s+is)\s+(?:the|your|our)|from\s+(?:the|our|your))\s+`,
  'g',
);
const ROLE_AFTER_PLACE =
  /^\s+(?:regional\s+|site\s+)?(?:controller|comptroller|treasurer|cfo|fp&a(?:\s+(?:team|lead|manager))?|finance(?:\s+(?:team|lead|manager))?|ops|operations)(?:\s+here)?\s*(?::|[.;,!\n]|[\u2013\u2014-]\s|$)/;
/**
 * What may follow the place of a title, up to the end of the introduction: "sites here.", "region.", "office.",
 * ", TX", "):", and an aside on who asks ("Site lead from Phoenix (just so you know who's asking).").
 */
const INTRO_END =
  /^(?:\s+(?:sites?|region|area|office|team|markets?|operations|ops|portfolio|business|territory))?(?:\s+here)?(?:\s*,\s*[a-z]{2}\b)?(?:\s*\([^()\n]{0,40}\b(?:who['\u2019]?s\s+asking|who\s+is\s+asking|who\s+i\s+am|fyi|for\s+context)\b[^()\n]{0,20}\))?\s*(?:\)\s*:?|[.:;!,\n]|$)/;
/** A greeting then where it comes from: "Hi, from the Chicago sites.", "Hello from Dallas!", "Hey - from our Newark team:". */
const GREETING_FROM = /\b(?:hi|hello|hey|greetings)\b[\s,!.\u2013\u2014-]*from\s+(?:the\s+|our\s+)?/g;
/**
 * "writing on behalf of the Houston sites", "speaking for the Atlanta team": whom the writer speaks for, which says
 * who writes, not where to sell.
 */
const WRITING_FOR = /\b(?:writing|speaking|here|asking)\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+|our\s+)?/g;
/**
 * "I'm based in Ontario but that's just where I sit", "I sit in Chicago", "the Chair (based in Atlanta)": where the
 * writer, or whom they write for, works.
 */
const BASED_IN =
  /(?:\(|,)\s*(?:based|located)\s+(?:in|at|out\s+of)\s+(?:the\s+)?|\bi(?:['\u2019]m|\s+am)\s+(?:based|located|sitting|sat)\s+(?:in|at|out\s+of)\s+(?:the\s+)?|\bi\s+(?:sit|work)\s+(?:in|at|out\s+of)\s+(?:the\s+)?/g;
/** The end of where the writer is based: the introduction's end, or a "but" that turns to something else. */
const BASED_END = /^(?:\s+(?:office|area|region))?\s*(?:\)\s*:?|[.:;!,\n]|$|(?=\s+(?:but|and|so)\b))/;
/** "Hi — from Claire in Chicago:", "From Wes at Houston.": a sender's first name, then where they write from. */
const NAMED_SENDER =
  /(?:^|\n|[.!?]\s+|\b(?:hi|hello|hey)\b[\s,\u2013\u2014-]*)from\s+(?<name>[a-z]+(?:\s+[a-z]+)?)\s+(?:in|at)\s+(?:the\s+|our\s+)?/g;
/** "this isn't an Atlanta thing": the writer's place disowned as the subject. */
const NOT_A_PLACE_THING = /\b(?:is\s*n['\u2019]?t|is\s+not|not)\s+(?:just\s+|really\s+)?an?\s+/g;
const THING_AFTER = /^\s+(?:thing|issue|matter|problem|question|exercise|request|ask)\b/;
/**
 * "my Edison warehouse can go": a building allowed to be sold, which adds no filter; "only the offices can be sold"
 * still asks for its list.
 */
const ALLOWED_BEFORE = /\b(?:my|our|the)\s+/g;
const ALLOWED_AFTER = /^\s+(?:can|could|may)\s+(?:go|be\s+sold)\b/;
/** "sell only from my markets", "raise it in my sites": the writer's own places asked for, with no place named. */
const MY_SITES_ASKED =
  /(?:\bonly\s+(?:(?:from|in|within)\s+)?|\b(?:from|in|within)\s+)my\s+(?:markets|sites|buildings|properties|assets|locations|facilities|region|territory)\b/g;
/**
 * The writer's own buildings: "my sites", and one building by its kind ("my plant", "my warehouse"), which stands
 * for the building the writer introduced ("Plant manager at Cicero here").
 */
const MY_SITE = '(?:sites?|buildings?|propert(?:y|ies)|assets?|locations?|facilit(?:y|ies)|plants?|warehouses?|stores?|labs?|dcs?|hubs?)';
/**
 * "don't sell my sites", "keep my sites out", "leave my plant (Cicero Main Plant) out of it": the writer's own sites
 * ruled out, with no place named, or named again in a bracket.
 */
const MY_SITES_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:don['\u2019]t|do\s+not|never|please\s+don['\u2019]t)\s+(?:sell|touch|include)|exclude|leave\s+out)\s+my\s+${MY_SITE}\b|\b(?:keep|leave)\s+my\s+${MY_SITE}\s*(?:\([^()\n]{1,60}\)\s*)?out\b(?:\s+of\s+it\b)?`,
  'g',
);

/**
 * Claims the writer's own role and place, and places only disowned or allowed to go, before any list is read; when
 * the writer rules out "my sites" (or asks only for "my markets") without naming them, rules out (or asks for) the
 * places the writer introduced as their own.
 */
export function claimWriterPlaces(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // "leave my store, the Naperville Parts Store, alone": the building named, before "my store" is read as a type.
  readOwnBuildingsNamed(text, vocabulary, lists);
  const own: { list: PlaceList; start: number }[] = [];
  const claimIfEnds = (match: RegExpExecArray, after: RegExp, record: boolean): void => {
    // The line break or full stop before an introduction is not part of it.
    const start = match.index + (/^[^a-z]*/.exec(match[0])?.[0].length ?? 0);
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(from, list.end)) return;
    const end = after.exec(text.lower.slice(list.end));
    if (end === null) return;
    // The punctuation that ends the introduction stays free for the readers that follow.
    const tail = end[0].replace(/\s*(?:\)\s*:?|[.:;!,\n]|[\u2013\u2014-]\s)?$/, '').length;
    text.claim(start, list.end + tail);
    if (record) own.push({ list, start });
  };
  for (const match of text.freeMatches(ROLE_THEN_PLACE)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(SIGNED_ROLE)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(TERRITORY)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(PLACE_BEFORE_ROLE)) claimIfEnds(match, ROLE_AFTER_PLACE, true);
  for (const match of text.freeMatches(NOT_A_PLACE_THING)) claimIfEnds(match, THING_AFTER, false);
  for (const match of text.freeMatches(WRITING_FOR)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(BASED_IN)) claimIfEnds(match, BASED_END, true);
  for (const match of text.freeMatches(GREETING_FROM)) claimIfEnds(match, INTRO_END, true);
  // A sender is a name written with a capital ("from Claire in Chicago"), not a type ("from offices in Dallas").
  for (const match of text.freeMatches(NAMED_SENDER)) {
    const name = match.index + match[0].indexOf(match.groups?.['name'] ?? '', match[0].search(/from/) + 4);
    if (/^[A-Z]/.test(text.source.slice(name)) && vocabulary.matchAt(text.lower, name, false, text.source) === null)
      claimIfEnds(match, INTRO_END, true);
  }
  // "only the offices can be sold", "the Dallas warehouses can go, the rest stays": what may go is then all that is asked.
  const onlyThese = /\bonly\b/;
  const restKept = /\b(?:the\s+rest|everything\s+else|nothing\s+else|all\s+else|(?:the\s+)?others)\b/;
  for (const match of text.freeMatches(ALLOWED_BEFORE)) {
    const sentence = text.lower.slice(sentenceStartBefore(text, match.index), match.index);
    if (!onlyThese.test(sentence) && !restKept.test(text.lower)) claimIfEnds(match, ALLOWED_AFTER, false);
  }
  if (own.length === 0) return;
  for (const match of text.freeMatches(MY_SITES_ASKED)) {
    for (const { list } of own) lists.included.push(...list.items);
    text.claim(match.index, match.index + match[0].length);
  }
  for (const match of text.freeMatches(MY_SITES_RULED_OUT)) {
    // "don't sell my building, the Houston Regional Office": the building named was ruled out, not the writer's place.
    if (!text.isFree(match.index, match.index + match[0].length)) continue;
    for (const { list, start } of own) ruleOutList(lists, text, start, list.end, list);
    text.claim(match.index, match.index + match[0].length);
  }
}
