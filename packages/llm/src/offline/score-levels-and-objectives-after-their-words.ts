import { restaterInto, type TextEdit } from './restated-brief.js';

// Score levels and objectives said after, or around, the words they belong to, restated in the words their readers
// know: a level put on a named score with its side after it ("0.8 on leaseability at least", "0.75 on the leasability
// score or better", "- 0.7 on leasability"); a level after words on another operator taking a building over ("another
// operator could pick up easily, 0.7 or better"); a level set between dashes after the words for what is not critical
// ("buildings that aren't important to operations - under 0.5 -"); the criticality score named as what the business
// cannot run without ("the can't-operate-without-it score"); critical sites kept out ("keep out anything
// mission-critical"); a scanned "at 1east"; a setting written with an at sign ("escalator @ 2%"); and the minimum proceeds said as the
// solve or as the least that clears the ask ("exact minimum-proceeds solve", "minimum proceeds that clear it").

/** A level: "0.8", ".65", "1.0". */
const LEVEL = String.raw`(?:0?\.\d+|1(?:\.0+)?)`;

/** The leaseability score's names, also misspelt as it is often written. */
const LEASEABILITY_NAME = '(?:leas(?:e)?ability|lease-ability|re-?lett?ability|re-?leas(?:e)?ability|lettability)';

/** The criticality score's names. */
const CRITICALITY_NAME = '(?:criticality|crit)';

/** The side a floor is on: "or better", "at least", "minimum". */
const FLOOR_SIDE = String.raw`(?:or\s+(?:better|above|higher|more|over)|at\s+(?:the\s+)?(?:least|minimum)|minimum|min|and\s+up|and\s+above|\+)`;

/** The side a ceiling is on: "or less", "at most", "maximum". */
const CEILING_SIDE = String.raw`(?:or\s+(?:less|below|lower|under)|at\s+(?:the\s+)?(?:most|maximum)|maximum|max|and\s+(?:under|below))`;

/**
 * "0.8 on leaseability at least", "0.75 on the leasability score or better", "- 0.7 on leasability": a level on the
 * leaseability score with a floor's side after it, or set off by a dash, a colon or a comma before it (a leaseability
 * level asked for is the least wanted). Not when a ceiling's side follows ("0.3 on leaseability or less"), when a
 * comparison comes before ("under 0.7 on leaseability" is read where it is compared), nor a level only described ("our
 * sites average 0.6 on the leaseability scale").
 */
const LEVEL_ON_LEASEABILITY = new RegExp(
  String.raw`(?<!\b(?:under|below|over|above|beneath|than|exceeding|least|most)\s*|[<>=\u2264\u2265]\s*)(?<![\d.$])(?<value>${LEVEL})\s+on\s+(?:the\s+|our\s+|its\s+)?${LEASEABILITY_NAME}(?:\s+(?:score|scale|rating|index|measure))?(?:[^\S\n]*,?[^\S\n]*(?<side>${FLOOR_SIDE}))?(?![^\S\n]*,?[^\S\n]*${CEILING_SIDE})(?![\w-])`,
  'gi',
);

/** "0.5 on criticality or less", "0.6 on the criticality score at most": a ceiling on criticality needs its side said. */
const LEVEL_ON_CRITICALITY = new RegExp(
  String.raw`(?<!\b(?:under|below|over|above|beneath|than|exceeding|least|most)\s*|[<>=\u2264\u2265]\s*)(?<![\d.$])(?<value>${LEVEL})\s+on\s+(?:the\s+|our\s+|its\s+)?${CRITICALITY_NAME}(?:\s+(?:score|scale|rating|index|measure))?[^\S\n]*,?[^\S\n]*${CEILING_SIDE}(?![\w-])`,
  'gi',
);

/**
 * "properties another operator could pick up easily, 0.7 or better", "another landlord should be able to take any of these
 * over easily, 0.55 minimum" (whoever would run the building after us): a building another occupier could take over,
 * then a bare level with a floor's side after a comma or a dash, which is its leaseability. The level must follow
 * within the clause, and nothing naming what the business depends on may stand between.
 */
const LEVEL_AFTER_ANOTHER_OCCUPIER = new RegExp(
  String.raw`\b(?:another|a\s+new|any\s+other|a\s+different|other|an?(?:\s+[a-z-]+)?)\s+(?:operator|tenant|occupier|company|firm|user|business|landlord)s?\s+(?:could|can|would|might|should\s+be\s+able\s+to)\s+(?:easily\s+|readily\s+|quickly\s+)?(?:pick\s+up|take\s+on|take\s+over|take(?=\s+(?:any|it|them|these|those|the)\b[^.;!?\n]{0,30}?\bover\b)|step\s+into|slot\s+into|use|occupy|run|re-?let|lease)(?<between>[^.;!?\n\d]{0,40}?)[^\S\n]*[,\u2013\u2014-][^\S\n]*(?<value>${LEVEL})[^\S\n]+(?:${FLOOR_SIDE})(?![\w-])`,
  'gi',
);

/** What the business depends on: the other score, which rules the occupier's level out. */
const DEPENDED_ON = /\b(?:depend|rely|critical|essential|important|vital)/i;

