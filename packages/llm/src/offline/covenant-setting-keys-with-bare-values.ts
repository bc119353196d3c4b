import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';

/**
 * A covenant limit pasted as a setting whose key joins its words by underscores and whose value follows after a space
 * (or in the next cell of a pasted row), with no colon: "lease_adj 5.1", "fccr_min 1.9", "net_lev 3.4", in a settings list whose items end at a
 * semicolon, a comma, a bar or the line's end ("Settings: target 202m; lease_adj 5.1; leaseability 0.66"). A key
 * written with underscores names a setting, and a setting of a covenant ratio can only be the limit to run with; the
 * named-ratio readers need a colon or a comparison before a bare figure, since in prose "net leverage 3.4" may be
 * today's level.
 */

/** Which covenant ratio a setting key limits. */
export type SettingKeyRatio = 'lease_adjusted' | 'net' | 'coverage';

/**
 * The keys: lease-adjusted leverage ("lease_adj", "rent_adjusted_leverage_cap"), net leverage ("net_lev",
 * "max_net_leverage", "net_debt_to_ebitda") and fixed-charge coverage ("fccr_min", "min_fixed_charge_coverage"), each
 * with its bound word before or after, then a space and the figure that ends the list's item; or, in a pasted table's
 * row (commas and bars are read as colons by then), the key's cell, a cell with its comparison if the table has one,
 * and the figure's cell ("net_leverage,<=,3.4", "lease_adj | 5.0").
 */
const SETTING_KEY =
  /(?<![a-z0-9_-])(?:(?<lease>(?:max_)?(?:lease|rent)_adj(?:usted)?(?:_(?:net_)?(?:lev|leverage|ratio))?(?:_(?:cap|max|limit|ceiling))?)|(?<net>(?:max_)?net_(?:lev|leverage|debt_(?:to_)?ebitda)(?:_(?:cap|max|limit|ceiling))?)|(?<coverage>(?:min_)?(?:fccr|fixed_charge_cov|fixed_charge_coverage)(?:_(?:floor|min|minimum))?))(?:[^\S\n]+|[^\S\n]*[|:][^\S\n]*(?:(?<comparison><=?|\u2264|>=?|\u2265|=)[^\S\n]*[|:][^\S\n]*)?)(?<value>\d+(?:\.\d+)?)x?(?=[^\S\n]*(?:[;,|\n]|$))/g;

/** The covenant limits pasted as underscore keys with a bare value (see the file's head), in text order. Claims them. */
export function readCovenantSettingKeysWithBareValues(text: BriefText): { metric: SettingKeyRatio; bound: FoundBound }[] {
  const found: { metric: SettingKeyRatio; bound: FoundBound }[] = [];
  if (!text.lower.includes('_')) return found;
  for (const match of text.lower.matchAll(SETTING_KEY)) {
    const groups = match.groups ?? {};
    const value = Number(groups['value']);
    if (!(value >= 1 && value < 10)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (!text.isFree(start, end)) continue;
    const metric: SettingKeyRatio = groups['lease'] !== undefined ? 'lease_adjusted' : groups['net'] !== undefined ? 'net' : 'coverage';
    // "net_leverage | >= | 3.4": a comparison the wrong way round for the ratio states no limit it can run with.
    const comparison = groups['comparison'];
    if (comparison !== undefined && comparison !== '=' && /[<\u2264]/.test(comparison) === (metric === 'coverage')) continue;
    found.push({ metric, bound: { value, start, end } });
    text.claim(start, end);
  }
  return found;
}
