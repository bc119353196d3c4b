import type { BriefText } from './brief-text.js';
import { ANSWER_YES, ASKED_WHAT_IS_RULED_OUT, NOT_WILLING, REFUSED_TO_HAVE, RULED_OUT } from './exclusion-words.js';
import {
  EASILY_LEASABLE_PATTERNS,
  LEASABLE_PATTERN,
  TAKEN_OVER_BY_A_NEW_OCCUPIER,
  LEASABLE_WITH_LEVEL,
  LEASABLE_WITH_PLUS,
  LEASEABILITY_LEVEL_IN_PLAIN_WORDS,
  LEASEABILITY_NAME as LEASEABILITY,
  SITE_NOUN,
} from './leaseability-wording.js';
import { CANNOT_DO_WITHOUT, CRITICALITY, readNegatedAbove } from './criticality-above.js';
import { readBounds, type FoundBound } from './read-bounds.js';
import { dropOpeningLevels, readCounteredLevels } from './countered-levels.js';
import { readChangedScoreLevels } from './changed-score-levels.js';
import { readScoreLevelsChangedByPronoun } from './score-level-changed-by-pronoun.js';
import { readScoreLevelsChosenBetweenOptions } from './score-level-chosen-between-options.js';
import { readCriticalItemsRuledOut, readLeaseabilityItemsAndFloors } from './ruled-out-score-items.js';
import { readScoreLevels } from './score-level-matches.js';
import { readLeasableWordsWithLevel } from './leasable-words-with-level.js';
import { readCriticalWordsWithLevel } from './critical-words-with-level.js';
import { readCriticalScaleLevels } from './critical-scale-levels.js';
import { readCriticalLevelsInPlainWords } from './critical-levels-in-plain-words.js';
import { readLowImportanceWithLevel } from './low-importance-with-level.js';
import { readLevelsSettledAfterSo, readScoredNearMetric } from './levels-near-score-name.js';
import { readNewTenantClausesWithLevel } from './new-tenant-clauses-with-level.js';
import { readScoreCeilingsAndFloors } from './score-ceilings-and-floors-named.js';
import { readScoreSettingKeys } from './score-setting-keys.js';
import { readCriticalityScoredAboveRuledOut } from './criticality-scored-above-ruled-out.js';
import { readCriticalitySaidAsHowCritical } from './criticality-said-as-how-critical.js';
import { readLevelOnThatScoreAfterLettingWords, readLevelOnThatScoreAfterNeedsWords } from './level-on-that-score-after-letting-words.js';
import { readLeaseabilityLevelBeforeItsWord } from './leaseability-level-before-its-word.js';

/**
 * The criticality and leaseability levels the offline parser gives to words.
 * Explicit numbers ("criticality below 0.6") are taken as written.
 */
export const SCORE_WORD_LEVELS = {
  /** "nothing mission-critical", "no mission-critical", "avoid critical sites", "non-critical only". */
  not_critical: 0.7,
  /** "non-core only", "only non-core", "non-core". */
  non_core: 0.5,
  /** "only easily re-lettable sites", "highly leasable", "generic boxes only". */
  easily_leasable: 0.7,
  /** "re-lettable", "leasable" on their own. */
  leasable: 0.5,
} as const;

/** The asset filters read from score language, every mention in text order. */
export interface ScoreFilterReading {
  /** Explicit numbers ("criticality below 0.6"). */
  readonly explicitMaxCriticality: FoundBound[];
  /** Levels given by words ("nothing mission-critical" = 0.7, "non-core" = 0.5). */
  readonly wordMaxCriticality: FoundBound[];
  readonly explicitMinLeaseability: FoundBound[];
  readonly wordMinLeaseability: FoundBound[];
}