/**
 * "buildings that aren't important to operations - under 0.5 -": what is not critical, then its level set off by
 * dashes, restated as the level in brackets that the criticality reader takes as the limit of those words.
 */
const LEVEL_BETWEEN_DASHES_AFTER_NOT_CRITICAL = new RegExp(
  String.raw`(?<=\b(?:(?:are|is)n['\u2019]?t|(?:are|is)\s+not|not|non-?)\s*(?:(?:mission|business)[-\s]?)?(?:critical|essential|(?:core|important|vital)\s+to\s+(?:the\s+|our\s+)?(?:business|operations|ops)))[^\S\n]+[-\u2013\u2014]{1,2}[^\S\n]*(?<side>under|below|less\s+than|at\s+most|max(?:imum)?|no\s+more\s+than|<=?)[^\S\n]*(?<value>${LEVEL})[^\S\n]*(?:[-\u2013\u2014]{1,2}|(?=[,;.\n]|$))`,
  'gi',
);

/** "the can't-operate-without-it score", "our can't-run-without-it scale": criticality named as what is needed to run. */
const CANNOT_RUN_WITHOUT_IT_SCORE =
  /\b(?:can['\u2019]?t|cannot|could\s*n['\u2019]?t)-(?:operate|run|function|live|work|manage|do)-without-(?:it|them)(?=\s+(?:score|scale|rating|index|measure)\b)/gi;

/** "keep out anything mission-critical", "keeping out all critical sites": critical sites kept out of the sale. */
const KEEP_OUT_CRITICAL =
  /\bkeep(?:ing)?\s+out(?:\s+(?:any(?:thing)?|all(?:\s+(?:the|our))?))?(?=\s+(?:mission[-\s]?|business[-\s]?|operationally\s+)?critical(?![a-z]))/gi;

/** A scanned "at 1east 0.65", "1ess than 0.4": a one for the letter l before a level. */
const SCANNED_LEAST_OR_LESS = /(?<=\bat\s+)1east\b|\b1ess(?=\s+than\b)/gi;

/** "escalator @ 2%", "term @ 15 yrs": an at sign between a setting and its figure. */
const AT_SIGN_AFTER_A_SETTING = /(?<=\b(?:escalat(?:or|ion)s?|bumps?|uplifts?|(?:lease\s+)?term|leases?)\b)[^\S\n]*@[^\S\n]*(?=\d)/gi;

/**
 * "minimum proceeds that clear it", "exact minimum-proceeds solve": the minimum proceeds as what is solved for, not a
 * labelled floor ("minimum proceeds $150M" names a figure and is left alone).
 */
const MINIMUM_PROCEEDS_SOLVED =
  /\b(?:minimum|least|smallest|lowest)[-\s]proceeds(?:\s+(?:that|which)\s+(?:clears?|covers?|meets?|reach(?:es)?|hits?|gets?\s+(?:us\s+)?(?:to|over))\s+(?:it|that|this|the\s+(?:target|ask|bar|number))|[-\s](?:solve|solution|run|objective|search|mode))(?![a-z])/gi;

/**
 * The edits restating score levels and objectives said after their words into the words their readers know; none for
 * a brief without them. Edits never overlap: the first form to take a span keeps it.
 */
export function scoreLevelsAndObjectivesAfterTheirWords(text: string): TextEdit[] {
  if (!/\d|critical|proceeds|keep/i.test(text)) return [];
  const edits: TextEdit[] = [];
  const restate = restaterInto(text, edits);
  // Without its side, the level must be set off before it: "- 0.7 on leasability", ", 0.6 on leaseability".
  restate(LEVEL_ON_LEASEABILITY, (match) =>
    match.groups?.['side'] !== undefined || /[-\u2013\u2014:,(][^\S\n]*$/.test(text.slice(0, match.index ?? 0))
      ? `min leaseability ${match.groups?.['value']}`
      : null,
  );
  restate(LEVEL_ON_CRITICALITY, (match) => `max criticality ${match.groups?.['value']}`);
  // Only the level is restated: the words on the occupier stay for the readers of places and types.
  for (const match of text.matchAll(LEVEL_AFTER_ANOTHER_OCCUPIER)) {
    if (DEPENDED_ON.test(match.groups?.['between'] ?? '')) continue;
    const value = match.groups?.['value'] ?? '';
    const levelStart = (match.index ?? 0) + match[0].lastIndexOf(value, match[0].length - 1);
    const start = levelStart;
    const end = (match.index ?? 0) + match[0].length;
    if (!edits.some((edit) => start < edit.end && edit.start < end)) edits.push({ start, end, text: `min leaseability ${value}` });
  }
  restate(LEVEL_BETWEEN_DASHES_AFTER_NOT_CRITICAL, (match) => ` (under ${match.groups?.['value']})`);
  restate(CANNOT_RUN_WITHOUT_IT_SCORE, () => 'criticality');
  restate(KEEP_OUT_CRITICAL, () => 'exclude any');
  restate(SCANNED_LEAST_OR_LESS, (match) => (match[0].toLowerCase() === '1east' ? 'least' : 'less'));
  restate(AT_SIGN_AFTER_A_SETTING, () => ' at ');
  restate(MINIMUM_PROCEEDS_SOLVED, () => 'minimum proceeds objective');
  return edits;
}
