import { CRITICALITY_NAMED_PLAINLY } from './plain-score-names.js';
import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { SPOKEN_SCORE, spokenScoreValue } from './written-numbers.js';

// The criticality score described rather than named, restated "criticality" so that the score readers read the level
// put on it. People outside treasury describe the score by what it measures: the harm of losing a building ("nothing
// over 0.45 on how bad losing it would be", "the hurt-if-we-lose-it score"), its weight in running the business
// ("scoring over 0.65 on operational importance", "the operations-impact score"), or a quoted coinage ("the 'would
// operations grind to a halt' score"). A description alone is no limit, so a name is only restated right after a
// level put above ("nothing above 0.5 on ..."). A second step restates the leads the readers miss: "stay off anything
// rated above 0.6 on criticality" (a verb of keeping out), "anything rated over 0.7 on criticality, leave it" (the
// keeping out said after), and a level said straight after words on how badly losing a building would hurt
// ("anything that would hurt operations badly, meaning over 0.5"), and a question whether critical sites will be sold
// answered no ("Will we sell anything mission-critical? A: No.").

/** A level as the readers read it: "0.55", ".7"; never a percentage, a multiple or part of a longer number. */
const DIGIT_LEVEL = String.raw`0?\.\d{1,3}(?![\d%x])`;

/** A level spoken, as a transcribed voice note writes it: "point six", "point six five" (`written-numbers.ts`). */
const SPOKEN_LEVEL = SPOKEN_SCORE;

/** A level written or spoken, in the group `level`. */
const LEVEL = `(?<level>${DIGIT_LEVEL}|${SPOKEN_LEVEL})`;

/** "above", "over", "more than": the side of a ceiling. */
const ABOVE = String.raw`(?:above|over|higher\s+than|more\s+than|greater\s+than|beyond|exceeding)`;

/** Words on the harm of losing a building or on its weight in the business, one of which a coinage must hold. */
const HARM_WORD =
  /\b(?:hurt|harm|suffer|lose|losing|lost|miss|halt|grind|cripple|critical|essential|vital|operations?|ops|production|impact|importance|important|depend|rely|without)\b/i;
/** Words on letting a building again: a coinage holding them names leaseability and is left alone. */
const LETTING_WORD = /\b(?:re-?let|re-?lease|leas\w*|let|rent\w*|tenant|occup\w*|move|take)\b/i;

/** What names a score in a coinage: "score", "scale", "rating", "number", "measure". */
const SCORE_NOUN = `(?:score|scale|rating|number|measure)`;

/**
 * The criticality score described, in the group `name`: "operational importance", "the operations-impact score",
 * "impact on operations", "how badly losing it would hurt us", "how much production would suffer", "how bad losing it
 * would be", "how hard it would be to operate without it", "that criticality thing", and a quoted or hyphenated coinage ("the hurt-if-we-lose-it score", the "would
 * operations grind to a halt" score) whose words must be checked with `HARM_WORD` and `LETTING_WORD`.
 */
const DESCRIBED_NAME = String.raw`(?<name>(?:(?:the|that|its|our|this|their)\s+)?(?:(?:operational|operations?|ops|business)[-\s](?:importance|impact|criticality)(?:[-\s]${SCORE_NOUN})?|(?:impact|importance)\s+(?:on|to)\s+(?:the\s+)?(?:operations|ops|business|production)(?:\s+${SCORE_NOUN})?|how\s+(?:bad(?:ly)?|much|hard|seriously)\s+(?:[a-z'\u2019]+\s+){0,5}?(?:hurt|suffer|lose|losing|lost|miss|hit|cripple|struggle)[a-z]*(?:\s+(?:us|it|them|operations|production|the\s+business|would\s+be|be))*|how\s+(?:hard|difficult|tough)\s+it\s+(?:would\s+be|['\u2019]d\s+be|will\s+be|is)\s+to\s+(?:operate|run|function|cope|manage|work)(?:\s+the\s+business)?\s+without\s+(?:it|them)|criticality\s+(?:thing|one|bit)|(?<coinage>["\u201c\u2018'][^"\u201d\u2019\n]{3,60}["\u201d\u2019']\s+${SCORE_NOUN}|(?:[a-z'\u2019]+-){2,7}[a-z'\u2019]+[-\s]${SCORE_NOUN})))(?![a-z])`;