// "retaining ownership of mission-critical assets", "holding on to anything critical": keeping what is critical; "shall
// not offer any mission-critical facility", "will not dispose of any mission-critical property" (a company's filing
// words for selling): a refusal to put it up for sale; "we're not comfortable with anything mission-critical going": a
// refusal said as unease; "I don't want us selling anything we truly can't operate without": the writer's wish.
const NEGATION = String.raw`(?:(?:stay|stays|staying|keep|keeping)\s+away\s+from|steer(?:ing)?\s+clear\s+of|w\/o(?:\s+(?:touching|selling|using))?|without\s+(?:touching|selling|using)|nothing|no|not|never|none|(?:are|is|were|was)n't|(?:are|is)\s+not|avoid(?:ing)?|exclud(?:e|ing)|without|skip(?:ping)?|leave\s+out|rul(?:e|ing)\s+out|omit(?:ting)?|leav(?:e|ing)|keep(?:ing)?|protect(?:ing)?|spare|retain(?:s|ing)?(?:\s+(?:ownership\s+of|title\s+to))?|hold(?:s|ing)?\s+on(?:\s+to|to)|(?:don'?t|do\s+not|never|won'?t|will\s+not)\s+(?:touch|sell|include|use|divest|part\s+with|offer|dispose\s+of)|(?:don'?t|do\s+not)\s+want\s+(?:us|you|the\s+company)\s+(?:selling|touching|to\s+sell|to\s+touch)|${REFUSED_TO_HAVE}|(?:${NOT_WILLING})(?:\s+to)?\s+(?:touch|sell|include|use|divest|part\s+with|offer|dispose\s+of)|(?:are|am|is|'re|'m)\s+not\s+comfortable\s+(?:with|selling|including|parting\s+with))`;
// "what isn't core to the business" is non-core (`NON_CORE_PATTERN`), not a refusal of critical sites.
const NOT_BEING = String.raw`(?<!\b(?:(?:is|are|was|were)n['\u2019]?t|(?:is|are|was|were)\s+not|not)\s+)`;
// "too important to operations", "vital to the business": importance to the business in plain words; "sites we can't
// operate without" (CANNOT_DO_WITHOUT) is what is critical said as what the business needs.
const CRITICAL = String.raw`(?:${CANNOT_DO_WITHOUT}|mission[-\s]?critical|business[-\s]?critical|operationally\s+critical|critical|essential|(?:${NOT_BEING}core|(?:too\s+|very\s+|really\s+)?(?:important|vital))\s+to\s+(?:the\s+|our\s+)?(?:business|operations|ops))(?![a-z])`;

