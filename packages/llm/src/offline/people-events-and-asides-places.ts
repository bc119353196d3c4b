import type { BriefText } from './brief-text.js';
import { claimPlacesAskingNothing } from './places-asking-nothing.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places a brief names in passing, which ask for no market (and rule none out):
 * - where someone is or travels: "our auditors are in Dallas next week", "Linda is in Atlanta through Thursday",
 *   "back-to-back in Newark all week", "I'm flying to Newark on Wednesday", "the analyst is moving to their Chicago office";
 * - where a meeting or an event is held: "our lender group meets in Chicago on the 14th", "an investor day in Newark",
 *   "the ops review in Columbus", "before the 3pm Chicago call", "Next meeting: 12 March, Columbus",
 *   "Attendance: Chicago and Atlanta by video";
 * - a sentence the writer disowns as a whole: "... for Inland Empire boxes but that's market colour only",
 *   "(Our broker is in Dallas - don't read anything into it.)", "the Houston tax dispute is unrelated",
 *   "the Phoenix appraisal's 3% is that appraiser's assumption, not ours", "I'd rather Georgia, but I've been overruled";
 * - someone else's view or talk: "our broker thinks Chicago alone could do 150", "someone mentioned Houston at a 6.8% cap";
 * - an earlier year's figure: "For reference, our 2021 program was 60% Dallas", "the 2024 Dallas concentration of 55%".
 * None says where to sell. A sentence that also asks ("sell", "exclude", "only") is left to the readers of asks.
 */

/** Words that make a sentence an ask about places, whatever else it says. */
const ASK_WORDS =
  /\b(?:(?<!\b(?:easy|hard|difficult|simple|quick)\s+to\s+)sell|selling|exclud\w*|includ\w*|carve\s+out|keep\s+out|take\s+out|leave\s+out|focus\s+on|limit(?:ed)?\s+to|restrict(?:ed)?\s+to|in\s+scope\s+(?:are|is)|only\s+(?:sell|in|from|the)|(?:^|[^-])\bno\s+(?!\w+\s+restriction)\w+\s+(?:assets?|sites?|buildings?|propert\w*))\b/;

