import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * The leverage levels `pattern` finds in the brief (its `value` group), in text order, each match claimed. A level
 * another reader took already is theirs, and a level under 1 or from 20 up is no leverage multiple, so neither is kept.
 */
export function claimedLeverageLevels(text: BriefText, pattern: RegExp): FoundBound[] {
  const found: FoundBound[] = [];
  for (const match of text.lower.matchAll(pattern)) {
    const value = Number(match.groups?.['value']);
    const valueStart = match.index + match[0].lastIndexOf(match.groups?.['value'] ?? '');
    const end = match.index + match[0].length;
    if (!text.isFree(valueStart, end) || !(value >= 1 && value < 20)) continue;
    found.push({ value, start: match.index, end });
    text.claim(match.index, end);
  }
  return found;
}
