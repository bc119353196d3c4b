import yoctoSpinner from 'yocto-spinner';
import type { CliIo } from './cli-io.js';
import type { GlobalOptions } from './global-options.js';
import { createTextStyle, supportsColor, type TextStyle } from './text-style.js';

/** How a command prints. Only results go to stdout; progress and notes go to stderr. */
export interface CliOutput {
  readonly json: boolean;
  readonly quiet: boolean;
  /** Styling for stdout. */
  readonly style: TextStyle;
  /** Styling for stderr. */
  readonly errorStyle: TextStyle;
  /** Where prose is wrapped: the terminal's width up to 100 columns, or 100 when not a terminal. */
  readonly width: number;
  /**
   * Prints a command's result: with `--json` the value as JSON (and nothing
   * else), with `--quiet` the short form when there is one, else the report.
   */
  result(value: unknown, report: () => string, short?: () => string): void;
  /** A line for people on stderr; not with `--json` or `--quiet`. */
  note(text: string): void;
  /**
   * Runs `work` with a spinner on stderr showing `text` (and what `update`
   * says next), only when stderr is a terminal and neither `--json` nor
   * `--quiet` was given.
   */
  progress<T>(text: string, work: (update: (text: string) => void) => Promise<T>): Promise<T>;
}

/** The output of one command invocation. */
export function createCliOutput(options: GlobalOptions, io: CliIo): CliOutput {
  const style = createTextStyle(
    !options.json && supportsColor({ colorOption: options.color, env: io.env, isTty: io.stdout.isTTY === true }),
  );
  const errorStyle = createTextStyle(supportsColor({ colorOption: options.color, env: io.env, isTty: io.stderr.isTTY === true }));
  const spinnerAllowed = io.stderr.isTTY === true && !options.json && !options.quiet && io.env['TERM'] !== 'dumb';
  return {
    json: options.json,
    quiet: options.quiet,
    style,
    errorStyle,
    width: io.stdout.isTTY === true && io.stdout.columns !== undefined && io.stdout.columns > 0 ? Math.min(io.stdout.columns, 100) : 100,
    result(value, report, short) {
      if (options.json) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      else if (options.quiet && short) io.stdout.write(ensureNewline(short()));
      else io.stdout.write(ensureNewline(report()));
    },
    note(text) {
      if (!options.json && !options.quiet) io.stderr.write(ensureNewline(text));
    },
    async progress(text, work) {
      if (!spinnerAllowed) return work(() => undefined);
      // The CLI handles SIGINT itself (it cancels the run and closes the store).
      const spinner = yoctoSpinner({ text, stream: io.stderr, handleSignals: false }).start();
      // Elapsed seconds beside what the work says now, so a long run shows it is moving.
      const started = Date.now();
      let current = text;
      const show = (): void => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        spinner.text = seconds > 0 ? `${current} (${seconds}s)` : current;
      };
      const ticker = setInterval(show, 1000);
      ticker.unref();
      try {
        return await work((next) => {
          current = next;
          show();
        });
      } finally {
        clearInterval(ticker);
        spinner.clear();
        spinner.stop();
      }
    },
  };
}

function ensureNewline(text: string): string {
  if (text === '') return '';
  return text.endsWith('\n') ? text : `${text}\n`;
}
