import type { BriefText } from './brief-text.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * What is critical, ruled out in plain words, followed by the level where "critical" begins: "avoid selling buildings
 * that matter a lot to operations (keep to 0.5 and under)", "nothing too essential (say 0.6 or below)", "nothing too
 * critical either, nothing scored above 0.6", "nothing that operations lean on heavily (above 0.5)", "nothing we really
 * can't run without; score 0.4 max". The words alone would be read at their own level (0.7); the level in the bracket,
 * in the refusal put right after them, or in a bare score's level after them, says where they begin.
 */

/**
 * What is critical in plain words: the adjective, or what the business leans on ("central to operations", "that
 * operations lean on heavily", "the company relies on").
 */
const CRITICAL_WORDS = String.raw`(?:(?:mission|business|operationally)[-\s]?critical|critical|essential|vital|matters?\s+(?:a\s+lot|most|a\s+great\s+deal|greatly|(?:very\s+)?much)\s+to\s+(?:the\s+|our\s+)?(?:operations|business|ops)|(?:important|vital|core|central|critical|essential)\s+to\s+(?:the\s+|our\s+)?(?:operations|business|ops)|(?:we|operations|the\s+business)\s+(?:(?:absolutely|really|simply|just|truly)\s+)?(?:can'?t|cannot|couldn'?t)\s+(?:run|operate|do|function)\s+without|(?:we|ops|operations|the\s+(?:business|company))\s+(?:lean|leans|rely|relies|depend|depends)\s+(?:(?:heavily|a\s+lot|most|greatly|hard)\s+)?(?:on|upon)(?:\s+(?:heavily|a\s+lot|most|greatly|hard))?)(?![a-z])`;
/** A refusal that opens the clause: "avoid selling", "nothing", "no", "don't sell", "exclude", "buildings that aren't". */
const REFUSAL = String.raw`(?:avoid(?:ing)?|nothing|none|no|never|aren'?t|are\s+not|isn'?t|is\s+not|(?:don'?t|do\s+not|won'?t|will\s+not)\s+sell|exclud(?:e|ing)|skip(?:ping)?|keep\s+out)`;
/** A comparison with the level, from above (what may be sold) or from below (where the refused begins). */
const COMPARED = String.raw`(?:under|below|beneath|<=?|\u2264|max(?:imum)?(?:\s+of)?|at\s+most|no\s+(?:more|higher)\s+than|up\s+to|at\s+or\s+(?:below|under)|over|above|>)`;
/** A level in a named group: a fraction, never a share or a multiple. */
const level = (name: string): string => String.raw`(?<${name}>0?\.\d+|1(?:\.0+)?)(?![\d%x])`;
/** A trailing word of a level from above: "or less", "and under", "max". */
const FROM_ABOVE_AFTER = String.raw`(?:\s+(?:or|and)\s+(?:less|below|lower|under)|\s+max(?:imum)?|\s+tops)`;

/**
 * A level alone after a dash, a comma or a colon, from above: "- 0.7 at most", ": at most 0.5", ", 0.5 or lower". The two
 * names are the groups of the level written after its comparison and before it.
 */
const LEVEL_FROM_ABOVE_AFTER_A_BREAK = (before: string, after: string): string =>
  String.raw`(?:\s*[,\u2014\u2013:]|\s-)\s*(?:(?:so|i\.e\.|meaning|say)\s+)?(?:(?:at\s+most|max(?:imum)?(?:\s+of)?|up\s+to|no\s+(?:more|higher)\s+than|<=?|\u2264)\s*${level(before)}|${level(after)}(?:${FROM_ABOVE_AFTER}|\s+at\s+most))`;

/**
 * The refused critical words, then the level in a bracket or in a refusal joined after a comma, a dash or a colon. The
 * words between the refusal and the critical words hold no figure: "no single city provides more than 35% of the
 * money, if nothing critical to operations (above 0.55) is sold" refuses the critical words at "nothing", and a match
 * from the first "no" would take the share's figure and hide the one that counts.
 */
