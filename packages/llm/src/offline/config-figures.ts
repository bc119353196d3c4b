/**
 * Amounts written the way a configuration file or a line of code writes them: in scientific notation ("125e6",
 * "$2.75e8") or with underscores between groups of digits ("80_000_000"). Either form is a whole figure in dollars.
 */

/** "125e6", "$2.75e8", "95E6": a mantissa and a power of ten of at least a million. */
const SCIENTIFIC = /(?<![\w.$])(?:\$|usd\s*)?(?<mantissa>\d{1,4}(?:\.\d+)?)e\+?(?<exponent>[6-9])(?![\w.])/g;
/** "80_000_000": digits grouped by underscores, as code writes a large literal. */
const UNDERSCORED = /(?<![\w.$])(?:\$|usd\s*)?(?<digits>\d{1,3}(?:_\d{3}){2,3})(?![\w.])/g;

/** An amount written as code writes it, with where it stands in the text. */
export interface ConfigFigure {
  /** The amount in dollars. */
  readonly value: number;
  /** Where the figure starts. */
  readonly start: number;
  /** Where the figure ends. */
  readonly end: number;
}

/** Every amount of a million or more written in scientific notation or with underscores in `lower`, in text order. */
export function configFigures(lower: string): ConfigFigure[] {
  const found: ConfigFigure[] = [];
  // Cheap tests first: almost no brief writes a figure as code does.
  if (/\de\+?[6-9]/.test(lower)) {
    for (const match of lower.matchAll(SCIENTIFIC)) {
      const value = Number(match.groups?.['mantissa']) * 10 ** Number(match.groups?.['exponent']);
      found.push({ value: Math.round(value), start: match.index, end: match.index + match[0].length });
    }
  }
  if (lower.includes('_')) {
    for (const match of lower.matchAll(UNDERSCORED)) {
      const value = Number((match.groups?.['digits'] ?? '').replaceAll('_', ''));
      if (value >= 1e6) found.push({ value, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
