import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/** How `readScoreLevels` takes the level out of each match. */
export interface ScoreLevelReading {
  /** The groups that may hold the level, the first one a match has being read; `value` when not given. */
  readonly valueGroups?: readonly string[];
  /**
   * Leaves the match's trailing white space unclaimed: patterns that end on an optional run of spaces (before a
   * percent sign that may not come) would otherwise claim the next word's lead.
   */
  readonly trimEnd?: boolean;
  /** Reads a level of 0 as well ("nothing above 0 on criticality" allows only what nothing depends on). */
  readonly zeroAllowed?: boolean;
  /** Reads the letters a scan takes for digits in the level ("O.4" as 0.4, "O.l5" as 0.15): an OCR'd note's slips. */
  readonly lettersAsDigits?: boolean;
  /** A test a free match must also pass, for what a pattern cannot say alone (a scale named earlier in the sentence). */
  readonly accepts?: (match: RegExpExecArray) => boolean;
}

/**
 * Reads the score levels `patterns` find, pattern by pattern and match by match: a fraction, or a percentage when the
 * match has a `unit` group, read as the fraction. A match that overlaps text already read, or whose level lies outside
 * the score's range, is left alone; every level read is claimed with its match, so that later patterns and readers
 * do not read it again.
 */
export function readScoreLevels(text: BriefText, patterns: readonly RegExp[], reading: ScoreLevelReading = {}): FoundBound[] {
  const valueGroups = reading.valueGroups ?? ['value'];
  const found: FoundBound[] = [];
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern))) {
    const end = match.index + (reading.trimEnd === true ? match[0].trimEnd() : match[0]).length;
    if (!text.isFree(match.index, end)) continue;
    if (reading.accepts !== undefined && !reading.accepts(match)) continue;
    const written = valueGroups.map((group) => match.groups?.[group]).find((value) => value !== undefined) ?? '';
    const number = Number(reading.lettersAsDigits === true ? written.replace(/o/g, '0').replace(/[li]/g, '1') : written);
    const value = match.groups?.['unit'] === undefined ? number : number / 100;
    if (!((reading.zeroAllowed === true ? value >= 0 : value > 0) && value <= 1)) continue;
    found.push({ value, start: match.index, end });
    text.claim(match.index, end);
  }
  return found;
}
