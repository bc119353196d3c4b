import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places named in talk about the market, the company's past or its people, which ask for no market (and rule none out):
 * - prices and deals seen: "Dallas industrial is trading at sub-6 caps", "a box in Houston just sold for $72M", "cap
 *   rates are running around 5.5% in the Inland Empire", "one fund floated $120M for the Phoenix sites; we passed",
 *   "the Houston landlord just put through a 4% increase";
 * - the company's story with its year: "I started this company in a Columbus garage in 1998", "we opened Newark in 2011";
 * - people from places and where they met: "Site leads from Dallas and Houston met yesterday in Atlanta", "the offsite is
 *   in Columbus";
 * - a room booked there, money for a project there ("the cash for the Atlanta fleet expansion"), a meeting's place and
 *   time ("lender update (Chicago, 3pm)");
 * - hearsay ("I've heard talk of selling stuff around Houston") and a remark the writer says is no filter: "prefers selling Houston but that's not a constraint", "book the Dallas site
 *   tour (not a filter)", "a rent increase in Houston, annoying but unrelated".
 * A sentence that also asks about places ("sell", "only", "exclude") is left to the readers of asks, except where the
 * writer says the remark is no filter.
 */

/** Words that make a sentence an ask about places, whatever else it says ("sold for" is a price, not an ask). */
const ASK_WORDS =
  /\bnon-|\b(?:raise|raising|generate|generating)\b[^.!?\n]{0,40}\bfrom\b|\b(?:sell|selling|sale|touch\w*|exclud\w*|includ\w*|only|except|skip\w*|avoid\w*|keep\w*|leave|leaving|spare|retain\w*|protect\w*|carve\w*|limit\w*|restrict\w*|confin\w*|focus\w*|stick|off[-\s](?:the\s+table|limits)|(?:^|[^-])no\s+\w+\s+(?:assets?|sites?|buildings?|propert\w*))\b/;
