// Rent escalators said with the verb before the rent ("raise the rent 2.75% a year", "escalate the rent 2% a year") or
// with "escalate" and its rate alone ("escalate at 2.25%"), and a settings key that names its unit ("escalator_pct: 2.0").
// Each pattern's `value` group holds the percentage, and its
// `unit` group the percent sign or word, as the rent-rising forms it is read with.

/** A percentage: "2.5%", "2 %", "1.75 percent". */
const PERCENT = String.raw`(?<value>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*(?<unit>%|percent\b|per[^\S\n]?cent\b)`;
/** Once a year: "a year", "per year", "each year", "every year", "annually", "per annum", "p.a.". */
const A_YEAR = String.raw`(?:(?:a|per|each|every)[^\S\n]+year\b|annually\b|yearly\b|per[^\S\n]+annum\b|p\.a\.?)`;
/** Raising the rent, the verb first: "raise", "escalate", "increase", "step up", "bump", "lift", "index". */
const RAISE = String.raw`(?:rais(?:e|es|ing)|escalat(?:e|es|ing)|increas(?:e|es|ing)|step(?:s|ping)?[^\S\n]+up|bump(?:s|ing)?|lift(?:s|ing)?|index(?:es|ing)?|grow(?:s|ing)?)`;

/**
 * "The new landlords will raise the rent 2.75% a year", "escalate the rent 2% a year", "buyers would bump our rents by 3%
 * each year": the verb, the rent it raises, and a percentage once a year. The rent of the market ("raise market rents
 * 4% a year") is no term of the leases, and a rise without "a year" ("raise the rent 2% over budget") is no escalator.
 */
const RAISE_THE_RENT_A_YEAR = String.raw`\b${RAISE}[^\S\n]+(?:(?:the|our|its|their|all)[^\S\n]+)?(?:(?:base|annual|lease)[^\S\n]+)?rents?[^\S\n]+(?:by[^\S\n]+|at[^\S\n]+)?${PERCENT}[^\S\n]*,?[^\S\n]*${A_YEAR}`;

/**
 * "Escalate at 2.25%", "escalating by 2% a year", "escalate 3% annually": the verb with its rate, which in a leaseback
 * brief is the rent's. A rate after another subject's verb ("costs escalate at 3%") is no escalator: the verb opens a
 * clause or follows "and", "to", "should", "will", or a comma.
 */
const ESCALATE_AT = String.raw`(?<=(?:^|[\n.;:,(]|\b(?:and|to|should|will|would|must|please|then))[^\S\n]*)\bescalat(?:e|ing)[^\S\n]+(?:(?:at|by)[^\S\n]+)?${PERCENT}(?:[^\S\n]*${A_YEAR})?(?![^\S\n]*(?:of|on|over|above)\b)`;

/**
 * "escalator_pct: 2.0", "rent escalator pct = 2.5", "escalation_percent: 3": a settings key whose name says the figure is
 * a percentage, so that "2.0" is 2%, not 2 as a fraction. The unit in the key is the `unit` group. A key without it
 * ("escalator: 0.02") is left to the readers of fractions.
 */
const ESCALATOR_PERCENT_KEY = String.raw`\b(?:rent[_\s]+)?escalat(?:or|ion)[_\s]+(?<unit>pct|percent)[^\S\n]*[:=][^\S\n]*(?<value>\d{1,2}(?:\.\d{1,2})?)[^\S\n]*%?(?![\d.])`;

/** The rent escalators said with the verb first, or keyed with their unit, read with the rent-rising forms. */
export const RENT_RAISED_EACH_YEAR: readonly string[] = [RAISE_THE_RENT_A_YEAR, ESCALATE_AT, ESCALATOR_PERCENT_KEY];