const CRITICAL_WORDS_WITH_LEVEL = new RegExp(
  String.raw`\b${REFUSAL}\b(?:[^.;!?\n()\d%$]{0,60}?\s)??(?:(?:too|very|really|that|particularly|highly|especially|terribly)\s+)?${CRITICAL_WORDS}(?:\s+${SITE_NOUN})?(?:\s+(?:either|too|at\s+all))?(?:\s*\(\s*(?:(?:keep|kept|stay|held|hold|to|i\.e\.|e\.g\.|say|so|meaning|that\s+is|criticality|crit|at)[\s,:]+){0,3}(?:${COMPARED}\s*)?${level('bracketed')}(?:${FROM_ABOVE_AFTER})?\s*\)|(?:\s*[,\u2014\u2013:]|\s-)\s*(?:i\.e\.\s+|so\s+|meaning\s+)?(?:nothing|none|no\s+${SITE_NOUN})\s+(?:(?:rated|scored|scoring)\s+)?(?:above|over|more\s+than|higher\s+than|beyond)\s+${level('refused')}` +
    // "nothing we absolutely can't operate without; score 0.55 max": the words' score named bare, its level from above.
    String.raw`|(?:\s*[,;\u2014\u2013:]|\s-)\s*(?:(?:the\s+)?score|rated|scored)\s+(?:(?:of|at)\s+)?(?:(?:under|below|at\s+most|no\s+(?:more|higher)\s+than|up\s+to|max(?:imum)?(?:\s+of)?|<=?|\u2264)\s*${level('scored')}|${level('scoredAfter')}${FROM_ABOVE_AFTER})` +
    // "things that are not highly critical - 0.7 at most", "ones that aren't very critical: 0.5 or lower": the level
    // alone after the words, from above, says where what may be sold ends.
    `|${LEVEL_FROM_ABOVE_AFTER_A_BREAK('bare', 'bareAfter')})`,
  'g',
);

/**
 * "Mission-critical means >0.7 criticality for us, exclude those", "critical = above 0.6 on criticality; leave them
 * out": the critical words defined by a level, then ruled out by a pronoun. The definition alone asks for nothing.
 */
const DEFINED_THEN_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:mission|business|operationally)[-\s]?critical|critical|essential)\s+(?:means|=|is|here\s+means)\s+(?:(?:a\s+)?(?:criticality|crit)(?:\s+(?:score|rating))?\s+(?:of\s+)?)?(?:>|above|over|greater\s+than|more\s+than|higher\s+than)\s*${level('defined')}(?:\s+(?:(?:on\s+(?:the\s+)?)?(?:criticality|crit)(?:\s+scale)?))?(?:\s+for\s+(?:us|me|the\s+(?:company|business)))?\s*(?:[,;:\u2014\u2013]|\s-|\.)?\s*(?:so\s+|please\s+)?(?:(?:exclude|skip|drop|avoid|rule\s+out)\s+(?:those|them|these|all\s+of\s+them)|(?:leave|keep|rule)\s+(?:those|them|these)\s+out)(?![a-z])`,
  'g',
);

/**
 * "Can we get there without selling anything critical? Define critical as above 0.5.", "nothing essential; by essential
 * I mean over 0.6": the critical words ruled out, then defined by a level in the next sentence or clause, which says
 * where they begin. A definition with nothing ruled out before it asks for nothing.
 */
const RULED_OUT_THEN_DEFINED = new RegExp(
  String.raw`\b(?:${REFUSAL}|without\s+selling)\b(?:[^.;!?\n]{0,40}?\s)??(?:(?:too|very|really|that|particularly|anything)\s+)?${CRITICAL_WORDS}(?:\s+${SITE_NOUN})?[^.;!?\n]{0,30}?[.;!?:]\s*(?:and\s+)?(?:(?:define|count|treat)\s+(?:critical|essential|mission[-\s]critical)\s+as|by\s+(?:critical|essential)\s+(?:i|we)\s+mean|(?:critical|essential)\s+(?:means|=))\s+(?:(?:a\s+)?(?:criticality|crit)(?:\s+(?:score|rating))?\s+(?:of\s+)?)?(?:>|above|over|greater\s+than|more\s+than|higher\s+than)\s*${level('definedAfter')}`,
  'g',
);

/** Reads the level given to critical words ruled out in plain words, claiming the words with it. */
export function readCriticalWordsWithLevel(text: BriefText): FoundBound[] {
  return readScoreLevels(text, [CRITICAL_WORDS_WITH_LEVEL, DEFINED_THEN_RULED_OUT, RULED_OUT_THEN_DEFINED], {
    valueGroups: ['bracketed', 'refused', 'scored', 'scoredAfter', 'bare', 'bareAfter', 'defined', 'definedAfter'],
  });
}
