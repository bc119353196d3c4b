import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// The score limits said by what is kept back or by the pain of losing a building, in words no score reader knows,
// restated in the words they do: "keep everything with criticality above 0.65" (what is kept is not sold), "painful to
// lose (nothing above 0.55)", "nothing sold where losing it would be severe; keep it at 0.5 or under", "nothing riskier
// than 0.4 on criticality", "keep the how-bad-to-lose-it score at 0.5 or below", "keep out buildings another tenant
// would struggle to use, anything under 0.6 on leaseability", and a level corrected straight after it is given ("nothing
// above 0.5 criticality... actually, 0.6 is fine").

/** A level as the score readers read it: "0.55", ".7"; never a percentage, a multiple or part of a longer number. */
const LEVEL = String.raw`0?\.\d{1,3}(?![\d%x])`;

/** "above", "over", "more than": the side of a ceiling. */
const ABOVE = String.raw`(?:above|over|higher\s+than|more\s+than|greater\s+than)`;

/** "below", "under", "less than": the side of a floor. */
const BELOW = String.raw`(?:below|under|lower\s+than|less\s+than)`;

/** What is kept or kept out, said of all of it: "everything", "anything", "every site", "all assets". */
const EVERY_THING = String.raw`(?:everything|anything|all(?:\s+(?:the\s+)?(?:buildings|sites|assets|properties))?|every\s+(?:building|site|asset|property)|any\s+(?:building|site|asset|property))`;

/**
 * Everything with a score past a level kept, which keeps it out of the sale: "keep everything with criticality above
 * 0.65", "hold on to every site with leaseability below 0.5". Kept in the sale ("keep everything with criticality above
 * 0.6 in the pool", "keep anything ... eligible") is no limit, and is left alone.
 */
const KEPT_PAST_A_LEVEL = new RegExp(
  String.raw`\b(?:keep|retain|hold\s+on\s+to|hang\s+on\s+to)\s+${EVERY_THING}\s+(?:with\s+(?:a\s+)?|whose\s+|that\s+has\s+(?:a\s+)?)` +
    String.raw`(?:(?<critical>criticality)(?:\s+(?:score|rating))?\s+(?:of\s+|is\s+)?${ABOVE}|(?<letting>leaseability)(?:\s+(?:score|rating))?\s+(?:of\s+|is\s+)?${BELOW})\s+(?<level>${LEVEL})` +
    String.raw`(?!\s+(?:in|on|inside|within|eligible|available|for\s+sale|up\s+for)(?![a-z]))`,
  'gi',
);

/**
 * Words on the pain of losing a building: "painful to lose", "hard to lose", "losing it would be severe", "where losing
 * it would hurt". A level put straight after them is the criticality ceiling.
 */
const PAIN_OF_LOSING = String.raw`(?:(?:painful|costly|damaging|disastrous|devastating)\s+to\s+lose|losing\s+(?:it|them|one|that|the\s+(?:site|building|asset))\s+would\s+(?:be\s+)?(?:severe|serious|painful|disastrous|devastating|crippling|hurt|sting))`;

/**
 * A ceiling said after the pain of losing, in brackets or after a semicolon: "(nothing above 0.55)", "; keep it at 0.5
 * or under", ", so nothing over 0.4", "- cap it at 0.45". The level's words are restated "nothing with criticality
 * above" the level, the pain words stay as written. Words on letting again between them make the level leaseability's
 * and leave it alone.
 */
const LEVEL_AFTER_PAIN = new RegExp(
  String.raw`(?<=\b${PAIN_OF_LOSING}(?:(?![.!?\n]|\bre-?let|\blease|\btenant)[^.!?\n]){0,30}?(?:\s*[(,;:\u2014\u2013]|\s-)\s*(?:(?:so|meaning|i\.e\.|that\s+is|say)\s*,?\s*)?)` +
    String.raw`(?:(?:nothing|none)\s+(?:(?:rated|scored|scoring)\s+)?${ABOVE}\s+(?<nothing>${LEVEL})|(?:keep|cap|limit|hold)\s+(?:it|that|them)\s+(?:at|to)\s+(?:most\s+)?(?<kept>${LEVEL})(?:\s+or\s+(?:under|below|less|lower))?)`,
  'gi',
);

/** "nothing riskier than 0.4 on criticality": the risk of losing a building is what the score measures. */
const RISKIER_THAN = new RegExp(String.raw`\b(?:riskier|more\s+risky)\s+than(?=\s+${LEVEL}\s+(?:on|for|in)\s+criticality\b)`, 'gi');

/**
 * A score named by a hyphenated coinage and kept at a level: "keep the how-bad-to-lose-it score at 0.5 or below", "hold
 * the how-easy-to-re-lease-it score at 0.6 or above", and a second one after "and" in the same ask). The coinage is restated as the score its words speak of: losing
 * a building or running without it is criticality, letting it again is leaseability; a coinage of neither is left.
 */
