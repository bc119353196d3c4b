import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A place's mention the writer disowns: "ignore the Atlanta mention in the deck", "don't read anything into the Phoenix
 * reference", "the mention of Dallas was about a lease renewal, disregard it", "the Newark reference is irrelevant".
 * The writer says the name asks for nothing; neither "ignore" nor "don't" rules the place out.
 */

/** A word for a name said in passing: "mention", "reference", "comment", "footnote". */
const MENTION = '(?:mention|reference|comment|footnote|remark|aside|line|note)s?';
/** Before the place: "ignore the", "don't read anything into the", "disregard any", "pay no attention to the". */
const DISOWNED_BEFORE =
  /\b(?:ignore|disregard|skip\s+over|(?:don['\u2019]?t|do\s+not|please\s+don['\u2019]?t)\s+read\s+(?:anything|too\s+much|much)\s+into|pay\s+no\s+attention\s+to|never\s+mind)\s+(?:the|that|this|any|our)\s+$/;
/** After the place, with the word for its mention: " mention", " reference in the deck". */
const MENTION_AFTER = new RegExp(String.raw`^\s+${MENTION}\b`);
/** Before the place, a mention named first: "the mention of", "any reference to". */
const MENTION_OF_BEFORE = new RegExp(String.raw`\b(?:the|that|this|any|a)\s+${MENTION}\s+(?:of|to)\s+$`);
/** Later in the sentence, what disowns a mention named first: "ignore it", "is irrelevant", "was about another lease". */
const DISOWNED_AFTER =
  /^[^.;!?\n]{0,80}?(?:\b(?:ignore|disregard)\s+(?:it|that|this)\b|\b(?:is|was|are|were)\s+(?:irrelevant|not\s+relevant|just\s+(?:background|context|colou?r)|background\s+only|(?:only\s+)?about\s+(?:an?\s+)?(?:unrelated|different|separate|other)\b)|\b(?:means|meant)\s+nothing\b)/;
/** After a place and its mention, what disowns it: "the Newark reference is irrelevant". */
const MENTION_DISOWNED_AFTER = new RegExp(String.raw`^\s+${MENTION}\b${DISOWNED_AFTER.source.slice(1)}`);

/** Claims each place whose mention the writer disowns, so that it asks for (and rules out) nothing. */
export function claimDisownedMentions(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    const before = text.lower.slice(Math.max(0, place.start - 60), place.start);
    const after = text.lower.slice(place.end);
    const disowned =
      (DISOWNED_BEFORE.test(before) && MENTION_AFTER.test(after)) ||
      (MENTION_OF_BEFORE.test(before) && DISOWNED_AFTER.test(after)) ||
      MENTION_DISOWNED_AFTER.test(after);
    if (disowned) text.claim(place.start, place.end);
  }
}