/**
 * A level put above on a described score: "nothing above 0.5 on the operations-impact score", "scoring over 0.65 on
 * operational importance", "nothing over 0.45 on how bad losing it would be". The level and the name are restated.
 */
const ABOVE_LEVEL_ON_DESCRIBED_NAME = new RegExp(String.raw`\b${ABOVE}\s+${LEVEL}\s+(?:on|for|in)\s+${DESCRIBED_NAME}`, 'gi');

/** "point six five" as "0.65"; a level written in digits as it stands. */
function levelInDigits(level: string): string {
  return /point/i.test(level) ? String(spokenScoreValue(level)) : level;
}

/** A name the plain-name readers know already ("how badly we'd be hurt losing it"): left to them. */
const KNOWN_PLAIN_NAME = new RegExp(String.raw`^(?:(?:the|that|its|our|this|their)\s+)?(?:${CRITICALITY_NAMED_PLAINLY})$`, 'i');

/**
 * A lead that keeps buildings (out) by words around the level ("keep everything above 0.6 on ... out", "leave alone
 * anything above 0.65 on ..."): its own readers know the coinage there, and are left to it.
 */
const KEEPING_LEAD = /\b(?:keep|leave\s+alone|hold\s+on\s+to)\b[^.;!?\n]*$/i;

/** Whether a described name holds up as the criticality score: a coinage must speak of harm and not of letting. */
function namesCriticality(match: RegExpMatchArray, before: string): boolean {
  if (KNOWN_PLAIN_NAME.test((match.groups?.['name'] ?? '').trim())) return false;
  if (KEEPING_LEAD.test(before.slice(-80))) return false;
  const coinage = match.groups?.['coinage'];
  if (coinage === undefined) return true;
  // A coinage of what operations cannot do without, or one opened by "how", is read by its own readers already.
  if (/\bwithout\b|^["\u201c\u2018']?how\b/i.test(coinage.replace(/-/g, ' '))) return false;
  return HARM_WORD.test(coinage.replace(/-/g, ' ')) && !LETTING_WORD.test(coinage.replace(/-/g, ' '));
}

/**
 * The edits restating a described criticality score after a level put above it: "over 0.6 on how badly losing it
 * would hurt us" becomes "over 0.6 on criticality"; none for a brief without one.
 */
export function describedCriticalityRestatements(text: string): TextEdit[] {
  if (!/\b(?:above|over|than|beyond|exceeding)\b/i.test(text)) return [];
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(ABOVE_LEVEL_ON_DESCRIBED_NAME)) {
    if (!namesCriticality(match, text.slice(0, match.index))) continue;
    const level = match.groups?.['level'] ?? '';
    const start = match.index;
    const end = start + match[0].length;
    // Only the level and the name are replaced; the side word before them stays as written.
    const side = /^\S+(?:\s+than)?/i.exec(match[0])?.[0] ?? 'above';
    edits.push({ start, end, text: `${side} ${levelInDigits(level)} on criticality` });
  }
  return edits;
}

/** A criticality level put above, after the restatement above: "rated above 0.6 on criticality". */
const RATED_ABOVE_ON_CRITICALITY = String.raw`(?:(?:rated|scored|scoring|ranked)\s+)?${ABOVE}\s+(?:${DIGIT_LEVEL})\s+(?:on|for)\s+criticality(?![a-z])`;

/** What is kept out: "anything", "any building", "sites". */
const KEPT_THING = String.raw`(?:any(?:thing)?(?:\s+(?:buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)|locations?))?|(?:buildings|sites|assets|properties|facilities|locations))`;

/**
 * A verb of keeping off what is rated above a level, which no reader knows: "stay off anything rated above 0.6 on
 * criticality", "keep off sites scoring over 0.5 on criticality". The verb is restated "exclude".
 */
const KEEP_OFF = new RegExp(
  String.raw`\b(?:stay(?:ing)?|keep(?:ing)?|steer(?:ing)?)\s+off(?=\s+${KEPT_THING}\s+${RATED_ABOVE_ON_CRITICALITY})`,
  'gi',
);

/**
 * What is rated above a level, then kept out after a comma: "Anything rated over 0.7 on criticality, leave it", "any
 * site scoring above 0.6 on criticality - drop it". Restated "exclude" and the thing, the words after dropped.
 */
const RATED_ABOVE_THEN_LEFT = new RegExp(
  String.raw`(?<![a-z]\s)\b(?<thing>${KEPT_THING})\s+(?<rated>${RATED_ABOVE_ON_CRITICALITY})\s*(?:,|\s-|[\u2014\u2013])\s*(?:leave|drop|skip|exclude|forget)\s+(?:it|them|those)(?:\s+(?:out|alone|be))?(?![a-z])`,
  'gi',
);

/**
 * Words on how badly losing a building would hurt, which a level may follow straight away: "anything that would hurt
 * operations badly", "something we'd be badly hurt losing", "nothing we'd be badly hurt to lose", "nothing that would
 * badly hurt operations if it went". A degree word ("badly", "seriously") must be said, so that a plain "hurt" in
 * passing is no score.
 */
const BADLY_HURT = String.raw`(?:(?:badly|seriously|really|severely)\s+(?:hurt|harm|damage|cripple)\w*|(?:hurt|harm|damage|cripple)\w*\s+(?:[a-z'\u2019]+\s+){0,2}?(?:badly|seriously|severely))`;

/**
 * A level said after the hurt words, as the most allowed: "(nothing over 0.7)", ", meaning over 0.5", ", so nothing over
 * 0.4", "(cap it at 0.4)". The level's words are restated "nothing with criticality above" the level; the hurt words
 * stay as written. Words on letting between them make the level leaseability's and leave it alone.
 */
const LEVEL_AFTER_HURT_WORDS = new RegExp(
  String.raw`(?<=\b${BADLY_HURT}(?:(?![.!?\n]|\bre-?let|\blease|\btenant)[^.!?\n]){0,40}?(?:\s*[(,;:\u2014\u2013]|\s-)\s*(?:(?:so|meaning|i\.e\.|that\s+is|say|which\s+means)\s*,?\s*)?)(?:(?:nothing|none)\s+(?:(?:rated|scored|scoring)\s+)?${ABOVE}\s+(?<nothing>${DIGIT_LEVEL})|${ABOVE}\s+(?<above>${DIGIT_LEVEL})|(?:cap|limit|hold)\s+(?:it|that|them)\s+at\s+(?<cap>${DIGIT_LEVEL}))`,
  'gi',
);

/**
 * A question whether critical sites will be sold, answered no: "Will we sell anything mission-critical? A: No.", "Are we
 * offering any critical sites? No." Restated as the refusal it gives ("we will not sell anything mission-critical.").
 * An answer that goes on ("No more than two") is no refusal.
 */
const CRITICAL_SALE_ASKED_AND_REFUSED =
  /\b(?:will|would|should|shall|do|can|are|is)\s+(?:we|you|they|the\s+company|management)\s+(?:be\s+)?(?:sell(?:ing)?|offer(?:ing)?|includ(?:e|ing)|divest(?:ing)?)\s+(?<what>any(?:thing)?\s+(?:(?:mission|business)[-\s])?critical(?:\s+(?:buildings?|sites?|assets?|propert(?:y|ies)|facilit(?:y|ies)|locations?))?)\s*\?\s*(?:A\s*[:.)-]\s*|[A-Z][a-z]+\s*:\s*)?no\b(?!\s+(?:more|less|later|earlier|than)\b)[.!]?/gi;

