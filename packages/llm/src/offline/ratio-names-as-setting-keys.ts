/**
 * A covenant ratio's name written as a setting's key in snake case, its words joined by underscores, before a
 * separator and a figure: "net_debt_to_ebitda: 3.8", "lease_adj_leverage<TAB>5.1", "fixed_charge_cover = 1.9". Such a
 * key is the ratio's name and nothing else, so it is read as its words ("net debt to ebitda: 3.8"), which the readers of
 * the ratios know; a key with no ratio's word among its parts ("tax_rate", "target_musd") is left as written.
 */
const RATIO_SETTING_KEY = /(?<![a-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![a-z0-9_])(?=[^\S\n]*(?:[:=\t]|,(?=[^\S\n]*\d))[^\S\n]*["']?\d)/g;

/** The parts of a key that name a covenant ratio: leverage, its earnings, or fixed-charge coverage. */
const RATIO_WORD = /(?:^|_)(?:leverage|lev|ebitdar?|coverage|cover|fccr)(?:_|$)/;

/** `lowered` with each covenant ratio's snake-case key read as its words, in the same length (underscores as spaces). */
export function ratioKeysAsWords(lowered: string): string {
  if (!lowered.includes('_')) return lowered;
  return lowered.replace(RATIO_SETTING_KEY, (key) => (RATIO_WORD.test(key) ? key.replace(/_/g, ' ') : key));
}
