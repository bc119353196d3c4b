import type { BriefText } from './brief-text.js';
import { RULED_OUT } from './exclusion-words.js';

/*
 * Encumbered assets named with a gloss in brackets, then ruled out: "Secured assets (those carrying a mortgage) are
 * excluded from the program", "Encumbered (mortgaged) assets excluded", "Pledged sites (i.e. the ones with a lien)
 * are off the table". And a chat's question about them answered on the next line by a speaker written with a time
 * stamp or in angle brackets ("[09:15] <raj> mortgaged assets?" then "[09:16] <lena> exclude them"), which the
 * general question reader (`mortgage-exclusions.ts`) reads only with a plain "name:" speaker.
 */

/** A mortgage word inside a gloss: "carrying a mortgage", "i.e. mortgaged", "the ones with a lien or a loan". */
const GLOSS_SAYS_ENCUMBERED = /\b(?:mort?gages?|mort?gaged|liens?|encumbered|encumbrances?|secured\s+(?:debt|loans?)|loans?|debt)\b/;

/** Words that class an asset as encumbered only with a gloss that says so ("secured" may mean guarded). */
const VAGUE_CLASS = /^(?:secured|pledged|collateral(?:i[sz]ed)?)$/;

/**
 * The class, its gloss, then the verdict: an adjective, a bracket before or after the noun, then what rules it out
 * ("are excluded from the program", "excluded", ": off limits"). The verdict must follow at once, so that "Encumbered
 * (mortgaged) assets are included" or "... need the bank's consent" rule nothing out.
 */
const GLOSSED_CLASS_RULED_OUT = new RegExp(
  String.raw`\b(?:(?:the|any|all|our)\s+)?(?<word>secured|pledged|collateral(?:i[sz]ed)?|encumbered|mort?gaged)(?:\s*\((?<inner>[^()\n]{1,60})\))?\s+(?:assets?|sites?|properties|property|buildings?|real\s+estate)(?:\s*\((?<outer>[^()\n]{1,80})\))?(?:\s*:\s*|\s+)(?:${RULED_OUT})(?:\s+from\s+(?:the|this|our)\s+(?:program(?:me)?|sale|deal|transaction|run|perimeter))?(?![a-z])`,
  'g',
);

/** A chat line's speaker: "[09:16] <lena> ", "10:02 dmitri.k: ", "<raj> ", "Lena: ". */
const SPEAKER = String.raw`(?:\[[^\]\n]{1,20}\]\s*|\d{1,2}:\d{2}(?:\s*[ap]m)?\s+)?(?:<[\w.@-]{1,30}>|@?[\w.-]{1,30}\s*:)\s*`;

/**
 * A chat's question about encumbered assets, its answer on the next line ruling them out: "<raj> mortgaged assets?"
 * then "<lena> exclude them" or "<lena> out". An answer that keeps them ("<lena> keep them in", "<lena> fine") is no
 * exclusion, and an answer that says something else starts no match.
 */
const CHAT_ENCUMBERED_ANSWERED = new RegExp(
  String.raw`\b(?:(?:any(?:thing)?|what\s+about|and|the|our)\s+)?(?:mort?gaged|encumbered|pledged)(?:\s+(?:assets?|sites?|properties|buildings?|ones))?\s*\?[^\S\n]*\n${SPEAKER}(?:(?:please|pls)\s+)?(?:(?:exclude|skip|drop|omit|avoid)\s+(?:them|those|these|'em)(?:\s+all)?|(?:leave|keep|rule|take)\s+(?:them|those|these|'em)\s+out|out|excluded?|none(?:\s+of\s+them)?)(?=[^\S\n]*(?:[.,;!]|\n|$))`,
  'g',
);

/**
 * Reads encumbered assets glossed in brackets and ruled out, and a chat's question about them answered by ruling
 * them out; claims the words, and returns whether either was found.
 */
export function readGlossedMortgagedClasses(text: BriefText): boolean {
  let found = false;
  for (const match of text.freeMatches(GLOSSED_CLASS_RULED_OUT)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const { word = '', inner, outer } = match.groups ?? {};
    const gloss = `${inner ?? ''} ${outer ?? ''}`;
    // "Secured assets are excluded" alone may mean fenced or guarded sites; with "(those carrying a mortgage)" it is
    // the lender's security. "Encumbered" and "mortgaged" say it themselves, but only a gloss makes this reader's
    // case: without one the general reader has read them already.
    if (inner === undefined && outer === undefined) continue;
    if (VAGUE_CLASS.test(word) && !GLOSS_SAYS_ENCUMBERED.test(gloss)) continue;
    found = true;
    text.claim(match.index, end);
  }
  for (const match of text.freeMatches(CHAT_ENCUMBERED_ANSWERED)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    found = true;
    text.claim(match.index, end);
  }
  return found;
}
