import type { BriefText } from './brief-text.js';
import { RULED_OUT } from './exclusion-words.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/**
 * A criticality limit with the score named as a scale after or before the level, in the words of someone who does not
 * use the score's name as a noun: "don't sell anything that scores higher than 0.4 on the 'how critical is this site'
 * scale", "nothing above 0.45 on that scale" (after critical words earlier in the sentence), "only things low on the
 * criticality scale, at or under 0.3", "nothing above 0.6 on the can't-operate-without-it score", "sites that score 0.3
 * or less on the importance-to-operations scale", "nothing above 0.4 on the scale of how much the business depends on
 * the site", "keep anything over 0.4 on the 'can't-run-without-it' score out of the sale" (kept out by "keep ... out"),
 * "nothing above 0.45 on the 'how badly would operations suffer if we lost it' score". The scale's own words say which score it is: a scale that names nothing critical ("on a scale of 1 to
 * 10", "on the re-letting score") is left alone.
 */

/** A level on the scale: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d|\s*(?:m\b|mm\b|million|bn|billion|times|turns))`;
/** What a scale is called: "scale", and a score's other nouns ("the critical-to-operations score", "that number"). */
const SCALE_NOUN = '(?:scale|score|number|rating|measure)(?![a-z])';
/**
 * The scale named after the level: "on the 'how critical is this site' scale", "on that scale", "on our criticality
 * scale", "on their internal how-essential score", and the scale named after its noun, "on the scale of how much the
 * business depends on the site".
 */
const ON_SCALE = String.raw`\s+on\s+(?:the|that|this|our|your|their)\s+(?:(?<scale>[^.;!?\n]{0,60}?)\s*${SCALE_NOUN}(?!\s+of\s)|scale\s+of\s+(?<scaleOf>[^.;!?\n,]{1,60}?)(?=\s*(?:[.;!?\n,)]|$|\s+(?:and|but|please)\b)))`;
/** A refusal that opens the clause: "don't sell anything", "nothing", "no site", "exclude anything", "leave out". */
const REFUSAL = String.raw`(?:nothing|none|no|never|(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|will\s+not|shouldn'?t|should\s+not|can'?t|cannot)\s+(?:(?:want|wish)\s+to\s+)?(?:sell|divest|include|touch|want)|avoid|exclude|skip|drop|leave\s+out|rule\s+out)`;
/** A comparison from below, on the refused side: "higher than", "above", "over", "more than". */
const ABOVE = String.raw`(?:higher\s+than|above|over|more\s+than|beyond|greater\s+than|>)`;
/** A comparison from above, on the side that may be sold: "at or under", "under", "no more than", "up to". */
const AT_MOST = String.raw`(?:at\s+or\s+(?:under|below)|under|below|no\s+(?:more|higher)\s+than|at\s+most|up\s+to|not\s+(?:above|over)|<=?|\u2264)`;

const SCALE_LEVELS = [
  // "Don't sell anything that scores higher than 0.4 on the 'how critical is this site' scale": refused above a level.
  // The refusal is the one nearest the level: "Nothing out of Newark, and nothing above 0.45 on ..." leaves Newark to
  // the place reader.
  String.raw`\b${REFUSAL}\b(?:(?!\b(?:nothing|none|no)\b)[^.;!?\n\d]){0,50}?\b${ABOVE}\s*${LEVEL}${ON_SCALE}`,
  // "Keep every site that scores above 0.7 on the 'we can't operate without it' measure out of the sale": kept out by
  // "keep ... out" around the level and its scale, the refusal split by them.
  String.raw`\bkeep\b(?:(?!\b(?:nothing|none|no|in)\b)[^.;!?\n\d]){0,50}?\b${ABOVE}\s*${LEVEL}${ON_SCALE}(?=\s+out(?![a-z]))`,
  // "Anything scoring at or under 0.3 on the criticality scale is fine": the side that may be sold.
  String.raw`\b${AT_MOST}\s*${LEVEL}${ON_SCALE}`,
  // "Sites that score 0.3 or less on the importance-to-operations scale", "0.2 or under on the critical-to-operations
  // scale": the level first, the word that makes it the most after it.
  String.raw`(?<![\d.])${LEVEL}\s+or\s+(?:less|lower|under|below)${ON_SCALE}`,
  // "Anything above 0.65 on their internal how-essential score kept off the list": refused by the words after it.
  String.raw`\b(?:any(?:thing)?|${SITE_NOUN})\s+(?:(?:rated|scored|scoring|that\s+(?:rates|scores))\s+)?${ABOVE}\s*${LEVEL}${ON_SCALE}(?=\s+(?:${RULED_OUT})(?![a-z]))`,
  // "Only things low on the criticality scale, at or under 0.3": the scale first, the level after a comma or a dash.
  // "Low on the business-critical score (0.45 or below)": the level in a bracket, or held from above after it.
  String.raw`\bon\s+(?:the|that|this|our|your|their)\s+(?<scale>[^.;!?\n]{0,50}?)\s*${SCALE_NOUN}\s*(?:[,:(\u2014\u2013]|\s-)?\s*(?:${AT_MOST}\s*|(?=0?\.\d+\s+or\s+(?:less|lower|under|below)))${LEVEL}(?:\s+or\s+(?:less|lower|under|below))?(?:\s*\))?`,
].map((source) => new RegExp(source, 'g'));

/**
 * Words that make a scale the criticality score's: "critical", "criticality", how much the business depends on a site,
 * how essential or important it is, what operations "can't run without" or "need to operate", how badly they would "suffer" if they "lost it", what
 * they "lean on", how central it is.
 */
const CRITICAL_SCALE =
  /\bcritical(?:ity)?\b|\bdepend|\bmatters?\b|\bessential|\bimportan(?:t|ce)\b|\bvital\b|\bcentral\b|\bwithout[-\s]it\b|\bneed[-\s]it\b|\bhurt\b|\bsuffer|\blos(?:e|t|ing)[-\s](?:it|them)\b|\b(?:operate|run|function|cope|manage)[-\s]without\b|\b(?:lean|rel(?:y|ies))[-\s](?:on|upon)\b/;

/** True when the scale `match` names is the criticality score's, by its own words or the sentence's before it. */
function namesCriticalScale(text: BriefText, match: RegExpExecArray): boolean {
  const scale = match.groups?.['scale'] ?? match.groups?.['scaleOf'] ?? '';
  if (CRITICAL_SCALE.test(scale)) return true;
  // "Nothing super critical sold, nothing above 0.45 on that scale": a pronoun scale takes its name from the critical
  // words earlier in the sentence.
  const sentenceThroughMatch = `${
    text.lower
      .slice(0, match.index)
      .split(/[.!?\n]/)
      .pop() ?? ''
  }${match[0]}`;
  return /^(?:that|this)?\s*$/.test(scale.trim()) && match.groups?.['scaleOf'] === undefined && CRITICAL_SCALE.test(sentenceThroughMatch);
}

/** Reads the criticality limits written against a named scale, claiming what it reads. */
export function readCriticalScaleLevels(text: BriefText): FoundBound[] {
  if (!/\b(?:scale|score|number|rating|measure)\b/.test(text.lower)) return [];
  return readScoreLevels(text, SCALE_LEVELS, { accepts: (match) => namesCriticalScale(text, match) });
}