const COINAGE_KEPT_AT_A_LEVEL = new RegExp(
  String.raw`(?<=\b(?:keep|hold|cap|limit)\s+(?:(?:[^.;!?\n]|\.(?=\d)){0,80}?\band\s+)?)(?:the\s+|our\s+)?(?<coinage>(?:[a-z'\u2019]+-){2,7}[a-z'\u2019]+)\s+(?:score|scale|rating|number|measure)(?=\s+(?:at|to)\s+${LEVEL}\s+or\s+(?:below|under|less|lower|above|over|higher|more|better)\b)`,
  'gi',
);

/** Words of a coinage on letting a building again: leaseability. */
const LETTING_WORDS = /\b(?:re-?let|re-?lease|lease|leasable|let|tenant|occupier|rent)\b/i;
/** Words of a coinage on losing a building or running without it: criticality. */
const LOSING_WORDS = /\b(?:lose|losing|lost|hurt|harm|painful|critical|without|miss|halt)\b/i;

/**
 * Buildings kept out, then a score's bound said after a comma as "anything" past it: "keep out buildings another tenant
 * would struggle to use, anything under 0.6 on leaseability", "keep out the vital sites, anything above 0.7 on
 * criticality". "anything" is restated "nothing", the bound the readers know.
 */
const ANYTHING_PAST_A_LEVEL_KEPT_OUT = new RegExp(
  String.raw`(?<=\bkeep\s+out\b[^.;!?\n]{0,80}?)\b(?:anything|any\s+(?:buildings?|sites?|assets?|propert(?:y|ies)))(?=\s+(?:${BELOW}\s+${LEVEL}\s+(?:on|for|in)\s+leaseability|${ABOVE}\s+${LEVEL}\s+(?:on|for|in)\s+criticality)\b)`,
  'gi',
);

/** Words that correct a level just given: "actually,", "wait,", "sorry, make that". */
const CORRECTION = String.raw`(?:actually|wait|sorry|no|scratch\s+that|on\s+second\s+thought)\s*,?\s*(?:make\s+(?:it|that)\s+)?`;

/** What is said of the new level: "0.6 is fine", "0.6 works", "0.6 is ok". */
const NEW_LEVEL_IS_FINE = String.raw`(?:\s+(?:is|'s|\u2019s)\s+(?:fine|ok|okay|good|enough|better)|\s+works)?`;

/**
 * A score's level corrected straight after it is given: "nothing above 0.5 criticality... actually, 0.6 is fine",
 * "leaseability of 0.7 - wait, make that 0.65". The old level and the correction are restated as the new level, put
 * where the old one stood.
 */
const LEVEL_CORRECTED = new RegExp(
  String.raw`(?<old>${LEVEL})(?<name>\s+(?:on\s+)?(?:criticality|leaseability))\s*(?:\.{2,3}|\u2026|,|;|-|\u2014|\u2013)\s*${CORRECTION}(?<new>${LEVEL})${NEW_LEVEL_IS_FINE}` +
    String.raw`|(?<before>(?:criticality|leaseability)\s+(?:of|at|above|below|under|over|(?:cap|ceiling|floor|limit)\s+of)\s+)(?<oldAfter>${LEVEL})\s*(?:\.{2,3}|\u2026|,|;|-|\u2014|\u2013)\s*${CORRECTION}(?<newAfter>${LEVEL})${NEW_LEVEL_IS_FINE}`,
  'gi',
);

/** Every form above has one of these words: a brief with none is left as it is. */
const SCORE_LIMIT_WORD = /criticality|leaseability|lose|losing|-score|score|riskier|risky/i;

/**
 * The edits restating the score limits said by what is kept back or by the pain of losing a building, and a level
 * corrected straight after it is given; none for a brief without them.
 */
export function scoreLimitsSaidByWhatIsKeptRestatements(text: string): TextEdit[] {
  if (!SCORE_LIMIT_WORD.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(LEVEL_CORRECTED)) {
    const groups = match.groups ?? {};
    const replacement = groups['old'] !== undefined ? `${groups['new']}${groups['name']}` : `${groups['before']}${groups['newAfter']}`;
    add(match.index, match.index + match[0].length, replacement);
  }
  for (const match of text.matchAll(KEPT_PAST_A_LEVEL)) {
    const groups = match.groups ?? {};
    const bound = groups['critical'] !== undefined ? 'criticality above' : 'leaseability below';
    add(match.index, match.index + match[0].length, `exclude anything with ${bound} ${groups['level']}`);
  }
  for (const match of text.matchAll(LEVEL_AFTER_PAIN)) {
    const level = match.groups?.['nothing'] ?? match.groups?.['kept'] ?? '';
    add(match.index, match.index + match[0].length, `nothing with criticality above ${level}`);
  }
  for (const match of text.matchAll(RISKIER_THAN)) add(match.index, match.index + match[0].length, 'above');
  for (const match of text.matchAll(COINAGE_KEPT_AT_A_LEVEL)) {
    const words = (match.groups?.['coinage'] ?? '').replace(/-/g, ' ');
    const score = LETTING_WORDS.test(words) ? 'leaseability' : LOSING_WORDS.test(words) ? 'criticality' : undefined;
    if (score !== undefined) add(match.index, match.index + match[0].length, score);
  }
  for (const match of text.matchAll(ANYTHING_PAST_A_LEVEL_KEPT_OUT)) add(match.index, match.index + match[0].length, 'nothing');
  return edits;
}
