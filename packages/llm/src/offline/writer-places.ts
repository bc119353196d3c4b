import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { PlaceList } from './list-asides.js';
import { readList } from './read-place-list.js';
import { sentenceStartBefore } from './list-positions.js';
import { readOwnBuildingsNamed } from './own-building-named.js';
import { readOwnKindBuildings } from './own-kind-buildings.js';
import { ROLE_DISOWNED, WRITER_ROLE } from './writer-roles.js';
import { RULE_OUT_PRONOUN } from './pronoun-exclusion-triggers.js';
import { claimRequesterPlaces } from './requester-labels.js';
import { claimAskerPlaces } from './requester-places.js';
import { claimSignOffPlaces } from './sign-off-places.js';
import { claimClosingSignaturePlaces } from './closing-signature-places.js';
import { claimWriterOriginLines } from './writer-origin-lines.js';
import { claimMessageHeaderPlaces } from './message-header-places.js';
import { claimMeetingVenues } from './meeting-venues.js';
import { claimPeopleBracketPlaces } from './people-bracket-places.js';
import { claimPlaceTeamOpenings } from './place-team-openings.js';
import { claimConcentrationPlaces, claimPlaceReasons } from './place-reasons.js';
import { readGroupPlacesKeptOut } from './group-places-kept-out.js';
import { readWriterBuildingsRuledOut } from './writer-buildings-ruled-out.js';
import { readOwnDescribedBuildings } from './own-described-buildings.js';

// The writer's own role and place ("Controller, Chicago.", "I'm the FP&A manager for the Houston region", "From the
// Columbus controller:", a signature "Monica Reyes | Treasury Analyst | Dallas, TX") say who writes, not where to sell:
// a careful reader takes them as background. Only when the writer rules out "my sites" do those places become a
// filter ("Ops director here, I look after Georgia. Please don't sell my sites.").

/**
 * A job title or a team: "controller", "FP&A manager", "Legal", "HR here", "Regional ops", "Plant HR", "New hire, plant
 * HR" (`writer-roles.ts`).
 */
const ROLE = String.raw`(?:${WRITER_ROLE}(?:\s*,\s*${WRITER_ROLE})?)`;
/**
 * Where a self-introduction starts: a line, a sentence, a signature's bar, a greeting, or a bracket ("New to the
 * company (HR, Newark).", "Regards, Helen (Controller, Chicago)").
 */
const INTRO_START = String.raw`(?:^|[\n.!?;]\s*|\|\s*|\(\s*|\b(?:hi|hello|hey)\b[^.\n]{0,20}?[,.!]\s*)`;
/**
 * "I'm the", "this is the", "I'm Priya, ", "from the", "sent by the", "As the": the words that introduce the writer or where a
 * message comes from.
 */
const INTRO_WORDS = String.raw`(?:(?:i['\u2019]m|i\s+am|this\s+is|it['\u2019]s)\s+(?:[a-z]+\s*,\s*)?(?:the\s+|an?\s+|your\s+|our\s+)?|(?:from|sent\s+by)\s+(?:the|our|your)\s+|as\s+(?:the|an?|your|our)\s+)?`;

/**
 * A title then its place: "Controller, Chicago", "controller in Houston", "Treasury Analyst | Dallas, TX", and a role
 * in brackets after another: "New hire here (ops, Newark)".
 */
const ROLE_THEN_PLACE = new RegExp(
  String.raw`${INTRO_START}${INTRO_WORDS}${ROLE}${ROLE_DISOWNED}?(?:\s*\(\s*(?:${WRITER_ROLE}\s*,\s*)?|\s*[,|]\s*|\s*[\u2013\u2014-]\s*|\s+(?:in|for|at|of|from|covering|over|based\s+in|responsible\s+for)\s+)(?:the\s+|our\s+)?`,
  'g',
);
/** A signature's title and place, after the name: "Monica Reyes | Treasury Analyst | Dallas, TX" (bars read as colons). */
const SIGNED_ROLE = new RegExp(String.raw`(?<=^[a-z][a-z .'-]{1,40}):\s*${ROLE}\s*:\s*`, 'gm');
/**
 * The writer's territory: "I look after Georgia", "I cover Ohio and Illinois", "I'm responsible for Texas", "I lead the
 * Chicago region", "I manage the buildings in Texas and the Midwest".
 */
