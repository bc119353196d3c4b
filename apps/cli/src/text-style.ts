/** ANSI styling that is either on or entirely off. */
export interface TextStyle {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const wrap =
  (enabled: boolean, open: number, close: number) =>
  (text: string): string =>
    enabled && text !== '' ? `\u001B[${open}m${text}\u001B[${close}m` : text;

/** Styling with colours on or off. */
export function createTextStyle(enabled: boolean): TextStyle {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

/** What decides whether colours are used. */
export interface ColorSupportInput {
  /** `false` after `--no-color`. */
  readonly colorOption: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream written to is a terminal. */
  readonly isTty: boolean;
}

/**
 * Colours only on a terminal, never with `--no-color` or `NO_COLOR` (any
 * non-empty value, per no-color.org) or `TERM=dumb`; `FORCE_COLOR` (non-zero)
 * turns them on for a pipe.
 */
export function supportsColor(input: ColorSupportInput): boolean {
  if (!input.colorOption) return false;
  const noColor = input.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const forceColor = input.env['FORCE_COLOR'];
  if (forceColor !== undefined && forceColor !== '' && forceColor !== '0' && forceColor !== 'false') return true;
  if (input.env['TERM'] === 'dumb') return false;
  return input.isTty;
}

const ANSI_PATTERN = /\u001B\[[0-9;]*m/g;

/** The text without ANSI styling (for measuring widths). */
export function stripStyle(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}
