import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Two asides that name a place and ask nothing of it. Where another party sits, said in brackets after it: "our bank
 * (they're in Chicago) suggested $200M", "the buyer (she is based in Dallas)". And an offer of help about a place's
 * buildings: "shout if you need data on the Houston plants", "happy to share detail on the Dallas sites", "let me know
 * if you want background on Newark". The first says who someone is; the second offers what the writer knows. Neither
 * is where to sell, and the type words of an offer ("the Houston plants") ask for no type either.
 */

/** "(they're in Chicago", "(she is based in Dallas", "(he's out of Newark": a person or a firm placed, in brackets. */
const PARTY_PLACED_BRACKET =
  /\([^\S\n]*(?:they|he|she)(?:['\u2019](?:re|s)|[^\S\n]+(?:are|is|were|was))[^\S\n]+(?:(?:all[^\S\n]+)?(?:based|located|headquartered|sitting)[^\S\n]+)?(?:in|at|out[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?/g;
/** The bracket closed after the place, perhaps after an office's word: "(they're in Chicago)", "(she's at the Dallas office)". */
const BRACKET_CLOSED = /^(?:[^\S\n]+(?:office|branch|hq))?[^\S\n]*\)/;

/**
 * An offer of help, then what it is about: "shout if you need data on", "happy to share detail on", "let me know if
 * you want background about", "ping me for numbers from". Group `about` is the word before the place.
 */
const HELP_OFFER =
  /\b(?:shout|holler|ping\s+me|let\s+me\s+know|reach\s+out|ask\s+me|call\s+me|get\s+in\s+touch|happy\s+to\s+(?:share|send|help|provide|pull)|(?:i|we)\s+can\s+(?:share|send|provide|pull))\b[^.;!?\n]{0,50}?\b(?:data|info(?:rmation)?|details?|numbers|figures|background|context|help|specifics|site\s+visits?|tours?)\s+(?:on|about|for|regarding|re|from|at|with)\s+(?:the\s+|our\s+)?/g;
/** Words that make the offer an ask: "let me know if you need more data on the Dallas exclusion". */
const ASKING_WORDS = /\b(?:only|exclu\w*|except|sell\w*|sold|keep|avoid|include\w*|target)\b/;

/**
 * Claims the place of another party said in brackets ("our bank (they're in Chicago)"), and the place of an offer of
 * help with what follows it in its clause ("shout if you need data on the Houston plants"), so that they ask for
 * nothing.
 */
export function claimPartyAndHelpPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(PARTY_PLACED_BRACKET)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null && BRACKET_CLOSED.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(HELP_OFFER)) {
    const start = match.index + match[0].length;
    const place = placeAt(text, vocabulary, start);
    if (place === null) continue;
    // The offer's clause runs on to its end: "the Houston plants", "Newark and its sites".
    const clauseEnd = /[.;!?\n]|,\s+(?:and|but|so)\s/.exec(text.lower.slice(place.end));
    const end = clauseEnd === null ? text.lower.length : place.end + clauseEnd.index;
    if (ASKING_WORDS.test(text.lower.slice(match.index, end)) || !text.isFree(start, end)) continue;
    text.claim(place.start, end);
  }
}