const TERRITORY =
  /\bi(?:\s+(?:look\s+after|cover|run|manage|oversee|handle|lead|head(?:\s+up)?)|\s+am\s+responsible\s+for|['\u2019]m\s+responsible\s+for)\s+(?:the\s+)?(?:(?:buildings|sites|properties|assets|facilities|real\s+estate)\s+(?:in|across|for)\s+(?:the\s+)?)?/g;
/**
 * A place then its title: "From the Columbus controller:", "I'm the Houston controller.", "I'm the Columbus property
 * manager."
 */
const PLACE_BEFORE_ROLE = new RegExp(
  String.raw`${INTRO_START}(?:(?:i['\u2019]m|i\s+am|this\s+is)\s+(?:the|your|our)|from\s+(?:the|our|your))\s+`,
  'g',
);
const ROLE_AFTER_PLACE =
  /^\s+(?:(?:regional\s+|site\s+)?(?:controller|comptroller|treasurer|cfo|fp&a(?:\s+(?:team|lead|manager))?|finance(?:\s+(?:team|lead|manager))?|ops|operations|(?:property|facilities|facility|building|site|area|regional|general|office)\s+manager|gm)(?:\s+here)?\s*(?::|[.;,!\n]|[\u2013\u2014-]\s|$)|(?:site|office|team|group|desk)\s*:)/;
/**
 * What may follow the place of a title, up to the end of the introduction: "sites here.", "region.", "office.",
 * "engagement office.",
 * ", TX", "):", an aside on what the writer does ("Hello from the Atlanta office (I handle vendor contracts).") and on who asks ("Site lead from Phoenix (just so you know who's asking).", "Board member from Columbus (my home town, not a
 * requirement)").
 */
const INTRO_END = new RegExp(
  String.raw`^(?:(?:\s+(?:engagement|audit|client|branch|field|regional|local))?\s+(?:sites?|region|area|office|team|markets?|operations|ops|portfolio|business|territory))?(?:\s+here)?(?:\s*,\s*[a-z]{2}\b)?(?:\s+(?:this|next|last)\s+(?:week|month))?(?:\s*\([^()\n]{0,40}\b(?:who['\u2019]?s\s+asking|who\s+is\s+asking|who\s+i\s+am|fyi|for\s+context|home\s*town|not\s+(?:a\s+)?(?:requirement|constraint|filter|preference))\b[^()\n]{0,20}\)|\s*\(\s*(?:i|we)\s+(?:handle|run|manage|cover|oversee|do|look\s+after|work\s+on|look\s+at)\b[^()\n]{0,40}\)|${ROLE_DISOWNED})?\s*(?:\)\s*:?|[.:;!,\n]|$|(?=\s+(?:and|but|so)\s+(?:i|we|was|am|also|have|has|our|my)\b))`,
);
/** A greeting then where it comes from: "Hi, from the Chicago sites.", "Hello from Dallas!", "Hey - from our Newark team:". */
const GREETING_FROM = /\b(?:hi|hello|hey|greetings)\b[\s,!.\u2013\u2014-]*from\s+(?:the\s+|our\s+)?/g;
/**
 * "writing on behalf of the Houston sites", "speaking for the Atlanta team", "asking on behalf of the plant managers in
 * Houston and Chicago": whom the writer speaks for, which says who writes, not where to sell.
 */
const WRITING_FOR =
  /\b(?:writing|speaking|here|asking)\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+|our\s+)?(?:(?:[a-z]+\s+)?(?:managers|leads|heads|directors|teams|staff|supervisors)\s+(?:in|at|of|from)\s+(?:the\s+|our\s+)?)?/g;
/**
 * "I'm based in Ontario but that's just where I sit", "I sit in Chicago", "the Chair (based in Atlanta)", "Board member,
 * travelling in Phoenix this week", "Hello from the treasury folks who sit in Columbus": where the writer, or whom
 * they write for, works.
 */
const BASED_IN =
  /(?:\(|,)\s*(?:(?:based|located|sitting|working|travell?ing)\s+(?:in|at|out\s+of)|visiting)\s+(?:the\s+)?|\b(?:i(?:['\u2019]m|\s+am)|we(?:['\u2019]re|\s+are))\s+(?:based|located|sitting|sat)\s+(?:in|at|out\s+of)\s+(?:the\s+)?|\bi\s+(?:sit|work)\s+(?:in|at|out\s+of)\s+(?:the\s+)?|\b(?:folks|people|staff|team|colleagues|those|we)\s+(?:who|that)\s+(?:sit|work|are\s+based)\s+(?:in|at|out\s+of)\s+(?:the\s+)?/g;
/**
 * "we're in Chicago and Columbus this week visiting sites", "we'll be in Phoenix next week for the site tours": where
 * the writer's team travels, which says nothing of where to sell (one writer's whereabouts: `writer-whereabouts.ts`).
 * Read only with the time or the visit after the places (`TRAVEL_END`), so that "we're in Dallas and Houston only" is
 * still an ask, and only to the end of the clause ("..., but the sale should exclude Atlanta").
 */
const TRAVELLING_IN = /\bwe(?:['\u2019]re|\s+are|['\u2019]ll\s+be|\s+will\s+be)\s+(?:(?:out|over|down|up)\s+)?(?:in|at)\s+(?:the\s+)?/g;
/** The time or the visit after a traveller's places: "this week visiting sites", "next week for the site tours". */
const TRAVEL_TIME = String.raw`(?:(?:this|next|all)\s+(?:week|month|morning|afternoon)|today|tomorrow|on\s+(?:monday|tuesday|wednesday|thursday|friday))`;
const TRAVEL_END = new RegExp(
  String.raw`^(?:[^\S\n]+${TRAVEL_TIME}[^\S\n]*(?:[.;,!\n]|$)|(?:[^\S\n]+${TRAVEL_TIME})?[^\S\n]*,?[^\S\n]*(?:(?:visiting|touring|walking|seeing|meeting)\b(?:(?![^\S\n]+(?:but|and|so|while)\b)[^.,;:!?\n])*|for\s+(?:the\s+)?(?:site\s+(?:visits?|tours?|walks?)|(?:an?\s+)?(?:offsite|visit|tour|conference|meetings?))\b(?:(?![^\S\n]+(?:but|and|so|while)\b)[^.,;:!?\n])*))`,
);
/** The end of where the writer is based: the introduction's end, or a "but" that turns to something else. */
const BASED_END =
  /^(?:\s+(?:office|area|region))?(?:\s+(?:this|next|last)\s+(?:week|month))?\s*(?:\)\s*:?|[.:;!,\n]|$|(?=\s+(?:but|and|so)\b))/;
/** "Hi — from Claire in Chicago:", "From Wes at Houston.": a sender's first name, then where they write from. */
const NAMED_SENDER =
  /(?:^|\n|[.!?]\s+|\b(?:hi|hello|hey)\b[\s,\u2013\u2014-]*)from\s+(?<name>[a-z]+(?:\s+[a-z]+)?)\s+(?:in|at)\s+(?:the\s+|our\s+)?/g;
/** A town written with capitals, up to three words: "Pasadena", "Kearny", "Elk Grove Village". */
const CAPITALISED = /^[A-Z][\p{L}.'-]*(?:[^\S\n]+[A-Z][\p{L}.'-]*){0,2}/u;
/** "this isn't an Atlanta thing": the writer's place disowned as the subject. */
const NOT_A_PLACE_THING = /\b(?:is\s*n['\u2019]?t|is\s+not|not)\s+(?:just\s+|really\s+)?an?\s+/g;
const THING_AFTER = /^\s+(?:thing|issue|matter|problem|question|exercise|request|ask)\b/;
/**
 * "my Edison warehouse can go": a building allowed to be sold, which adds no filter; "only the offices can be sold"
 * still asks for its list.
 */
const ALLOWED_BEFORE = /\b(?:my|our|the)\s+/g;
const ALLOWED_AFTER = /^\s+(?:can|could|may)\s+(?:go|be\s+sold)\b/;
/**
 * "sell only from my markets", "raise it in my sites", "limit the sale to those two markets of mine": the writer's own
 * places asked for, with no place named.
 */
const MY_SITES_ASKED =
  /(?:\bonly\s+(?:(?:from|in|within)\s+)?|\b(?:from|in|within)\s+)my\s+(?:markets|sites|buildings|properties|assets|locations|facilities|region|territory)\b|\b(?:limit|restrict|confine|keep)\s+(?:it|this|the\s+[^.;!?\n]{1,30}?)\s+to\s+(?:(?:those|these)\s+(?:two\s+|three\s+|four\s+)?(?:markets|metros|regions|states|territories)\s+of\s+mine|my\s+(?:two\s+|three\s+|four\s+)?(?:markets|metros|regions|states|territories))\b/g;
/**
 * "From the Phoenix site:", "from our Newark office:", "From the Houston site (that's me, Karen):": where a note comes
 * from, one site, office or team, then a colon, perhaps after a bracket.
 */
const FROM_ONE_SITE =
  /(?<opening>(?:^|[\n.!?]\s*)from\s+(?:the|our)\s+)(?:[a-z][a-z .'-]{0,30}?)\s+(?:site|office|team|group|desk)(?=\s*(?:\([^()\n]{0,40}\)\s*)?:)/gm;
/** One building of the writer's own by its kind: "my plant", "my warehouse", "my store" (not "my plants"). */
const MY_ONE_BUILDING =
  /\bmy\s+(?:plant|warehouse|store|lab|dc|hub|site|building|facility)\b(?!\s*(?:managers?|teams?|staff|colleagues)\b)/g;
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
  // "I manage the Carrollton and Chandler data centers. Neither can go": the writer's buildings, ruled out.
  readWriterBuildingsRuledOut(text, vocabulary, lists);
  // "Our site leads in New Jersey and Georgia asked me to keep their markets out": their places, ruled out.
  readGroupPlacesKeptOut(text, vocabulary, lists);
  // "leave my store, the Naperville Parts Store, alone": the building named, before "my store" is read as a type.
  readOwnBuildingsNamed(text, vocabulary, lists);
  // "Our parts store and the Edison Warehouse are keepers": the writer's building by a description (`own-described-buildings.ts`).
  readOwnDescribedBuildings(text, vocabulary, lists);
  // "don't sell our plant", "my plant is not for sale": the writer's one building, never its type.
  readOwnKindBuildings(text, vocabulary, lists);
  // "Requester: Houston FP&A", "Name: ... | Location: Columbus": who asks and where they sit.
  claimRequesterPlaces(text, vocabulary);
  // "Requested by Jim (Atlanta)", "Requester location: Newark", "Next meeting: 2 June, Atlanta": who asks, and where.
  claimAskerPlaces(text, vocabulary);
  // "Thx — Lina (Columbus hub)", "Sent from Phoenix airport", "FP&A | Atlanta": a closing says where the writer is.
  claimSignOffPlaces(text, vocabulary);
  // "Thanks - Elena, AT, Dallas", "Director, Corporate Development | Chicago": a title or initials before the place.
  claimClosingSignaturePlaces(text, vocabulary);
  // "Hi -- from Corporate Finance (Houston).", "Controller's note, Dallas:", "Regards, Jo -- Treasury, Newark".
  claimWriterOriginLines(text, vocabulary);
  // "From: Omar Haddad (Chicago)", "Location: Atlanta, conference room B", "per our auditor, Atlanta office".
  claimMessageHeaderPlaces(text, vocabulary);
  // "(held in Phoenix)", "Atlanta offsite", "Attendees: ... Priya (Chicago)": where a meeting is, not where to sell.
  claimMeetingVenues(text, vocabulary);
  // "Jen (Atlanta) to circulate minutes", "site leads (Dallas/Houston)": where people sit, in a bracket.
  claimPeopleBracketPlaces(text, vocabulary);
  // "Atlanta region.", "Columbus hub team here.": a brief's opening of a place and its team says who writes.
  claimPlaceTeamOpenings(text, vocabulary);
  // "both are core to the Dallas operation": a reason for keeping buildings names the place they serve.
  claimPlaceReasons(text, vocabulary);
  // "Dallas alone could end up being half the deal": where the portfolio is heavy, the reason for a share cap.
  claimConcentrationPlaces(text, vocabulary);
  const own: { list: PlaceList; start: number }[] = [];
  const claimIfEnds = (match: RegExpExecArray, after: RegExp, record: boolean, names = false): void => {
    // The line break, full stop or bracket before an introduction is not part of it.
    const start = match.index + (/^[^a-z]*/.exec(match[0])?.[0].length ?? 0);
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list !== null && !text.isFree(from, list.end)) return;
    // "Plant controller at Pasadena", "From the labs group in Dublin": a role's place may be a town the portfolio
    // does not name as a market, written with a capital.
    const name =
      list === null && names && vocabulary.matchAt(text.lower, from, false, text.source) === null
        ? CAPITALISED.exec(text.source.slice(from))
        : null;
    let placeEnd = list?.end ?? (name === null ? -1 : from + name[0].length);
    if (placeEnd < 0) return;
    // "I run the lab in Dublin, Ohio": a town, then its state.
    const comma = /^\s*,\s*/.exec(text.lower.slice(placeEnd));
    const state = comma === null ? null : vocabulary.matchAt(text.lower, placeEnd + comma[0].length, false, text.source);
    if (state?.item.kind === 'state') placeEnd = state.end;
    const end = after.exec(text.lower.slice(placeEnd));
    if (end === null) return;
    // The punctuation that ends the introduction stays free for the readers that follow.
    const tail = end[0].replace(/\s*(?:\)\s*:?|[.:;!,\n]|[\u2013\u2014-]\s)?$/, '').length;
    text.claim(start, placeEnd + tail);
    if (record && list !== null) own.push({ list, start });
  };
  for (const match of text.freeMatches(ROLE_THEN_PLACE)) claimIfEnds(match, INTRO_END, true, true);
  for (const match of text.freeMatches(SIGNED_ROLE)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(TERRITORY)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(PLACE_BEFORE_ROLE)) claimIfEnds(match, ROLE_AFTER_PLACE, true);
  for (const match of text.freeMatches(NOT_A_PLACE_THING)) claimIfEnds(match, THING_AFTER, false);
  for (const match of text.freeMatches(WRITING_FOR)) claimIfEnds(match, INTRO_END, true);
  for (const match of text.freeMatches(BASED_IN)) claimIfEnds(match, BASED_END, true);
  for (const match of text.freeMatches(TRAVELLING_IN)) claimIfEnds(match, TRAVEL_END, false);
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
  // "From the Phoenix site:": the one site, office or team a note comes from, before a colon.
  for (const match of text.freeMatches(FROM_ONE_SITE)) {
    const from = match.index + (match.groups?.['opening']?.length ?? 0);
    const list = readList(text, from, vocabulary, false);
    const end = match.index + match[0].length;
    if (list !== null && list.end === end && text.isFree(from, end)) text.claim(match.index, end);
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
  // "I manage the Edison Warehouse. Please don't include it.": a pronoun ruled out in the sentence after the writer
  // named the building they work in stands for that building.
  for (const match of text.freeMatches(RULE_OUT_PRONOUN)) {
    const sentence = sentenceStartBefore(text, match.index);
    const intro = own.find(
      ({ list, start }) =>
        start < sentence &&
        sentenceStartBefore(text, sentence - 1) <= start &&
        list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset'),
    );
    if (intro === undefined || !/^(?:it|that\s)/.test(match.groups?.['pronoun'] ?? '')) continue;
    ruleOutList(lists, text, intro.start, intro.list.end, intro.list);
    text.claim(match.index, match.index + match[0].length);
  }
  // "I know my plant owes more on its mortgage": one building of the writer's own, named by its kind, once the writer
  // has said where they work, is that building talked about, never its type asked for.
  for (const match of text.freeMatches(MY_ONE_BUILDING)) text.claim(match.index, match.index + match[0].length);
}
