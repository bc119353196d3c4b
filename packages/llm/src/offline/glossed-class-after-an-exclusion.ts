import type { BriefText } from './brief-text.js';

/*
 * The encumbered class after the word that rules it out, with a gloss in brackets between its adjective and its noun:
 * "Exclude: all encumbered (mortgaged) sites", "Excluding any mortgaged (encumbered) properties", "Exclusions -
 * encumbered (i.e. mortgaged) assets". The order and its label come first, so the verdict after the class that the
 * glossed-class reader looks for (`mortgage-glossed-classes.ts`) is not there.
 */

/** The order or its label: "exclude", "excluding", "exclusions", "skip", "omit", "leave out", with a colon or a dash. */
const EXCLUSION_BEFORE = String.raw`(?:exclud(?:e|es|ing)|exclusions?|skip|omit|leave\s+out|do\s+not\s+sell|don['\u2019]t\s+sell)[^\S\n]*[:\u2013\u2014-]?`;

/** "all encumbered (mortgaged) sites": the adjective, the gloss, the noun. */
const GLOSSED_CLASS = String.raw`(?:(?:all|any|the|our)\s+)?(?:encumbered|mort?gaged)\s*\([^()\n]{1,40}\)\s*(?:assets?|sites?|properties|property|buildings?|real\s+estate)(?![a-z])`;

const GLOSSED_CLASS_AFTER_AN_EXCLUSION = new RegExp(String.raw`\b${EXCLUSION_BEFORE}\s*${GLOSSED_CLASS}`, 'g');

/** Reads whether the glossed encumbered class follows the word that rules it out, claiming the words it read. */
export function readGlossedClassAfterAnExclusion(text: BriefText): boolean {
  return text.claimFreeMatches(GLOSSED_CLASS_AFTER_AN_EXCLUSION);
}
