import type { BriefText } from './brief-text.js';
import { MILLION_SCALE } from './written-numbers.js';

/**
 * The cap on added rent as a setting pasted from a configuration file or a command line, its key in snake or kebab
 * case: "rent_cap=16500000", "max_new_rent = 8000000", "max_new_rent_usd: 14.5e6", "--max-rent-added=10m", "max_added_rent: 7.5m", "max_rent_add:
 * 8500000". Such a key can only name the most rent a sale may add, so the figure after it is the cap; the readers of
 * rent caps know only the words, and a key's underscores or hyphens hide them.
 */
const RENT_CAP_KEY = new RegExp(
  String.raw`(?<![a-z0-9_-])(?:-{1,2})?(?:(?:max|maximum)[-_](?:(?:new|added|incremental|additional)[-_])?rents?(?:[-_](?:added|add|increase|usd))?|(?:(?:new|added|incremental)[-_])?rents?[-_](?:cap|ceiling|limit|max)(?:[-_]usd)?)["']?[^\S\n]*(?::=|[:=]|[^\S\n](?=[^\S\n]*\$?\d))[^\S\n]*["']?\$?(?<figure>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:e\+?(?<exponent>[4-9])(?![\d.]))?(?<scale>[^\S\n]*(?:${MILLION_SCALE}|k)\b)?`,
  'g',
);

/** Reads the rent caps pasted as settings with snake-case or kebab-case keys, in text order, and claims them. */
export function readRentCapSettingKeys(text: BriefText): number[] {
  const found: number[] = [];
  if (!/[_-]/.test(text.lower)) return found;
  for (const match of text.freeMatches(RENT_CAP_KEY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const figure = Number((match.groups?.['figure'] ?? '').replace(/,/g, ''));
    const scale = (match.groups?.['scale'] ?? '').trim();
    // "max_new_rent_usd: 14.5e6": a figure in scientific notation carries its own power of ten.
    const exponent = match.groups?.['exponent'];
    const value =
      exponent !== undefined ? figure * 10 ** Number(exponent) : scale === 'k' ? figure * 1e3 : scale === '' ? figure : figure * 1e6;
    // A bare figure under a hundred thousand is no year's rent in dollars: "rent_cap: 12" may be millions or a share.
    if (!(value >= 100_000)) continue;
    found.push(value);
    text.claim(start, end);
  }
  return found;
}
