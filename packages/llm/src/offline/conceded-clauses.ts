import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimMentions } from './precedent-mentions.js';

// A writer may grant a point before turning to the ask: "I know Atlanta's market is hot right now, but please look only
// at Chicago and Newark", "I realise the Inland Empire buildings would fetch the best prices, but the board wants
// offices", "Granted, Phoenix is our best market, but leave it out". What is granted is context the writer sets
// aside; only what follows the "but" asks for anything.

/** The words that grant a point: "I know (that)", "we realise", "I appreciate", "granted,", "admittedly". */
const CONCEDED =
  /(?:^|(?<=[.!?;:\n]\s*)|\b(?:and|so|now)\s+)(?:i|we)\s+(?:know|realise|realize|understand|appreciate|get|recognise|recognize)\s+(?:that\s+)?|\b(?:granted|admittedly)\s*,?\s+/g;
/** The "but" that turns from the point granted to the ask, in the same sentence. */
const TURN = /(?:,|\s[\u2013\u2014-])?\s+but\b/;
/** What ends the sentence of the point granted before any "but". */
const SENTENCE_STOP = /[!?;\n]|\.(?!\d)/;
/** How far a granted point may run before its "but". */
const CONCEDED_REACH = 200;

/**
 * Claims the places, regions and types named in a point the writer grants before a "but" ("I know Atlanta's market
 * is hot right now, but ..."), so that none is read as asked for or ruled out. A point with no "but" after it in its
 * sentence is left to the other readers.
 */
export function claimConcededMentions(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(CONCEDED)) {
    const from = match.index + match[0].length;
    const rest = text.lower.slice(from, from + CONCEDED_REACH);
    const turn = TURN.exec(rest);
    const stop = SENTENCE_STOP.exec(rest);
    if (turn === null || (stop !== null && stop.index < turn.index)) continue;
    claimMentions(text, vocabulary, from, from + turn.index);
  }
}