/**
 * The edits restating the leads of a criticality ceiling that no reader knows, read after the score's name has been
 * restated: "stay off anything rated above 0.6 on criticality", "anything rated over 0.7 on criticality, leave it",
 * "anything that would hurt operations badly, meaning over 0.5", "Will we sell anything mission-critical? A: No."; none
 * for a brief without them.
 */
export function criticalityCeilingLeadRestatements(text: string): TextEdit[] {
  if (!/critical|hurt|harm|damage|cripple/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();
  for (const match of text.matchAll(CRITICAL_SALE_ASKED_AND_REFUSED))
    add(match.index, match.index + match[0].length, `we will not sell ${match.groups?.['what']}.`);
  for (const match of text.matchAll(KEEP_OFF)) add(match.index, match.index + match[0].length, 'exclude');
  for (const match of text.matchAll(RATED_ABOVE_THEN_LEFT))
    add(match.index, match.index + match[0].length, `exclude ${match.groups?.['thing']} ${match.groups?.['rated']}`);
  for (const match of text.matchAll(LEVEL_AFTER_HURT_WORDS)) {
    const level = match.groups?.['nothing'] ?? match.groups?.['above'] ?? match.groups?.['cap'] ?? '';
    add(match.index, match.index + match[0].length, `nothing with criticality above ${level}`);
  }
  return edits;
}
