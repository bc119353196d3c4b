// The reading copy holds only Latin-1 characters: what stands there for each character outside it.

/** "→" in the reading copy: patterns that read an arrow name this character. */
export const ARROW_STAND_IN = '\u00bb';
/** "…" in the reading copy: patterns that read an ellipsis name this character. */
export const ELLIPSIS_STAND_IN = '\u0085';
/** Any other character outside Latin-1: a sign no pattern reads. */
const OTHER_STAND_IN = '\u00a4';

/**
 * The reading copy's stand-ins for the characters outside Latin-1 a brief uses: signs that read the same ("≤" as
 * "<", every reader taking both as an upper bound), a bullet as an asterisk, and an arrow and an ellipsis as Latin-1
 * characters the patterns that read them name. Any other character outside Latin-1 stands as "¤", which no pattern
 * reads. Why: V8 compiles a pattern separately for strings of one-byte and two-byte characters, and a brief holding
 * one such character was a two-byte string, whose readings measured about 1.5 times as costly.
 */
const READING_STAND_INS: Readonly<Record<string, string>> = {
  '\u2264': '<',
  '\u2265': '>',
  '\u2022': '*',
  '\u2192': ARROW_STAND_IN,
  '\u2026': ELLIPSIS_STAND_IN,
};

/** The Latin-1 character that stands for `character` (one UTF-16 unit above U+00FF) in the reading copy. */
export function standInFor(character: string): string {
  return READING_STAND_INS[character] ?? OTHER_STAND_IN;
}
