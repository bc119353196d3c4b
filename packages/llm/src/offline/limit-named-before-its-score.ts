import type { TextEdit } from './restated-brief.js';

// A score's limit named before the score, with "on" between them and the level after: "Ceiling on criticality 0.35",
// "floor on leaseability 0.8", "cap for criticality: 0.5". The score readers know the limit after the score's name
// ("criticality ceiling 0.35"), so the two are swapped and the level kept as written. A limit with "of" before its
// level ("a cap of 0.5 on criticality") is read already and is not touched.

/**
 * The limit's noun, "on" or "for", the score's name and its level: "ceiling on criticality 0.35", "floor on
 * leaseability of 0.8", "maximum for criticality: 0.5". The level must follow at once (a colon, "of", "at" or "=" may
 * stand between), so that "a floor on leaseability matters" is no limit.
 */
const LIMIT_BEFORE_SCORE =
  /\b(?<limit>ceiling|cap|max(?:imum)?|upper\s+limit|floor|min(?:imum)?|lower\s+limit)\s+(?:on|for)\s+(?<score>criticality|leaseability|leasability)(?:\s+(?:score|rating))?(?<gap>\s*(?::|=|\bof\b|\bat\b)?\s*)(?=0?\.\d{1,3}(?![\d%x]))/gi;

/**
 * The edits restating a limit named before its score ("Ceiling on criticality 0.35") as the score's name then the
 * limit ("criticality ceiling 0.35"); none for a brief without one.
 */
export function limitNamedBeforeItsScoreRestatements(text: string): TextEdit[] {
  if (!/\b(?:on|for)\s+(?:criticality|leas[e]?ability)/i.test(text)) return [];
  return [...text.matchAll(LIMIT_BEFORE_SCORE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: `${match.groups?.['score']} ${match.groups?.['limit']} `,
  }));
}