/** Someone is somewhere: "Linda is in", "our auditors are in", "we're all in", "back-to-back in" (anchored at the end). */
const SOMEONE_IS_IN =
  /(?:\b(?:is|are|was|were|['\u2019]s|['\u2019]re|will\s+be|['\u2019]ll\s+be)\s+(?:(?:all|both|still|currently|out|away|based|down|up|over|mostly|physically)\s+){0,2}(?:in|at)|\bback[-\s]to[-\s]back\s+(?:meetings\s+)?(?:in|at))\s+(?:the\s+)?$/;
/** When someone is there: "next week", "through Thursday", "all week", "on the 14th", "until Friday", "this month". */
const WHEN_AFTER =
  /^\s*(?:,\s*)?(?:all\s+(?:week|day|month)|(?:this|next|last)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|weekend)|through\s+\w+|until\s+\w+|till\s+\w+|on\s+(?:the\s+\d|\d|monday|tuesday|wednesday|thursday|friday)|(?:today|tomorrow|tonight)\b|for\s+(?:the\s+)?(?:week|day|conference|meeting|offsite|review))/;

/** Travel to a place: "flying to", "flew in to", "heading to", "moving to their", "a trip to" (anchored at the end). */
const TRAVEL_TO =
  /\b(?:fly|flies|flying|flew|travel\w*|heading|headed|moving|relocating|trip|commuting|driving)\s+(?:back\s+|out\s+|over\s+|down\s+|up\s+)?(?:in\s+)?(?:to|into)\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+)?$/;

/**
 * A meeting or an event before "in"/"at": "meets in", "investor day in", "review in", "retreat in", "the lender
 * presentation in", "the signing in" (anchored at the end).
 */
const EVENT_IN =
  /\b(?:meets?|meeting|met|call|review|conference|retreat|off-?site|summit|investor\s+day|roadshow|road\s+show|dinner|workshop|town\s+hall|kick-?off|session|visit|site\s+visit|tour|offsite|presentation|pitch|briefing|signing|(?:office\s+)?move)\s+(?:(?:last|next|this)\s+(?:week|month)\s+)?(?:in|at)\s+(?:the\s+|our\s+)?$/;
/** A meeting named by its place or time zone: "the 3pm Chicago call", "the Denver conference", "the Columbus offsite". */
const EVENT_AFTER = /^\s+(?:time\s+)?(?:call|conference|meeting|offsite|off-site|summit|retreat|roadshow|town\s+hall|dinner|workshop)\b/;
/** A line of minutes or a header that lists people or where they meet: "Attendance:", "apologies:", "Next meeting:". */
const ATTENDANCE_LABEL =
  /(?:^|\n|;\s*)\s*(?:attendees|attendance|attending|present|apologies|absent|next\s+meeting|venue|dial[-\s]in|cc)\s*:[^\n]*$/;

/** What disowns the whole sentence: "market colour only", "don't read anything into it", "is unrelated", "not ours". */
const SENTENCE_DISOWNED =
  /\b(?:(?:market\s+)?colou?r\s+only|background\s+only|context\s+only|for\s+(?:context|reference|colou?r)\s+only|(?:don['\u2019]?t|do\s+not)\s+read\s+(?:anything|too\s+much|much)\s+into\s+(?:it|that|this|my|his|her|their)|(?:is|are|was|were)\s+(?:just|only|purely)\s+(?:routing|background|context|colou?r)|(?:is|are|was|were)\s+(?:unrelated|irrelevant|not\s+relevant)|not\s+ours|not\s+our\s+(?:assumption|view|number|figure|ask)|no\s+[a-z]+(?:\s+[a-z]+)?\s+restriction\s+intended|not\s+a\s+(?:filter|restriction)|(?:i['\u2019]ve|i\s+have|i\s+was|i\s+got)\s+been\s+overruled|(?:i\s+was|i\s+got)\s+overruled|has\s+no\s+(?:sites?|buildings?|assets?)\s+in\s+scope)\b/;
/** A sentence that is nothing but a disowning tag: "Background only.", "Market colour only.", "Context only." */
const DISOWNING_TAG_SENTENCE = /^\s*(?:(?:market\s+)?colou?r|background|context|for\s+(?:context|reference))(?:\s+only)?\s*[.!]?\s*$/;

/**
 * Someone else's view or talk: "our broker thinks", "someone mentioned", "the brokers say", "the appraiser said", and
 * anyone's passing remark recalled ("didn't Ray say something about Houston?", "she mentioned something about Ohio").
 */
const OTHERS_TALK =
  /\b(?:(?:our|the|a|their)\s+(?:brokers?|bankers?|advis[eo]rs?|appraisers?|analysts?|consultants?)|someone(?:\s+else)?|somebody|people)\s+(?:thinks?|says?|said|believes?|reckons?|suggested|mentioned|floated|noted)\b|\b(?:say|says|said|mention|mentions|mentioned)\s+something\s+(?:about|on|re)\b/;
/** A sentence opened as background: "For reference,", "For context,", "FYI,", "As background,". */
const BACKGROUND_OPENING =
  /^\s*(?:[-*•]\s*)?(?:for\s+(?:reference|context|background|colou?r)|as\s+background|by\s+way\s+of\s+background)\b/;
/** An earlier year right before the place, then what happened there: "the 2024 Dallas concentration", "2019 Port Newark deal". */
const YEAR_BEFORE = /\b(?:19|20)\d\d\s+(?:port\s+)?$/;
const PAST_THING_AFTER = /^\s+(?:concentration|deal|program(?:me)?|sale|round|wave|transaction|portfolio\s+sale|exposure|share)\b/;

/** The end of the sentence that `index` is in: the next ".", "!", "?" or line break (a decimal point is no end). */
function sentenceEndAfter(text: BriefText, index: number): number {
  for (let position = index; position < text.source.length; position += 1) {
    const character = text.source[position] ?? '';
    if (character === '!' || character === '?' || character === '\n') return position;
    if (character === '.' && !(/\d/.test(text.source[position - 1] ?? '') && /\d/.test(text.source[position + 1] ?? ''))) return position;
  }
  return text.source.length;
}

/** The bracket around `index` on its line, as [open, close], or null: "(Our broker is in Dallas - ...)". */
function bracketAround(text: BriefText, index: number): [number, number] | null {
  const open = text.source.lastIndexOf('(', index);
  if (open < 0) return null;
  const closeBefore = text.source.lastIndexOf(')', index);
  if (closeBefore > open) return null;
  const close = text.source.indexOf(')', index);
  if (close < 0) return null;
  if (text.source.slice(open, close).includes('\n')) return null;
  return [open + 1, close];
}

/** True when the sentence (or bracket) round a place is said in passing: disowned, someone else's talk, or background. */
function isPassingSentence(text: BriefText, start: number, end: number): boolean {
  const bracket = bracketAround(text, start);
  const from = bracket?.[0] ?? sentenceStartBefore(text, start);
  const to = bracket?.[1] ?? sentenceEndAfter(text, end);
  const sentence = text.lower.slice(from, to);
  if (ASK_WORDS.test(sentence)) return false;
  if (SENTENCE_DISOWNED.test(sentence) || OTHERS_TALK.test(sentence) || BACKGROUND_OPENING.test(sentence)) return true;
  // "... investor day in Newark on the 3rd; they'd pay 5.9% caps. Background only.": a tag that follows disowns it.
  const nextEnd = sentenceEndAfter(text, to + 1);
  return DISOWNING_TAG_SENTENCE.test(text.lower.slice(to + 1, nextEnd));
}

/**
 * Claims each place a brief names in passing — where someone is or travels, where a meeting is held, in a sentence the
 * writer disowns, in someone else's talk, or as an earlier year's figure — so that it asks for and rules out nothing.
 */
export function claimPlacesNamedInPassing(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 80), place.start);
    const after = text.lower.slice(place.end, place.end + 80);
    const clauseStart = sentenceStartBefore(text, place.start);
    const clause = text.lower.slice(Math.max(clauseStart, place.start - 80), place.start);
    // "Only Phoenix ... we'll be in Phoenix next week to sell": an ask in the words before keeps the place an ask.
    const asked = ASK_WORDS.test(clause);
    const passing =
      (!asked && SOMEONE_IS_IN.test(before) && WHEN_AFTER.test(after)) ||
      (!asked && TRAVEL_TO.test(before)) ||
      (!asked && EVENT_IN.test(before)) ||
      (/\bthe\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+)?$/.test(before) && EVENT_AFTER.test(after)) ||
      (ATTENDANCE_LABEL.test(before) &&
        !ASK_WORDS.test(text.lower.slice(text.lower.lastIndexOf('\n', place.start) + 1, sentenceEndAfter(text, place.end)))) ||
      // "We're in the Houston region, but ...": where the writer's team sits; "Atlanta-based": where someone is based.
      (/\bwe(?:['\u2019]re|\s+are)\s+(?:all\s+)?(?:in|based\s+in|out\s+of)\s+(?:the\s+)?$/.test(before) &&
        /^\s+(?:region|area|office|metro)\b/.test(after)) ||
      /^-based\b/.test(after) ||
      (YEAR_BEFORE.test(before) && PAST_THING_AFTER.test(after)) ||
      isPassingSentence(text, place.start, place.end);
    if (passing) text.claim(place.start, place.end);
  }
  // Then where a message comes from, market talk, a question answered "anywhere" and one building before its kind.
  claimPlacesAskingNothing(text, vocabulary);
}
