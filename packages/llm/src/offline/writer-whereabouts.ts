import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

// Where the writer is, was or will be: "I'll be in Chicago all week if you need me", "I'll check email when I land in
// Houston", "I'm recording this from the Atlanta airport", "I'm based in Columbus", "I'll circulate from the Phoenix
// office", "I'm in procurement in the Inland Empire", "it's Pam from the Chicago region", "she's in Atlanta this week",
// "Board member writing from Chicago", "Any questions to me in the Dallas office". A place the writer sits,
// travels to or calls from says how to reach them, never where to sell.

/**
 * The writer ("I", "I'm", "I'll", "it's Pam", "this is Raj") then up to six words and "in", "from", "at" or "out of"
 * right before a place (anchored at the end of the text before it).
 */
const WRITER_THEN_AT =
  /\b(?:i(?:(?<be>['\u2019]m|['\u2019]ll\s+be|\s+am|\s+will\s+be)|['\u2019](?:ll|ve|d)|\s+will)?|(?<named>it['\u2019]s\s+[a-z]+|this\s+is\s+[a-z]+)|(?<they>(?:she|he)(?:['\u2019]s|['\u2019]re|\s+is|\s+are|\s+was|\s+were|['\u2019]ll\s+be|\s+will\s+be)))\s+(?<words>(?:[a-z&'\u2019-]+[^\S\n]+){0,6}?)(?:in|from|at|out\s+of)\s+(?:the\s+|our\s+|my\s+)?$/;

/**
 * "writing from", "recording this from", "calling in from", "questions to me in the Dallas office": where a message
 * comes from or its writer is reached (anchored at the end).
 */
const WRITING_FROM =
  /\b(?:(?:writing|recording|calling|dialing|dialling|sending|emailing)\s+(?:this\s+|in\s+)?(?:from|in)|(?:to|reach|contact|call|email|ping|find)\s+me\s+(?:in|at))\s+(?:the\s+|our\s+|my\s+)?$/;

/** Words that say where someone is, goes or works from: "am", "be", "based", "sit", "land", "fly", "recording". */
const WHEREABOUTS_VERB =
  /\b(?:am|be|been|was|based|sit|sitting|work|working|live|living|land|landing|fly|flying|travel\w*|recording|calling|dialling|dialing|writing|circulate|send|stuck|stationed|located|here)\b/;

/** Words that make the clause an ask, or a view on where to sell: "I want to sell in", "I'm only interested in". */
const ASKING_WORDS =
  /\b(?:sell\w*|sale\w*|sold|raise|raising|want|need|like|prefer|only|exclud\w*|keep|avoid|focus\w*|limit\w*|stick|includ\w*|take|use|run|see|look\w*|buy|skip|drop|not|no|never|anything|everything|fine|ok|okay|happy|interested|thinking|considering|open|comfortable|proceeds|assets?|sites?|buildings?|propert\w*|portfolio|markets?|exposure)\b/;

/** Buildings or a market's holdings after the place: "at the Houston plants" names what may be sold. */
const HOLDINGS_AFTER =
  /^\s+(?:sites?|buildings?|assets?|propert\w*|plants?|warehouses?|stores?|dcs?|distribution|portfolio|market|labs?|holdings)\b/;

/** Claims the places the writer says they are at, travel to or call from, so that they ask for nothing. */
export function claimWriterWhereabouts(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(sentenceStartBefore(text, place.start), place.start);
    // "Board member writing from Chicago": where a message is written or called from, with no subject before it.
    if (WRITING_FROM.test(before) && !HOLDINGS_AFTER.test(text.lower.slice(place.end))) {
      text.claim(place.start, place.end);
      continue;
    }
    const found = WRITER_THEN_AT.exec(before);
    if (found === null || HOLDINGS_AFTER.test(text.lower.slice(place.end))) continue;
    const words = found.groups?.['words'] ?? '';
    // "it's Pam from the Chicago region": a name, written with a capital ("it's all in Texas" names nobody).
    const named = found.groups?.['named'];
    if (named !== undefined && !/^[A-Z]/.test(text.source.slice(place.start - before.length + found.index + named.lastIndexOf(' ') + 1)))
      continue;
    if (
      ASKING_WORDS.test(words) ||
      (found.groups?.['be'] === undefined &&
        found.groups?.['named'] === undefined &&
        found.groups?.['they'] === undefined &&
        !WHEREABOUTS_VERB.test(words))
    )
      continue;
    text.claim(place.start, place.end);
  }
}
