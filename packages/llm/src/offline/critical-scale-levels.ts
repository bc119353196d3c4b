import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A criticality limit with the score named as a scale after or before the level, in the words of someone who does not
 * use the score's name as a noun: "don't sell anything that scores higher than 0.4 on the 'how critical is this site'
 * scale", "nothing above 0.45 on that scale" (after critical words earlier in the sentence), "only things low on the
 * criticality scale, at or under 0.3". The scale's own words say which score it is: a scale that names nothing
 * critical ("on a scale of 1 to 10") is left alone.
 */

/** A level on the scale: a fraction, never a share, a multiple or an amount. */
const LEVEL = String.raw`(?<value>0?\.\d+|1(?:\.0+)?)(?![\d%x]|\.\d|\s*(?:m\b|mm\b|million|bn|billion|times|turns))`;
/** The scale named after the level: "on the 'how critical is this site' scale", "on that scale", "on our criticality scale". */
const ON_SCALE = String.raw`\s+on\s+(?:the|that|this|our|your|their)\s+(?<scale>[^.;!?\n]{0,50}?)\s*scale\b`;
/** A refusal that opens the clause: "don't sell anything", "nothing", "no site", "exclude anything". */
const REFUSAL = String.raw`(?:nothing|none|no|never|(?:don'?t|do\s+not|won'?t|will\s+not|shouldn'?t|should\s+not|can'?t|cannot)\s+(?:sell|divest|include|touch|want)|avoid|exclude|skip)`;
/** A comparison from below, on the refused side: "higher than", "above", "over", "more than". */
const ABOVE = String.raw`(?:higher\s+than|above|over|more\s+than|beyond|greater\s+than|>)`;
/** A comparison from above, on the side that may be sold: "at or under", "under", "no more than", "up to". */
const AT_MOST = String.raw`(?:at\s+or\s+(?:under|below)|under|below|no\s+(?:more|higher)\s+than|at\s+most|up\s+to|not\s+(?:above|over)|<=?|\u2264)`;

const SCALE_LEVELS = [
  // "Don't sell anything that scores higher than 0.4 on the 'how critical is this site' scale": refused above a level.
  String.raw`\b${REFUSAL}\b[^.;!?\n\d]{0,50}?\b${ABOVE}\s*${LEVEL}${ON_SCALE}`,
  // "Anything scoring at or under 0.3 on the criticality scale is fine": the side that may be sold.
  String.raw`\b${AT_MOST}\s*${LEVEL}${ON_SCALE}`,
  // "Only things low on the criticality scale, at or under 0.3": the scale first, the level after a comma or a dash.
  String.raw`\bon\s+(?:the|that|this|our|your|their)\s+(?<scale>[^.;!?\n]{0,50}?)\s*scale\b\s*(?:[,:\u2014\u2013]|\s-)?\s*${AT_MOST}\s*${LEVEL}`,
].map((source) => new RegExp(source, 'g'));

/** Words that make a scale the criticality score's: "critical", "criticality", how much the business depends on a site. */
const CRITICAL_SCALE = /\bcritical(?:ity)?\b|\bdepend|\bmatters?\b/;

/** Reads the criticality limits written against a named scale, claiming what it reads. */
export function readCriticalScaleLevels(text: BriefText): FoundBound[] {
  if (!/\bscale\b/.test(text.lower)) return [];
  const found: FoundBound[] = [];
  for (const pattern of SCALE_LEVELS) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      const scale = match.groups?.['scale'] ?? '';
      // "Nothing super critical sold, nothing above 0.45 on that scale": a pronoun scale takes its name from the
      // critical words earlier in the sentence.
      const sentenceThroughMatch = `${
        text.lower
          .slice(0, match.index)
          .split(/[.!?\n]/)
          .pop() ?? ''
      }${match[0]}`;
      const critical = CRITICAL_SCALE.test(scale) || (scale.trim() === '' && /\bcritical/.test(sentenceThroughMatch));
      if (!critical) continue;
      const value = Number(match.groups?.['value']);
      if (!(value > 0 && value <= 1)) continue;
      found.push({ value, start: match.index, end });
      text.claim(match.index, end);
    }
  }
  return found;
}
