/**
 * Covenant names as a model's cells or a config file write them, the words run together or joined by underscores,
 * with the bound in the name: "MaxNetLeverage 3.6", "max_net_leverage = 3.5", "MinFCCR 1.45", "min_fixed_charge_coverage:
 * 1.8", "MaxLeaseAdjLeverage 5.0". Regular expression sources (lower case) that `read-covenants.ts` joins to each
 * covenant's names. The bound is the name's own prefix, so a level after it is the limit; the separate words ("max net
 * leverage") are read by the plain names already, and a name with no bound in it ("NetLeverage 3.1") is a level, not a
 * limit, and is left alone.
 */

/** "MaxNetLeverage", "max_net_leverage", "MaxNetLev", a command line's "--max-net-leverage": net leverage with its upper bound in the name. */
export const MODEL_CELL_NET_LEVERAGE = '(?<![a-z_])max(?:_?|-)net(?:_?|-)(?:lev[ae]?rage|lev)(?![a-z])';

/**
 * "MaxLeaseAdjLeverage", "max_lease_adjusted_leverage", "MaxLAL", "lease_adjusted_leverage_cap" (the bound last), and a
 * setting's "max_lease_adj=5.5" (the ratio's adjective alone, its bound first): lease-adjusted leverage with its upper
 * bound in the name.
 */
export const MODEL_CELL_LEASE_ADJUSTED_LEVERAGE = `(?<![a-z_])max_?(?:lease_?adj(?:usted)?_?(?:lev[ae]?rage|lev)|lal)(?![a-z])|(?<![a-z_])max_lease_adj(?:usted)?(?![a-z_])|(?<![a-z_])lease_?adj(?:usted)?_(?:lev[ae]?rage|lev)_(?:cap|max|limit|ceiling)(?![a-z])["']?`;

/** "MinFCCR", "min_fccr", "min_fixed_charge_coverage": fixed-charge coverage with its lower bound in the name. */
export const MODEL_CELL_FIXED_CHARGE_COVERAGE = '(?<![a-z_])min_?(?:fccr|fixed_?charge_?cov(?:erage)?)(?![a-z])';
