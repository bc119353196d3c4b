import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places and building types told of a deal that is not this one: an offer the company turned down ("the bank offered
 * to buy our Dallas buildings for $90 million and we said no", "We turned down the $160M offer for the whole Inland
 * Empire package"), another party's sale ("peer deal (Harbor Co raised $500M in Newark)", "A friend sold his Inland
 * Empire warehouses for 120 million last year") and a figure kept only for context ("memo from the 2019 archive
 * attached for context: raised $75M from Newark"), and a wish the writer opposes ("Marketing wanted us to sell the parts
 * stores, which I'm against"), and a buyer's or a bank's bid ("the buyer's bid for the whole Phoenix cluster was
 * $310M"). Such a sentence tells a story; its places and types ask for nothing.
 */

/** An offer, a bid or a proposal in the sentence. */
const OFFER = /\b(?:offer(?:ed|s)?|bids?|proposals?)\b/;
/** The company's refusal of it: "we said no", "turned it down", "we rejected", "declined". */
const REFUSED = /\b(?:we\s+said\s+no|turned\s+(?:it\s+|them\s+)?down|we\s+(?:rejected|declined|refused|passed)|rejected|declined)\b/;
/** Another party whose sale is told: "peer deal", "a friend", "a competitor", "another company". */
const OTHER_PARTY =
  /\b(?:peers?|peer\s+deal|friends?|competitors?|rivals?|another\s+(?:company|client|issuer|operator|firm)|other\s+clients?)\b/;
/** A sale told as done: "raised", "sold", "did", "closed". */
const DONE = /\b(?:raised|sold|did|closed|completed)\b/;
/** A figure kept only for the story: "for context", "archive", "as precedent only". */
const FOR_CONTEXT = /\b(?:for\s+context|archive|as\s+precedent\s+only)\b/;
/**
 * Someone else's wish opposed by the writer or turned down, closing the sentence: "Marketing wanted us to sell the parts
 * stores, which I'm against", "the bank pushed Houston, which the board rejected". What was wished for is not asked.
 */
const WISH_OPPOSED =
  /\b(?:wanted|proposed|suggested|pushed|pitched)\b[^.!?\n]{1,80},\s*which\s+(?:(?:i|we)['\u2019](?:m|re)|i\s+am|we\s+are)\s+(?:against|opposed\s+to)\b|\b(?:wanted|proposed|suggested|pushed|pitched)\b[^.!?\n]{1,80},\s*which\s+(?:we|i|the\s+board|the\s+committee)\s+(?:rejected|turned\s+down|declined|vetoed)\b/g;
/**
 * A bid told as another party's, by its owner: "the bank's indicative bid on the Ontario center", "the buyer's bid for
 * the whole Phoenix cluster". The company sells, so a bid is a buyer's figure and the places it is for ask nothing.
 */
const OTHERS_BID = /\b(?:bank|buyer|purchaser|fund|investor|bidder)['\u2019]?s\s+(?:[a-z-]+\s+)?bids?\b/;
/** "way more than we need": a measure of the bid against the need, which asks for nothing itself. */
const MEASURED_AGAINST_NEED = /\b(?:more|less|higher|lower)\s+than\s+(?:we|i)\s+(?:need|want)\b/g;
/** Words that ask for something in the sentence itself, after the refusal is set aside: it is no story then. */
const ASKING =
  /\b(?:exclud\w*|sell|selling|includ\w*|focus|raise|target|only|avoid|skip|keep|leave|don'?t|do\s+not|not|no|except|want|need|prefer|should|must|please)\b/;

/** Claims every place and type word of a sentence that tells of a deal turned down, another party's, or kept for context. */
export function claimPlacesInDealsSetAside(text: BriefText, vocabulary: PlaceVocabulary): void {
  // Cheap guard: every such sentence holds one of these words.
  if (!/offer|bid|propos|peer|friend|competitor|rival|another|other\s+client|context|archive|precedent|which/.test(text.lower)) return;
  // A wish opposed is set aside whatever it asked, places and types alike: its asking words are the wish's own.
  if (text.lower.includes('which')) {
    for (const match of text.lower.matchAll(WISH_OPPOSED)) {
      text.claim(sentenceStartBefore(text, match.index), sentenceEndAfter(text, match.index));
    }
  }
  let searchedTo = 0;
  for (const place of freePlacesIn(text, vocabulary)) {
    if (place.start < searchedTo) continue;
    const start = sentenceStartBefore(text, place.start);
    const end = sentenceEndAfter(text, place.end);
    searchedTo = end;
    const sentence = text.lower.slice(start, end);
    const refused = OFFER.test(sentence) && REFUSED.test(sentence);
    const othersBid = OTHERS_BID.test(sentence);
    const story = refused || othersBid || (OTHER_PARTY.test(sentence) && DONE.test(sentence)) || FOR_CONTEXT.test(sentence);
    const asking = othersBid ? sentence.replace(MEASURED_AGAINST_NEED, ' ') : sentence;
    if (!story || ASKING.test(asking.replace(REFUSED, ' '))) continue;
    // The sentence's places and its type words ("his Inland Empire warehouses") alike: none is asked for.
    text.claim(start, end);
  }
}
