import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { CRITICALITY } from './criticality-above.js';
import { LEASEABILITY_NAME as LEASEABILITY, SITE_NOUN } from './leaseability-wording.js';
import { RULED_OUT } from './exclusion-words.js';
import { refusedInApposition } from './appositive-refusals.js';

/**
 * "scored above 0.4", "rated under 0.3", "scoring at or below 0.5": a level given to a score whose metric is not
 * named beside it. Read only when the words are still free, after every bound that names its metric.
 */
const SCORED_LEVEL =
  /\b(?:scored|scoring|rated|rating|ranked|ranking|graded|grading)\s+(?:(?<upper>at\s+or\s+below|below|under|beneath|lower\s+than|less\s+than|no\s+(?:more|higher)\s+than|<=?|\u2264)|(?<lower>at\s+or\s+above|above|over|higher\s+than|more\s+than|greater\s+than|beyond|in\s+excess\s+of|north\s+of|no\s+(?:less|lower)\s+than|>=?|\u2265))\s*(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?/g;
/**
 * "Avoid anything above 0.75 criticality", "anything above criticality 0.6 stays off the table", "doesn't want
 * anything above 0.6 on the criticality scale", "Q: Criticality? A: Keep to assets at 0.6 or below": a level of
 * what is sold, with the score named right before the level, right after it, or else in the sentence before. A
 * percentage needs its score named beside it (a share of proceeds is written so too). "nothing below a 0.6
 * leaseability score" may put an article before the level, and "anything over 0.5 on criticality or under 0.7 on
 * leaseability" carries the subject and its refusal to a second level joined by "or"/"and" after a score's name.
 * The subject may be "rated" or "scored" at the level: "we will not sell a site rated above 0.55 on the criticality
 * scale".
 */
const ANYTHING_LEVEL = new RegExp(
  String.raw`\b(?:any(?:thing)?|(?<nothing>nothing)|${SITE_NOUN}|(?<=(?:criticality|leaseability|score|scale),?\s+)(?:or|and))\s+(?:(?:rated|scored|scoring|ranked)\s+)?(?:(?:(?<upper>at\s+or\s+below|below|under|lower\s+than|less\s+than)|(?<lower>at\s+or\s+above|above|over|higher\s+than|more\s+than|greater\s+than|beyond|north\s+of))\s+(?:(?<metricBefore>${CRITICALITY}|${LEASEABILITY})\s+(?:of\s+)?)?(?:an?\s+)?(?<value>\d+(?:\.\d+)?|\.\d+)(?:\s*(?<unit>%|percent\b))?(?![\d.]\d|\s*(?:x\b|times|of\b|years?|m\b|mm\b|million))|(?:at|with\s+(?:a\s+)?(?:score\s+(?:of\s+)?)?)\s*(?<atValue>\d+(?:\.\d+)?|\.\d+)\s+or\s+(?:(?<atUpper>below|less|lower|under)|(?<atLower>above|more|higher|over|better)))(?:\s+(?:(?:on|for)\s+(?:the\s+)?)?(?<metricAfter>${CRITICALITY}|${LEASEABILITY})(?:\s+scale)?)?`,
  'g',
);
/** A score's name, in the sentence of the level or the one before it ("Ops has scored every site for criticality."). */
const SCORE_METRIC = new RegExp(String.raw`\b(?:(?<criticality>${CRITICALITY})|(?<leaseability>${LEASEABILITY}))`, 'g');
/** A refusal before the level ("sell nothing scored above", "no site rated under", "we decline assets scored"). */
const REFUSED_BEFORE =
  /(?:\b(?:rather|sooner|prefer(?:red)?|wish)\s+(?:that\s+)?[a-z]+\s+didn'?t\b|\b(?:no|nothing|none|not|never|without|exclud(?:e|ing)|skip(?:ping)?|avoid(?:ing)?|leave\s+out|drop|steer\s+clear\s+of|(?:stay|keep)\s+away\s+from|declin(?:e|es|ing)|reject(?:s|ing)?|turn(?:s|ing)?\s+down|pass(?:es|ing)?\s+on)\b|\b(?:don|won|can|doesn|shouldn|mustn|wouldn)'?t\b|\bcannot\b)/;
/** How far back the score's name may be: the sentence before, not the brief's other paragraphs. */
const METRIC_REACH = 200;

/**
 * "Ops has scored every site for criticality. Sell nothing scored above 0.4", "Leaseability was rated by the
 * brokers; only sell sites rated over 0.6": a level after "scored"/"rated", for the score named last within the
 * sentence before. A refusal ("nothing", "no site", "exclude") or a verdict after it ("are off the table") rules
 * out what the comparison names; otherwise the comparison names what may be sold. A level that does not bound
 * its score the way that score is limited (criticality from above, leaseability from below) is left unread.
 */
export function readScoredNearMetric(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  const maxCriticality: FoundBound[] = [];
  const minLeaseability: FoundBound[] = [];
  for (const match of [...text.freeMatches(ANYTHING_LEVEL), ...text.freeMatches(SCORED_LEVEL)]) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (!text.isFree(start, end)) continue;
    const groups = match.groups ?? {};
    let metric: 'criticality' | 'leaseability' | undefined;
    const named = groups['metricBefore'] ?? groups['metricAfter'];
    if (named !== undefined) metric = new RegExp(`^${CRITICALITY}$`).test(named) ? 'criticality' : 'leaseability';
    else if (groups['unit'] !== undefined) continue;
    const reach = text.lower.slice(Math.max(0, start - METRIC_REACH), start);
    if (named === undefined)
      for (const mention of reach.matchAll(SCORE_METRIC))
        metric = mention.groups?.['criticality'] === undefined ? 'leaseability' : 'criticality';
    if (metric === undefined) continue;
    const clause = text.clauseAround(start);
    // "nothing above 0.6 on the criticality score": the level's own subject refuses it.
    const refused =
      groups['nothing'] !== undefined ||
      REFUSED_BEFORE.test(text.lower.slice(clause.start, start)) ||
      refusedInApposition(text, clause.start, start) ||
      new RegExp(String.raw`^\s*(?:${RULED_OUT})(?![a-z])`).test(text.lower.slice(end, clause.end));
    const comparedAbove = groups['lower'] !== undefined || groups['atLower'] !== undefined;
    // What may be sold lies below the level when the comparison says above and is refused, or says below.
    const bound = comparedAbove === refused ? 'upper' : 'lower';
    const number = Number(groups['value'] ?? groups['atValue']);
    const value = groups['unit'] === undefined ? number : number / 100;
    if (!(value > 0 && value <= 1)) continue;
    if (metric === 'criticality' && bound === 'upper') maxCriticality.push({ value, start, end });
    else if (metric === 'leaseability' && bound === 'lower') minLeaseability.push({ value, start, end });
    else continue;
    text.claim(start, end);
  }
  return { maxCriticality, minLeaseability };
}

