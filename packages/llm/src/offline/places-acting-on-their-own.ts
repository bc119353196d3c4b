import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A place named for the people there, acting on their own: "I heard Chicago may be selling the Schaumburg office on its
 * own", "Dallas is running its own process for the HQ", "apparently Houston is marketing the yard separately". The
 * place is a team doing something apart from this program, so it is neither asked for nor ruled out; what it acts on
 * (a building left out "so leave that one out") is read by the other readers.
 */

/** The place as the subject, then a verb of acting in a going form: "may be selling", "is running", "will be marketing". */
const ACTING_AFTER_PLACE =
  /^\s+(?:may|might|could|will|would|is|are|was|has|have)(?:\s+(?:already|also|now|still|apparently|probably))?(?:\s+(?:be|been))?\s+(?:selling|marketing|running|doing|handling|pursuing|planning|negotiating|shopping|arranging|working\s+on|talking\s+to|in\s+talks\s+(?:on|about|over))\b/;
/** What marks the act as done apart from the program, later in the clause: "on its own", "separately", "its own process". */
const APART =
  /\b(?:on\s+(?:its|their)\s+own|separately|independently|by\s+(?:itself|themselves)|(?:its|their)\s+own\s+(?:process|deal|sale|transaction|program(?:me)?|thing))\b/;
/** The clause's end after the act. */
const CLAUSE_END = /[.;!?\n]|,\s*(?:so|but|and)\b/;
/** Words before the place that make it an ask rather than a subject: "sell only what Chicago ...". */
const ASKING_BEFORE = /\b(?:only|exclud\w*|except|not|no|sell|keep|avoid|include\w*|from|in|outside)\s+(?:the\s+)?$/;

/**
 * Claims a place that is the subject of an act done apart from the program ("Chicago may be selling the Schaumburg
 * office on its own"), so that it asks for nothing.
 */
export function claimPlacesActingOnTheirOwn(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (let index = 0; index < text.lower.length; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const place = freePlaceAt(text, vocabulary, index);
    if (place === null) continue;
    index = place.end - 1;
    const rest = text.lower.slice(place.end, place.end + 160);
    const acting = ACTING_AFTER_PLACE.exec(rest);
    if (acting === null || ASKING_BEFORE.test(text.lower.slice(Math.max(0, place.start - 20), place.start))) continue;
    const end = CLAUSE_END.exec(rest.slice(acting[0].length));
    const clause = end === null ? rest : rest.slice(0, acting[0].length + end.index);
    if (APART.test(clause)) text.claim(place.start, place.end);
  }
}