/** The strongest asks, which even a "not a constraint" does not take back: "only", "exclude", "don't sell". */
const FIRM_ASK = /\b(?:only|exclud\w*|except|skip\w*|avoid\w*|(?:don['\u2019]?t|do\s+not|never)\s+sell)\b/;

/** Prices and deals seen in the market: cap rates, trading levels, a sale's price, a bid or a landlord's increase. */
const PRICE_TALK =
  /\b(?:cap\s+rates?|(?:sub-?)?\d+(?:\.\d+)?%?\s+caps\b|caps\s+(?:are|were|of|at|around|near)\b|(?:is|are|was|were)\s+trading\s+(?:at|around|near)|trades?\s+(?:at|around)|traded\s+(?:at|around|for)|(?:just\s+)?(?:sold|went|changed\s+hands)\s+for|priced\s+at|(?:fund|buyer|bidder|investor|peer|reit|someone)\s+(?:(?:just|has|had)\s+)?(?:floated|offered|bid)\s+\$|landlord\b[^.!?\n]{0,40}\b(?:increase|put\s+through|raised|hiked)|sq\.?\s*ft\b[^.!?\n]{0,30}\bfor\s+\$)/;
/** The company's story with its year: "started ... in 1998", "opened ... in 2011", "back in 2004". */
const STORY_VERB = /\b(?:started|founded|opened|built|bought|acquired|began|launched|grew\s+up|set\s+up|closed|did|completed|signed)\b/;
const STORY_YEAR = /\b(?:in|since|back\s+in|around)\s+(?:19|20)\d\d\b/;

/** People from places before it: "Site leads from Dallas and ", "the teams from " (anchored at the end). */
const PEOPLE_FROM =
  /\b(?:leads?|teams?|folks|people|reps?|representatives|managers?|colleagues|staff|heads?|directors?|gms?|delegates)\s+from\s+(?:the\s+)?(?:[a-z]+(?:\s+[a-z]+)?\s*(?:,|and|&)\s*(?:the\s+)?)*$/;
/** Where people met: "met yesterday in", "met in", "gathered at", "the offsite is in" (anchored at the end). */
const MET_IN =
  /\b(?:(?:met|meet|meets|gathered|convened|got\s+together)\s+(?:\w+\s+){0,2}(?:in|at)|(?:offsite|off-site|meeting|call|conference|retreat|dinner|review|workshop|summit|kick-?off|tour|visit|town\s+hall)\s+(?:is|was|will\s+be|are|were)\s+(?:being\s+held\s+|held\s+)?(?:in|at))\s+(?:the\s+)?$/;

/** Hearsay before the place: "I've heard talk of selling stuff around Houston", "hearing rumours about". */
const HEARSAY = /\b(?:heard|hearing|hear)\s+(?:some\s+)?(?:talk|rumou?rs?|chatter|noise|whispers)\s+(?:of|about)\b/;
/** Booking a room, a trip or a tour: "book the room in", "booking a hotel at" (anchored at the end). */
const BOOKED_IN = /\b(?:book|booking|booked|reserve|reserving|reserved)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/;
/** Money for a project at the place, not a sale there: "the cash for the Atlanta fleet expansion", "to fund the ...". */
const FUNDS_FOR =
  /\b(?:fund|funds|funding|finance|financing|pay\s+for|paying\s+for|cash\s+for|money\s+for|proceeds\s+for|capital\s+for)\s+(?:the\s+|our\s+|a\s+)?$/;
const PROJECT_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:expansion|build[-\s]?out|project|fit[-\s]?out|upgrade|refresh|retrofit|relocation|campus|construction|renovation|automation)\b/;
/** A meeting's place and time in brackets: "lender update (Chicago, 3pm)", "call notes (Newark, Tuesday)". */
const MEETING_BRACKET_BEFORE = /\b(?:call|meeting|update|notes|review|session|sync|briefing)\b[^()\n]{0,30}\(\s*$/;
const TIME_AFTER = /^\s*,\s*(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}\s+[a-z]+|mon|tue|wed|thu|fri|sat|sun|morning|afternoon|noon)/;

/** The writer saying the remark is no filter: "not a constraint", "(not a filter)", "annoying but unrelated". */
const NO_FILTER_TAG =
  /\b(?:not\s+a\s+(?:filter|constraint|requirement|restriction|rule|condition)|(?:is|are)n['\u2019]?t\s+a\s+(?:filter|constraint|requirement|restriction)|(?:has|have|['\u2019]s)\s+(?:got\s+)?nothing\s+to\s+do\s+with|(?:that['\u2019]s|it['\u2019]s|that\s+is|it\s+is)\s+(?:just|only)\s+talk|not\s+where\s+(?:we|you|they)\s+(?:sell|are\s+selling|want\s+to\s+sell)|but\s+(?:that['\u2019]?s|that\s+is|it['\u2019]?s|it\s+is)\s+not\s+(?:a\s+)?(?:constraint|requirement|filter|restriction|condition)|but\s+unrelated|(?:which|that)\s+(?:is|was)\s+(?:\w+\s+but\s+)?unrelated)\b/;

/**
 * Claims each place named in talk about the market, the company's past or its people — prices and deals seen, the
 * company's story with its year, people from places and where they met, and remarks the writer says are no filter — so
 * that it asks for and rules out nothing.
 */
export function claimMarketTalkPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const from = sentenceStartBefore(text, place.start);
    const to = sentenceEndAfter(text, place.end);
    const sentence = text.lower.slice(from, to);
    const before = text.lower.slice(Math.max(from, place.start - 80), place.start);
    const asks = ASK_WORDS.test(sentence);
    // "Sam to book the Dallas site tour (not a filter)": the tag after the place, in its sentence.
    const tagged =
      (NO_FILTER_TAG.test(text.lower.slice(place.end, to)) || HEARSAY.test(text.lower.slice(from, place.start))) &&
      !FIRM_ASK.test(sentence);
    const after = text.lower.slice(place.end, place.end + 60);
    const aside =
      BOOKED_IN.test(before) ||
      (FUNDS_FOR.test(before) && PROJECT_AFTER.test(after)) ||
      (MEETING_BRACKET_BEFORE.test(before) && TIME_AFTER.test(after));
    const talk =
      !asks &&
      (PRICE_TALK.test(sentence) ||
        (STORY_VERB.test(sentence) && STORY_YEAR.test(sentence)) ||
        PEOPLE_FROM.test(before) ||
        MET_IN.test(before));
    if (talk || tagged || aside) text.claim(place.start, place.end);
  }
}