/**
 * "Max criticality about a third, so use 0.33", "leaseability: at least two-thirds, so take 0.67": a score named, a
 * level described in words, then the figure the writer settles on after "so". The whole is claimed, so that no other
 * reading of the words is taken; criticality's figure is its most, leaseability's its least.
 */
const LEVEL_SETTLED_AFTER_SO = new RegExp(
  String.raw`\b(?:(?<criticality>${CRITICALITY})|${LEASEABILITY})(?![a-z])[^.!?\n]{0,60}?\bso\s+(?:let'?s\s+|we(?:'ll|\s+will|\s+should)\s+|please\s+)?(?:use|take|go\s+with|call\s+it|make\s+it|model|set\s+it\s+(?:at|to))\s+(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d)`,
  'g',
);

/** Reads the score levels settled after "so" (`LEVEL_SETTLED_AFTER_SO`), each claimed with the words before it. */
export function readLevelsSettledAfterSo(text: BriefText): { maxCriticality: FoundBound[]; minLeaseability: FoundBound[] } {
  const maxCriticality: FoundBound[] = [];
  const minLeaseability: FoundBound[] = [];
  if (!text.lower.includes(' so ')) return { maxCriticality, minLeaseability };
  for (const match of text.freeMatches(LEVEL_SETTLED_AFTER_SO)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = Number(match.groups?.['value']);
    if (!text.isFree(start, end) || !(value > 0 && value <= 1)) continue;
    (match.groups?.['criticality'] === undefined ? minLeaseability : maxCriticality).push({ value, start, end });
    text.claim(start, end);
  }
  return { maxCriticality, minLeaseability };
}
