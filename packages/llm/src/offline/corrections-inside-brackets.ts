import type { TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * A bracket that gives an earlier draft's figure and its correction together: "(draft said $165M, corrected number is
 * $140M)", "(v1 had $90M; revised figure: $84M)", "(the old deck said $120M, now $110M)". A bracket naming a draft's
 * figure is an aside on the past and is read as nothing, which would take the correction with it, so the correction
 * is restated outside the bracket ("(draft said $165M); corrected number is $140M"), where it reads as the ask as it
 * stands now.
 */

/** A figure of money as a bracket writes it: "$165M", "USD 140m", "$1.2bn", "140 million". */
const MONEY = String.raw`(?:us\$|usd|\$)[^\S\n]*\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})?|\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})\b`;

/**
 * The bracket: an earlier draft's or version's figure, then after a comma or semicolon its correction, "corrected
 * number is", "revised figure:", "updated ask is", "now".
 */
const DRAFT_AND_CORRECTION = new RegExp(
  String.raw`\((?<earlier>[^()\n]{0,40}?\b(?:draft|version|v\d+|deck|redline|earlier|previous|prior|old|original)\b[^()\n]{0,30}?(?:${MONEY}))[^\S\n]*[,;][^\S\n]*(?<correction>(?:(?:the|our)[^\S\n]+)?(?:corrected|revised|updated|amended|new|final|actual)[^\S\n]+(?:number|figure|target|ask|amount)[^\S\n]*(?:is|:|=)[^\S\n]*(?:${MONEY})|now[^\S\n]+(?:${MONEY}))[^\S\n]*\)`,
  'gi',
);

/** The edits putting each correction given inside a draft's bracket after the bracket; none when there is none. */
export function correctionInsideBracketRestatements(brief: string): TextEdit[] {
  if (!brief.includes('(')) return [];
  return [...brief.matchAll(DRAFT_AND_CORRECTION)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: `(${match.groups?.['earlier'] ?? ''}); ${match.groups?.['correction'] ?? ''}`,
  }));
}