const NOT_CRITICAL_PATTERNS = [
  new RegExp(
    // "Avoid the Atlanta market and anything mission-critical": critical sites joined to a list the negation rules out.
    // "Exclude Chandler - mortgaged and critical": words after a dash or a bracket give one building's reasons.
    String.raw`(?:\b${NEGATION}|(?<=\b${NEGATION}\s[^.;!?\n]{0,80})(?<!(?:\s[-\u2013\u2014]|[(:])\s*[a-z-]+\s)\band)\s+(?:(?:else|any(?:thing)?|the|our|of\s+(?:the|our)|that\s+is|which\s+is|that's|sites?\s+that\s+(?:are|is)|(?:sites?|assets?|property|properties)\s+(?:may|can|should|must|shall|will)\s+be|truly|really|genuinely|strictly)\s+)*${CRITICAL}(?:\s+(?:to\s+(?:the\s+|our\s+)?(?:business|operations|network)))?(?:\s+${SITE_NOUN})?`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:only\s+)?non[-\s]?(?:(?:mission|business|operationally)[-\s]?)?(?:critical|essential)(?![a-z])(?:\s+${SITE_NOUN})?(?:\s+only)?`,
    'g',
  ),
  // "mission-critical facilities stay with us", "critical sites are off the table", "mission critical facilities
  // should be retained", "anything running the business (mission-critical) stays put", "anything mission-critical
  // stays off the list": what is ruled out comes first.
  // A note's bare participle ends the clause: "mission-critical infrastructure excluded;", "critical plants carved out.".
  // Only the critical words are claimed, so that a list of types after them ("mission-critical plants and data
  // centers stay off the table") is still read by the place and type reader.
  new RegExp(
    String.raw`\b${CRITICAL}(?=\)?(?:\s+${SITE_NOUN})?(?:\s+[a-z-]+){0,5}?\s+(?:(?:stays?|remains?|are|is|must\s+stay|should\s+stay)\s+(?:with\s+us|off\s+the\s+(?:table|list|block)|off[-\s]limits|excluded|out|put|untouched|not\s+for\s+sale|in\s+the\s+portfolio|out\s+of\s+(?:the|this)\s+(?:sale|deal|program))\b)|\s+${SITE_NOUN}(?:\s+[a-z-]+){0,5}?\s+(?:${RULED_OUT})(?![a-z])|(?:\s+(?:infrastructure|(?:[a-z-]+\s+)?${SITE_NOUN}))?\s+(?:excluded|carved\s+out|ring-?fenced|off[-\s]limits|retained)(?=[^\S\n]*(?:[;,.:)\n]|$)))(?:\s+${SITE_NOUN}(?=\s+(?:stays?|remains?|are|is|must|should)\b))?`,
    'g',
  ),
];
// "These are the two formats the strategy team considers non-core": a sentence about things named before it says what
// they are; it asks for no level. What "isn't core to the business" is non-core.
const NON_CORE_PATTERN = new RegExp(
  String.raw`(?<!(?:^|[.!?\n]\s*)(?:these|those|they|both)\s+(?:are|were)\s[^.!?\n,;]{0,80}?)\b(?:only\s+)?non[-\s]?core(?![a-z])(?:\s+${SITE_NOUN})?(?:\s+only)?` +
    // "only sell what isn't core to the business", "sites that aren't core to operations": not core, said as a clause.
    String.raw`|(?<=\b(?:what|whatever|anything|that|which|sites?|assets?|properties|buildings?)\s+)(?:(?:is|are)n['\u2019]?t|(?:is|are)\s+not)\s+core\s+to\s+(?:the\s+|our\s+)?(?:business|operations|ops)(?![a-z])`,
  'g',
);

/**
 * "nothing critical (keep under .5)", "no mission-critical sites (criticality 0.6 max)", "non-critical (say under
 * 0.45)", "don't sell anything critical (over 0.6)", where what is critical begins above the level: the critical words with their
 * level in brackets, which is the limit; the words alone would say 0.7.
 */
const NOT_CRITICAL_WITH_LEVEL = new RegExp(
  String.raw`(?:\b${NEGATION}\s+(?:any(?:thing)?\s+)?${CRITICAL}|\bnon[-\s]?(?:(?:mission|business|operationally)[-\s]?)?(?:critical|essential)(?![a-z]))(?:\s+${SITE_NOUN})?(?:\s+only)?\s*\(\s*(?:(?:keep|kept|stay|held|hold|i\.e\.|e\.g\.|say|call\s+it|criticality|crit)[\s,:]+){0,2}(?:under|below|beneath|<=?|\u2264|max(?:imum)?|at\s+most|no\s+(?:more|higher)\s+than|up\s+to|at\s+or\s+(?:below|under)|over|above|>)?\s*(?<value>0?\.\d+|1(?:\.0+)?|\d{1,3}(?:\.\d+)?\s*%)\s*(?:or\s+(?:less|below|lower|under)|max(?:imum)?)?\s*\)`,
  'g',
);

function readLevelInBrackets(text: BriefText, pattern: RegExp): FoundBound[] {
  const found: FoundBound[] = [];
  for (const match of text.freeMatches(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const written = match.groups?.['value'] ?? '';
    const value = written.endsWith('%') ? Number(written.slice(0, -1).trim()) / 100 : Number(written);
    if (!(value > 0 && value <= 1)) continue;
    found.push({ value, start, end });
    text.claim(start, end);
  }
  return found;
}

function readLeasableWithLevel(text: BriefText): FoundBound[] {
  return [LEASABLE_WITH_LEVEL, LEASABLE_WITH_PLUS, ...LEASEABILITY_LEVEL_IN_PLAIN_WORDS].flatMap((pattern) =>
    readLevelInBrackets(text, pattern),
  );
}

function readWords(text: BriefText, patterns: readonly RegExp[], level: number): FoundBound[] {
  const found: FoundBound[] = [];
  for (const pattern of patterns) {
    for (const match of text.freeMatches(pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (!text.isFree(start, end)) continue;
      found.push({ value: level, start, end });
      text.claim(start, end);
    }
  }
  return found;
}

/**
 * "leaseability below 0.7 is out", "anything with leaseability under 0.6 is off the table", "leaseability below 0.6 is a
 * no": a level below which assets
 * are ruled out by the words after it, the least leaseability allowed (the mirror of criticality above a level).
 */
/** A verdict that rules a level out: "is a no", "is a non-starter", "is a deal-breaker", "is a no-go". */
const A_NO = String.raw`(?:is|are|would\s+be)\s+(?:a\s+(?:hard\s+|firm\s+)?(?:no|non[-\s]?starter|deal[-\s]?breaker|no[-\s]go)|(?:a\s+)?no[-\s]go)`;
const LOW_LEASEABILITY_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:any(?:thing)?|assets?|sites?|properties|${SITE_NOUN})\s+(?:with|having|whose|that\s+has|of)\s+(?:an?\s+)?)?(?:${LEASEABILITY})\s+(?:(?:is|are|of|at)\s+)?(?:below|under|beneath|less\s+than|lower\s+than|short\s+of)\s+(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?\)?\s+(?:${RULED_OUT}|${A_NO})(?![a-z])`,
  'g',
);

function readLowLeaseabilityRuledOut(text: BriefText): FoundBound[] {
  return readScoreLevels(text, [LOW_LEASEABILITY_RULED_OUT], { trimEnd: true });
}

/**
 * Reads criticality and leaseability limits, numbers first ("criticality below
 * 0.6", "min leaseability 0.4", percentages as shares), then words. Strong
 * phrases are read before weak ones so that "highly leasable" is 0.7 and not
 * also "leasable" at 0.5.
 */
export function readScoreFilters(text: BriefText): ScoreFilterReading {
  // "Criticality ceiling was 0.7 -- bring it down to 0.6": read first, so that neither level is read alone.
  const changedByPronoun = readScoreLevelsChangedByPronoun(text);
  // "> Should the leaseability cutoff be 0.7 or 0.8?" answered "Use 0.75 then": the chosen level, not the weighed ones.
  const chosen = readScoreLevelsChosenBetweenOptions(text);
  // "no site with criticality above 0.5": a negated lower phrase is an upper bound, read before the plain bounds.
  const ruledOutBounds = readRuledOutBounds(text);
  // "Max criticality about a third, so use 0.33": the figure settled on, read before the words describe a level.
  const settled = readLevelsSettledAfterSo(text);
  // "criticality_ceiling,0.5", "MinLease: 0.6"; "not critical (0.5 ceiling)", "(below 0.5 on leaseability)", "a new tenant could take on easily, 0.7 or better".
  const keys = readScoreSettingKeys(text);
  const named = readScoreCeilingsAndFloors(text);
  const newTenant = readNewTenantClausesWithLevel(text);
  const negatedMaxCriticality = [
    ...chosen.maxCriticality,
    ...settled.maxCriticality,
    ...keys.maxCriticality,
    ...named.maxCriticality,
    ...readCriticalityScoredAboveRuledOut(text),
    ...readCriticalitySaidAsHowCritical(text),
    ...readCriticalScaleLevels(text),
    ...readCriticalLevelsInPlainWords(text),
    ...readLowImportanceWithLevel(text),
    ...readLevelOnThatScoreAfterNeedsWords(text),
    ...readLevelInBrackets(text, NOT_CRITICAL_WITH_LEVEL),
    ...readCriticalWordsWithLevel(text),
    ...ruledOutBounds.maxCriticality,
    ...readNegatedAbove(text),
    ...readCriticalItemsRuledOut(text),
  ];
  const changed = [...changedByPronoun, ...readChangedScoreLevels(text)].sort((left, right) => left.start - right.start);
  const boundedCriticality = readBounds(text, CRITICALITY, 'upper', 'score');
  const explicitMinLeaseability = [
    ...chosen.minLeaseability,
    ...settled.minLeaseability,
    ...keys.minLeaseability,
    ...named.minLeaseability,
    ...newTenant,
    ...readLevelOnThatScoreAfterLettingWords(text),
    ...readLeaseabilityLevelBeforeItsWord(text),
    ...readLeaseabilityItemsAndFloors(text),
    ...readLeasableWordsWithLevel(text),
    ...readLeasableWithLevel(text),
    ...readLowLeaseabilityRuledOut(text),
    ...readBounds(text, LEASEABILITY, 'lower', 'score'),
  ];
  const scored = readScoredNearMetric(text);
  const explicitMaxCriticality = [...negatedMaxCriticality, ...boundedCriticality, ...scored.maxCriticality].sort(
    (left, right) => left.start - right.start,
  );
  // "The buyer wanted 0.7 leaseability; we countered with 0.6": the level settled on.
  explicitMinLeaseability.push(...scored.minLeaseability, ...ruledOutBounds.minLeaseability);
  for (const level of readCounteredLevels(text, ['criticality', 'leaseability'])) {
    const bounds = level.metric === 'criticality' ? explicitMaxCriticality : explicitMinLeaseability;
    dropOpeningLevels(bounds, level);
    bounds.push({ value: level.value, start: level.start, end: level.end });
  }
  // "Leaseability min 0.5 ... bump leaseability to 0.6": the changed level replaces the levels before it.
  for (const level of changed) {
    const bounds = level.metric === 'criticality' ? explicitMaxCriticality : explicitMinLeaseability;
    bounds.splice(0, bounds.length, ...bounds.filter((bound) => bound.start > level.start));
    bounds.push({ value: level.value, start: level.start, end: level.end });
  }
  explicitMaxCriticality.sort((left, right) => left.start - right.start);
  explicitMinLeaseability.sort((left, right) => left.start - right.start);
  const wordMaxCriticality = [
    ...readCriticalAnsweredYes(text),
    ...readWords(text, NOT_CRITICAL_PATTERNS, SCORE_WORD_LEVELS.not_critical),
    ...readWords(text, [NON_CORE_PATTERN], SCORE_WORD_LEVELS.non_core),
  ];
  const wordMinLeaseability = [
    ...readWords(text, EASILY_LEASABLE_PATTERNS, SCORE_WORD_LEVELS.easily_leasable),
    ...readWords(text, [LEASABLE_PATTERN, TAKEN_OVER_BY_A_NEW_OCCUPIER], SCORE_WORD_LEVELS.leasable),
  ];
  return { explicitMaxCriticality, wordMaxCriticality, explicitMinLeaseability, wordMinLeaseability };
}

/** A question about what is ruled out answered yes: the answer's sentence follows. */
const RULED_OUT_ANSWERED_YES = new RegExp(`${ASKED_WHAT_IS_RULED_OUT}${ANSWER_YES}[^.!?\\n]*`, 'g');
const CRITICAL_IN_ANSWER = new RegExp(String.raw`\b(?:(?:any(?:thing)?|all(?:\s+(?:the|our))?)\s+)?${CRITICAL}(?:\s+${SITE_NOUN})?`);

/**
 * "Any assets off-limits? A: Yes, anything mission-critical, and every plant": critical sites in the sentence
 * that answers yes to a question about what is ruled out. Only the critical words are claimed: the question
 * and the answer's other lists are left to the place and type reader.
 */
function readCriticalAnsweredYes(text: BriefText): FoundBound[] {
  const found: FoundBound[] = [];
  for (const answer of text.freeMatches(RULED_OUT_ANSWERED_YES)) {
    const critical = CRITICAL_IN_ANSWER.exec(answer[0]);
    if (critical === null) continue;
    const start = answer.index + critical.index;
    const end = start + critical[0].length;
    if (!text.isFree(start, end)) continue;
    found.push({ value: SCORE_WORD_LEVELS.not_critical, start, end });
    text.claim(start, end);
  }
  return found;
}

/**
 * What opens a list of ruled-out levels: an exclusion verb ("exclude", "leave out", "rule out", "screen out", "skip", "drop",
 * "avoid"; "nothing with", which rules out what has the levels after it, and "no building we sell has", which rules
 * out every building sold that has them), a label that rules out ("Out of scope: mortgaged sites and anything with criticality above 0.7"), or a question about what is ruled out answered without a no ("What's off-limits? Anything with ...").
 */
const RULED_OUT_LEAD = new RegExp(
  String.raw`\b(?:nothing\s+(?:with|having|whose)(?=\s+(?:${CRITICALITY}|${LEASEABILITY})\s)|no\s+${SITE_NOUN}(?:\s+(?:that\s+)?(?:we|you)\s+(?:sell|offer|include|pick|choose|put\s+up))?\s+(?:has|have|(?:may|can|should|will|would|shall)\s+have|carries|carry)(?:\s+an?)?(?=\s+(?:${CRITICALITY}|${LEASEABILITY})\s)|exclud(?:e|ing)|leav(?:e|ing)\s+out|rul(?:e|ing)\s+out|(?:screen|filter|weed)(?:s|ing)?\s+out|skip(?:ping)?|drop(?:ping)?|avoid(?:ing)?|(?:${NOT_WILLING})\s+(?:take|buy|acquire|accept|sell|include|touch|pick|choose|select)|(?:out\s+of\s+scope|excluded|off[-\s]limits)\s*:)\s+|${ASKED_WHAT_IS_RULED_OUT}(?:${ANSWER_YES}|\s*(?!no\b|none\b|nothing\b|nope\b|not\b))`,
  'g',
);
/**
 * One ruled-out level, at the lead or after "and"/"or"/a comma that continues the list: "criticality above 0.8",
 * "assets with leaseability below 0.6", "anything whose criticality is over 0.7", "or a leaseability below 0.6". What lies beyond the level is
 * ruled out, so a criticality above it is the most allowed and a leaseability below it the least.
 */
const RULED_OUT_LEVEL = new RegExp(
  String.raw`(?:,?\s*(?:and|or)\s+|,\s*)?(?:(?:any(?:thing)?|${SITE_NOUN}|any\s+${SITE_NOUN})\s+(?:with|having|whose|that\s+ha(?:s|ve))\s+(?:an?\s+)?|an?\s+)?(?:(?<criticality>${CRITICALITY})\s+(?:(?:is|are)\s+)?(?:above|over|exceeding|greater\s+than|higher\s+than|more\s+than|beyond|>)|(?<leaseability>${LEASEABILITY})\s+(?:(?:is|are)\s+)?(?:below|under|less\s+than|lower\s+than|beneath|<))\s*(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?`,
  'y',
);

/**
 * "Exclude criticality above 0.8", "exclude sites with criticality over 0.5 and leaseability under 0.6", "What's
 * off-limits? Anything with criticality over 0.7 and anything with a mortgage": levels named as the object of an
 * exclusion, one or several joined by "and"/"or". Only the levels are claimed, so that the list's other items
 * (a mortgage, a market) are still read by their readers; the list stops at the first item that is not a level.
 */
function readRuledOutBounds(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  const maxCriticality: FoundBound[] = [];
  const minLeaseability: FoundBound[] = [];
  for (const lead of text.freeMatches(RULED_OUT_LEAD)) {
    let position = lead.index + lead[0].length;
    let wordsLeft = false;
    for (;;) {
      // Items of other kinds may stand between levels ("anything with a mortgage", "mortgaged assets"), left to their
      // readers with the verb that rules them out.
      const rest = text.lower.slice(position);
      const skipped = OTHER_ITEM_WITH.exec(rest) ?? OTHER_ITEM.exec(rest) ?? ITEM_RESTATED.exec(rest);
      RULED_OUT_LEVEL.lastIndex = position;
      let level = RULED_OUT_LEVEL.exec(text.lower);
      if (level === null && skipped !== null) {
        level = nextLevel(text, position + skipped[0].length);
        if (level !== null && OTHER_ITEM_WITH.exec(rest) === null) wordsLeft = true;
      }
      if (level === null) break;
      const end = level.index + level[0].trimEnd().length;
      if (!text.isFree(level.index, end)) break;
      const number = Number(level.groups?.['value']);
      const value = level.groups?.['unit'] === undefined ? number : number / 100;
      if (!(value >= 0 && value <= 1)) break;
      const found = { value, start: level.index, end };
      if (level.groups?.['criticality'] === undefined) minLeaseability.push(found);
      else maxCriticality.push(found);
      text.claim(level.index, end);
      position = end;
    }
    // A lead whose whole list was levels is claimed with them, so that it is not reported as unread.
    if (!wordsLeft && position > lead.index + lead[0].length && /^\s*(?:[.;!?\n]|$)/.test(text.lower.slice(position)))
      text.claim(lead.index, lead.index + lead[0].trimEnd().length);
  }
  return { maxCriticality, minLeaseability };
}

/** An item of another kind in a list of ruled-out levels: "anything with a mortgage". */
const OTHER_ITEM_WITH = /^(?:,?\s*(?:and|or)\s+|,\s*)?(?:any(?:thing)?\s+with\s+(?:an?\s+)?[a-z-]+)(?=\s*(?:,|and\b|or\b))/;
/** An item of up to three words in a list of ruled-out levels: "mortgaged assets", "the Tempe office". */
const OTHER_ITEM = /^(?:,?\s*(?:and|or)\s+|,\s*)?(?!any(?:thing)?\b)[a-z-]+(?:\s+(?!and\b|or\b)[a-z-]+){0,2}(?=\s*(?:,|and\b|or\b))/;

/**
 * An item in plain words restated as a level: "anything important to keeping the lights on, I mean criticality above
 * 0.6". The words are skipped so that the level after the restating cue is read as the list's.
 */
const ITEM_RESTATED = /^[^\S\n]*[a-z][^.;!?\n]{0,80}?,?\s+(?:i\s+mean|i\.e\.|that\s+is|meaning|in\s+other\s+words)[,:]?\s+/;

function nextLevel(text: BriefText, position: number): RegExpExecArray | null {
  RULED_OUT_LEVEL.lastIndex = position;
  return RULED_OUT_LEVEL.exec(text.lower);
}
