import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// The leaseability score described rather than named, restated in the words the score readers know. Someone who does
// not know the score's name coins one for it ("nothing below 0.65 on the someone-else-could-lease-it score"), or puts
// the level in brackets after what is hard to let again ("nothing that's hard to re-let (under 0.6)"), where the word
// reader would otherwise read its own level for "hard to re-let" and drop the written one.

/** A level as the readers read it: "0.55", ".7"; never a percentage, a multiple or part of a longer number. */
const LEVEL = String.raw`(?<level>0?\.\d{1,3})(?![\d%x])`;

/** "below", "under", "less than": the side of a floor. */
const BELOW = String.raw`(?:below|under|less\s+than|lower\s+than)`;

/** What names a score in a coinage: "score", "scale", "rating", "number", "measure". */
const SCORE_NOUN = `(?:score|scale|rating|number|measure)`;

/**
 * A level held from below on a coined name, quoted or hyphenated: "below 0.65 on the someone-else-could-lease-it score",
 * "under 0.5 on the 'could we re-let it' scale". The coinage is checked with `LETTING_WORD` and `HARM_WORD`.
 */
const BELOW_LEVEL_ON_COINAGE = new RegExp(
  String.raw`\b(?<side>${BELOW})\s+${LEVEL}\s+(?:on|for|in)\s+(?:(?:the|that|its|our|this)\s+)?(?<coinage>["\u201c\u2018'][^"\u201d\u2019\n]{3,60}["\u201d\u2019']\s+${SCORE_NOUN}|(?:[a-z'\u2019]+-){2,7}[a-z'\u2019]+[-\s]${SCORE_NOUN})(?![a-z])`,
  'gi',
);

/** Words on letting a building again, one of which a coinage must hold to name leaseability. */
const LETTING_WORD = /\b(?:re-?let|re-?lease|lease|let|rent|re-?rent|tenant|occupier|move\s+in|take\s+over)\b/i;
/** Words on the harm of losing a building: a coinage holding them names criticality and is left alone. */
const HARM_WORD = /\b(?:hurt|harm|suffer|lose|losing|lost|miss|halt|cripple|critical|essential|operations|without|depend|rely)\b/i;

/**
 * What is hard to let again with its level in brackets or after a dash: "hard to re-let (under 0.6)", "that's
 * difficult to lease - below 0.5". Restated "with leaseability below" the level, the words before it kept ("Nothing
 * with leaseability below 0.6").
 */
const HARD_TO_LET_WITH_LEVEL = new RegExp(
  String.raw`\b(?:(?:that['\u2019]s|that\s+is|that\s+would\s+be|which\s+is)\s+)?(?:(?:too|very|really)\s+)?(?:hard|difficult|tough|tricky)[-\s]+to[-\s]+(?:re[-\s]?)?(?:let|lease|rent)(?:[-\s]+(?:out|up))?\s*(?:\(|,|\s-|[\u2014\u2013])\s*(?:i\.e\.\s+|say\s+|meaning\s+)?${BELOW}\s+${LEVEL}\s*\)?`,
  'gi',
);

/**
 * The edits restating a described leaseability score with its level: "below 0.65 on the someone-else-could-lease-it
 * score" as "below 0.65 on leaseability", "that's hard to re-let (under 0.6)" as "with leaseability below 0.6"; none for
 * a brief without them.
 */
export function describedLeaseabilityRestatements(text: string): TextEdit[] {
  if (!/\b(?:below|under|less\s+than|lower\s+than)\b/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(BELOW_LEVEL_ON_COINAGE)) {
    const coinage = (match.groups?.['coinage'] ?? '').replace(/-/g, ' ');
    if (!LETTING_WORD.test(coinage) || HARM_WORD.test(coinage)) continue;
    add(match.index, match.index + match[0].length, `${match.groups?.['side']} ${match.groups?.['level']} on leaseability`);
  }
  for (const match of text.matchAll(HARD_TO_LET_WITH_LEVEL))
    add(match.index, match.index + match[0].length, `with leaseability below ${match.groups?.['level']}`);
  return edits;
}
