import type { TextEdit } from './restated-brief.js';

// A score's limit named before the score, with "on" between them and the level after: "Ceiling on criticality 0.35",
// "floor on leaseability 0.8", "cap for criticality: 0.5". The score readers know the limit after the score's name
// ("criticality ceiling 0.35"), so the two are swapped and the level kept as written. A limit with "of" before its
// level ("a cap of 0.5 on criticality") is read already and is not touched. The score may also be named first, as the
// topic, and limited after by a pronoun ("The criticality scores, I'd cap those at 0.65").

/**
 * The limit's noun, "on" or "for", the score's name and its level: "ceiling on criticality 0.35", "floor on
 * leaseability of 0.8", "maximum for criticality: 0.5". The level must follow at once (a colon, "of", "at" or "=" may
 * stand between), so that "a floor on leaseability matters" is no limit.
 */
const LIMIT_BEFORE_SCORE =
  /\b(?<limit>ceiling|cap|max(?:imum)?|upper\s+limit|floor|min(?:imum)?|lower\s+limit)\s+(?:on|for)\s+(?<score>criticality|leaseability|leasability)(?:\s+(?:score|rating))?(?<gap>\s*(?::|=|\bof\b|\bat\b)?\s*)(?=0?\.\d{1,3}(?![\d%x]))/gi;

/**
 * The score named first as the topic, then a limit put on it by a pronoun: "The criticality scores, I'd cap those at
 * 0.65", "leaseability: we'd set a floor on it at 0.6". Only a cap on criticality and a floor on leaseability are
 * limits the spec has; a level must follow "at" at once.
 */
const SCORE_THEN_LIMIT_BY_PRONOUN =
  /\b(?<score>criticality|leaseability|leasability)(?:\s+(?:scores?|ratings?))?[^\S\n]*[,:;\u2013\u2014-][^\S\n]*(?:(?:i|we)(?:['\u2019]d|\s+would|['\u2019]ll|\s+will)?\s+|let['\u2019]s\s+|please\s+)?(?<limit>cap|limit|floor|set\s+a\s+(?:cap|ceiling|floor)\s+(?:on|for))\s+(?:those|them|it|that|these|this)\s+at\s+(?=0?\.\d{1,3}(?![\d%x]))/gi;

/**
 * The edits restating a limit named before its score ("Ceiling on criticality 0.35") as the score's name then the
 * limit ("criticality ceiling 0.35"), and a score named as the topic then limited by a pronoun ("The criticality
 * scores, I'd cap those at 0.65" as "criticality ceiling 0.65"); none for a brief without one.
 */
export function limitNamedBeforeItsScoreRestatements(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  if (/\b(?:on|for)\s+(?:criticality|leas[e]?ability)/i.test(text)) {
    for (const match of text.matchAll(LIMIT_BEFORE_SCORE))
      edits.push({
        start: match.index,
        end: match.index + match[0].length,
        text: `${match.groups?.['score']} ${match.groups?.['limit']} `,
      });
  }
  if (!/\b(?:cap|limit|floor)\b/i.test(text)) return edits;
  for (const match of text.matchAll(SCORE_THEN_LIMIT_BY_PRONOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (edits.some((edit) => start < edit.end && edit.start < end)) continue;
    const score = (match.groups?.['score'] ?? '').toLowerCase();
    const floor = /floor/i.test(match.groups?.['limit'] ?? '');
    // A floor on criticality or a cap on leaseability is no limit the spec has: left as written.
    if (floor === (score === 'criticality')) continue;
    edits.push({ start, end, text: `${score} ${floor ? 'floor' : 'ceiling'} ` });
  }
  return edits;
}
